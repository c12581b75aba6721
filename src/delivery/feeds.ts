import { absoluteUrl } from '@/config/publicUrls'
import type { ListAnswer } from './service'
import type { DeliveredSummary } from './contract'
import type { Locale } from './params'

export type FeedMeta = { title: string; description: string; homePage: string; feedUrl: string; locale: Locale; origin: string }

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Escapes text for XML and drops characters XML 1.0 forbids (control characters would break parsers). */
export function xmlText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
}

/** RSS 2.0, with Atom's self link as validators recommend. */
export function rss(list: ListAnswer, meta: FeedMeta): string {
  const items = list.docs.map((doc) => rssItem(doc, meta)).join('')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` +
    `<title>${xmlText(meta.title)}</title><link>${xmlText(meta.homePage)}</link>` +
    `<description>${xmlText(meta.description)}</description><language>${meta.locale === 'fa' ? 'fa-IR' : 'en'}</language>` +
    `<atom:link href="${xmlText(meta.feedUrl)}" rel="self" type="application/rss+xml"/>` +
    (list.docs[0]?.publishedAt ? `<lastBuildDate>${new Date(list.docs[0].publishedAt).toUTCString()}</lastBuildDate>` : '') +
    items +
    `</channel></rss>\n`
  )
}

function rssItem(doc: DeliveredSummary, meta: FeedMeta): string {
  const link = absoluteUrl(meta.origin, doc.url)
  const image = doc.image?.sizes.card ?? null
  return (
    `<item><title>${xmlText(doc.title)}</title><link>${xmlText(link)}</link>` +
    `<guid isPermaLink="true">${xmlText(link)}</guid>` +
    (doc.summary ? `<description>${xmlText(doc.summary)}</description>` : '') +
    (doc.publishedAt ? `<pubDate>${new Date(doc.publishedAt).toUTCString()}</pubDate>` : '') +
    doc.categories.map((category) => `<category>${xmlText(category.title)}</category>`).join('') +
    (image ? `<enclosure url="${xmlText(absoluteUrl(meta.origin, image.url))}" type="image/webp" length="0"/>` : '') +
    `</item>`
  )
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(list: ListAnswer, meta: FeedMeta): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homePage,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: meta.locale === 'fa' ? 'fa-IR' : 'en',
    items: list.docs.map((doc) => ({
      id: absoluteUrl(meta.origin, doc.url),
      url: absoluteUrl(meta.origin, doc.url),
      title: doc.title,
      summary: doc.summary ?? undefined,
      content_text: doc.summary ?? doc.title,
      image: doc.image ? absoluteUrl(meta.origin, doc.image.sizes.card?.url ?? doc.image.url) : undefined,
      date_published: doc.publishedAt ?? undefined,
      tags: doc.categories.map((category) => category.title),
      authors: [{ name: doc.organization.name }],
    })),
  }
}
