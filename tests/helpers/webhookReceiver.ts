import http from 'http'
import type { AddressInfo } from 'net'

export type ReceivedRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string }

export type WebhookReceiver = {
  port: number
  /** Every request, in arrival order, with its raw body as received. */
  requests: ReceivedRequest[]
  to: (path: string) => ReceivedRequest[]
  /** The statuses the next requests to `path` get, in order; afterwards 200. */
  answer: (path: string, statuses: number[]) => void
  url: (path: string) => string
  close: () => Promise<void>
}

/** A real HTTP receiver on a free loopback port, as an outside system would run one. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = []
  const planned = new Map<string, number[]>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = req.url ?? '/'
      requests.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = planned.get(path)?.shift() ?? 200
      res.writeHead(status, status >= 300 && status < 400 ? { Location: 'http://127.0.0.1:1/elsewhere' } : {})
      res.end(status < 300 ? 'ok' : 'no')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    requests,
    to: (path) => requests.filter((request) => request.path === path),
    answer: (path, statuses) => planned.set(path, [...statuses]),
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
