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
export type StoredAnswer = {
  id?: string
  cards: Record<Locale, DeliveredSummary>
  articles: Record<Locale, DeliveredArticle>
  renderer: number
}
export type StoredAnswers = { deliveredAnswers: StoredAnswer[]; deliveredDependsOn: string[] }

/**
 * Which version of the rendering made the stored answers. Raise it with any change to what
 * ./render.ts, ./serialize.ts, ./html.ts or ./jsonLd.ts make of a document: at the next start,
 * every live document whose answers another version made is rendered again, by jobs
 * (./backfill.ts), and until then answered by rendering it at read time (./storedReads.ts reads
 * only this version's answers): no answer says what an older server would have said.
 *
 * 2: images placed in a text are shown (the image's type was missing, and the converter dropped them).
 * 3: links in a text to our documents go to their public pages (they were `#`), embedded documents
 *    are links under their titles (they were dropped), and both depend on the linked document.
 */
export const RENDERER = 3

/** A document that is not live (a draft, unpublished, under embargo) has nothing stored. */
export const NOTHING_STORED: StoredAnswers = { deliveredAnswers: [], deliveredDependsOn: [] }

/** Hidden from every API (only reads that ask with `showHiddenFields` see them); written only by this feature. */
const stored = { hidden: true, access: { create: () => false, update: () => false }, admin: { hidden: true } } as const

/**
 * The answers are an array of at most one row, not columns of the document: on SQLite an array
 * is a table of its own, so the content rows stay small (lists, counts and searches read many of
 * them; answers inline made each row about 8 KB and a category count six times slower), and
 * the read is still one statement that fetches the answer rows of the 20 documents it returns.
 * Not localized: both locales in one value. The dependencies are a top-level field, not part of
 * a group, because the SQLite adapter drops `index` from a hasMany text field inside a group.
 */
export const storedAnswersFields = (): Field[] => [
  {
    name: 'deliveredAnswers',
    type: 'array',
    maxRows: 1,
    ...stored,
    fields: [
      { name: 'cards', type: 'json', required: true },
      { name: 'articles', type: 'json', required: true },
      // Indexed: the start-up check for answers of an earlier version is one lookup.
      { name: 'renderer', type: 'number', index: true },
    ],
  },
  { name: 'deliveredDependsOn', type: 'text', hasMany: true, index: true, ...stored },
]
