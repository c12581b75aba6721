import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { transitionAs } from '../helpers/workflow'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('publishing')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

const anonymous = { overrideAccess: false as const }
const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })

/** A draft written through the Local API as `prefix` would through the admin. */
async function draftAs(prefix: string, title: string) {
  const organization = fx.user(prefix).organization
  return ctx.payload.create({ collection: 'news-items', data: { title, organization: organization as number }, draft: true, ...as(prefix) })
}

async function newsItem(title: string, published: boolean, organization = 'tehran') {
  return ctx.payload.create({
    collection: 'news-items',
    data: { title, organization: fx.org(organization).id, _status: published ? 'published' : 'draft' },
    draft: !published,
    overrideAccess: true,
  })
}

describe('drafts', () => {
  it('are invisible to anonymous readers, also when they ask for drafts', async () => {
    const live = await newsItem('خبر منتشرشده', true)
    const draft = await newsItem('خبر پیش‌نویس', false)
    for (const draftFlag of [false, true]) {
      const list = await ctx.payload.find({ collection: 'news-items', draft: draftFlag, limit: 100, ...anonymous })
      const ids = list.docs.map((doc) => doc.id)
      expect(ids).toContain(live.id)
      expect(ids).not.toContain(draft.id)
      expect(list.docs.every((doc) => doc._status === 'published')).toBe(true)
    }
    await expect(ctx.payload.findByID({ collection: 'news-items', id: draft.id, ...anonymous })).rejects.toThrow()
    const count = await ctx.payload.count({ collection: 'news-items', ...anonymous })
    expect(count.totalDocs).toBe(
      (await ctx.payload.count({ collection: 'news-items', where: { _status: { equals: 'published' } } })).totalDocs,
    )
  })

  it('an unpublished edit of a live item stays a draft: anonymous readers keep the published text', async () => {
    const live = await newsItem('عنوان منتشرشده', true)
    await ctx.payload.update({
      collection: 'news-items',
      id: live.id,
      data: { title: 'عنوان ویرایش‌شده' },
      draft: true,
      ...as('supervisor.tehran'),
    })
    const publicView = await ctx.payload.findByID({ collection: 'news-items', id: live.id, ...anonymous })
    expect(publicView.title).toBe('عنوان منتشرشده')
    const staffDraft = await ctx.payload.findByID({ collection: 'news-items', id: live.id, draft: true, ...as('supervisor.tehran') })
    expect(staffDraft.title).toBe('عنوان ویرایش‌شده')
  })

  it('stamp publishedAt on first publication and keep it after', async () => {
    const draft = await newsItem('زمان انتشار', false)
    expect(draft.publishedAt).toBeFalsy()
    const published = await ctx.payload.update({
      collection: 'news-items',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(published.publishedAt).toBeTruthy()
    const edited = await ctx.payload.update({
      collection: 'news-items',
      id: draft.id,
      data: { summary: 'ویرایش', _status: 'published' },
      overrideAccess: true,
    })
    expect(edited.publishedAt).toBe(published.publishedAt)
  })

  it('keep at least 50 versions per document', async () => {
    const doc = await newsItem('نسخه‌ها', false)
    for (let i = 0; i < 55; i++) {
      await ctx.payload.update({ collection: 'news-items', id: doc.id, data: { summary: `نسخه ${i}` }, draft: true, overrideAccess: true })
    }
    const versions = await ctx.payload.findVersions({
      collection: 'news-items',
      where: { parent: { equals: doc.id } },
      limit: 200,
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(50)
  })
})

describe('localization', () => {
  it('falls back to Persian where the English text is missing', async () => {
    const doc = await newsItem('فقط فارسی', true)
    const en = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, locale: 'en', ...anonymous })
    expect(en.title).toBe('فقط فارسی')
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      locale: 'en',
      data: { title: 'English only', _status: 'published' },
      overrideAccess: true,
    })
    const enAgain = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, locale: 'en', ...anonymous })
    expect(enAgain.title).toBe('English only')
    const fa = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, locale: 'fa', ...anonymous })
    expect(fa.title).toBe('فقط فارسی')
  })
})

