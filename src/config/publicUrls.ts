import type { WorkflowCollection } from './editorial'

/**
 * The public URL scheme, one definition for every feature that makes or reads a public address
 * (the delivery API, the portal, webhooks, the sitemap): the public type names of the delivery API
 * and the portal, and the collections behind them.
 */
export const DELIVERY_TYPES = {
  news: 'news-items',
  'press-releases': 'press-releases',
  campaigns: 'campaigns',
} as const satisfies Record<string, WorkflowCollection>

export type DeliveryType = keyof typeof DELIVERY_TYPES

export function deliveryTypeOf(collection: WorkflowCollection): DeliveryType {
  return (Object.keys(DELIVERY_TYPES) as DeliveryType[]).find((type) => DELIVERY_TYPES[type] === collection)!
}

export function isDeliveryType(value: string): value is DeliveryType {
  return Object.hasOwn(DELIVERY_TYPES, value)
}

/** A document's page on its province's portal (English pages live under /en). */
export function portalPath(province: string, type: DeliveryType, slug?: string, locale: 'fa' | 'en' = 'fa'): string {
  const base = `/portal/${encodeURIComponent(province)}${locale === 'en' ? '/en' : ''}/${type}`
  return slug ? `${base}/${encodeURIComponent(slug)}` : base
}

/** A path made absolute on the public origin; a URL that already is absolute (uploads on object storage) stays as it is. */
export function absoluteUrl(origin: string, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${origin}${path}`
}

/** The province's FOI desk on its portal (filing and lookup), one of its pages, in either language. */
export function foiPortalPath(province: string, locale: 'fa' | 'en' = 'fa', page?: 'status' | 'file' | 'reply'): string {
  return `/portal/${encodeURIComponent(province)}${locale === 'en' ? '/en' : ''}/foi${page ? `/${page}` : ''}`
}

/** A request's status page on its province's portal, for the holder of its tracking code. */
export function foiStatusPath(province: string, code: string, locale: 'fa' | 'en' = 'fa'): string {
  return `${foiPortalPath(province, locale, 'status')}?code=${encodeURIComponent(code)}`
}
