import type { Payload } from 'payload'

import { DELIVERY_TYPES, type DeliveryType } from '@/config/publicUrls'
import type { DeliveredDetail, DeliveredSummary } from './contract'
import type { Directory } from './directory'
import { jsonLdOnOrigin } from './jsonLd'
import type { Locale } from './params'
import { publicRequest } from './publicRequest'
import { renderDetails, renderSummaries } from './render'
import { readStored } from './storedReads'

type ReadContext = { type: DeliveryType; locale: Locale; directory: Directory; origin: string }

/**
 * The list cards of documents the public's query found, in its order, from what is stored. A
 * document without answers (one not yet backfilled, or a release whose embargo ended a moment
 * ago) is rendered now, as before answers were stored; one that stopped being public in between
 * is left out.
 */
export async function storedSummaries(payload: Payload, ids: Array<number | string>, context: ReadContext): Promise<DeliveredSummary[]> {
  const collection = DELIVERY_TYPES[context.type]
  const stored = await readStored(payload, { collection, ids, locale: context.locale, parts: ['cards'] })
  const missing = ids.filter((id) => !stored.has(String(id)))
  const rendered = missing.length
    ? await renderSummaries(await publicRequest(payload), collection, missing, context.locale, context.directory)
    : new Map<string, DeliveredSummary>()
  return ids
    .map((id) => stored.get(String(id))?.card ?? rendered.get(String(id)))
    .filter((card): card is DeliveredSummary => card !== undefined)
}

/** A found document's article, from what is stored (rendered now when nothing is), with JSON-LD on the public origin. */
export async function storedDetail(payload: Payload, id: number | string, context: ReadContext): Promise<DeliveredDetail | null> {
  const { type, locale, directory, origin } = context
  const stored = (await readStored(payload, { collection: DELIVERY_TYPES[type], ids: [id], locale, parts: ['cards', 'articles'] })).get(
    String(id),
  )
  if (stored?.article) return { ...stored.card, ...stored.article, jsonLd: jsonLdOnOrigin(stored.article.jsonLd, origin) }
  const rendered = await renderDetails(await publicRequest(payload), DELIVERY_TYPES[type], [id], locale, directory, origin)
  return rendered.get(String(id)) ?? null
}
