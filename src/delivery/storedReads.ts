import { inArray, sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload } from 'payload'

import type { DeliveredArticle, DeliveredSummary } from './contract'
import type { Locale } from './params'
import { RENDERER, type StoredAnswer } from './storedField'

export type StoredPart = 'cards' | 'articles'
/** Which documents' answers, in which locale; `articles` adds the article to the card. */
export type StoredRead = { collection: CollectionSlug; ids: Array<number | string>; locale: Locale; parts: StoredPart[] }
type Found = { card: DeliveredSummary; article?: DeliveredArticle }

/**
 * The stored answers of documents already found, by id, in one locale: a read of the answers
 * alone, past Payload's operations. It decides nothing about who may see what, and needs not:
 * the ids come from a query that applied the public's access rules (the list's page, the
 * article's lookup), and answers exist only for documents the public could see when they were
 * stored; the write that unpublishes, embargoes or deletes a document clears them in its own
 * transaction (./storeHooks.ts). A document with nothing stored, or with answers an earlier
 * version of the rendering made (RENDERER), is missing from the map, and the caller renders it as
 * the public sees it now.
 *
 * Through Payload's operations the same read cost 8–11 ms for a page of 20 at 100,000 items
 * (SQLite walked the list index to honour the operation's sort instead of looking the 20 rows up
 * by id), and each card was escaped into JSON and parsed twice on the way; here it is one lookup
 * per id in the answers table and one parse per card.
 */
export async function readStored(payload: Payload, read: StoredRead): Promise<Map<string, Found>> {
  if (read.ids.length === 0) return new Map()
  if (payload.db.name === 'sqlite') return sqliteStored(payload, read)
  const { collection, ids, locale } = read
  // Other adapters keep the answers inside the document: the adapter's own find, without the
  // operation's hooks, reads just them.
  const found = await payload.db.find({
    collection,
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    select: { deliveredAnswers: true },
  })
  const stored = new Map<string, Found>()
  for (const doc of found.docs as Array<{ id: number | string; deliveredAnswers?: StoredAnswer[] | null }>) {
    const answer = doc.deliveredAnswers?.[0]
    const card = answer?.cards?.[locale]
    if (card && answer.renderer === RENDERER) stored.set(String(doc.id), { card, article: answer.articles?.[locale] })
  }
  return stored
}

type AnswerTable = {
  _parentID: Parameters<typeof inArray>[0]
  cards: SQL.Aliased | Parameters<typeof inArray>[0]
  articles: Parameters<typeof inArray>[0]
  renderer: Parameters<typeof inArray>[0]
}
type SqliteDb = { tables: Record<string, AnswerTable>; drizzle: { all: <T>(query: SQL) => Promise<T[]> } }

async function sqliteStored(payload: Payload, { collection, ids, locale, parts }: StoredRead): Promise<Map<string, Found>> {
  const db = payload.db as unknown as SqliteDb
  const name = `${collection.replace(/-/g, '_')}_delivered_answers`
  const table = db.tables[name]
  if (!table) throw new Error(`readStored: no table ${name}`)
  // The locale's part of each JSON value, extracted by SQLite: only that text crosses into JS.
  const path = `$.${locale}`
  const article = parts.includes('articles') ? sql`json_extract(${table.articles}, ${path})` : sql`NULL`
  const rows = await db.drizzle.all<{ id: number | string; card: string | null; article: string | null }>(
    sql`SELECT ${table._parentID} AS id, json_extract(${table.cards}, ${path}) AS card, ${article} AS article
      FROM ${sql.identifier(name)} WHERE ${inArray(table._parentID, ids)} AND ${table.renderer} = ${RENDERER}`,
  )
  const stored = new Map<string, Found>()
  for (const row of rows) {
    if (!row.card) continue
    stored.set(String(row.id), {
      card: JSON.parse(row.card) as DeliveredSummary,
      ...(row.article ? { article: JSON.parse(row.article) as DeliveredArticle } : {}),
    })
  }
  return stored
}
