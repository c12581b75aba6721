import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { minimalPdf, png } from '../helpers/images'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { transitionAs } from '../helpers/workflow'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('files')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

const editor = () => ({ user: fx.user('editor.tehran'), overrideAccess: false as const })
const anonymousCanSee = async (collection: 'media' | 'attachments', id: number) =>
  (await ctx.payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

async function image(alt: string) {
  const data = await png(120, 80)
  return ctx.payload.create({
    collection: 'media',
    data: { alt, organization: fx.org('tehran').id },
    file: { data, mimetype: 'image/png', name: `${alt}.png`, size: data.length },
    ...editor(),
  })
}

describe('uploaded files', () => {
  it('stay private until a document using them is published', async () => {
    const hero = await image('hero')
    const other = await image('gallery')
    const unused = await image('unused')
    expect(await anonymousCanSee('media', hero.id)).toBe(false)
    // Another province's staff do not see it either.
    const foreign = await ctx.payload.find({
      collection: 'media',
      where: { id: { equals: hero.id } },
      user: fx.user('editor.isfahan'),
      overrideAccess: false,
    })
    expect(foreign.totalDocs).toBe(0)

    const item = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر با تصویر', organization: fx.org('tehran').id, heroImage: hero.id, gallery: [other.id] },
      draft: true,
      ...editor(),
    })
    expect(await anonymousCanSee('media', hero.id)).toBe(false)
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', item.id, 'published')
    expect(await anonymousCanSee('media', hero.id)).toBe(true)
    expect(await anonymousCanSee('media', other.id)).toBe(true)
    expect(await anonymousCanSee('media', unused.id)).toBe(false)
  })

  it('of an embargoed press release become public when the embargo ends', async () => {
    const pdf = minimalPdf()
    const attachment = await ctx.payload.create({
      collection: 'attachments',
      data: { title: 'متن کامل', organization: fx.org('tehran').id },
      file: { data: pdf, mimetype: 'application/pdf', name: 'embargoed.pdf', size: pdf.length },
      ...editor(),
    })
    const embargoUntil = new Date(Date.now() + 86_400_000).toISOString()
    const release = await ctx.payload.create({
      collection: 'press-releases',
      data: { title: 'اطلاعیه محرمانه تا فردا', organization: fx.org('tehran').id, attachments: [attachment.id], embargoUntil },
      draft: true,
      ...editor(),
    })
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'press-releases', release.id, 'published')
    expect(await anonymousCanSee('attachments', attachment.id)).toBe(false)
    const stored = await ctx.payload.findByID({ collection: 'attachments', id: attachment.id, overrideAccess: true })
    expect(stored.publicFrom).toBe(embargoUntil)
  })

  it('follow the content that made them public: unpublished, dropped or deleted, they are private again', async () => {
    const supervisor = fx.user('supervisor.tehran')
    const [hero, gallery, shared] = [await image('follow-hero'), await image('follow-gallery'), await image('follow-shared')]
    const item = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر دنبال‌شونده', organization: fx.org('tehran').id, heroImage: hero.id, gallery: [gallery.id, shared.id] },
      draft: true,
      ...editor(),
    })
    const other = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر دیگر با همان تصویر', organization: fx.org('tehran').id, heroImage: shared.id },
      draft: true,
      ...editor(),
    })
    await transitionAs(ctx.payload, supervisor, 'news-items', item.id, 'published')
    await transitionAs(ctx.payload, supervisor, 'news-items', other.id, 'published')
    for (const file of [hero, gallery, shared]) expect(await anonymousCanSee('media', file.id)).toBe(true)

    // The supervisor drops the gallery image and publishes again: that image alone goes private.
    await ctx.payload.update({
      collection: 'news-items',
      id: item.id,
      data: { gallery: [shared.id] },
      draft: true,
      user: supervisor,
      overrideAccess: false,
    })
    await transitionAs(ctx.payload, supervisor, 'news-items', item.id, 'published')
    expect(await anonymousCanSee('media', gallery.id)).toBe(false)
    expect(await anonymousCanSee('media', hero.id)).toBe(true)

    // Unpublished: its own images go private; one that another live item uses stays public.
    await transitionAs(ctx.payload, supervisor, 'news-items', item.id, 'archived')
    expect(await anonymousCanSee('media', hero.id)).toBe(false)
    expect(await anonymousCanSee('media', shared.id)).toBe(true)

    // Deleted, even by a request that asks for none of its fields back: the last live item using it takes it back.
    await ctx.payload.delete({
      collection: 'news-items',
      id: other.id,
      select: { title: true },
      user: fx.user('admin'),
      overrideAccess: false,
    })
    expect(await anonymousCanSee('media', shared.id)).toBe(false)
  })

  it("used by the ministry's content follow it as a province's do", async () => {
    const admin = fx.user('admin')
    const hero = await image('ministry-hero')
    const national = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر ملی با تصویر استان', organization: fx.org('ministry').id, heroImage: hero.id },
      draft: true,
      user: admin,
      overrideAccess: false,
    })
    await transitionAs(ctx.payload, admin, 'news-items', national.id, 'published')
    expect(await anonymousCanSee('media', hero.id)).toBe(true)
    // Published again: the ministry's use still counts when the file is worked out again.
    await ctx.payload.update({
      collection: 'news-items',
      id: national.id,
      data: { summary: 'ویرایش' },
      draft: true,
      user: admin,
      overrideAccess: false,
    })
    await transitionAs(ctx.payload, admin, 'news-items', national.id, 'published')
    expect(await anonymousCanSee('media', hero.id)).toBe(true)
    await transitionAs(ctx.payload, admin, 'news-items', national.id, 'archived')
    expect(await anonymousCanSee('media', hero.id)).toBe(false)
  })

  it('of a press release follow its embargo when it is put off', async () => {
    const supervisor = fx.user('supervisor.tehran')
    const pdf = minimalPdf()
    const attachment = await ctx.payload.create({
      collection: 'attachments',
      data: { title: 'متن کامل با تعویق', organization: fx.org('tehran').id },
      file: { data: pdf, mimetype: 'application/pdf', name: 'postponed.pdf', size: pdf.length },
      ...editor(),
    })
    const soon = new Date(Date.now() + 3_600_000).toISOString()
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const release = await ctx.payload.create({
      collection: 'press-releases',
      data: { title: 'اطلاعیه با تعویق', organization: fx.org('tehran').id, attachments: [attachment.id], embargoUntil: soon },
      draft: true,
      ...editor(),
    })
    await transitionAs(ctx.payload, supervisor, 'press-releases', release.id, 'published')
    const publicFrom = async () =>
      (await ctx.payload.findByID({ collection: 'attachments', id: attachment.id, overrideAccess: true })).publicFrom
    expect(await publicFrom()).toBe(soon)
    await ctx.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { embargoUntil: later },
      draft: true,
      user: supervisor,
      overrideAccess: false,
    })
    await transitionAs(ctx.payload, supervisor, 'press-releases', release.id, 'published')
    expect(await publicFrom()).toBe(later)
    // Retracted before the embargo ends: the file never goes public.
    await transitionAs(ctx.payload, supervisor, 'press-releases', release.id, 'archived')
    expect(await publicFrom()).toBeNull()
  })

  it('of an article with a supervisor cannot be changed by its editor until it is a draft again', async () => {
    const hero = await image('review-hero')
    const item = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر در انتظار بررسی', organization: fx.org('tehran').id, heroImage: hero.id },
      draft: true,
      ...editor(),
    })
    const changeAlt = (alt: string) => ctx.payload.update({ collection: 'media', id: hero.id, data: { alt }, ...editor() })
    // Control: the file of a draft is the editor's to change.
    expect((await changeAlt('پیش از ارسال')).alt).toBe('پیش از ارسال')
    for (const status of ['in_review', 'approved'] as const) {
      await transitionAs(
        ctx.payload,
        fx.user(status === 'in_review' ? 'editor.tehran' : 'supervisor.tehran'),
        'news-items',
        item.id,
        status,
      )
      await expect(changeAlt(`در ${status}`)).rejects.toMatchObject({ status: 403 })
      await expect(ctx.payload.delete({ collection: 'media', id: hero.id, ...editor() })).rejects.toMatchObject({ status: 403 })
    }
    // The supervisor may; the file is unchanged by the refusals.
    const bySupervisor = await ctx.payload.update({
      collection: 'media',
      id: hero.id,
      data: { alt: 'ویرایش سرپرست' },
      user: fx.user('supervisor.tehran'),
      overrideAccess: false,
    })
    expect(bySupervisor.alt).toBe('ویرایش سرپرست')
    // Any edit of the article takes it back to a draft; then the file is the editor's again.
    await ctx.payload.update({ collection: 'news-items', id: item.id, data: { title: 'خبر ویرایش‌شده' }, draft: true, ...editor() })
    expect((await changeAlt('پس از بازگشت')).alt).toBe('پس از بازگشت')
  })

  it('cannot be made public by hand', async () => {
    const hero = await image('hand')
    await ctx.payload.update({ collection: 'media', id: hero.id, data: { publicFrom: new Date(0).toISOString() }, ...editor() })
    expect(await anonymousCanSee('media', hero.id)).toBe(false)
  })
})
