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
 * The delivery list's route handler, as its route file exports it to Next.js: the front calls it
 * itself for a list that is not in the cache, so a cache miss skips Next.js's request pipeline
 * too (about 1 ms of CPU per request, more than a stored list page costs). Registered by the
 * route file when Next.js first loads it.
 */
export type EarlyRouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>

const EARLY_LIST_ROUTE = Symbol.for('pr-newsroom.early-list-route')

type WithListRoute = typeof globalThis & { [EARLY_LIST_ROUTE]?: EarlyRouteHandler }

export function registerEarlyListRoute(handler: EarlyRouteHandler): void {
  ;(globalThis as WithListRoute)[EARLY_LIST_ROUTE] = handler
}

export function earlyListRoute(): EarlyRouteHandler | undefined {
  return (globalThis as WithListRoute)[EARLY_LIST_ROUTE]
}
