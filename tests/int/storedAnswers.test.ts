import type { Client, InStatement } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DELIVERY_TYPES, type DeliveryType } from '@/config/publicUrls'
import { deliveryCache } from '@/delivery/cache'
import { getContent, listContent, organizationDirectory, type Locale } from '@/delivery'
import { publicRequest } from '@/delivery/publicRequest'
import { BATCH_SIZE, DELIVERY_QUEUE, INLINE_LIMIT } from '@/delivery/refresh'
import { RENDERER } from '@/delivery/storedField'
import { renderDetails, renderSummaries } from '@/delivery/render'
import { backfillStoredAnswers } from '@/delivery/backfill'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import type { Campaign, NewsItem, PressRelease } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { minimalPdf, png } from '../helpers/images'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { transitionAs } from '../helpers/workflow'

/**
 * The delivery API answers from answers stored when a document goes live (src/delivery/store.ts).
 * These tests hold them to what rendering at read time gives, byte for byte, and to the access
 * rules: drafts, unpublished and embargoed content, and private files never reach them.
 */
let ctx: TestPayload
let payload: Payload
let fx: Fixtures

const ORIGIN = 'https://newsroom.example.ir'
const LOCALES: Locale[] = ['fa', 'en']
type Live = { news: NewsItem; release: PressRelease; campaign: Campaign }
let live: Live
let categoryIds: number[]
let inBody: { id: number }

beforeAll(async () => {
  ctx = await startTestPayload('stored-answers')
  payload = ctx.payload
  fx = await seedFixtures(payload)
  live = await publishedContent()
})
afterAll(() => stopTestPayload(ctx))

const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })
const publish = (collection: 'news-items' | 'press-releases' | 'campaigns', id: number) =>
  transitionAs(payload, fx.user('supervisor.tehran'), collection, id, 'published')

async function image(alt: string, province = 'tehran') {
  const data = await png(160, 90)
  return payload.create({
    collection: 'media',
    data: { alt, organization: fx.org(province).id },
    file: { data, mimetype: 'image/png', name: `${alt}-${Math.random().toString(36).slice(2, 8)}.png`, size: data.length },
    ...as(`editor.${province}`),
  })
}

/** A body with an image placed in the text: its answers depend on that image too. */
function bodyWithImage(text: string, imageId: number) {
  const body = lexicalFromParagraphs([text, `${text} (ادامه)`])
  body.root.children.push({ type: 'upload', version: 3, format: '', id: 'body-image', fields: null, relationTo: 'media', value: imageId })
  return body
}

/** A news item, a press release and a campaign, published as people publish them, in both languages. */
async function publishedContent(): Promise<Live> {
  const tehran = fx.org('tehran').id
  categoryIds = []
  for (const [fa, en] of [
    ['اقتصاد', 'Economy'],
    ['فرهنگ', 'Culture'],
  ]) {
    const category = await payload.create({ collection: 'categories', data: { title: fa }, locale: 'fa', ...as('admin') })
    await payload.update({ collection: 'categories', id: category.id, data: { title: en }, locale: 'en', ...as('admin') })
    categoryIds.push(category.id)
  }
  const [hero, gallery] = [await image('تصویر اصلی'), await image('تصویر گالری')]
  inBody = await image('تصویر متن')
  await payload.update({ collection: 'media', id: hero.id, data: { alt: 'Main image' }, locale: 'en', ...as('editor.tehran') })
  const pdf = minimalPdf()
  const attachment = await payload.create({
    collection: 'attachments',
    data: { title: 'متن کامل اطلاعیه', organization: tehran },
    file: { data: pdf, mimetype: 'application/pdf', name: 'full-text.pdf', size: pdf.length },
    ...as('editor.tehran'),
  })

  const campaign = await payload.create({
    collection: 'campaigns',
    data: {
      title: 'پویش آب',
      objective: 'صرفه‌جویی در مصرف آب',
      organization: tehran,
      provinces: [tehran],
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
    draft: true,
    ...as('supervisor.tehran'),
  })
  await publish('campaigns', campaign.id)

  const news = await payload.create({
    collection: 'news-items',
    data: {
      title: 'افتتاح کتابخانه عمومی',
      summary: 'کتابخانه عمومی شهر با حضور استاندار افتتاح شد.',
      body: bodyWithImage('کتابخانه با ده هزار جلد کتاب آغاز به کار کرد.', inBody.id),
      organization: fx.org('shemiranat').id,
      heroImage: hero.id,
      gallery: [gallery.id, hero.id],
      categories: categoryIds,
      campaign: campaign.id,
    },
    locale: 'fa',
    draft: true,
    ...as('supervisor.tehran'),
  })
  await payload.update({
    collection: 'news-items',
    id: news.id,
    data: {
      title: 'Public library opens',
      summary: 'The city library opened.',
      body: lexicalFromParagraphs(['Ten thousand books.'], 'ltr'),
    },
    locale: 'en',
    draft: true,
    ...as('supervisor.tehran'),
  })
  await publish('news-items', news.id)

  const release = await payload.create({
    collection: 'press-releases',
    data: {
      title: 'اطلاعیه تعطیلی ادارات',
      summary: 'ادارات استان فردا تعطیل است.',
      body: lexicalFromParagraphs(['به دلیل آلودگی هوا ادارات تعطیل است.']),
      organization: tehran,
      heroImage: hero.id,
      attachments: [attachment.id],
      categories: [categoryIds[0]!],
    },
    draft: true,
    ...as('editor.tehran'),
  })
  await publish('press-releases', release.id)
  return {
    news: await payload.findByID({ collection: 'news-items', id: news.id, depth: 0 }),
    release: await payload.findByID({ collection: 'press-releases', id: release.id, depth: 0 }),
    campaign: await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 }),
  }
}

