import type { Payload } from 'payload'

import { normalizeTrackingCode } from '../trackingCode'
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
 * The state of a request for whoever holds its code (the code is the requester's key, ~10^12
 * possibilities), organizations named in `locale`, with the answer once given, the legal ground and reason of a refusal, and where
 * a referral went; null for an unknown code. Never the requester's personal data.
 */
export async function requestStatus(payload: Payload, rawCode: string, locale: 'fa' | 'en' = 'fa'): Promise<PublicRequestStatus | null> {
  const code = normalizeTrackingCode(rawCode)
  if (!code) return null
  const found = await payload.find({
    collection: FOI_REQUESTS_SLUG,
    where: { trackingCode: { equals: code } },
    select: PUBLIC_SELECT,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = found.docs[0] as PublicSource | undefined
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

/** `GET /api/foi/requests/{code}`: `requestStatus` as JSON; 404 for an unknown code. */
export const lookupHandler =
  (newsroom: Newsroom) =>
  async (_request: Request, { params }: Context): Promise<Response> => {
    const status = await requestStatus(await newsroom(), decodeURIComponent((await params).code))
    return status ? publicJson(status) : publicProblem(404, 'درخواستی با این کد رهگیری نیست. / No request has this tracking code.')
  }
