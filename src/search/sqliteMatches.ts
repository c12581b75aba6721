import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'

import type { WorkflowCollection } from '@/config/editorial'

const TABLES: Record<WorkflowCollection, string> = {
  'news-items': 'news_items',
  'press-releases': 'press_releases',
  campaigns: 'campaigns',
}

/** The trigram index finds substrings of three characters or more; shorter words are checked with LIKE. */
const TRIGRAM = 3

export type MatchRequest = {
  collection: WorkflowCollection
  /** Normalized words (./words.ts); every one must occur in the text. */
  words: string[]
  /** The locale whose search text is searched; undefined: any locale. */
  locale: string | undefined
  /** The latest version of each document (what the admin lists) instead of the live document. */
  drafts: boolean
  /** Only documents of these organizations, when the caller's own query narrows to them anyway. */
  organizations: Array<number | string> | undefined
  /** More matches than this: null, and the caller filters without the index. */
  limit: number
}

/**
 * The ids of the documents whose search text, in the locale, contains every word: the same rows
 * as Payload's `searchText like` (a `LIKE '%word%'` per word), found through the FTS5 index made
 * by src/migrations/*_search_index.ts. Words of three characters or more are trigram phrases,
 * which match exactly the substrings LIKE matches; shorter ones cannot be looked up in a trigram
 * index and are checked with that same LIKE on the rows the rest of the query found. A question
 * of short words only, with no organizations to narrow it, reads the locale rows as before.
 */
export async function sqliteMatches(adapter: SQLiteAdapter, request: MatchRequest) {
  const { organizations } = request
  if (organizations?.length === 0) return []
  const base = request.drafts ? `_${TABLES[request.collection]}_v` : TABLES[request.collection]
  const index = sql.identifier(`${base}_search`)
  const locales = sql.identifier(`${base}_locales`)
  const text = sql.identifier(request.drafts ? 'version_search_text' : 'search_text')
  const long = request.words.filter((word) => [...word].length >= TRIGRAM)
  const short = request.words.filter((word) => [...word].length < TRIGRAM)
  const terms = [
    ...(long.length ? [`search_text : (${long.map(phrase).join(' AND ')})`] : []),
    ...(organizations ? [`organization : (${organizations.map((id) => phrase(`#${id}#`)).join(' OR ')})`] : []),
  ]
  const conditions = [
    ...(terms.length ? [sql`${index} MATCH ${terms.join(' AND ')}`] : []),
    ...(request.locale ? [sql`l._locale = ${request.locale}`] : []),
    ...short.map((word) => sql`l.${text} LIKE ${`%${word}%`}`),
    ...(request.drafts ? [sql`v.latest = 1`] : []),
  ]
  // CROSS JOIN keeps SQLite's join order: the index first, then a lookup per match. Left to
  // itself the planner may scan the table and run the full-text query once per row.
  const from = terms.length ? sql`${index} s CROSS JOIN ${locales} l ON l.id = s.rowid` : sql`${locales} l`
  const versions = request.drafts ? sql` CROSS JOIN ${sql.identifier(base)} v ON v.id = l._parent_id` : sql``
  const id = request.drafts ? sql`v.parent_id` : sql`l._parent_id`
  const rows = await adapter.drizzle.all<{ id: number }>(
    sql`SELECT DISTINCT ${id} AS id FROM ${from}${versions} WHERE ${sql.join(conditions, sql` AND `)} LIMIT ${request.limit + 1}`,
  )
  return rows.length > request.limit ? null : rows.map((row) => row.id)
}

/** An FTS5 string: the word as one phrase, so nothing in it is read as query syntax. */
const phrase = (word: string) => `"${word.replaceAll('"', '""')}"`
