import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getContent } from '@/delivery'
import { exposeLiveBodyImages } from '@/hooks/liveBodyImages'
import { fillBodyImages } from '@/migrations/20261201_060000_body_images'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
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

/** A body with an image placed in the text, as the editor's upload button puts it there. */
function bodyWithImage(text: string, imageId: number) {
  const body = lexicalFromParagraphs([text])
  body.root.children.push({
    type: 'upload',
    version: 3,
    format: '',
    id: `in-text-${imageId}`,
    fields: null,
    relationTo: 'media',
    value: imageId,
  })
  return body
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

  it('follow their organization: a file, or an office, moved to another province leaves the content that made it public', async () => {
    const admin = { user: fx.user('admin'), overrideAccess: false as const }
    const office = await ctx.payload.create({
      collection: 'organizations',
      data: { name: 'فرمانداری جابه‌جاشونده', type: 'county', parent: fx.org('tehran').id },
      ...admin,
    })
    const [moved, officeImage] = [await image('moved-file'), await image('moved-office')]
    await ctx.payload.update({ collection: 'media', id: officeImage.id, data: { organization: office.id }, ...admin })
    const item = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر با تصویرهای جابه‌جاشونده', organization: fx.org('tehran').id, heroImage: moved.id, gallery: [officeImage.id] },
      draft: true,
      user: fx.user('supervisor.tehran'),
      overrideAccess: false,
    })
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', item.id, 'published')
    expect(await anonymousCanSee('media', moved.id)).toBe(true)
    expect(await anonymousCanSee('media', officeImage.id)).toBe(true)

    // Isfahan's now: Tehran's article does not make it public; back in Tehran, it does again.
    await ctx.payload.update({ collection: 'media', id: moved.id, data: { organization: fx.org('isfahan').id }, ...admin })
    expect(await anonymousCanSee('media', moved.id)).toBe(false)
    await ctx.payload.update({ collection: 'media', id: moved.id, data: { organization: fx.org('tehran').id }, ...admin })
    expect(await anonymousCanSee('media', moved.id)).toBe(true)

    // The office goes under Isfahan, and its image with it; and comes back.
    await ctx.payload.update({ collection: 'organizations', id: office.id, data: { parent: fx.org('isfahan').id }, ...admin })
    expect(await anonymousCanSee('media', officeImage.id)).toBe(false)
    expect(await anonymousCanSee('media', moved.id)).toBe(true)
    await ctx.payload.update({ collection: 'organizations', id: office.id, data: { parent: fx.org('tehran').id }, ...admin })
    expect(await anonymousCanSee('media', officeImage.id)).toBe(true)
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

  it('placed in the text of an article, in either language, follow it as its hero image does', async () => {
    const supervisor = fx.user('supervisor.tehran')
    const [inPersian, inEnglish] = [await image('in-persian-text'), await image('in-english-text')]
    const item = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر با تصویر در متن', organization: fx.org('tehran').id, body: bodyWithImage('متن خبر', inPersian.id) },
      locale: 'fa',
      draft: true,
      ...editor(),
    })
    await ctx.payload.update({
      collection: 'news-items',
      id: item.id,
      data: { title: 'News with an image in its text', body: bodyWithImage('The text', inEnglish.id) },
      locale: 'en',
      draft: true,
      ...editor(),
    })
    await transitionAs(ctx.payload, supervisor, 'news-items', item.id, 'published')
    for (const file of [inPersian, inEnglish]) expect(await anonymousCanSee('media', file.id)).toBe(true)
    // The public article shows it: the answer stored at publication was made with the image public.
    const article = await getContent(ctx.payload, 'https://newsroom.example.ir', 'tehran', 'news', item.slug!, 'fa')
    expect(JSON.stringify(article.value)).toContain(inPersian.filename!)

    // Live, the image in its text is the supervisor's to change, as a hero image is.
    const changeAlt = (alt: string) => ctx.payload.update({ collection: 'media', id: inEnglish.id, data: { alt }, ...editor() })
    await expect(changeAlt('تغییر بی‌بررسی')).rejects.toMatchObject({ status: 403 })

    // Dropped from the English text and published again, it goes private; unpublished, so does the other.
    await ctx.payload.update({
      collection: 'news-items',
      id: item.id,
      data: { body: lexicalFromParagraphs(['The text, without its image']) },
      locale: 'en',
      draft: true,
      user: supervisor,
      overrideAccess: false,
    })
    await transitionAs(ctx.payload, supervisor, 'news-items', item.id, 'published')
    expect(await anonymousCanSee('media', inEnglish.id)).toBe(false)
    expect(await anonymousCanSee('media', inPersian.id)).toBe(true)
    expect((await changeAlt('پس از حذف از متن')).alt).toBe('پس از حذف از متن')
    await transitionAs(ctx.payload, supervisor, 'news-items', item.id, 'archived')
    expect(await anonymousCanSee('media', inPersian.id)).toBe(false)
  })

  it("placed in a text are only those its writer may see: another province's private image is refused", async () => {
    const data = await png(40, 40)
    const isfahans = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'isfahan-private', organization: fx.org('isfahan').id },
      file: { data, mimetype: 'image/png', name: 'isfahan-private.png', size: data.length },
      user: fx.user('editor.isfahan'),
      overrideAccess: false,
    })
    const own = await image('own-in-text')
    const write = (imageId: number) =>
      ctx.payload.create({
        collection: 'news-items',
        data: { title: 'خبر با تصویر دیگران', organization: fx.org('tehran').id, body: bodyWithImage('متن', imageId) },
        draft: true,
        depth: 0,
        ...editor(),
      })
    // Control: the editor's own image goes in.
    expect((await write(own.id)).bodyImages).toEqual([own.id])
    await expect(write(isfahans.id)).rejects.toMatchObject({ status: 400 })
    // An image deleted since it was placed is no link: the text saves without it. A value that is no id is a 400.
    const gone = await image('deleted-after-placing')
    await ctx.payload.delete({ collection: 'media', id: gone.id, ...editor() })
    expect((await write(gone.id)).bodyImages).toEqual([])
    await expect(write('abc' as unknown as number)).rejects.toMatchObject({ status: 400 })
    // Naming it in the field by hand changes nothing: the field is what the text holds.
    const item = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر بی‌تصویر', organization: fx.org('tehran').id, bodyImages: [own.id] },
      draft: true,
      depth: 0,
      ...editor(),
    })
    expect(item.bodyImages).toEqual([])
  })

  it('placed in the text of an article published before they were recorded go public at start', async () => {
    const [inText, inVersion] = [await image('before-recorded'), await image('before-recorded-draft')]
    const item = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر قدیمی با تصویر در متن', organization: fx.org('tehran').id, body: bodyWithImage('متن قدیمی', inText.id) },
      draft: true,
      ...editor(),
    })
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', item.id, 'published')
    await ctx.payload.update({
      collection: 'news-items',
      id: item.id,
      data: { body: bodyWithImage('پیش‌نویس', inVersion.id) },
      draft: true,
      ...editor(),
    })
    const recorded = async () => {
      const live = await ctx.payload.findByID({ collection: 'news-items', id: item.id, depth: 0, overrideAccess: true })
      const [latest] = (
        await ctx.payload.findVersions({
          collection: 'news-items',
          where: { parent: { equals: item.id } },
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
        })
      ).docs
      return [live.bodyImages, latest!.version.bodyImages]
    }
    expect(await recorded()).toEqual([[inText.id], [inVersion.id]])
    // As a row from before: nothing recorded, the image private.
    const forget = async () => {
      if (ctx.payload.db.name === 'sqlite') {
        const { drizzle } = ctx.payload.db as unknown as { drizzle: Parameters<typeof fillBodyImages>[0] }
        await drizzle.run(sql`DELETE FROM news_items_rels WHERE path = 'bodyImages'`)
        await drizzle.run(sql`DELETE FROM _news_items_v_rels WHERE path = 'version.bodyImages'`)
      } else {
        await ctx.payload.db.updateOne({ collection: 'news-items', id: item.id, data: { bodyImages: undefined }, returning: false })
      }
      await ctx.payload.db.updateOne({ collection: 'media', id: inText.id, data: { publicFrom: null }, returning: false })
      expect(await anonymousCanSee('media', inText.id)).toBe(false)
    }
    await forget()
    if (ctx.payload.db.name === 'sqlite') {
      await fillBodyImages((ctx.payload.db as unknown as { drizzle: Parameters<typeof fillBodyImages>[0] }).drizzle)
      expect(await recorded()).toEqual([[inText.id], [inVersion.id]])
    }
    await exposeLiveBodyImages(ctx.payload)
    expect(await anonymousCanSee('media', inText.id)).toBe(true)
    expect(await anonymousCanSee('media', inVersion.id)).toBe(false)
  })

  it('cannot be made public by hand', async () => {
    const hero = await image('hand')
    await ctx.payload.update({ collection: 'media', id: hero.id, data: { publicFrom: new Date(0).toISOString() }, ...editor() })
    expect(await anonymousCanSee('media', hero.id)).toBe(false)
  })
})
