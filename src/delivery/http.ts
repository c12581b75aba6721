import type { CachedAnswer } from './cache'
import { deliveryCache, MAX_AGE_SECONDS } from './cache'
import { requestKey } from './address'
import { DeliveryError } from './params'

/** Delivery GETs are public data: any origin may read them. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
  'Access-Control-Expose-Headers': 'ETag',
  'Access-Control-Max-Age': '86400',
}

export const CACHE_CONTROL = `public, max-age=${MAX_AGE_SECONDS}, stale-while-revalidate=600`

export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim() === etag)
}

/** The headers of a cached answer, 200 or 304 alike (a 200 adds its Content-Type). */
export function answerHeaders(etag: string): Record<string, string> {
  return { ...CORS_HEADERS, ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept-Encoding' }
}

/**
 * A cached answer as HTTP: 304 when the client's ETag still matches, else the stored bytes. The
 * answer is noted under the request's address, so that the next request for it can be answered
 * from the cache before Next.js (./early.ts).
 */
export function respond(
  request: Request,
  answer: Pick<CachedAnswer<unknown>, 'body' | 'etag'>,
  contentType = 'application/json; charset=utf-8',
): Response {
  deliveryCache().remember(requestKey(request.url), answer, contentType)
  const headers = answerHeaders(answer.etag)
  if (etagMatches(request.headers.get('if-none-match'), answer.etag)) return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : (answer.body as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: { ...headers, 'Content-Type': contentType },
  })
}

/** 400 and 404 as `{ error }`; anything else is not ours to explain and is rethrown. */
export function problem(error: unknown): Response {
  if (error instanceof DeliveryError) {
    return Response.json({ error: error.message }, { status: error.status, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } })
  }
  throw error
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS })
}
