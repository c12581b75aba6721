import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listContent } from '@/delivery'
import { deliveryCache } from '@/delivery/cache'
import { backfillCategoryKeys } from '@/delivery/categoryKeys'
import { fillCategoryKeys } from '@/migrations/20261130_193440_category_keys'
import type { Category } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { transitionAs } from '../helpers/workflow'

/**
 * The category keys a content row keeps for the public lists' category filter
 * (src/delivery/categoryKeys.ts): always those of its categories, whatever the write, never seen
 * or queried by anyone but the delivery, and filled in for rows older than they are.
 */
let ctx: TestPayload
let payload: Payload
let fx: Fixtures
let economy: Category
let culture: Category

beforeAll(async () => {
  ctx = await startTestPayload('category-keys')
  payload = ctx.payload
  fx = await seedFixtures(payload)
  economy = await payload.create({ collection: 'categories', data: { title: 'اقتصاد' }, ...as('admin') })
  culture = await payload.create({ collection: 'categories', data: { title: 'فرهنگ' }, ...as('admin') })
})
afterAll(() => stopTestPayload(ctx))

const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })

/** The keys as stored, read past every rule. */
async function keysOf(id: number, collection: 'news-items' | 'press-releases' = 'news-items'): Promise<string | null | undefined> {
  const row = (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as { categoryKeys?: string | null } | null
  return row?.categoryKeys
}

async function liveNews(title: string, categories: number[]) {
  const doc = await payload.create({
    collection: 'news-items',
    data: { title, organization: fx.org('tehran').id, categories },
    draft: true,
    ...as('editor.tehran'),
  })
  await transitionAs(payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
  return doc
}

/** The slugs of Tehran's news the public list shows under a category, read cold. */
async function listedUnder(category: Category): Promise<string[]> {
  deliveryCache().invalidate()
  const list = await listContent(payload, 'https://x.example', 'tehran', 'news', {
    locale: 'fa',
    page: 1,
    limit: 50,
    category: category.slug!,
  })
  return list.value.docs.map((doc) => doc.slug)
}

describe('category keys', () => {
  it('follow the categories through every write: create, an edit that does not name them, a change, clearing', async () => {
    const doc = await payload.create({
      collection: 'news-items',
      data: { title: 'خبر با دو دسته', organization: fx.org('tehran').id, categories: [economy.id, culture.id] },
      ...as('editor.tehran'),
    })
    expect(await keysOf(doc.id)).toBe(`,${economy.id},${culture.id},`)
    // Edits of the row itself, as the system makes them (an editor's edits are drafts, kept in versions).
    const edit = (data: Record<string, unknown>) => payload.update({ collection: 'news-items', id: doc.id, data, overrideAccess: true })
    await edit({ title: 'عنوان تازه' })
    expect(await keysOf(doc.id)).toBe(`,${economy.id},${culture.id},`)
    await edit({ categories: [culture.id] })
    expect(await keysOf(doc.id)).toBe(`,${culture.id},`)
    await edit({ categories: [] })
    expect(await keysOf(doc.id)).toBe(',')
    // A value sent for the keys themselves is ignored, even past the access rules: they are derived, never written.
    await edit({ categoryKeys: `,${economy.id},` })
    expect(await keysOf(doc.id)).toBe(',')
  })

  it('file the public lists: a live document is listed under its categories only, and moves when they change', async () => {
    const doc = await liveNews('خبر اقتصادی استان', [economy.id])
    expect(await listedUnder(economy)).toContain(doc.slug)
    expect(await listedUnder(culture)).not.toContain(doc.slug)

    await payload.update({ collection: 'news-items', id: doc.id, data: { categories: [culture.id] }, draft: true, ...as('editor.tehran') })
    // A draft changes nothing public…
    expect(await listedUnder(economy)).toContain(doc.slug)
    await transitionAs(payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    // …its publication moves the document.
    expect(await listedUnder(economy)).not.toContain(doc.slug)
    expect(await listedUnder(culture)).toContain(doc.slug)
  })

  it('are shown to no one and queried by no one but the delivery, while the categories themselves stay open', async () => {
    const doc = await liveNews('خبر فرهنگی برای آزمون دسترسی', [culture.id])
    for (const who of [{ overrideAccess: false as const }, as('editor.tehran'), as('admin')]) {
      // The control: the same question by the relationship is answered.
      const byRelationship = await payload.find({ collection: 'news-items', where: { categories: { in: [culture.id] } }, ...who })
      expect(byRelationship.docs.map((found) => found.id)).toContain(doc.id)
      await expect(
        payload.find({ collection: 'news-items', where: { categoryKeys: { contains: `,${culture.id},` } }, ...who }),
      ).rejects.toMatchObject({ status: 400 })
      const read = await payload.findByID({ collection: 'news-items', id: doc.id, ...who })
      expect(read).not.toHaveProperty('categoryKeys')
      expect(read.categories).toHaveLength(1)
    }
    const versions = await payload.findVersions({ collection: 'news-items', where: { parent: { equals: doc.id } }, ...as('admin') })
    expect(versions.docs.length).toBeGreaterThan(0)
    for (const version of versions.docs) expect(version.version).not.toHaveProperty('categoryKeys')
  })

  it('leave with a deleted category, so a category made later under the same id lists none of its documents', async () => {
    const passing = await payload.create({ collection: 'categories', data: { title: 'دسته موقت' }, ...as('admin') })
    const doc = await liveNews('خبر با دسته موقت', [passing.id, economy.id])
    expect(await keysOf(doc.id)).toBe(`,${passing.id},${economy.id},`)
    await payload.delete({ collection: 'categories', id: passing.id, ...as('admin') })
    expect(await keysOf(doc.id)).toBe(`,${economy.id},`)
    const next = await payload.create({ collection: 'categories', data: { title: 'دسته تازه' }, ...as('admin') })
    // SQLite gives the next category the deleted one's id (MongoDB never reuses one).
    if (payload.db.name === 'sqlite') expect(next.id).toBe(passing.id)
    expect(await listedUnder(next)).toEqual([])
    expect(await listedUnder(economy)).toContain(doc.slug)
  })

  it('are filled in for rows written before they existed: by the migration on SQLite, at start on any database', async () => {
    const doc = await liveNews('خبر قدیمی', [culture.id, economy.id])
    const bare = await liveNews('خبر قدیمی بی‌دسته', [])
    const release = await payload.create({
      collection: 'press-releases',
      data: { title: 'اطلاعیه قدیمی', organization: fx.org('tehran').id, categories: [economy.id] },
      ...as('editor.tehran'),
    })
    const forget = async () => {
      for (const [collection, id] of [
        ['news-items', doc.id],
        ['news-items', bare.id],
        ['press-releases', release.id],
      ] as const) {
        await payload.db.updateOne({ collection, id, data: { categoryKeys: null }, returning: false })
      }
      expect(await keysOf(doc.id)).toBeNull()
    }
    const expectFilled = async () => {
      expect(await keysOf(doc.id)).toBe(`,${culture.id},${economy.id},`)
      expect(await keysOf(bare.id)).toBe(',')
      expect(await keysOf(release.id, 'press-releases')).toBe(`,${economy.id},`)
      expect(await listedUnder(culture)).toContain(doc.slug)
    }
    if (payload.db.name === 'sqlite') {
      await forget()
      await fillCategoryKeys((payload.db as unknown as { drizzle: Parameters<typeof fillCategoryKeys>[0] }).drizzle)
      await expectFilled()
    }
    await forget()
    await backfillCategoryKeys(payload)
    await expectFilled()
  })
})
