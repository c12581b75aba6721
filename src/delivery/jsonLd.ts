import { absoluteUrl } from '@/config/publicUrls'
import type { DeliveredSummary, SerializeContext } from './contract'

/** schema.org NewsArticle, so search engines and aggregators read the article correctly. */
export function jsonLdFor(summary: DeliveredSummary, updatedAt: string, context: SerializeContext): Record<string, unknown> {
  const absolute = (path: string) => absoluteUrl(context.origin, path)
  const images = summary.image ? [summary.image.sizes.og?.url ?? summary.image.url].map(absolute) : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: summary.title.slice(0, 110),
    description: summary.summary ?? undefined,
    datePublished: summary.publishedAt ?? undefined,
    dateModified: updatedAt,
    inLanguage: context.locale === 'fa' ? 'fa-IR' : 'en',
    mainEntityOfPage: absolute(summary.url),
    image: images,
    publisher: { '@type': 'GovernmentOrganization', name: summary.organization.name },
    author: { '@type': 'GovernmentOrganization', name: summary.organization.name },
  }
}
