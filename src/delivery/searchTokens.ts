import type { CollectionBeforeChangeHook, Field } from 'payload'

import { searchKey } from '@/lib/persian'

const MAX_TOKENS = 200
const MIN_TOKEN_LENGTH = 2

/**
 * The words of a text as search keys: normalized letters (ی/ي, ک/ك, diacritics), ASCII digits,
 * lower case, unique. Stored documents and queries go through the same function, so
 * «استانداري ۱۴۰۳» finds «استانداری 1403».
 */
export function searchTokens(...texts: Array<string | null | undefined>): string[] {
  const words = texts.flatMap((text) => searchKey(text ?? '').split(/[^\p{L}\p{N}]+/u))
  return [...new Set(words.filter((word) => word.length >= MIN_TOKEN_LENGTH))].slice(0, MAX_TOKENS)
}

/**
 * One row per word in an indexed table (a hasMany text field), per locale: a search is then an
 * index lookup per query word, not a scan of titles or bodies.
 */
export const searchTokensField = (): Field => ({
  name: 'searchTokens',
  type: 'text',
  hasMany: true,
  localized: true,
  index: true,
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
})

/** Keeps the tokens in step with the title and summary (or objective) of the locale being saved. */
export const indexSearchTokens =
  (summaryField: 'summary' | 'objective' = 'summary'): CollectionBeforeChangeHook =>
  ({ data }) => {
    if (typeof data.title !== 'string' && typeof data[summaryField] !== 'string') return data
    return { ...data, searchTokens: searchTokens(data.title, data[summaryField]) }
  }
