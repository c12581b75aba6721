import http from 'http'
import type { PayloadRequest } from 'payload'

/** Set on every incoming request from its TCP socket; a client's own header of this name is overwritten. */
export const PEER_HEADER = 'x-newsroom-peer'

let installed = false

/**
 * Next.js keeps a client's `X-Forwarded-For` as it came and gives route handlers no socket, so
 * without this the server could not tell who connected from what they claim. Called once at start
 * (instrumentation.ts), before any request.
 */
export function recordPeerAddresses(): void {
  if (installed) return
  installed = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? ''
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}

/** `TRUSTED_PROXIES`: comma-separated addresses of the reverse proxies in front of the newsroom. */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): Set<string> {
  return new Set(
    (env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
}

const plain = (address: string) => address.replace(/^::ffff:/, '')

/**
 * The client's address, for the audit log and the FOI desk's filing limit. `X-Forwarded-For` is written by whoever sends the
 * request, so it counts only when `TRUSTED_PROXIES` names the proxies: then the chain is read
 * from the right, past the trusted proxies, to the first address they did not vouch for. A
 * request that did not come from a trusted proxy is recorded with the address that connected.
 * The Local API, scripts and jobs have no client: empty.
 */
export function requestIp(req: Pick<PayloadRequest, 'headers'>, env: NodeJS.ProcessEnv = process.env): string {
  const peer = req.headers?.get(PEER_HEADER)?.trim()
  const trusted = trustedProxies(env)
  if (trusted.size === 0 || (peer && !trusted.has(plain(peer)))) return peer ? plain(peer) : ''
  const hops = (req.headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter(Boolean)
  for (let index = hops.length - 1; index >= 0; index--) {
    if (!trusted.has(hops[index]!)) return hops[index]!
  }
  return hops[0] ?? req.headers?.get('x-real-ip')?.trim() ?? (peer ? plain(peer) : '')
}
