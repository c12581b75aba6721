import type { IncomingMessage, ServerResponse } from 'http'
import appRouterHeaders from 'next/dist/client/components/app-router-headers.js'

import { earlyAnswerer, earlyRoute, type EarlyAnswer, type EarlyRouteHandler, type EarlyRouteName } from '../lib/earlyAnswers'
import { gzip, plainEncoding } from './compression'
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

const SEGMENT = '[A-Za-z0-9_-]+'
/**
 * The delivery paths whose misses the front answers through their route handlers. Only plain
 * segments, so that no path Next.js would normalize (dots, empty or escaped-dot segments) is
 * taken. A list's path has no percent escape, which the proxy lets pass untouched (src/proxy.ts).
 * An article's slug may be a Persian one, escaped: the proxy's guard (src/edge/apiGuard.ts) then
 * runs first, and it refuses only escapes that are not UTF-8 or that decode to a control
 * character. The slug here escapes only bytes of multi-byte characters (%80–%FF), so no control
 * character, and `routeFor` takes it only when it decodes: the guard would let it pass.
 */
const ROUTES: Array<{ name: EarlyRouteName; path: RegExp; params: (match: RegExpExecArray) => Record<string, string> }> = [
  {
    name: 'list',
    path: new RegExp(`^/api/delivery/v1/(${SEGMENT})/(${SEGMENT})$`),
    params: (match) => ({ province: match[1]!, type: match[2]! }),
  },
  {
    name: 'article',
    path: new RegExp(`^/api/delivery/v1/(${SEGMENT})/(${SEGMENT})/((?:[A-Za-z0-9_-]|%[89A-Fa-f][0-9A-Fa-f])+)$`),
    params: (match) => ({ province: match[1]!, type: match[2]!, slug: match[3]! }),
  },
]

function routeFor(path: string): { handler: EarlyRouteHandler; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    const match = route.path.exec(path)
    const handler = match && earlyRoute(route.name)
    if (!match || !handler) continue
    try {
      decodeURIComponent(path)
    } catch {
      return undefined
    }
    return { handler, params: route.params(match) }
  }
  return undefined
}

type Answered = EarlyAnswer | { status: number; headers: Record<string, string>; body: Buffer | null }

/**
 * A list or an article the cache does not hold, answered by its route handler called here as
 * Next.js would call it: the same Request (address, method, headers) and route parameters (the
 * handlers decode them, and a slug decoded here has no `%` left to decode twice). An error the
 * handler does not answer itself is left to Next.js, which runs the handler again and reports it.
 */
async function fromRoute(method: string, url: string, request: IncomingMessage): Promise<Answered | undefined> {
  const route = routeFor(url.split('?', 1)[0]!)
  if (!route) return undefined
  const headers = new Headers()
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value)
  }
  const response = await route
    .handler(new Request(new URL(url, 'http://localhost'), { method, headers }), { params: Promise.resolve(route.params) })
    .catch(() => undefined)
  if (!response) return undefined
  const body = method === 'HEAD' || response.status === 304 ? null : Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: Object.fromEntries(response.headers), body }
}

/**
 * The production server's first look at a request: a delivery answer the cache holds fresh is
 * written here, without entering Next.js's request pipeline, which costs about ten times the
 * answer itself; so is a delivery list or article the cache does not hold, from its route handler
 * called directly (fromRoute above). What is written is what the route sends (the delivery module
 * builds it, src/delivery/early.ts) plus what Next.js's router adds after the route:
 * next.config.ts's headers and compression. Resolves false when the request is anyone else's:
 * Next.js then gets it, untouched.
 *
 * `NEWSROOM_LOG_EARLY_ANSWERS=1` logs each request's way (answered here from the cache or the route,
 * or handed to Next.js), so tests can tell which way it went.
 * `NEWSROOM_EARLY_ANSWERS=off` sends every request to Next.js: the operator's way to rule this path
 * out, and the benchmark's to measure the cached answers through the route beside it.
 */
export function earlyFront(dir: string): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const headersFor = configHeaders(dir)
  const log = process.env.NEWSROOM_LOG_EARLY_ANSWERS === '1'
  if (process.env.NEWSROOM_EARLY_ANSWERS === 'off') return async () => false
  const answer = answerHere(headersFor, log)
  return async (request, response) => {
    const answered = await answer(request, response)
    if (log && !answered) console.info(`[newsroom] early next ${request.method} ${request.url}`)
    return answered
  }
}

function answerHere(
  headersFor: ReturnType<typeof configHeaders>,
  log: boolean,
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  return async (request, response) => {
    const answerer = earlyAnswerer()
    const { method = '', url = '' } = request
    if (!answerer || (method !== 'GET' && method !== 'HEAD')) return false
    const encoding = plainEncoding(request.headers['accept-encoding'])
    const pathHeaders = headersFor(url.split('?', 1)[0]!)
    if (!encoding || !pathHeaders) return false
    // A failed look at the epoch is the route's to report: it looks again and answers 500 or the truth.
    const hit = await answerer({ method, url, ifNoneMatch: request.headers['if-none-match'] }).catch(() => undefined)
    const answer = hit ?? (await fromRoute(method, url, request))
    if (!answer) return false
    for (const [key, value] of pathHeaders) setHeader(response, key, value)
    setHeader(response, 'Vary', APP_ROUTE_VARY)
    for (const [key, value] of Object.entries(answer.headers)) setHeader(response, key, value)
    // Next.js's compression middleware sees a route's body streamed, with no length to hold
    // against its threshold: an answer with a type (every delivery type is compressible) varies
    // by encoding, and its body is gzipped when the client takes gzip, however small.
    const typed = response.hasHeader('Content-Type')
    if (typed && !/accept-encoding/i.test(String(response.getHeader('Vary') ?? ''))) setHeader(response, 'Vary', 'Accept-Encoding')
    let body = answer.body
    if (body?.length && typed && encoding === 'gzip') {
      body = gzip(body)
      response.setHeader('Content-Encoding', 'gzip')
    }
    if (body) response.setHeader('Content-Length', body.length)
    response.writeHead(answer.status)
    response.end(body)
    if (log) console.info(`[newsroom] early ${hit ? 'answer' : 'route'} ${answer.status} ${method} ${url}`)
    return true
  }
}
