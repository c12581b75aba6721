import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { png } from '../helpers/images'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { transitionAs } from '../helpers/workflow'

/**
 * The Local API acting for a user (`overrideAccess: false`) keeps the same rules as REST and
 * GraphQL (issue 11); the server's own writes (`overrideAccess` left at true) are trusted.
 */
let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('side-doors')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })

async function image(province: 'tehran' | 'isfahan') {
  const data = await png(40, 30)
  return ctx.payload.create({
    collection: 'media',
    data: { alt: `image ${province}`, organization: fx.org(province).id },
    file: { data, mimetype: 'image/png', name: `side-door-${province}.png`, size: data.length },
  })
}

describe('the Local API acting for a user', () => {
  it('links only readable documents; the server itself is trusted', async () => {
    const own = await image('tehran')
    const foreign = await image('isfahan')
    const data = (heroImage: number) => ({ title: 'پیوند محلی', organization: fx.org('tehran').id, heroImage })
    const ok = await ctx.payload.create({ collection: 'news-items', data: data(own.id), draft: true, ...as('editor.tehran') })
    expect(ok.heroImage).toBeTruthy()
    await expect(
      ctx.payload.create({ collection: 'news-items', data: data(foreign.id), draft: true, ...as('editor.tehran') }),
    ).rejects.toThrow(/heroImage/)
    const bySystem = await ctx.payload.create({ collection: 'news-items', data: data(foreign.id), draft: true })
    expect(bySystem.id).toBeTruthy()
  })

  it('cannot query through a relationship', async () => {
    await expect(
      ctx.payload.find({ collection: 'news-items', where: { 'campaign.objective': { like: 'x' } }, ...as('editor.tehran') }),
    ).rejects.toThrow(/relationship/)
    const own = await ctx.payload.find({ collection: 'news-items', where: { campaign: { exists: false } }, ...as('editor.tehran') })
    expect(own.totalDocs).toBeGreaterThanOrEqual(0)
  })

  it('restores a version of live content only as a draft: a restore that would overwrite it is refused', async () => {
    const doc = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'زنده محلی', organization: fx.org('tehran').id },
      draft: true,
      ...as('editor.tehran'),
    })
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { title: 'پیش‌نویس محلی' },
      draft: true,
      ...as('editor.tehran'),
    })
    const versions = await ctx.payload.findVersions({
      collection: 'news-items',
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'draft' } }] },
      sort: '-updatedAt',
      limit: 1,
    })
    await expect(ctx.payload.restoreVersion({ collection: 'news-items', id: versions.docs[0]!.id, ...as('admin') })).rejects.toThrow(
      /draft/,
    )
    const live = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, overrideAccess: false })
    expect(live.title).toBe('زنده محلی')
  })
})
