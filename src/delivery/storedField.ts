import type { Field } from 'payload'

import type { DeliveredArticle, DeliveredSummary } from './contract'
import type { Locale } from './params'

/**
 * What the delivery API answers for one live document, made when it was published (or when
 * something it shows changed) and read back instead of rendering it again: per locale the list
 * card (the summary object) and what its article adds (sanitized HTML, gallery, attachments,
 * JSON-LD with links relative to the site). `deliveredDependsOn` names every document the answers
 * show (`media:12`, `organizations:3`, …), so a change there finds the answers to make again.
 */
export type StoredAnswers = {
  deliveredCards: Record<Locale, DeliveredSummary> | null
  deliveredArticles: Record<Locale, DeliveredArticle> | null
  deliveredDependsOn: string[]
}

/** A document that is not live (a draft, unpublished, under embargo) has nothing stored. */
export const NOTHING_STORED: StoredAnswers = { deliveredCards: null, deliveredArticles: null, deliveredDependsOn: [] }

/** Hidden from every API (only reads that ask with `showHiddenFields` see them); written only by this feature. */
const stored = { hidden: true, access: { create: () => false, update: () => false }, admin: { hidden: true } } as const

/**
 * Columns on the document's own row, not localized (both locales in one value), so a list reads
 * 20 cards with one indexed query and no joins, and an article one row. Top-level fields, not a
 * group: the SQLite adapter drops `index` from a hasMany text field inside a group.
 */
export const storedAnswersFields = (): Field[] => [
  { name: 'deliveredCards', type: 'json', ...stored },
  { name: 'deliveredArticles', type: 'json', ...stored },
  { name: 'deliveredDependsOn', type: 'text', hasMany: true, index: true, ...stored },
]
