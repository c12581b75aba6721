import type { PayloadRequest } from 'payload'

import { deliveryTypeOf, type DeliveryType } from '@/config/publicUrls'
import type { WorkflowCollection } from '@/config/editorial'
import type { DeliveredArticle, DeliveredDetail, DeliveredSummary } from './contract'
import type { Directory } from './directory'
import type { Locale } from './params'
import { articleOf, toDetail, toSummary, type AnyDoc } from './serialize'

/** What a list item of a news item or press release needs (they share their fields). */
const EDITORIAL_SUMMARY: Record<string, true> = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  organization: true,
  heroImage: true,
  categories: true,
  campaign: true,
  updatedAt: true,
}

const SUMMARY_SELECT: Record<DeliveryType, Record<string, true>> = {
  news: EDITORIAL_SUMMARY,
  'press-releases': EDITORIAL_SUMMARY,
  campaigns: { title: true, slug: true, objective: true, startsAt: true, endsAt: true, organization: true, updatedAt: true },
}

const POPULATE = {
  media: { alt: true, url: true, width: true, height: true, sizes: true, filename: true, mimeType: true },
  categories: { title: true, slug: true },
  // Cards show a campaign; texts link to news, releases and campaigns (src/delivery/html.ts).
  campaigns: { title: true, slug: true, organization: true },
  'news-items': { title: true, slug: true, organization: true },
  'press-releases': { title: true, slug: true, organization: true },
  attachments: { title: true, url: true, filesize: true, mimeType: true },
  organizations: { slug: true },
}

export type RenderedArticle = { card: DeliveredSummary; article: DeliveredArticle }

/**
 * Documents read as `req` reads them (a public request: published, not under embargo; images and
 * files only once public; a campaign only when live), relations populated. The answers are made
 * from exactly what an anonymous reader may see, at the moment of reading.
 */
async function readPopulated(
  req: PayloadRequest,
  collection: WorkflowCollection,
  ids: Array<number | string>,
  locale: Locale,
  shape: 'summary' | 'article',
): Promise<AnyDoc[]> {
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    locale,
    fallbackLocale: 'fa',
    limit: ids.length,
    pagination: false,
    depth: 1,
    joins: false,
    overrideAccess: false,
    select: shape === 'summary' ? SUMMARY_SELECT[deliveryTypeOf(collection)] : undefined,
    populate: POPULATE,
    req,
  } as unknown as Parameters<PayloadRequest['payload']['find']>[0])
  return found.docs as unknown as AnyDoc[]
}

/** List cards of `ids` in one locale, by id; ids the public cannot see are absent. */
export async function renderSummaries(
  req: PayloadRequest,
  collection: WorkflowCollection,
  ids: Array<number | string>,
  locale: Locale,
  directory: Directory,
): Promise<Map<string, DeliveredSummary>> {
  const type = deliveryTypeOf(collection)
  const docs = await readPopulated(req, collection, ids, locale, 'summary')
  return new Map(docs.map((doc) => [String(doc.id), toSummary(doc, { type, locale, directory, origin: '' })]))
}

/** Articles of `ids` in one locale as the API answers them (JSON-LD on `origin`), by id; ids the public cannot see are absent. */
export async function renderDetails(
  req: PayloadRequest,
  collection: WorkflowCollection,
  ids: Array<number | string>,
  locale: Locale,
  directory: Directory,
  origin: string,
): Promise<Map<string, DeliveredDetail>> {
  const type = deliveryTypeOf(collection)
  const docs = await readPopulated(req, collection, ids, locale, 'article')
  return new Map(docs.map((doc) => [String(doc.id), toDetail(doc, { type, locale, directory, origin })]))
}

/**
 * Cards and articles of `ids` in one locale, by id, to be stored; ids the public cannot see are
 * absent. JSON-LD links are relative (origin ''): jsonLdOnOrigin puts them on the public origin
 * when the answer is served.
 */
export async function renderArticles(
  req: PayloadRequest,
  collection: WorkflowCollection,
  ids: Array<number | string>,
  locale: Locale,
  directory: Directory,
): Promise<Map<string, RenderedArticle>> {
  const context = { type: deliveryTypeOf(collection), locale, directory, origin: '' }
  const docs = await readPopulated(req, collection, ids, locale, 'article')
  return new Map(
    docs.map((doc) => {
      const card = toSummary(doc, context)
      return [String(doc.id), { card, article: articleOf(doc, card, context) }]
    }),
  )
}
