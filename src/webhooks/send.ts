import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import type { ResolvedAddress } from './targets'

export type PostOptions = {
  url: URL
  body: string
  headers: Record<string, string>
  timeoutMs: number
  /** Connect only to these (already vetted) addresses; `null` lets the system resolver answer. */
  addresses: ResolvedAddress[] | null
}

/**
 * One POST; resolves with the HTTP status as soon as the response head arrives (the body is
 * drained and ignored). node:http rather than fetch for two reasons: it never follows redirects
 * (a 3xx comes back as a status, and the caller counts it as a failure), and its `lookup` hook
 * lets the connection go to exactly the addresses the SSRF check approved — with fetch the name
 * would be resolved a second time, and a DNS answer that changed in between (rebinding) could
 * reach an internal address after all. The TLS certificate is still checked against the host name.
 */
export function postOnce({ url, body, headers, timeoutMs, addresses }: PostOptions): Promise<number> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise<number>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body, 'utf8')) },
        // A fresh connection per delivery, closed afterwards: deliveries are rare, and a pooled
        // socket would outlive the address check that approved it.
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
        ...(addresses ? { lookup: pinnedLookup(addresses) } : {}),
      },
      (response) => {
        response.resume()
        response.on('error', () => undefined)
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end(body, 'utf8')
  })
}

/** Answers the socket's name lookup with the vetted addresses instead of asking DNS again. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) return callback(null, addresses)
    const first = addresses.find(({ family }) => !options.family || family === options.family) ?? addresses[0]!
    callback(null, first.address, first.family)
  }
}
