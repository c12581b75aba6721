import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'

import type { WorkflowCollection } from '@/config/editorial'

const TABLES: Record<WorkflowCollection, string> = {
  'news-items': 'news_items',
  'press-releases': 'press_releases',
  campaigns: 'campaigns',
}

/** The longest suffix the index holds (MAX_TOKEN of src/migrations/*_search_index.ts). */
const MAX_TOKEN = 40

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
 * by src/migrations/*_search_index.ts. The index holds the suffixes of the text's words, so a
 * word is inside the text exactly when it begins one of them: each word is a prefix query. A
 * word longer than the longest suffix kept is looked up by its beginning and checked with LIKE.
 */
export async function sqliteMatches(adapter: SQLiteAdapter, request: MatchRequest): Promise<Array<number | string> | null> {
  const { organizations } = request
  if (organizations?.length === 0) return []
  const base = request.drafts ? `_${TABLES[request.collection]}_v` : TABLES[request.collection]
  const index = sql.identifier(`${base}_search`)
  const locales = sql.identifier(`${base}_locales`)
  const text = sql.identifier(request.drafts ? 'version_search_text' : 'search_text')
  const long = request.words.filter((word) => [...word].length > MAX_TOKEN)
  const terms = [
    `search_text : (${request.words.map((word) => `${phrase([...word].slice(0, MAX_TOKEN).join(''))}*`).join(' AND ')})`,
    ...(organizations ? [`organization : (${organizations.map((id) => phrase(String(id))).join(' OR ')})`] : []),
  ]
  const conditions = [
    sql`${index} MATCH ${terms.join(' AND ')}`,
    ...(request.locale ? [sql`l._locale = ${request.locale}`] : []),
    ...long.map((word) => sql`l.${text} LIKE ${`%${word}%`}`),
    ...(request.drafts ? [sql`v.latest = 1`] : []),
  ]
  // CROSS JOIN keeps SQLite's join order: the index first, then a lookup per match (left to
  // itself the planner may scan the table and run the full-text query once per row), in the
  // index on (id, _locale, _parent_id), which spares reading locale rows with their bodies. A
  // word too long for the index needs the text itself.
  const lookup = long.length ? sql`` : sql` INDEXED BY ${sql.identifier(`${base}_locales_search_idx`)}`
  const versions = request.drafts ? sql` CROSS JOIN ${sql.identifier(base)} v ON v.id = l._parent_id` : sql``
  const id = request.drafts ? sql`v.parent_id` : sql`l._parent_id`
  // One row holding the ids as a JSON array: the client builds an object per row returned, which
  // for a common word (thousands of matches) cost more than the search itself.
  const [row] = await adapter.drizzle.all<{ ids: string }>(
    sql`SELECT json_group_array(id) AS ids FROM (SELECT DISTINCT ${id} AS id FROM ${index} s CROSS JOIN ${locales} l${lookup} ON l.id = s.rowid${versions}
      WHERE ${sql.join(conditions, sql` AND `)} LIMIT ${request.limit + 1})`,
  )
  const ids = JSON.parse(row?.ids ?? '[]') as Array<number | string>
  return ids.length > request.limit ? null : ids
}

/** An FTS5 string: the word as one phrase, so nothing in it is read as query syntax. */
const phrase = (word: string) => `"${word.replaceAll('"', '""')}"`
