import type { Payload } from 'payload'

import { findRequestByCode, TooManyCodeGuesses } from '../codeGuesses'
import { FOI_REQUESTS_SLUG, FOI_TRANSITIONS_SLUG } from '../vocabulary'
import { publicJson, publicProblem } from './http'
import { PUBLIC_SELECT, publicOrganization, publicStatus, type PublicSource } from './view'

type Newsroom = () => Promise<Payload>
type Context = { params: Promise<{ code: string }> }

export type PublicRequestStatus = ReturnType<typeof publicStatus> & {
  /** While the desk waits for the citizen: what it asked. */
  clarificationQuestion?: string | null
  referral?: { trackingCode: string | null | undefined; organization: Awaited<ReturnType<typeof publicOrganization>> } | null
}

/**
 * The state of a request for whoever holds its code (the code is the requester's key; guessing is
 * limited per client, ../codeGuesses.ts, which throws TooManyCodeGuesses), organizations named in
 * `locale`, with the answer once given, the legal ground and reason of a refusal, and where a
 * referral went; null for an unknown code. Never the requester's personal data.
 */
export async function requestStatus(
  payload: Payload,
  lookup: { code: string; headers: Headers },
  locale: 'fa' | 'en' = 'fa',
): Promise<PublicRequestStatus | null> {
  const doc = (await findRequestByCode(payload, lookup, PUBLIC_SELECT)) as PublicSource | undefined
  if (!doc) return null
  const status: PublicRequestStatus = publicStatus(doc, await publicOrganization(payload, doc.organization, locale))
  if (doc.status === 'clarification_requested') {
    const asked = await payload.find({
      collection: FOI_TRANSITIONS_SLUG,
      where: { and: [{ request: { equals: doc.id } }, { to: { equals: 'clarification_requested' } }] },
      sort: '-createdAt',
      select: { comment: true },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    status.clarificationQuestion = asked.docs[0]?.comment ?? null
  }
  if (doc.outcome === 'referred') {
    const next = await payload.find({
      collection: FOI_REQUESTS_SLUG,
      where: { referredFrom: { equals: doc.id } },
      select: { trackingCode: true, organization: true },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const referral = next.docs[0]
    status.referral = referral
      ? { trackingCode: referral.trackingCode, organization: await publicOrganization(payload, referral.organization, locale) }
      : null
  }
  return status
}

/** `GET /api/foi/requests/{code}`: `requestStatus` as JSON; 404 for an unknown code, 429 for a client that guessed too many. */
export const lookupHandler =
  (newsroom: Newsroom) =>
  async (request: Request, { params }: Context): Promise<Response> => {
    try {
      const status = await requestStatus(await newsroom(), { code: decodeURIComponent((await params).code), headers: request.headers })
      return status ? publicJson(status) : publicProblem(404, 'درخواستی با این کد رهگیری نیست. / No request has this tracking code.')
    } catch (error) {
      if (error instanceof TooManyCodeGuesses) return publicProblem(429, error.message, {}, { 'Retry-After': String(error.retryAfter) })
      throw error
    }
  }
