import type { Payload } from 'payload'

import { publicOrigin } from '@/config/serverUrl'
import { isDeliveryType, portalPath, type DeliveryType } from '@/config/publicUrls'
import { deliveryCache, MAX_AGE_SECONDS } from './cache'
import { organizationDirectory } from './directory'
import { jsonFeed, rss, type FeedMeta } from './feeds'
import { preflight, problem, respond } from './http'
import { DeliveryError, parseListParams, parseLocale, type Locale } from './params'
import { findProvince, listContent, getContent } from './service'
import { portalSitemap } from './sitemap'
// Loaded with the route handlers, so the production server's front can answer cache hits from
// the first moment there are any (src/lib/earlyAnswers.ts).
import './early'

type Params<K extends string> = { params: Promise<Record<K, string>> }

/**
 * The server's Payload, given by the route files (src/app/newsroom.ts): a feature does not load
 * the Payload config itself, the entry layer that owns it does.
 */
type Newsroom = () => Promise<Payload>
type Handler<K extends string> = (request: Request, context: Params<K>) => Promise<Response>

const FEED_SIZE = 50

function deliveryType(type: string): DeliveryType {
  if (!isDeliveryType(type)) throw new DeliveryError(404, `Unknown type "${type}": use news, press-releases or campaigns.`)
  return type
}

/** `GET /api/delivery/v1/{province}/{type}` */
export const listHandler =
  (newsroom: Newsroom): Handler<'province' | 'type'> =>
  async (request, { params }) => {
    try {
      const { province, type } = await params
      const search = new URL(request.url).searchParams
      const answer = await listContent(
        await newsroom(),
        publicOrigin(),
        decodeURIComponent(province),
        deliveryType(type),
        parseListParams(search),
      )
      return respond(request, answer)
    } catch (error) {
      return problem(error)
    }
  }

/** `GET /api/delivery/v1/{province}/{type}/{slug}` */
export const detailHandler =
  (newsroom: Newsroom): Handler<'province' | 'type' | 'slug'> =>
  async (request, { params }) => {
    try {
      const { province, type, slug } = await params
      const search = new URL(request.url).searchParams
      for (const key of search.keys()) {
        if (key !== 'locale') throw new DeliveryError(400, `Unknown parameter "${key}": an article takes only "locale".`)
      }
      const answer = await getContent(
        await newsroom(),
        publicOrigin(),
        decodeURIComponent(province),
        deliveryType(type),
        decodeURIComponent(slug),
        parseLocale(search.get('locale')),
      )
      return respond(request, answer)
    } catch (error) {
      return problem(error)
    }
  }

const TYPE_TITLES: Record<DeliveryType, Record<Locale, string>> = {
  news: { fa: 'اخبار', en: 'News' },
  'press-releases': { fa: 'اطلاعیه‌ها', en: 'Press releases' },
  campaigns: { fa: 'پویش‌ها', en: 'Campaigns' },
}

/** `GET .../{type}/feed.xml` (RSS 2.0) and `.../{type}/feed.json` (JSON Feed 1.1): the latest 50. */
export function feedHandler(newsroom: Newsroom, format: 'rss' | 'json'): Handler<'province' | 'type'> {
  return async (request, { params }) => {
    try {
      const { province: rawProvince, type: rawType } = await params
      const search = new URL(request.url).searchParams
      for (const key of search.keys()) {
        if (key !== 'locale') throw new DeliveryError(400, `Unknown parameter "${key}": a feed takes only "locale".`)
      }
      const locale = parseLocale(search.get('locale'))
      const type = deliveryType(rawType)
      const provinceSlug = decodeURIComponent(rawProvince)
      const payload = await newsroom()
      const origin = publicOrigin()
      const list = await listContent(payload, origin, provinceSlug, type, { locale, page: 1, limit: FEED_SIZE })
      const province = findProvince(await organizationDirectory(payload), provinceSlug)
      const meta: FeedMeta = {
        title: `${TYPE_TITLES[type][locale]} — ${province.name[locale]}`,
        description: `${TYPE_TITLES[type][locale]} — ${province.name[locale]}`,
        homePage: `${origin}${portalPath(province.slug, type, undefined, locale)}`,
        feedUrl: `${origin}/api/delivery/v1/${province.slug}/${type}/feed.${format === 'rss' ? 'xml' : 'json'}${locale === 'en' ? '?locale=en' : ''}`,
        locale,
        origin,
      }
      // Built from the cached list and cached beside it, so a feed is invalidated with its list.
      const feed = await deliveryCache().get(
        `feed|${format}|${list.etag}|${meta.feedUrl}`,
        async () => (format === 'rss' ? rss(list.value, meta) : JSON.stringify(jsonFeed(list.value, meta))),
        async () => Math.min(list.expiresAt, Date.now() + MAX_AGE_SECONDS * 1000),
        (text) => text,
      )
      return respond(request, feed, format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/feed+json; charset=utf-8')
    } catch (error) {
      return problem(error)
    }
  }
}

export const optionsHandler = async (): Promise<Response> => preflight()

/** `GET /sitemap.xml`: the portal's sitemap, cached like the API. */
export const sitemapHandler =
  (newsroom: Newsroom) =>
  async (request: Request): Promise<Response> =>
    respond(request, await portalSitemap(await newsroom(), publicOrigin()), 'application/xml; charset=utf-8')
