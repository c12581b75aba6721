/**
 * The meeting point of two module graphs that share one process: the production server's own
 * front (src/scripts/serve.ts, bundled by esbuild) and the delivery API (src/delivery, bundled by
 * Next.js). Module state is not shared between them, so the delivery module puts its answerer on
 * globalThis under this registered symbol when Next.js first loads it, and the front asks it
 * before handing a request to Next.js. Until then the answerer is absent and every request goes
 * to Next.js.
 */
export const EARLY_ANSWERS = Symbol.for('pr-newsroom.early-answers')

/** What the front needs from a request: the raw target, as Node's parser gave it. */
export type EarlyRequest = { method: string; url: string; ifNoneMatch: string | undefined }

/**
 * A cached answer as the route would have sent it: status, the route's own headers and the
 * body (null for 304 and HEAD). Headers Next.js adds on every path (next.config.ts) and response
 * compression are the front's to add, as Next.js's router adds them after the route.
 */
export type EarlyAnswer = { status: 200 | 304; headers: Record<string, string>; body: Buffer | null }

/** Resolves undefined for anything that is not a fresh cache hit: the request then goes to Next.js. */
export type EarlyAnswerer = (request: EarlyRequest) => Promise<EarlyAnswer | undefined>

type WithAnswerer = typeof globalThis & { [EARLY_ANSWERS]?: EarlyAnswerer }

export function registerEarlyAnswerer(answerer: EarlyAnswerer): void {
  ;(globalThis as WithAnswerer)[EARLY_ANSWERS] = answerer
}

export function earlyAnswerer(): EarlyAnswerer | undefined {
  return (globalThis as WithAnswerer)[EARLY_ANSWERS]
}

/**
 * The delivery routes' handlers, as their route files export them to Next.js: the front calls a
 * list's or an article's handler itself when the cache does not hold the answer, so a cache miss
 * skips Next.js's request pipeline too (about 1.5 ms of CPU per request, more than a stored answer
 * costs). Registered by each route file when Next.js first loads it.
 */
export type EarlyRouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
export type EarlyRouteName = 'list' | 'article'

const EARLY_ROUTES = Symbol.for('pr-newsroom.early-routes')

type WithRoutes = typeof globalThis & { [EARLY_ROUTES]?: Partial<Record<EarlyRouteName, EarlyRouteHandler>> }

export function registerEarlyRoute(name: EarlyRouteName, handler: EarlyRouteHandler): void {
  const routes = ((globalThis as WithRoutes)[EARLY_ROUTES] ??= {})
  routes[name] = handler
}

export function earlyRoute(name: EarlyRouteName): EarlyRouteHandler | undefined {
  return (globalThis as WithRoutes)[EARLY_ROUTES]?.[name]
}
