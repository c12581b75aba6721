import type { IncomingMessage, ServerResponse } from 'http'
import appRouterHeaders from 'next/dist/client/components/app-router-headers.js'

import { earlyAnswerer } from '../lib/earlyAnswers'
import { gzip, plainEncoding, worthCompressing } from './compression'
import { configHeaders } from './configHeaders'

/** What Next.js adds to Vary on every App Router answer (base-server's setVaryHeader). */
const APP_ROUTE_VARY = [
  appRouterHeaders.RSC_HEADER,
  appRouterHeaders.NEXT_ROUTER_STATE_TREE_HEADER,
  appRouterHeaders.NEXT_ROUTER_PREFETCH_HEADER,
  appRouterHeaders.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
].join(', ')

/** Vary accumulates, as in Next.js: the config's, then Next.js's own, then the route's. */
function setHeader(response: ServerResponse, key: string, value: string): void {
  const existing = key.toLowerCase() === 'vary' ? response.getHeader('Vary') : undefined
  response.setHeader(key, existing ? `${String(existing)}, ${value}` : value)
}

/**
 * The production server's first look at a request: a delivery answer the cache holds fresh is
 * written here, without entering Next.js's request pipeline, which costs about ten times the
 * answer itself. What is written is what the route would send (the delivery module builds it,
 * src/delivery/early.ts) plus what Next.js's router adds after the route: next.config.ts's headers
 * and compression. Resolves false when the request is anyone else's: Next.js then gets it, untouched.
 *
 * `NEWSROOM_LOG_EARLY_ANSWERS=1` logs each answer sent here, so tests can tell which way it went.
 * `NEWSROOM_EARLY_ANSWERS=off` sends every request to Next.js: the operator's way to rule this path
 * out, and the benchmark's to measure the cached answers through the route beside it.
 */
export function earlyFront(dir: string): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const headersFor = configHeaders(dir)
  const log = process.env.NEWSROOM_LOG_EARLY_ANSWERS === '1'
  if (process.env.NEWSROOM_EARLY_ANSWERS === 'off') return async () => false
  return async (request, response) => {
    const answerer = earlyAnswerer()
    const { method = '', url = '' } = request
    if (!answerer || (method !== 'GET' && method !== 'HEAD')) return false
    const encoding = plainEncoding(request.headers['accept-encoding'])
    const pathHeaders = headersFor(url.split('?', 1)[0]!)
    if (!encoding || !pathHeaders) return false
    // A failed look at the epoch is the route's to report: it looks again and answers 500 or the truth.
    const answer = await answerer({ method, url, ifNoneMatch: request.headers['if-none-match'] }).catch(() => undefined)
    if (!answer) return false
    for (const [key, value] of pathHeaders) setHeader(response, key, value)
    setHeader(response, 'Vary', APP_ROUTE_VARY)
    for (const [key, value] of Object.entries(answer.headers)) setHeader(response, key, value)
    let body = answer.body
    if (body && encoding === 'gzip' && worthCompressing(body)) {
      body = gzip(body)
      response.setHeader('Content-Encoding', 'gzip')
    }
    if (body) response.setHeader('Content-Length', body.length)
    response.writeHead(answer.status)
    response.end(body)
    if (log) console.info(`[newsroom] early answer ${answer.status} ${method} ${url}`)
    return true
  }
}
