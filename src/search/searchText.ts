import type { CollectionBeforeChangeHook, Field } from 'payload'

import { searchKey } from '@/lib/persian'

const MAX_SEARCH_TEXT = 2_000

/**
 * Title and summary as one normalized string per locale: Persian letters unified (ی/ي, ک/ك),
 * diacritics and tatweel gone, ZWNJ and punctuation turned into spaces, ASCII digits, lower case.
 * The query goes through the same function, so «استانداري ۱۴۰۳» finds «استانداری 1403».
 */
export function searchText(...texts: Array<string | null | undefined>): string {
  return texts
    .map((text) =>
      searchKey(text ?? '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' ')
    .slice(0, MAX_SEARCH_TEXT)
}

/**
 * Searched instead of titles, summaries and bodies: this short column is what the search index
 * holds (on SQLite an FTS5 table kept by triggers, see src/migrations/*_search_index.ts).
 */
export const searchTextField = (): Field => ({
  name: 'searchText',
  type: 'text',
  // What the admin's search box says it searches (its placeholder names this label).
  label: { fa: 'عنوان و خلاصه', en: 'title and summary' },
  localized: true,
  index: true,
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
})

/** Keeps the search text in step with the title and summary (or objective) of the locale being saved. */
export const indexSearchText =
  (summaryField: 'summary' | 'objective' = 'summary'): CollectionBeforeChangeHook =>
  ({ data }) => {
    if (typeof data.title !== 'string' && typeof data[summaryField] !== 'string') return data
    return { ...data, searchText: searchText(data.title, data[summaryField]) }
  }
