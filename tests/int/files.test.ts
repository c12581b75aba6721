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

  it('cannot be made public by hand', async () => {
    const hero = await image('hand')
    await ctx.payload.update({ collection: 'media', id: hero.id, data: { publicFrom: new Date(0).toISOString() }, ...editor() })
    expect(await anonymousCanSee('media', hero.id)).toBe(false)
  })
})
