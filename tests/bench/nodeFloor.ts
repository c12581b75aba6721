import fs from 'fs'
import http from 'http'

/**
 * Scenario D, the practical limit: a bare `node:http` server answering every request with the
 * same bytes and headers as a cached delivery list, from memory. Run as its own process (so it
 * does not share an event loop with the load generator): `tsx nodeFloor.ts BODY_FILE HEADERS_FILE`.
 * Prints the port it listens on.
 */
const body = fs.readFileSync(process.argv[2]!)
const headers = JSON.parse(fs.readFileSync(process.argv[3]!, 'utf8')) as Record<string, string>
const server = http.createServer((_request, response) => {
  response.writeHead(200, { ...headers, 'Content-Length': body.length })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(typeof address === 'object' && address ? address.port : 0)
})
