import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, Where } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'
import { sqliteMatches } from './sqliteMatches'
import { queryWords } from './words'

export type SearchQuery = {
  collection: WorkflowCollection
  /** The question as typed; normalized here (./words.ts). */
  query: string
  /** The locale whose text is searched; undefined: any locale. */
  locale?: string
  /** Search the latest version of each document (the admin's lists, `draft: true`) instead of the live one. */
  drafts?: boolean
  /**
   * Organizations the caller's own query is limited to anyway (a province's offices, a user's
   * scope): the index then reads only their matches. A hint, never a rule: the caller keeps its
   * own constraint, which alone decides what may be returned.
   */
  organizations?: Array<number | string>
}

/**
 * More matches than this are not handed to the database as a list of ids (each id is a bound
 * parameter, and SQLite allows 32,766): the question is answered by the filter instead. With a
 * province to narrow to, only a word in nearly every one of its documents gets there.
 */
const MAX_IDS = 5_000

/**
 * The search: a `where` constraint that keeps the documents whose normalized search text (in the
 * locale) contains every word of the query, each as a substring, as the `searchText like` filter
 * always did. Added to the caller's own constraints, so Payload still applies access, filters,
 * sort (newest first) and pagination with its totals.
 *
 * On SQLite the words are looked up in the FTS5 index and the constraint is the matching ids. On
 * MongoDB it stays the `like` filter on the normalized field: MongoDB's text index matches whole
 * words only (and Atlas Search is not there on every deployment), which would change what a word
 * finds (README, "Search").
 */
export async function searchWhere(payload: Payload, search: SearchQuery): Promise<Where> {
  const words = queryWords(search.query)
  if (words.length === 0) return { id: { in: [] } }
  const filter: Where = { searchText: { like: words.join(' ') } }
  if (payload.db.name !== 'sqlite') return filter
  const ids = await sqliteMatches(payload.db as unknown as SQLiteAdapter, {
    collection: search.collection,
    words,
    locale: search.locale,
    drafts: search.drafts ?? false,
    organizations: search.organizations,
    limit: MAX_IDS,
  })
  return ids ? { id: { in: ids } } : filter
}
