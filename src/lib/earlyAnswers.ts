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