type Row = {
  deliveredAnswers?: Array<{ cards: Record<Locale, { title: string } & Record<string, unknown>>; renderer?: number | null }> | null
  deliveredDependsOn?: string[] | null
}
type Stored = { cards: NonNullable<Row['deliveredAnswers']>[number]['cards'] | null; dependsOn: string[]; renderer: number | null }

/** The stored answers of a row, as the system reads them. */
async function storedOf(collection: 'news-items' | 'press-releases' | 'campaigns', id: number): Promise<Stored> {
  const row = (await payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { deliveredAnswers: true, deliveredDependsOn: true },
  })) as Row
  const answer = row.deliveredAnswers?.[0]
  return { cards: answer?.cards ?? null, dependsOn: row.deliveredDependsOn ?? [], renderer: answer?.renderer ?? null }
}

/** A read that misses the delivery cache, as the first reader after a change does. */
const cold = () => deliveryCache().invalidate()

async function listBody(type: DeliveryType, locale: Locale, params: Record<string, unknown> = {}) {
  cold()
  return listContent(payload, ORIGIN, 'tehran', type, { locale, page: 1, limit: 20, ...params })
}

async function detail(type: DeliveryType, slug: string, locale: Locale = 'fa') {
  cold()
  return getContent(payload, ORIGIN, 'tehran', type, slug, locale)
}

/** 200, or the status the API answers for an article it does not give. */
const detailStatus = (type: DeliveryType, slug: string) =>
  detail(type, slug).then(
    () => 200,
    (error: { status?: number }) => error.status,
  )

/** The slugs of a cold first page of the province's list. */
async function listedSlugs(type: DeliveryType, locale: Locale = 'fa'): Promise<string[]> {
  return (await listBody(type, locale)).value.docs.map((doc) => doc.slug)
}

