import { createLocalReq, type Payload, type Where } from 'payload'

import { withDescendants } from '@/access/scope'
import { DISCLOSING_OUTCOMES, FOI_REQUESTS_SLUG } from '../vocabulary'
import { PUBLIC_SELECT, publicLogEntry, publicOrganization, type PublicSource } from './view'

export type PublicLogPage = {
  docs: Array<ReturnType<typeof publicLogEntry>>
  page: number
  limit: number
  totalDocs: number
  totalPages: number
}

/**
 * The public log of a province: answered requests to its organizations whose requesters
 * consented to publication, newest answer first, without personal data (only PUBLIC_SELECT is
 * read). One query for the JSON endpoint and the portal's page; null for an unknown province.
 */
export async function publicLog(
  payload: Payload,
  provinceSlug: string,
  { page = 1, limit = 20, locale = 'fa' }: { page?: number; limit?: number; locale?: 'fa' | 'en' } = {},
): Promise<PublicLogPage | null> {
  const province = await payload.find({
    collection: 'organizations',
    where: { and: [{ slug: { equals: provinceSlug } }, { type: { equals: 'province' } }] },
    limit: 1,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
  })
  if (province.docs.length === 0) return null
  const organizations = await withDescendants(await createLocalReq({}, payload), province.docs[0]!.id)
  const where: Where = {
    and: [{ organization: { in: organizations } }, { publishConsent: { equals: true } }, { outcome: { in: [...DISCLOSING_OUTCOMES] } }],
  }
  // The public's read: every filter above is fixed here, and only the public fields are selected.
  const found = await payload.find({
    collection: FOI_REQUESTS_SLUG,
    where,
    select: PUBLIC_SELECT,
    sort: '-respondedAt',
    page,
    limit,
    depth: 0,
    overrideAccess: true,
  })
  const docs = await Promise.all(
    (found.docs as PublicSource[]).map(async (doc) => publicLogEntry(doc, await publicOrganization(payload, doc.organization, locale))),
  )
  return { docs, page: found.page ?? page, limit, totalDocs: found.totalDocs, totalPages: found.totalPages }
}
