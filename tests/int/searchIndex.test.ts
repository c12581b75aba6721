import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { pushDevSchema } from '@payloadcms/drizzle'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createSearchIndex, dropSearchIndex } from '@/migrations/20261130_161814_search_index'
import { searchWhere } from '@/search'
import { sqliteMatches } from '@/search/sqliteMatches'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

/**
 * SQLite's search index itself (the FTS5 tables and triggers of src/migrations/*_search_index.ts):
 * it moves with the rows it indexes, transaction and all, the migration fills it for what exists, and the
 * development push leaves it in place. MongoDB has no such index to test.
 */
let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  vi.stubEnv('TEST_MONGODB_URI', '')
  ctx = await startTestPayload('search-index')
  fx = await seedFixtures(ctx.payload)
})

afterAll(async () => {
  if (ctx) await stopTestPayload(ctx)
  vi.unstubAllEnvs()
})

const sqlite = () => ctx.payload.db as unknown as SQLiteAdapter

async function found(query: string) {
  const where = await searchWhere(ctx.payload, { collection: 'news-items', query, locale: 'fa' })
  return (await ctx.payload.find({ collection: 'news-items', where, depth: 0, overrideAccess: true })).docs.map((doc) => doc.id)
}

const publish = (title: string) =>
  ctx.payload.create({
    collection: 'news-items',
    data: { title, organization: fx.org('tehran').id, _status: 'published', workflowStatus: 'published' },
    overrideAccess: true,
  })

describe('the SQLite search index', () => {
  it('commits and rolls back with the rows it indexes', async () => {
    // Payload runs SQLite without transactions (README, known limits): each statement that writes
    // a locale row commits on its own, and its trigger updates the index inside that statement.
    // Inside a transaction, as when transactions are turned on, both roll back together.
    const doc = await publish('گزارش بارش برف در دماوند')
    const { client } = sqlite()
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'DELETE FROM news_items_locales WHERE _parent_id = ?', args: [doc.id] })
    await tx.execute({
      sql: "INSERT INTO news_items_locales (title, search_text, _locale, _parent_id) VALUES (?, ?, 'fa', ?)",
      args: ['گزارش بارش باران در دماوند', 'گزارش بارش باران در دماوند', doc.id],
    })
    const inside = await tx.execute('SELECT rowid FROM news_items_search WHERE news_items_search MATCH \'search_text : "باران"\'')
    expect(inside.rows).toHaveLength(1)
    await tx.rollback()
    expect(await found('باران دماوند')).toEqual([])
    expect(await found('برف دماوند')).toEqual([doc.id])
  })

  it("follows a document's organization when only the document's row changes", async () => {
    // Payload rewrites the locale rows with every update; a write that does not (a foreign key's
    // SET NULL, a hand-made fix) still moves the document in the index.
    const doc = await publish('نمایشگاه صنایع دستی لالجین')
    const inOrganization = async (slug: string) => {
      const organizations = [fx.org(slug).id]
      const where = await searchWhere(ctx.payload, { collection: 'news-items', query: 'لالجین', locale: 'fa', organizations })
      return (await ctx.payload.find({ collection: 'news-items', where, depth: 0, overrideAccess: true })).docs.map((found) => found.id)
    }
    expect(await inOrganization('tehran')).toEqual([doc.id])
    await sqlite().client.execute({ sql: 'UPDATE news_items SET organization_id = ? WHERE id = ?', args: [fx.org('hamadan').id, doc.id] })
    expect(await inOrganization('tehran')).toEqual([])
    expect(await inOrganization('hamadan')).toEqual([doc.id])
  })

  it('hands a question with more matches than the id limit back to the filter', async () => {
    // More ids than the limit would bind too many parameters: the index answers null and the
    // caller asks the filter instead (searchWhere), whose answer is the same.
    const docs = await Promise.all(['کارگاه سفالگری میبد', 'نمایشگاه سفالگری میبد', 'جشنواره سفالگری میبد'].map(publish))
    const matches = (limit: number) =>
      sqliteMatches(sqlite(), {
        collection: 'news-items',
        words: ['سفالگری', 'میبد'],
        locale: 'fa',
        drafts: false,
        organizations: undefined,
        limit,
      })
    expect(((await matches(3)) ?? []).map(Number).sort()).toEqual(docs.map((doc) => Number(doc.id)).sort())
    expect(await matches(2)).toBeNull()
    expect(await matches(0)).toBeNull()
  })

  it('is filled by its migration with the documents that exist', async () => {
    const db = sqlite().drizzle
    await dropSearchIndex(db)
    const before = await publish('همایش گردشگری کویر مرنجاب')
    await createSearchIndex(db)
    expect(await found('کویر مرنجاب')).toEqual([before.id])
    const after = await publish('جشنواره گل محمدی کاشان')
    expect(await found('گل محمدی')).toEqual([after.id])
  })

  it('stays through the development push, which knows no virtual tables', async () => {
    const doc = await publish('مسابقات کشتی پهلوانی')
    // Left to see the index's tables, the push would stop at a data-loss prompt (or exit).
    await pushDevSchema(sqlite() as never)
    expect(await found('کشتی پهلوانی')).toEqual([doc.id])
    const next = await publish('مسابقات کشتی ساحلی')
    expect(await found('کشتی ساحلی')).toEqual([next.id])
  }, 20_000)
})
