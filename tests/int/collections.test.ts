import { Forbidden, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { minimalPdf, png } from '../helpers/images'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('collections')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

function invalidPaths(error: unknown): string[] {
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map((e) => e.path)
}

/** Acting for a real user: access rules apply exactly as they do over HTTP. */
const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })

describe('CRUD of every collection through the Local API as a real user', () => {
  it('organizations (admin)', async () => {
    const admin = as('admin')
    const created = await ctx.payload.create({
      collection: 'organizations',
      data: { name: 'شهرداری کرج', type: 'municipality', parent: fx.org('alborz').id },
      ...admin,
    })
    expect(created.slug).toBe('شهرداری-کرج')
    const read = await ctx.payload.findByID({ collection: 'organizations', id: created.id, ...admin })
    expect(read.name).toBe('شهرداری کرج')
    const updated = await ctx.payload.update({
      collection: 'organizations',
      id: created.id,
      data: { name: 'شهرداری کلانشهر کرج' },
      ...admin,
    })
    expect(updated.name).toBe('شهرداری کلانشهر کرج')
    await ctx.payload.delete({ collection: 'organizations', id: created.id, ...admin })
    const after = await ctx.payload.find({ collection: 'organizations', where: { id: { equals: created.id } }, ...admin })
    expect(after.totalDocs).toBe(0)
  })

  it('organizations require a parent except for the ministry, and only admins edit them', async () => {
    const error = await ctx.payload
      .create({ collection: 'organizations', data: { name: 'بی‌والد', type: 'county' }, ...as('admin') })
      .catch((e: unknown) => e)
    expect(invalidPaths(error)).toEqual(['parent'])
    await expect(
      ctx.payload.create({
        collection: 'organizations',
        data: { name: 'دفتر', type: 'county', parent: fx.org('tehran').id },
        ...as('supervisor.tehran'),
      }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('categories', async () => {
    const admin = as('admin')
    const created = await ctx.payload.create({ collection: 'categories', data: { title: 'ورزشی' }, ...admin })
    expect(created.slug).toBe('ورزشی')
    const updated = await ctx.payload.update({ collection: 'categories', id: created.id, data: { title: 'ورزش و جوانان' }, ...admin })
    expect(updated.title).toBe('ورزش و جوانان')
    expect(updated.slug).toBe('ورزشی')
    await ctx.payload.delete({ collection: 'categories', id: created.id, ...admin })
    await expect(ctx.payload.findByID({ collection: 'categories', id: created.id, ...admin })).rejects.toThrow()
  })

  it('users (admin creates, the user updates their own name, admin deletes)', async () => {
    const created = await ctx.payload.create({
      collection: 'users',
      data: {
        email: 'new.editor@example.ir',
        password: 'a-long-password-1',
        name: 'دبیر تازه',
        role: 'editor',
        organization: fx.org('fars').id,
      },
      ...as('admin'),
    })
    const self = { user: { ...created, collection: 'users' as const }, overrideAccess: false as const }
    const updated = await ctx.payload.update({ collection: 'users', id: created.id, data: { name: 'دبیر تازه‌کار' }, ...self })
    expect(updated.name).toBe('دبیر تازه‌کار')
    await expect(ctx.payload.update({ collection: 'users', id: created.id, data: { role: 'admin' }, ...self })).rejects.toBeInstanceOf(
      Forbidden,
    )
    await ctx.payload.delete({ collection: 'users', id: created.id, ...as('admin') })
  })

  it('users other than admins must belong to an organization', async () => {
    const error = await ctx.payload
      .create({
        collection: 'users',
        data: { email: 'orphan@example.ir', password: 'a-long-password-1', name: 'بی‌سازمان', role: 'editor' },
        ...as('admin'),
      })
      .catch((e: unknown) => e)
    expect(invalidPaths(error)).toEqual(['organization'])
  })

  it('news items, with hero image, gallery, categories and campaign', async () => {
    const editor = as('editor.tehran')
    const image = await png(400, 300)
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'نمای استانداری', organization: fx.org('tehran').id },
      file: { data: image, mimetype: 'image/png', name: 'hero.png', size: image.length },
      ...editor,
    })
    const category = await ctx.payload.create({ collection: 'categories', data: { title: 'عمرانی' }, ...as('admin') })
    const campaign = await ctx.payload.create({
      collection: 'campaigns',
      data: { title: 'پویش آزمایشی', organization: fx.org('tehran').id, provinces: [fx.org('tehran').id] },
      ...as('supervisor.tehran'),
    })
    const created = await ctx.payload.create({
      collection: 'news-items',
      data: {
        title: 'افتتاح پروژه عمرانی',
        summary: 'خلاصه خبر',
        body: lexicalFromParagraphs(['متن خبر']),
        heroImage: media.id,
        gallery: [media.id],
        categories: [category.id],
        campaign: campaign.id,
        organization: fx.org('tehran').id,
      },
      draft: true,
      ...editor,
    })
    expect(created.slug).toBe('افتتاح-پروژه-عمرانی')
    const read = await ctx.payload.findByID({ collection: 'news-items', id: created.id, depth: 1, draft: true, ...editor })
    expect(typeof read.heroImage === 'object' && read.heroImage?.alt).toBe('نمای استانداری')
    const updated = await ctx.payload.update({
      collection: 'news-items',
      id: created.id,
      data: { summary: 'خلاصه تازه' },
      draft: true,
      ...editor,
    })
    expect(updated.summary).toBe('خلاصه تازه')

    const withJoin = await ctx.payload.findByID({ collection: 'campaigns', id: campaign.id, ...as('supervisor.tehran') })
    const linked = withJoin.linkedContent?.docs?.map((doc) => (typeof doc === 'object' ? doc.value : doc))
    expect(JSON.stringify(linked)).toContain(String(created.id))

    await ctx.payload.delete({ collection: 'news-items', id: created.id, ...editor })
    const gone = await ctx.payload.find({ collection: 'news-items', where: { id: { equals: created.id } }, draft: true, ...editor })
    expect(gone.totalDocs).toBe(0)
  })

  it('press releases, with contact, embargo and PDF attachments', async () => {
    const editor = as('editor.isfahan')
    const pdf = minimalPdf()
    const attachment = await ctx.payload.create({
      collection: 'attachments',
      data: { title: 'متن کامل', organization: fx.org('isfahan').id },
      file: { data: pdf, mimetype: 'application/pdf', name: 'full.pdf', size: pdf.length },
      ...editor,
    })
    const embargoUntil = new Date(Date.now() + 86_400_000).toISOString()
    const created = await ctx.payload.create({
      collection: 'press-releases',
      data: {
        title: 'اطلاعیه بودجه',
        organization: fx.org('isfahan').id,
        embargoUntil,
        contact: { name: 'روابط عمومی', phone: '031-0000', email: 'pr@isfahan.example.ir' },
        attachments: [attachment.id],
      },
      draft: true,
      ...editor,
    })
    expect(created.contact?.email).toBe('pr@isfahan.example.ir')
    expect(created.embargoUntil).toBe(embargoUntil)
    const updated = await ctx.payload.update({
      collection: 'press-releases',
      id: created.id,
      data: { contact: { ...created.contact, phone: '031-1111' } },
      draft: true,
      ...editor,
    })
    expect(updated.contact?.phone).toBe('031-1111')
    await ctx.payload.delete({ collection: 'press-releases', id: created.id, ...editor })
    await ctx.payload.delete({ collection: 'attachments', id: attachment.id, ...editor })
  })

  it('campaigns, with key messages, hashtags and target provinces', async () => {
    const supervisor = as('supervisor.fars')
    const created = await ctx.payload.create({
      collection: 'campaigns',
      data: {
        title: 'پویش صرفه‌جویی آب',
        objective: 'کاهش مصرف آب',
        keyMessages: [{ message: 'هر قطره مهم است' }],
        hashtags: ['#آب'],
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        provinces: [fx.org('fars').id],
        organization: fx.org('fars').id,
      },
      ...supervisor,
    })
    expect(created.slug).toBe('پویش-صرفه-جویی-آب')
    expect(created.hashtags).toEqual(['#آب'])
    const updated = await ctx.payload.update({
      collection: 'campaigns',
      id: created.id,
      data: { hashtags: ['#آب', '#فارس'] },
      ...supervisor,
    })
    expect(updated.hashtags).toEqual(['#آب', '#فارس'])
    await ctx.payload.delete({ collection: 'campaigns', id: created.id, ...supervisor })
  })

  it("campaigns reach only provinces in their author's scope: another province's portal is not theirs to publish on", async () => {
    const fars = as('supervisor.fars')
    const data = { title: 'پویش فراتر از استان', objective: 'آزمون دامنه', organization: fx.org('fars').id }
    await expect(
      ctx.payload.create({ collection: 'campaigns', data: { ...data, provinces: [fx.org('fars').id, fx.org('isfahan').id] }, ...fars }),
    ).rejects.toMatchObject({ status: 403 })
    const own = await ctx.payload.create({ collection: 'campaigns', data: { ...data, provinces: [fx.org('fars').id] }, ...fars })
    await expect(
      ctx.payload.update({ collection: 'campaigns', id: own.id, data: { provinces: [fx.org('fars').id, fx.org('isfahan').id] }, ...fars }),
    ).rejects.toMatchObject({ status: 403 })
    // An admin reaches any province; a province the admin added stays through the supervisor's later saves.
    const reached = await ctx.payload.update({
      collection: 'campaigns',
      id: own.id,
      data: { provinces: [fx.org('fars').id, fx.org('isfahan').id] },
      ...as('admin'),
    })
    expect(reached.provinces?.map((province) => (typeof province === 'object' ? province.id : province))).toEqual([
      fx.org('fars').id,
      fx.org('isfahan').id,
    ])
    const kept = await ctx.payload.update({ collection: 'campaigns', id: own.id, data: { hashtags: ['#فارس'] }, ...fars })
    expect(kept.hashtags).toEqual(['#فارس'])
    // A copy is a new campaign: its targets are all added by whoever makes it.
    await expect(ctx.payload.duplicate({ collection: 'campaigns', id: own.id, ...fars })).rejects.toMatchObject({ status: 403 })
    await ctx.payload.delete({ collection: 'campaigns', id: own.id, ...as('admin') })
  })

  it('media (update alt, delete)', async () => {
    const editor = as('editor.fars')
    const image = await png(300, 200)
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'نخست', organization: fx.org('fars').id },
      file: { data: image, mimetype: 'image/png', name: 'm.png', size: image.length },
      ...editor,
    })
    const updated = await ctx.payload.update({ collection: 'media', id: media.id, data: { alt: 'دوم' }, ...editor })
    expect(updated.alt).toBe('دوم')
    await ctx.payload.delete({ collection: 'media', id: media.id, ...editor })
  })

  it('refuses to create content for an organization outside the editor’s scope', async () => {
    await expect(
      ctx.payload.create({
        collection: 'news-items',
        data: { title: 'خبر جعلی', organization: fx.org('isfahan').id },
        draft: true,
        ...as('editor.tehran'),
      }),
    ).rejects.toBeInstanceOf(Forbidden)
  })
})
