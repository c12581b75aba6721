import http from 'http'
import next from 'next'

import { drain } from '../lib/lifecycle'
import { startFromBuiltConfig } from './builtConfig'
import { closeHttpServer } from './closeHttpServer'
import { earlyFront } from './earlyFront'
import { onTermination } from './shutdown'

/**
 * The production server (`npm start` runs it once the build and migrations are done): Next.js's
 * request handler on a `node:http` server of our own, so that SIGTERM can be answered the way a
 * load balancer expects. Readiness turns 503 and the job runners stop taking jobs (drain, in
 * src/lib/lifecycle.ts), the port closes, requests under way are answered and jobs under way
 * finish; then the process exits. `PORT` (3000) and `HOST` (every interface) say where it listens.
 * Fresh delivery answers from the cache are written before Next.js sees the request (./earlyFront.ts).
 * Next.js starts from the config its build resolved (./builtConfig.ts).
 */
const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || undefined

startFromBuiltConfig(process.cwd())
const app = next({ dev: false, dir: process.cwd(), hostname: host, port })
await app.prepare()
const handle = app.getRequestHandler()
const answerEarly = earlyFront(process.cwd())

const server = http.createServer((request, response) => {
  // Once the port is closed, a keep-alive client learns that this answer ends its connection.
  if (!server.listening) response.setHeader('Connection', 'close')
  answerEarly(request, response)
    .then((answered) => (answered ? undefined : handle(request, response)))
    .catch((error: unknown) => {
      console.error(`[newsroom] ${request.method} ${request.url} failed`, error)
      if (!response.headersSent) response.writeHead(500).end()
    })
})
server.listen(port, host, () => console.info(`[newsroom] Serving on http://${host ?? 'localhost'}:${port}`))

onTermination(async () => {
  await Promise.all([drain(), closeHttpServer(server)])
  await app.close()
})
