import type { Payload } from 'payload'

import { DELIVERY_TYPES, type DeliveryType } from '@/config/publicUrls'
import type { DeliveredDetail, DeliveredSummary } from './contract'
import type { Directory } from './directory'
import { jsonLdOnOrigin } from './jsonLd'
import type { Locale } from './params'
import { publicRequest } from './publicRequest'
import { renderDetails, renderSummaries } from './render'
import type { StoredAnswer } from './storedField'

/** A row as the delivery reads it: its id and the answers stored on it. */
export type StoredRow = { id: number | string; deliveredAnswers?: Array<Partial<StoredAnswer>> | null }

/**
 * What the delivery reads of a row: the stored answers only. `select` keeps the query to them
 * (no population, no localized columns); `showHiddenFields` lets this read, and only this read,
 * see the hidden field.
 */
export const STORED_CARDS = { select: { deliveredAnswers: { cards: true } }, showHiddenFields: true, depth: 0 } as const
export const STORED_ARTICLE = { select: { deliveredAnswers: { cards: true, articles: true } }, showHiddenFields: true, depth: 0 } as const

type ReadContext = { type: DeliveryType; locale: Locale; directory: Directory; origin: string }

/**
 * The list cards of found rows, in their order, from what is stored. A row without answers (one
 * not yet backfilled, or a release whose embargo ended a moment ago) is rendered now, as before
 * answers were stored; one that stopped being public in between is left out.
 */
export async function storedSummaries(payload: Payload, rows: StoredRow[], context: ReadContext): Promise<DeliveredSummary[]> {
  const missing = rows.filter((row) => !row.deliveredAnswers?.[0]?.cards).map((row) => row.id)
  const rendered = missing.length
    ? await renderSummaries(await publicRequest(payload), DELIVERY_TYPES[context.type], missing, context.locale, context.directory)
    : new Map<string, DeliveredSummary>()
  return rows
    .map((row) => row.deliveredAnswers?.[0]?.cards?.[context.locale] ?? rendered.get(String(row.id)))
    .filter((card): card is DeliveredSummary => card !== undefined)
}

/** A found row's article, from what is stored (rendered now when nothing is), with JSON-LD on the public origin. */
export async function storedDetail(payload: Payload, row: StoredRow, context: ReadContext): Promise<DeliveredDetail | null> {
  const card = row.deliveredAnswers?.[0]?.cards?.[context.locale]
  const article = row.deliveredAnswers?.[0]?.articles?.[context.locale]
  if (card && article) return { ...card, ...article, jsonLd: jsonLdOnOrigin(article.jsonLd, context.origin) }
  const { type, locale, directory, origin } = context
  const rendered = await renderDetails(await publicRequest(payload), DELIVERY_TYPES[type], [row.id], locale, directory, origin)
  return rendered.get(String(row.id)) ?? null
}
