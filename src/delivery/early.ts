import { registerEarlyAnswerer, type EarlyAnswer, type EarlyRequest } from '@/lib/earlyAnswers'
import { requestKey } from './address'
import { deliveryCache } from './cache'
import { answerHeaders, etagMatches } from './http'

/**
 * Answers a GET or HEAD from the delivery cache before Next.js sees it, when the route has
 * already answered the very same address from an entry that is still fresh (the epoch looked at
 * within EPOCH_CHECK_MS, not expired). Only a target already written the way the parser writes
 * it qualifies, so the address matched is the one the route saw, byte for byte.
 *
 * The guards of these paths need no second run here. The delivery paths have no rate limit; the
 * proxy's API guard (src/edge/apiGuard.ts) decides a GET or HEAD on a delivery path by its path
 * alone (percent escapes that decode to valid UTF-8 without control characters), and an address
 * is noted only after the route answered it, which it reached past that guard.
 */
async function answerEarly(request: EarlyRequest): Promise<EarlyAnswer | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  if (!request.url.startsWith('/') || requestKey(request.url) !== request.url) return undefined
  const hit = await deliveryCache().answerEarly(request.url)
  if (!hit) return undefined
  const headers = answerHeaders(hit.answer.etag)
  if (etagMatches(request.ifNoneMatch ?? null, hit.answer.etag)) return { status: 304, headers, body: null }
  return {
    status: 200,
    headers: { ...headers, 'Content-Type': hit.contentType },
    body: request.method === 'HEAD' ? null : hit.answer.body,
  }
}

registerEarlyAnswerer(answerEarly)
