import { absoluteUrl } from '@/config/publicUrls'
import type { DeliveredSummary, SerializeContext } from './contract'

/** schema.org NewsArticle, so search engines and aggregators read the article correctly. */
export function jsonLdFor(summary: DeliveredSummary, updatedAt: string, context: SerializeContext): Record<string, unknown> {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: summary.title.slice(0, 110),
    description: summary.summary ?? undefined,
    datePublished: summary.publishedAt ?? undefined,
    dateModified: updatedAt,
    inLanguage: context.locale === 'fa' ? 'fa-IR' : 'en',
    mainEntityOfPage: summary.url,
    image: summary.image ? [summary.image.sizes.og?.url ?? summary.image.url] : undefined,
    publisher: { '@type': 'GovernmentOrganization', name: summary.organization.name },
    author: { '@type': 'GovernmentOrganization', name: summary.organization.name },
  }
  return jsonLdOnOrigin(jsonLd, context.origin)
}

/**
 * The JSON-LD's links made absolute on `origin`, the only part of an article that depends on where
 * it is served from: stored answers keep them relative (rendered for origin '') and are put on the
 * public origin as they are read, so a changed SERVER_URL needs no re-rendering. Keys keep their order.
 */
export function jsonLdOnOrigin(jsonLd: Record<string, unknown>, origin: string): Record<string, unknown> {
  const absolute = (path: string) => absoluteUrl(origin, path)
  const image = jsonLd.image as string[] | undefined
  return { ...jsonLd, mainEntityOfPage: absolute(jsonLd.mainEntityOfPage as string), image: image?.map(absolute) }
}