describe('stored answers', () => {
  it('are byte-identical to rendering at read time: lists and articles, both locales, news, releases and campaigns', async () => {
    const directory = await organizationDirectory(payload)
    for (const type of ['news', 'press-releases', 'campaigns'] as DeliveryType[]) {
      const collection = DELIVERY_TYPES[type]
      for (const locale of LOCALES) {
        const list = await listBody(type, locale)
        expect(list.value.docs.length, `${type} ${locale}`).toBeGreaterThan(0)
        // The same rows as the public query returns…
        const publicRows = await payload.find({
          collection,
          where: { _status: { equals: 'published' } },
          sort: type === 'campaigns' ? '-startsAt' : '-publishedAt',
          overrideAccess: false,
          depth: 0,
          select: {},
        })
        const ids = list.value.docs.map((doc) => doc.id)
        expect(ids).toEqual(publicRows.docs.map((doc) => doc.id))
        // …and each card exactly as rendering them now gives it.
        const rendered = await renderSummaries(await publicRequest(payload), collection, ids, locale, directory)
        const { docs: _docs, ...paging } = list.value
        expect(list.body.toString()).toBe(JSON.stringify({ docs: ids.map((id) => rendered.get(String(id))), ...paging }))

        for (const doc of list.value.docs) {
          const detail = await getContent(payload, ORIGIN, 'tehran', type, doc.slug, locale)
          const now = await renderDetails(await publicRequest(payload), collection, [doc.id], locale, directory, ORIGIN)
          expect(detail.body.toString(), `${type} ${doc.slug} ${locale}`).toBe(JSON.stringify(now.get(String(doc.id))))
        }
      }
    }
    // The fixture covers what an answer can show: image sizes, gallery, attachments, an image in the body, translations.
    const article = await detail('news', live.news.slug!, 'en')
    expect(article.value).toMatchObject({
      title: 'Public library opens',
      campaign: { title: 'پویش آب' },
      organization: { slug: 'shemiranat' },
    })
    expect(article.value.image?.alt).toBe('Main image')
    expect(article.value.categories.map((category) => category.title)).toEqual(['Economy', 'Culture'])
    const fa = await detail('news', live.news.slug!, 'fa')
    expect(fa.value.gallery).toHaveLength(2)
    expect(fa.value.html).toContain('<p>کتابخانه با ده هزار جلد کتاب آغاز به کار کرد.</p>')
    expect(fa.value.jsonLd.mainEntityOfPage).toBe(`${ORIGIN}${fa.value.url}`)
    expect((await storedOf('press-releases', live.release.id)).dependsOn).toContain(`attachments:${live.release.attachments![0]}`)
  })

  it('are what the API reads: one query on the content rows, no population of images, categories, campaigns or files', async () => {
    const collections: string[] = []
    const find = payload.db.find.bind(payload.db)
    payload.db.find = ((args: Parameters<typeof find>[0]) => {
      collections.push(args.collection)
      return find(args)
    }) as typeof find
    try {
      await organizationDirectory(payload)
      for (const type of ['news', 'press-releases', 'campaigns'] as DeliveryType[]) {
        collections.length = 0
        await listBody(type, 'fa')
        await getContent(payload, ORIGIN, 'tehran', type, (await listBody(type, 'en')).value.docs[0]!.slug, 'en')
        // The content rows, the organization tree and the next embargo's end (the cache's expiry): nothing else.
        expect(new Set(collections)).toEqual(new Set([DELIVERY_TYPES[type], 'organizations', 'press-releases']))
      }
    } finally {
      payload.db.find = find
    }
    const stored = await storedOf('news-items', live.news.id)
    expect(stored.cards?.fa.title).toBe('افتتاح کتابخانه عمومی')
    expect(stored.dependsOn).toEqual(
      expect.arrayContaining([
        `campaigns:${live.campaign.id}`,
        `categories:${categoryIds[0]}`,
        `media:${inBody.id}`,
        `organizations:${fx.org('shemiranat').id}`,
        `organizations:${fx.org('tehran').id}`,
      ]),
    )
  })

  it('cost a cold list page one statement for its ids on the list index, one to count them and one for their answers, and an article one lookup and one read', async () => {
    const client = (payload.db as unknown as { client: Client }).client
    const execute = client.execute.bind(client)
    const statements: string[] = []
    client.execute = ((statement: InStatement) => {
      statements.push(typeof statement === 'string' ? statement : statement.sql)
      return execute(statement)
    }) as typeof client.execute
    const onNews = () => statements.filter((sql) => /"news_items/.test(sql))
    const planOf = async (sql: string) => JSON.stringify((await execute(`EXPLAIN QUERY PLAN ${sql.replace(/\?/g, 'NULL')}`)).rows)
    try {
      await organizationDirectory(payload)
      // A plain list and one filtered by category: the filter is read from the same index.
      for (const params of [{}, { category: (await payload.findByID({ collection: 'categories', id: categoryIds[1]! })).slug }]) {
        statements.length = 0
        expect((await listBody('news', 'fa', params)).value.docs.map((doc) => doc.slug)).toContain(live.news.slug)
        const list = onNews()
        expect(list).toHaveLength(3)
        const count = list.find((sql) => /count\(/i.test(sql))
        const [page, answers] = list.filter((sql) => !/count\(/i.test(sql))
        expect(count).toBeDefined()
        // The page's ids on the public list's index (the filter, the order and the count read no
        // content row, and no relation row), then their answers alone: no content row at all.
        for (const sql of [count!, page!]) {
          expect(sql).not.toMatch(/news_items_rels|"news_items_delivered_answers"/)
          expect(await planOf(sql)).toMatch(/COVERING INDEX _status_organization_publishedAt_createdAt_categoryKeys_idx/)
        }
        expect(answers).toMatch(/FROM "news_items_delivered_answers" WHERE/)
        expect(answers).not.toMatch(/news_items_locales|news_items_rels|"news_items"|"media"|"categories"|"campaigns"|_news_items_v/)
      }

      statements.length = 0
      await detail('news', live.news.slug!, 'en')
      const [lookup, answers] = onNews()
      expect(onNews()).toHaveLength(2)
      expect(await planOf(lookup!)).toMatch(/news_items_slug_idx/)
      expect(answers).toMatch(/FROM "news_items_delivered_answers" WHERE/)
      for (const sql of [lookup!, answers!]) expect(sql).not.toMatch(/news_items_locales|news_items_rels|"media"|"categories"|"campaigns"/)
    } finally {
      client.execute = execute
    }
  })

  it('never take a draft: a draft saved over a live document changes nothing public until it is published', async () => {
    const before = (await listBody('news', 'fa')).body.toString()
    await payload.update({
      collection: 'news-items',
      id: live.news.id,
      data: { title: 'عنوان پیش‌نویس که هنوز منتشر نشده' },
      locale: 'fa',
      draft: true,
      ...as('editor.shemiranat'),
    })
    expect((await storedOf('news-items', live.news.id)).cards?.fa.title).toBe('افتتاح کتابخانه عمومی')
    expect((await listBody('news', 'fa')).body.toString()).toBe(before)
    // Versions carry no copy of the answers, the draft's least of all.
    const versions = await payload.findVersions({
      collection: 'news-items',
      where: { parent: { equals: live.news.id } },
      overrideAccess: true,
      showHiddenFields: true,
      limit: 100,
    })
    expect(versions.docs.every((version) => !(version.version as Row).deliveredAnswers?.length)).toBe(true)

    await publish('news-items', live.news.id)
    expect((await storedOf('news-items', live.news.id)).cards?.fa.title).toBe('عنوان پیش‌نویس که هنوز منتشر نشده')
    expect(await listedSlugs('news')).toContain(live.news.slug)
    expect((await detail('news', live.news.slug!)).value.title).toBe('عنوان پیش‌نویس که هنوز منتشر نشده')
  })

  it('leave with an unpublish: the document is gone from lists and articles by the time the request returns', async () => {
    const doc = await payload.create({
      collection: 'news-items',
      data: { title: 'خبری که لغو انتشار می‌شود', organization: fx.org('tehran').id },
      draft: true,
      ...as('editor.tehran'),
    })
    await publish('news-items', doc.id)
    expect(await listedSlugs('news')).toContain(doc.slug)
    await transitionAs(payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'archived')
    expect((await storedOf('news-items', doc.id)).cards).toBeNull()
    expect(await listedSlugs('news')).not.toContain(doc.slug)
    expect(await detailStatus('news', doc.slug!)).toBe(404)
  })

  it('of an embargoed release are not made before the embargo ends, and are made by a job when it does', async () => {
    const total = async () => (await listBody('press-releases', 'fa')).value.totalDocs
    const before = await total()
    const release = await payload.create({
      collection: 'press-releases',
      data: {
        title: 'اطلاعیه زیر ممنوعیت انتشار',
        organization: fx.org('tehran').id,
        embargoUntil: new Date(Date.now() + 2500).toISOString(),
      },
      draft: true,
      ...as('editor.tehran'),
    })
    await publish('press-releases', release.id)
    expect((await storedOf('press-releases', release.id)).cards).toBeNull()
    expect(await listedSlugs('press-releases')).not.toContain(release.slug)
    // Nor counted: the list's query asks the collection's read rule, not only its cards.
    expect(await total()).toBe(before)
    expect(await detailStatus('press-releases', release.slug!)).toBe(404)
    await payload.jobs.run({ queue: DELIVERY_QUEUE, silent: true })
    expect((await storedOf('press-releases', release.id)).cards).toBeNull()

    await new Promise((resolve) => setTimeout(resolve, 2600))
    // The embargo is over and the job has not run yet: the API renders the release as it reads it.
    expect(await listedSlugs('press-releases')).toContain(release.slug)
    expect(await total()).toBe(before + 1)
    await payload.jobs.run({ queue: DELIVERY_QUEUE, silent: true })
    expect((await storedOf('press-releases', release.id)).cards?.fa.title).toBe('اطلاعیه زیر ممنوعیت انتشار')
    expect((await detail('press-releases', release.slug!)).value.title).toBe('اطلاعیه زیر ممنوعیت انتشار')
  })
})

describe('a change to a document that answers show', () => {
  it('reaches them within the same request: an image’s alt text, an organization’s name, a category’s title', async () => {
    await payload.update({
      collection: 'media',
      id: live.news.heroImage as number,
      data: { alt: 'تصویر اصلی تازه' },
      locale: 'fa',
      ...as('supervisor.tehran'),
    })
    expect((await storedOf('news-items', live.news.id)).cards?.fa).toMatchObject({ image: { alt: 'تصویر اصلی تازه' } })
    expect((await storedOf('press-releases', live.release.id)).cards?.fa).toMatchObject({ image: { alt: 'تصویر اصلی تازه' } })

    await payload.update({
      collection: 'organizations',
      id: fx.org('shemiranat').id,
      data: { name: 'فرمانداری شمیرانات' },
      locale: 'fa',
      ...as('admin'),
    })
    const article = await detail('news', live.news.slug!)
    expect(article.value.organization.name).toBe('فرمانداری شمیرانات')
    expect(article.value.jsonLd.publisher).toEqual({ '@type': 'GovernmentOrganization', name: 'فرمانداری شمیرانات' })

    await payload.update({
      collection: 'categories',
      id: categoryIds[1]!,
      data: { title: 'Culture and arts' },
      locale: 'en',
      ...as('admin'),
    })
    const list = await listBody('news', 'en')
    expect(list.value.docs.find((doc) => doc.id === live.news.id)?.categories).toEqual([
      expect.objectContaining({ title: 'Economy' }),
      expect.objectContaining({ title: 'Culture and arts' }),
    ])
  })

  it('of a campaign reaches its items when it is published, and its unpublishing takes it off their cards', async () => {
    await payload.update({
      collection: 'campaigns',
      id: live.campaign.id,
      data: { title: 'پویش ملی آب' },
      draft: true,
      ...as('supervisor.tehran'),
    })
    expect((await storedOf('news-items', live.news.id)).cards?.fa).toMatchObject({ campaign: { title: 'پویش آب' } })
    await publish('campaigns', live.campaign.id)
    expect((await storedOf('news-items', live.news.id)).cards?.fa).toMatchObject({ campaign: { title: 'پویش ملی آب' } })
    expect((await storedOf('campaigns', live.campaign.id)).cards?.fa.title).toBe('پویش ملی آب')

    await transitionAs(payload, fx.user('supervisor.tehran'), 'campaigns', live.campaign.id, 'archived')
    expect((await storedOf('news-items', live.news.id)).cards?.fa).toMatchObject({ campaign: null })
    expect(await listedSlugs('campaigns')).not.toContain(live.campaign.slug)
    // Back through an edit and a publication, as an unpublished campaign returns.
    await payload.update({
      collection: 'campaigns',
      id: live.campaign.id,
      data: { objective: 'دوباره' },
      draft: true,
      ...as('supervisor.tehran'),
    })
    await publish('campaigns', live.campaign.id)
    expect((await storedOf('news-items', live.news.id)).cards?.fa).toMatchObject({ campaign: { title: 'پویش ملی آب' } })
  })

  it('a text links to reaches the text: a link to its public page while the public can see it, its words alone before and after', async () => {
    const tehran = fx.org('tehran').id
    const linked = await payload.create({
      collection: 'news-items',
      data: { title: 'خبر پیوندشده', organization: tehran },
      draft: true,
      ...as('editor.tehran'),
    })
    const text = (words: string) => ({ type: 'text', text: words, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
    const linkTo = (relationTo: string, value: number | string, words: string) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'rtl',
      textFormat: 0,
      textStyle: '',
      children: [
        {
          type: 'link',
          version: 3,
          format: '',
          indent: 0,
          direction: 'rtl',
          fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
          children: [text(words)],
        },
      ],
    })
    const body = lexicalFromParagraphs(['متن پیش از پیوند'])
    body.root.children.push(linkTo('news-items', linked.id, 'این خبر را هم بخوانید'))
    body.root.children.push({ type: 'relationship', version: 2, format: '', relationTo: 'news-items', value: linked.id })
    const linking = await payload.create({
      collection: 'news-items',
      data: { title: 'خبری با پیوند به خبر دیگر', organization: tehran, body },
      draft: true,
      ...as('editor.tehran'),
    })
    await publish('news-items', linking.id)
    const html = async (locale: Locale = 'fa') => (await detail('news', linking.slug!, locale)).value.html

    // A draft has no public page: its words stay, with no link (never `#`), and its card is absent.
    const before = await html()
    expect(before).toContain('این خبر را هم بخوانید')
    expect(before).not.toContain('<a')
    expect(before).not.toContain('خبر پیوندشده')

    await publish('news-items', linked.id)
    const slug = (await payload.findByID({ collection: 'news-items', id: linked.id, overrideAccess: true })).slug!
    const page = `/portal/tehran/news/${encodeURIComponent(slug)}`
    const live = await html()
    expect(live).toContain(`<a href="${page}" rel="noopener noreferrer">این خبر را هم بخوانید</a>`)
    expect(live).toContain(`<p><a href="${page}" rel="noopener noreferrer">خبر پیوندشده</a></p>`)
    expect((await storedOf('news-items', linking.id)).dependsOn).toContain(`news-items:${linked.id}`)
    expect(await html('en')).toContain(`/portal/tehran/en/news/${encodeURIComponent(slug)}`)

    await transitionAs(payload, fx.user('supervisor.tehran'), 'news-items', linked.id, 'archived')
    const after = await html()
    expect(after).toContain('این خبر را هم بخوانید')
    expect(after).not.toContain('<a')
  })

  it('shown by many documents reaches them through jobs, in batches, and each batch empties the cache', async () => {
    const category = await payload.create({ collection: 'categories', data: { title: 'دسته پرکاربرد' }, ...as('admin') })
    const count = BATCH_SIZE + 5
    const ids: number[] = []
    for (let i = 0; i < count; i++) {
      // The system's own writes (an import), published as they are created.
      const doc = await payload.create({
        collection: 'news-items',
        data: {
          title: `خبر شماره ${i}`,
          organization: fx.org('tehran').id,
          categories: [category.id],
          _status: 'published',
          workflowStatus: 'published',
        },
      })
      ids.push(doc.id)
    }
    expect(count).toBeGreaterThan(INLINE_LIMIT)
    await payload.update({ collection: 'categories', id: category.id, data: { title: 'دسته با نام تازه' }, ...as('admin') })
    // Too many to make again inside the admin's request: the answers keep the old title until the jobs run.
    expect((await storedOf('news-items', ids[0]!)).cards?.fa).toMatchObject({ categories: [{ title: 'دسته پرکاربرد' }] })
    const cached = await listBody('news', 'fa')
    expect(deliveryCache().size).toBeGreaterThan(0)
    await payload.jobs.run({ queue: DELIVERY_QUEUE, silent: true })
    expect(deliveryCache().size).toBe(0)
    expect((await storedOf('news-items', ids[0]!)).cards?.fa).toMatchObject({ categories: [{ title: 'دسته با نام تازه' }] })
    expect((await storedOf('news-items', ids[count - 1]!)).cards?.fa).toMatchObject({ categories: [{ title: 'دسته پرکاربرد' }] })
    // The first job queued the next batch.
    await payload.jobs.run({ queue: DELIVERY_QUEUE, silent: true })
    for (const id of ids) {
      expect((await storedOf('news-items', id)).cards?.fa).toMatchObject({ categories: [{ title: 'دسته با نام تازه' }] })
    }
    expect((await listBody('news', 'fa')).body.toString()).not.toBe(cached.body.toString())
  })

  it('never puts a private file on a card: another province’s image appears only once it is public', async () => {
    const foreign = await image('تصویر اصفهان', 'isfahan')
    const doc = await payload.create({
      collection: 'news-items',
      data: { title: 'خبر با تصویر استانی دیگر', organization: fx.org('tehran').id, heroImage: foreign.id },
      draft: true,
      overrideAccess: true,
    })
    await publish('news-items', doc.id)
    // Publishing in Tehran exposes only Tehran's files: Isfahan's image stays private, and off the card.
    expect((await storedOf('news-items', doc.id)).cards?.fa).toMatchObject({ image: null })
    expect((await storedOf('news-items', doc.id)).dependsOn).toContain(`media:${foreign.id}`)
    const isfahanItem = await payload.create({
      collection: 'news-items',
      data: { title: 'خبر اصفهان', organization: fx.org('isfahan').id, heroImage: foreign.id },
      draft: true,
      ...as('editor.isfahan'),
    })
    await transitionAs(payload, fx.user('supervisor.isfahan'), 'news-items', isfahanItem.id, 'published')
    expect((await storedOf('news-items', doc.id)).cards?.fa).toMatchObject({ image: { alt: 'تصویر اصفهان' } })
  })
})

describe('rows without stored answers', () => {
  it('are answered by rendering them, and the start-up backfill stores their answers', async () => {
    const before = await listBody('news', 'en')
    const article = await detail('news', live.news.slug!, 'en')
    // As rows from before answers were stored: the columns empty.
    for (const id of before.value.docs.map((doc) => doc.id as number)) {
      await payload.db.updateOne({
        collection: 'news-items',
        id,
        data: { deliveredAnswers: [], deliveredDependsOn: [], updatedAt: null },
        returning: false,
      })
    }
    expect((await listBody('news', 'en')).body.toString()).toBe(before.body.toString())
    expect((await detail('news', live.news.slug!, 'en')).body.toString()).toBe(article.body.toString())

    await backfillStoredAnswers(payload)
    for (let run = 0; run < 5; run++) await payload.jobs.run({ queue: DELIVERY_QUEUE, silent: true })
    for (const doc of before.value.docs) expect((await storedOf('news-items', doc.id as number)).cards?.en.title).toBe(doc.title)
    expect((await listBody('news', 'en')).body.toString()).toBe(before.body.toString())
  })

  it('are read only when this version of the rendering made them: older answers are rendered at read time, and made again at start', async () => {
    const slug = live.news.slug!
    const row = (await payload.findByID({
      collection: 'news-items',
      id: live.news.id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      select: { deliveredAnswers: true },
    })) as unknown as { deliveredAnswers: Array<Record<string, unknown> & { cards: Record<Locale, { title: string }> }> }
    const answer = row.deliveredAnswers[0]!
    const title = answer.cards.fa.title
    const storeAs = (renderer: number | null, storedTitle: string) =>
      payload.db.updateOne({
        collection: 'news-items',
        id: live.news.id,
        data: {
          deliveredAnswers: [{ ...answer, renderer, cards: { ...answer.cards, fa: { ...answer.cards.fa, title: storedTitle } } }],
          updatedAt: null,
        },
        returning: false,
      })
    // Filtered by its campaign, the list holds it whatever other tests published since.
    const listed = async () =>
      (await listBody('news', 'fa', { campaign: live.campaign.slug })).value.docs.find((doc) => doc.slug === slug)?.title
    // Control: an answer this version made is what the list and the article say.
    await storeAs(RENDERER, 'پاسخ ذخیره‌شده')
    expect(await listed()).toBe('پاسخ ذخیره‌شده')
    expect((await detail('news', slug)).value.title).toBe('پاسخ ذخیره‌شده')
    // One an earlier version made, or one from before versions were named, is not read, and the
    // start-up backfill finds it and makes it again.
    for (const renderer of [RENDERER - 1, null]) {
      await storeAs(renderer, 'پاسخ نسخه قدیمی')
      expect(await listed()).toBe(title)
      expect((await detail('news', slug)).value.title).toBe(title)
      await backfillStoredAnswers(payload)
      for (let run = 0; run < 5; run++) await payload.jobs.run({ queue: DELIVERY_QUEUE, silent: true })
      const stored = await storedOf('news-items', live.news.id)
      expect(stored.renderer).toBe(RENDERER)
      expect(stored.cards?.fa.title).toBe(title)
    }
  })
})