describe('slugs', () => {
  it('are made from Persian titles, normalized, and unique per collection', async () => {
    const first = await draftAs('editor.tehran', 'روابط عمومی استانداری')
    const second = await draftAs('editor.tehran', 'روابط عمومي استانداري')
    expect(first.slug).toBe('روابط-عمومی-استانداری')
    expect(second.slug).toBe('روابط-عمومی-استانداری-2')
    const release = await ctx.payload.create({
      collection: 'press-releases',
      data: { title: 'روابط عمومی استانداری', organization: fx.org('tehran').id },
      draft: true,
      ...as('editor.tehran'),
    })
    expect(release.slug).toBe('روابط-عمومی-استانداری')
  })

  it("never tell a writer that another province's hidden draft has a slug: whichever is published first keeps it", async () => {
    const title = 'برنامه محرمانه سفر استاندار'
    const tehran = await draftAs('editor.tehran', title)
    // Control: a writer who may read Tehran's draft gets a slug of their own.
    expect((await draftAs('supervisor.tehran', title)).slug).toBe('برنامه-محرمانه-سفر-استاندار-2')
    // Fars's editor cannot read it: their slug is the one they would get if it did not exist.
    const fars = await draftAs('editor.fars', title)
    expect(fars.slug).toBe(tehran.slug)
    const byHand = await ctx.payload.update({
      collection: 'news-items',
      id: fars.id,
      data: { slug: tehran.slug },
      draft: true,
      ...as('editor.fars'),
    })
    expect(byHand.slug).toBe(tehran.slug)

    await transitionAs(ctx.payload, fx.user('supervisor.fars'), 'news-items', fars.id, 'published')
    const farsLive = await ctx.payload.findByID({ collection: 'news-items', id: fars.id, ...anonymous })
    expect(farsLive.slug).toBe(tehran.slug)
    // Now public, the slug is taken for everyone: Tehran's draft gets another at its publication.
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', tehran.id, 'published')
    const tehranLive = await ctx.payload.findByID({ collection: 'news-items', id: tehran.id, ...anonymous })
    expect(tehranLive.slug).toBe('برنامه-محرمانه-سفر-استاندار-3')
    // Isfahan's editor sees the public slugs; the supervisor's draft with `-2` stays hidden from them.
    expect((await draftAs('editor.isfahan', title)).slug).toBe('برنامه-محرمانه-سفر-استاندار-2')

    // Taken down, a document keeps its permanent slug, and nobody gets it meanwhile.
    await transitionAs(ctx.payload, fx.user('supervisor.fars'), 'news-items', fars.id, 'archived')
    expect((await draftAs('editor.isfahan', title)).slug).toBe('برنامه-محرمانه-سفر-استاندار-4')
    const other = await draftAs('editor.fars', 'عنوانی دیگر')
    const asked = await ctx.payload.update({
      collection: 'news-items',
      id: other.id,
      data: { slug: fars.slug },
      draft: true,
      ...as('editor.fars'),
    })
    expect(asked.slug).toBe('برنامه-محرمانه-سفر-استاندار-2')
  })

  it('of a duplicate are its own: the copy of a published item is a draft with the next free slug and no publication date', async () => {
    const original = await newsItem('خبر برای رونوشت', true)
    const copy = await ctx.payload.duplicate({ collection: 'news-items', id: original.id, draft: true, ...as('editor.tehran') })
    expect(copy.slug).toBe('خبر-برای-رونوشت-2')
    expect(copy._status).toBe('draft')
    expect(copy.workflowStatus).toBe('draft')
    expect(copy.publishedAt ?? null).toBeNull()
    const live = await ctx.payload.findByID({ collection: 'news-items', id: original.id, ...anonymous })
    expect(live.slug).toBe('خبر-برای-رونوشت')
  })

  it('canonicalize a slug given by hand', async () => {
    const doc = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'عنوان', slug: 'نشانی دلخواه ۱۴۰۳', organization: fx.org('tehran').id },
      draft: true,
      overrideAccess: true,
    })
    expect(doc.slug).toBe('نشانی-دلخواه-1403')
  })

  it('survive title edits, and cannot be changed once published', async () => {
    const doc = await newsItem('عنوان اولیه خبر', true)
    const retitled = await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { title: 'عنوان جدید خبر', _status: 'published' },
      overrideAccess: true,
    })
    expect(retitled.slug).toBe('عنوان-اولیه-خبر')
    const error = await ctx.payload
      .update({ collection: 'news-items', id: doc.id, data: { slug: 'نشانی-دیگر' }, ...as('supervisor.tehran') })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    const after = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, overrideAccess: true })
    expect(after.slug).toBe('عنوان-اولیه-خبر')
  })

  it('drafts are validated: no title, a bad date or an oversized gallery is a 400 and nothing is stored', async () => {
    const before = (await ctx.payload.count({ collection: 'news-items', overrideAccess: true })).totalDocs
    const attempts = [
      { organization: fx.org('tehran').id },
      { title: 'تاریخ نادرست', organization: fx.org('tehran').id, publishedAt: 'not-a-date' },
      // Left out, it would default to the editor's own office; cleared, it is required.
      { title: 'بدون سازمان', organization: null },
    ]
    for (const data of attempts) {
      const error = await ctx.payload
        .create({ collection: 'news-items', data: data as never, draft: true, user: fx.user('editor.tehran'), overrideAccess: false })
        .catch((e: unknown) => e)
      expect(error, JSON.stringify(data)).toBeInstanceOf(ValidationError)
    }
    expect((await ctx.payload.count({ collection: 'news-items', overrideAccess: true })).totalDocs).toBe(before)
  })
})
