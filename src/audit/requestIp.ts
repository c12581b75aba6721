import type { PayloadRequest } from 'payload'

import { PEER_HEADER } from '@/config/peerAddress'

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
 * The client's address for the audit log. `X-Forwarded-For` is written by whoever sends the
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
