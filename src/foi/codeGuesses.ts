import type { Payload, SelectType } from 'payload'

import { codeMissesPerHour } from '@/config/foi'
import type { FoiRequest } from '@/payload-types'
import { attemptsInWindow, clientOf, releaseAttempt, reserveAttempt } from './filings'
import { normalizeTrackingCode } from './trackingCode'
import { FOI_REQUESTS_SLUG } from './vocabulary'

/** Refused: this client looked up too many codes that do not exist; it may try again after `retryAfter` seconds. */
export class TooManyCodeGuesses extends Error {
  constructor(readonly retryAfter: number) {
    super(
      'از این نشانی کدهای رهگیری نادرست زیادی جست‌وجو شده است؛ کمی بعد دوباره تلاش کنید. / Too many unknown tracking codes from this address; try again later.',
    )
  }
}

/**
 * The one way a citizen's tracking code becomes a request (its status page and API, the reply to
 * a clarification). The code is the requester's only key, about 10^12 possible codes: with 100,000
 * requests on file, a guesser at 1,000 lookups a second would find about eight a day, and could
 * read their answers and reply in their name. So each lookup of a well-formed code that does not
 * exist is counted for the client (like filings, by a keyed hash of its address, in the database:
 * the count holds across nodes and restarts), and a client with FOI_CODE_MISSES_PER_HOUR of them
 * in the last hour is refused every lookup, known codes too (else the refusal would tell a miss
 * from a hit), until its oldest miss is an hour old. A citizen who mistypes a few times never
 * gets there; a lookup of a code that exists counts nothing.
 *
 * A lookup takes its place as a miss before it looks (reserveAttempt: written first, counted
 * after) and gives it back when the code exists, so a burst of guesses sent at once, to one node
 * or several, gets no more lookups than the limit: counting first and writing after would let
 * every guess in flight through.
 */
export async function findRequestByCode<S extends SelectType>(
  payload: Payload,
  request: { code: string; headers: Headers },
  select: S,
): Promise<(Pick<FoiRequest, 'id'> & Record<string, unknown>) | undefined> {
  const client = clientOf(payload, request.headers)
  const code = normalizeTrackingCode(request.code)
  if (!code) {
    // Malformed: no lookup, nothing counted; a client over its limit is still refused.
    const misses = await attemptsInWindow(payload, client, 'code-miss')
    if (misses.count >= codeMissesPerHour()) throw new TooManyCodeGuesses(misses.retryAfter)
    return undefined
  }
  const place = await reserveAttempt(payload, client, 'code-miss', codeMissesPerHour())
  if (!place.allowed) throw new TooManyCodeGuesses(place.retryAfter)
  try {
    const found = await payload.find({
      collection: FOI_REQUESTS_SLUG,
      where: { trackingCode: { equals: code } },
      select,
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const doc = found.docs[0]
    if (doc) await releaseAttempt(payload, place.reservation)
    return doc as (Pick<FoiRequest, 'id'> & Record<string, unknown>) | undefined
  } catch (error) {
    await releaseAttempt(payload, place.reservation)
    throw error
  }
}
