import type { Payload } from 'payload'

import { DELIVERY_TYPES, portalPath, type DeliveryType } from '@/config/publicUrls'
import { deliveryCache, type CachedAnswer } from './cache'
import { organizationDirectory } from './directory'
import { xmlText } from './feeds'

/** The sitemap protocol's limit for one file. */
const MAX_URLS = 50_000

/**
 * `/sitemap.xml`: every province's portal home and the newest public articles, for search
 * engines. Read as the public (drafts and embargoed releases never appear) and cached like the API.
 */
export async function portalSitemap(payload: Payload, origin: string): Promise<CachedAnswer<string>> {
  return deliveryCache().get(
    `sitemap|${origin}`,
    async () => {
      const directory = await organizationDirectory(payload)
      const urls: Array<{ loc: string; lastmod?: string }> = Object.values(directory.byId)
        .filter((info) => info.type === 'province')
        .map((info) => ({ loc: `${origin}/portal/${info.slug}` }))
      for (const type of Object.keys(DELIVERY_TYPES) as DeliveryType[]) {
        const found = await payload.find({
          collection: DELIVERY_TYPES[type],
          where: { _status: { equals: 'published' } },
          sort: '-updatedAt',
          limit: MAX_URLS,
          depth: 0,
          overrideAccess: false,
          select: { slug: true, organization: true, updatedAt: true },
        })
        for (const doc of found.docs) {
          const province = directory.byId[String(doc.organization)]?.province
          if (province && doc.slug) urls.push({ loc: `${origin}${portalPath(province, type, doc.slug)}`, lastmod: doc.updatedAt })
        }
      }
      const entries = urls
        .slice(0, MAX_URLS)
        .map(
          (url) =>
            `<url><loc>${xmlText(encodeURI(decodeURI(url.loc)))}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`,
        )
        .join('')
      return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>\n`
    },
    async () => Date.now() + 10 * 60 * 1000,
    (xml) => xml,
  )
}
