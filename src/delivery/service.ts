import type { Payload, Where } from 'payload'

import { scopeWhere } from '@/access/scope'
import { DELIVERY_TYPES, type DeliveryType } from '@/config/publicUrls'
import { queryWords, searchWhere } from '@/search'
import { deliveryCache, MAX_AGE_SECONDS, type CachedAnswer } from './cache'
import { organizationDirectory, provinceScope, type Directory, type OrganizationInfo } from './directory'
import { DeliveryError, type ListParams, type Locale } from './params'
import type { DeliveredDetail, DeliveredSummary } from './contract'
import { categoryFilter } from './categoryKeys'
import { publicPage } from './publicPage'
import { storedDetail, storedSummaries } from './stored'

export type ListAnswer = { docs: DeliveredSummary[]; page: number; limit: number; totalDocs: number; totalPages: number }

/**
 * The delivery functions: what the public API answers and what the portal renders. They read as
 * an anonymous visitor (./publicPage.ts asks each collection's read rule with no user), so the
 * collections' own access rules — published, not under embargo — decide what exists; the
 * filters here only narrow it. What they return for each document is its stored answers
 * (./stored.ts): no population, no rendering.
 */
export async function listContent(
  payload: Payload,
  origin: string,
  provinceSlug: string,
  type: DeliveryType,
  params: ListParams,
): Promise<CachedAnswer<ListAnswer>> {
  const key = `list|${origin}|${provinceSlug}|${type}|${JSON.stringify(params)}`
  return deliveryCache().get(
    key,
    async () => {
      const directory = await organizationDirectory(payload)
      const province = findProvince(directory, provinceSlug)
      const collection = DELIVERY_TYPES[type]
      const where = await listWhere(payload, directory, province, type, params)
      // The page's ids first, then their stored cards (./storedReads.ts). Asked in one statement,
      // SQLite made every matching row's cards before sorting them to keep the page: 9.5 ms for a
      // page of Tehran's news at 100,000 items, against 0.4 ms for the ids and 0.5 ms for their cards.
      const found = await publicPage(payload, {
        collection,
        where,
        locale: params.locale,
        page: params.page,
        limit: params.limit,
        sort: type === 'campaigns' ? '-startsAt' : '-publishedAt',
      })
      // Pages counted here, one rule for every list: Payload answers an empty page of a query
      // that joins a child table with no totals and page 1, and an empty list without one as a
      // single page.
      return {
        docs: await storedSummaries(payload, found.ids, { type, locale: params.locale, directory, origin }),
        page: params.page,
        limit: params.limit,
        totalDocs: found.totalDocs,
        totalPages: Math.ceil(found.totalDocs / params.limit),
      }
    },
    () => nextExpiry(payload),
  )
}

export async function getContent(
  payload: Payload,
  origin: string,
  provinceSlug: string,
  type: DeliveryType,
  slug: string,
  locale: Locale,
): Promise<CachedAnswer<DeliveredDetail>> {
  const key = `detail|${origin}|${provinceSlug}|${type}|${slug}|${locale}`
  return deliveryCache().get(
    key,
    async () => {
      const directory = await organizationDirectory(payload)
      const province = findProvince(directory, provinceSlug)
      const found = await publicPage(payload, {
        collection: DELIVERY_TYPES[type],
        where: { and: [{ slug: { equals: slug } }, ownedOrTargeted(directory, province, type)] },
        locale,
        page: 1,
        limit: 1,
        count: false,
      })
      const id = found.ids[0]
      const detail = id !== undefined && (await storedDetail(payload, id, { type, locale, directory, origin }))
      if (!detail) throw new DeliveryError(404, `No published ${type} "${slug}" in ${provinceSlug}.`)
      return detail
    },
    () => nextExpiry(payload),
  )
}

export function findProvince(directory: Directory, slug: string): OrganizationInfo {
  const province = directory.bySlug[slug]
  if (!province || province.type !== 'province') throw new DeliveryError(404, `No province "${slug}".`)
  return province
}

/** A province's content is its own and its offices'; a campaign also belongs where it is run. */
function ownedOrTargeted(directory: Directory, province: OrganizationInfo, type: DeliveryType): Where {
  const owned = scopeWhere(provinceScope(directory, province))
  return type === 'campaigns' ? { or: [owned, { provinces: { in: [province.id] } }] } : owned
}

async function listWhere(
  payload: Payload,
  directory: Directory,
  province: OrganizationInfo,
  type: DeliveryType,
  params: ListParams,
): Promise<Where> {
  const and: Where[] = [{ _status: { equals: 'published' } }, ownedOrTargeted(directory, province, type)]
  const dateField = type === 'campaigns' ? 'startsAt' : 'publishedAt'
  if (params.from) and.push({ [dateField]: { greater_than_equal: params.from } })
  if (params.to) and.push({ [dateField]: { less_than_equal: params.to } })
  if (params.category || params.campaign) {
    if (type === 'campaigns') throw new DeliveryError(400, '"category" and "campaign" do not apply to campaigns.')
    if (params.category) and.push(categoryFilter(await idBySlug(payload, 'categories', params.category)))
    if (params.campaign) and.push({ campaign: { equals: await idBySlug(payload, 'campaigns', params.campaign) } })
  }
  if (params.q) {
    if (queryWords(params.q).length === 0) throw new DeliveryError(400, '"q" must contain at least one letter or digit.')
    // Every word of the query, anywhere in the normalized title and summary of this locale. A
    // campaign is also listed where it is run, so only owned content narrows the index's reading.
    const organizations = type === 'campaigns' ? undefined : provinceScope(directory, province)
    and.push(await searchWhere(payload, { collection: DELIVERY_TYPES[type], query: params.q, locale: params.locale, organizations }))
  }
  return { and }
}

/** A category's or campaign's id, kept with the cache like the organizations: a filter names them by slug. */
async function idBySlug(payload: Payload, collection: 'categories' | 'campaigns', slug: string): Promise<number | string> {
  const answer = await deliveryCache().get(
    `id|${collection}|${slug}`,
    async () => {
      const found = await payload.find({
        collection,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: {},
      })
      const doc = found.docs[0]
      if (!doc) throw new DeliveryError(400, `No ${collection === 'categories' ? 'category' : 'campaign'} "${slug}".`)
      return doc.id
    },
    async () => Date.now() + MAX_AGE_SECONDS * 1000,
  )
  return answer.value
}

/**
 * Answers expire after MAX_AGE_SECONDS, or earlier when an embargo ends: a release then becomes
 * public with no write that could invalidate the cache.
 */
async function nextExpiry(payload: Payload): Promise<number> {
  const ttl = Date.now() + MAX_AGE_SECONDS * 1000
  const nextEmbargo = await deliveryCache().get(
    'next-embargo-end',
    async () => {
      // A timing question about the schedule, not a read on anyone's behalf: no document leaves here.
      const found = await payload.find({
        collection: 'press-releases',
        where: { and: [{ _status: { equals: 'published' } }, { embargoUntil: { greater_than: new Date().toISOString() } }] },
        sort: 'embargoUntil',
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { embargoUntil: true },
      })
      return found.docs[0]?.embargoUntil ?? null
    },
    async (end) => Math.min(ttl, end ? new Date(end).getTime() : Infinity),
  )
  const end = nextEmbargo.value ? new Date(nextEmbargo.value).getTime() : Infinity
  return Math.min(ttl, end)
}
