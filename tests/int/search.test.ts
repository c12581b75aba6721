import { appendVersionToQueryKey, type PaginatedDocs, type Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listContent } from '@/delivery'
import type { NewsItem } from '@/payload-types'
import { queryWords, searchWhere } from '@/search'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { transitionAs } from '../helpers/workflow'

/**
 * The search (src/search) answers exactly what the filter it replaced answered: Payload's
 * `searchText like`, a LIKE '%word%' per normalized word. Every question below runs both ways
 * over the same documents, with the same filters, sort and pages, and some answers are also
 * written out by hand, so a change of meaning fails here whatever the two ways agree on.
 */
let ctx: TestPayload
let fx: Fixtures

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

const LONG_NUMBER = '123456789012345678901234567890123456789012345'

type Doc = { title: string; summary?: string; province: string; days: number; live?: boolean; collection?: 'news-items' | 'press-releases' }

/** Persian as it is typed: Arabic ي/ك, ZWNJ, diacritics, Persian, Arabic and ASCII digits. */
const DOCS: Doc[] = [
  { title: 'نشست شورای اطلاع‌رسانی استان تهران', summary: 'استاندار تهران از برنامه‌های تازه گفت.', province: 'tehran', days: 1 },
  { title: 'طرح نوسازی ناوگان حمل‌ونقل عمومی در ۱۲ شهر', province: 'tehran', days: 2 },
  { title: 'افتتاح کتابخانه عمومي در شهرري', province: 'tehran', days: 3 },
  { title: 'گزارش ١٤٠٣ ترافيك تهران', summary: 'کاهش ۱۵ درصدی تصادف‌ها', province: 'tehran', days: 4 },
  { title: 'دیدار مُدیرکُل با مردم', summary: 'همراه با کارشناسان', province: 'tehran', days: 5 },
  { title: 'نوسازی شبکه آب و فاضلاب', summary: 'تعطیلی ادارات در سال 1312 نبود', province: 'tehran', days: 6 },
  { title: 'راه‌اندازی سامانه پاسخگویی', province: 'tehran', days: 7 },
  { title: 'نوسازی مدارس پیش‌نویس', province: 'tehran', days: 0, live: false },
  { title: 'بازدید از پالایشگاه بوشهر', summary: 'نوسازی تأسیسات', province: 'bushehr', days: 2 },
  { title: 'نوسازی ناوگان اتوبوسرانی اصفهان', province: 'isfahan', days: 1 },
  { title: 'اطلاعیه نوسازی ناوگان', province: 'tehran', days: 2, collection: 'press-releases' },
  // A run of digits longer than the 40 characters the index keeps of a word.
  { title: `کد رهگیری ${LONG_NUMBER}`, province: 'isfahan', days: 3 },
]

/** The fixed questions: letters typed both ways, digits of three scripts, ZWNJ, short and long words, none. */
const QUESTIONS = [
  'شوراي اطلاع‌رساني',
  'شورای اطلاع رسانی',
  'نَشست شورا\u200Cی',
  'نوسازی ۱۲',
  'نوسازي 12',
  'ناوگان حمل',
  'كتابخانه عمومي',
  'شهر',
  'راه',
  'آب',
  'و',
  'آب فاضلاب',
  '12',
  '١٤٠٣',
  '1403 ترافیک',
  'مدیرکل',
  'ی',
  'نوسازی',
  'اطلاعرسانی',
  'واژه‌ای که نیست',
  'water',
  'WATER Management',
  LONG_NUMBER,
  LONG_NUMBER.slice(0, 40) + '999',
  LONG_NUMBER.slice(3),
  LONG_NUMBER.slice(5, 45),
]

beforeAll(async () => {
  ctx = await startTestPayload('search')
  fx = await seedFixtures(ctx.payload)
  for (const doc of DOCS) {
    const live = doc.live ?? true
    await ctx.payload.create({
      collection: doc.collection ?? 'news-items',
      data: {
        title: doc.title,
        summary: doc.summary,
        organization: fx.org(doc.province).id,
        publishedAt: live ? daysAgo(doc.days) : undefined,
        _status: live ? 'published' : 'draft',
        workflowStatus: live ? 'published' : 'draft',
      },
      locale: 'fa',
      draft: !live,
      overrideAccess: true,
    })
  }
  const english = await ctx.payload.find({ collection: 'news-items', where: { title: { equals: DOCS[5]!.title } }, overrideAccess: true })
  await ctx.payload.update({
    collection: 'news-items',
    id: english.docs[0]!.id,
    locale: 'en',
    data: { title: 'Water and sewage network renewed', summary: 'Management of water', _status: 'published' },
    overrideAccess: true,
  })
})
afterAll(() => stopTestPayload(ctx))

const tehranScope = () => [
  fx.org('tehran').id,
  ...[...fx.orgs.values()].filter((org) => org.parent === fx.org('tehran').id).map((org) => org.id),
]

/** The filter the search replaced, word for word as delivery built it. */
const likeFilter = (query: string): Where => ({ searchText: { like: queryWords(query).join(' ') } })

type Variant = { name: string; base: () => Where; organizations?: () => Array<number | string>; drafts: boolean }
const VARIANTS: Variant[] = [
  {
    name: 'a province portal',
    base: (): Where => ({ and: [{ _status: { equals: 'published' } }, { organization: { in: tehranScope() } }] as Where[] }),
    organizations: tehranScope,
    drafts: false,
  },
  { name: 'everything live', base: () => ({ _status: { equals: 'published' } }), drafts: false },
  { name: "the admin's drafts", base: () => ({}), drafts: true },
]

async function bothWays(query: string, locale: 'fa' | 'en', variant: Variant, page: number, limit: number) {
  // The database adapter itself, below Payload's hooks: there a `searchText like` is still the
  // LIKE filter (a query through Payload's API is a search, src/search/listSearch.ts).
  const find = (where: Where) => {
    const combined = Object.keys(variant.base()).length ? { and: [variant.base(), where] } : where
    const args = {
      collection: 'news-items' as const,
      // Payload's find names a draft query's fields inside `version` before it asks the adapter.
      where: variant.drafts ? appendVersionToQueryKey(combined) : combined,
      locale,
      sort: '-publishedAt',
      page,
      limit,
      pagination: true,
    }
    return (variant.drafts ? ctx.payload.db.queryDrafts<NewsItem>(args) : ctx.payload.db.find<NewsItem>(args)) as Promise<
      PaginatedDocs<NewsItem>
    >
  }
  const searched = await searchWhere(ctx.payload, {
    collection: 'news-items',
    query,
    locale,
    drafts: variant.drafts,
    organizations: variant.organizations?.(),
  })
  const [index, like] = await Promise.all([find(searched), find(likeFilter(query))])
  // Payload's own totalPages differs between a joined query (the LIKE filter) and a plain one
  // when a page is empty; delivery counts pages itself (its test below).
  const summary = (found: typeof index) => ({ ids: found.docs.map((doc) => doc.id), totalDocs: found.totalDocs })
  return {
    index: summary(index),
    like: summary(like),
    titles: index.docs.map((doc) => (doc.title as unknown as Record<string, string>)[locale]),
  }
}

describe('search', () => {
  it('answers every fixed question exactly as the LIKE filter did, in every locale, scope and page', async () => {
    let answered = 0
    for (const query of QUESTIONS) {
      for (const locale of ['fa', 'en'] as const) {
        for (const variant of VARIANTS) {
          const all = await bothWays(query, locale, variant, 1, 20)
          expect(all.index, `${query} · ${locale} · ${variant.name}`).toEqual(all.like)
          if (all.like.totalDocs > 0) answered++
          for (let page = 1; page <= Math.max(1, Math.ceil(all.like.totalDocs / 2)); page++) {
            const { index, like } = await bothWays(query, locale, variant, page, 2)
            expect(index, `${query} · ${locale} · ${variant.name} · page ${page} of 2`).toEqual(like)
          }
        }
      }
    }
    // Most questions find something, so the comparison above is not between two empty lists.
    expect(answered).toBeGreaterThan(40)
  })

  it('counts the matches on a page past the end, as a list without a question does', async () => {
    // The LIKE filter joined the locale table, and Payload answers an empty page of a joined
    // query with no totals at all (page 1, totalDocs 0); the index's ids need no join.
    const past = await bothWays('نوسازی', 'fa', VARIANTS[0]!, 3, 2)
    expect(past.index).toEqual({ ids: [], totalDocs: 2 })
    const unfiltered = await ctx.payload.find({
      collection: 'news-items',
      where: VARIANTS[0]!.base(),
      page: 100,
      limit: 2,
      depth: 0,
      overrideAccess: true,
    })
    expect(unfiltered.totalDocs).toBeGreaterThan(0)
  })

  it('matches each word as a substring of the normalized text, as LIKE did', async () => {
    const portal = VARIANTS[0]!
    const titles = async (query: string, variant = portal, locale: 'fa' | 'en' = 'fa') =>
      (await bothWays(query, locale, variant, 1, 20)).titles
    // «ی/ي», «ک/ك», ZWNJ and diacritics typed either way find the same item.
    for (const query of ['شوراي اطلاع‌رساني', 'نَشست شورا\u200Cی', 'شورای اطلاع رسانی']) {
      expect(await titles(query), query).toEqual([DOCS[0]!.title])
    }
    expect(await titles('كتابخانه عمومي')).toEqual([DOCS[2]!.title])
    expect(await titles('مدیرکل')).toEqual([DOCS[4]!.title])
    // Digits of any script; a number inside a longer one, as LIKE found it.
    expect(await titles('نوسازي ۱۲')).toEqual([DOCS[1]!.title, DOCS[5]!.title])
    expect(await titles('1403 ترافیک')).toEqual([DOCS[3]!.title])
    expect(await titles('12')).toEqual([DOCS[1]!.title, DOCS[5]!.title])
    // Inside words: «شهر» in «شهرري», «راه» in «همراه» and «راه‌اندازی», newest first.
    expect(await titles('شهر')).toEqual([DOCS[1]!.title, DOCS[2]!.title])
    expect(await titles('راه')).toEqual([DOCS[4]!.title, DOCS[6]!.title])
    // «شهر» is in «بوشهر» too, outside Tehran.
    expect(await titles('شهر', VARIANTS[1]!)).toContain(DOCS[8]!.title)
    // Words shorter than three letters, alone and beside longer ones.
    expect(await titles('آب')).toEqual([DOCS[5]!.title])
    expect(await titles('آب فاضلاب')).toEqual([DOCS[5]!.title])
    expect((await titles('و')).length).toBeGreaterThan(3)
    // Every word must match; a word written without its ZWNJ is another word.
    expect(await titles('نوسازی')).toEqual([DOCS[1]!.title, DOCS[5]!.title])
    expect(await titles('اطلاعرسانی')).toEqual([])
    expect(await titles('واژه‌ای که نیست')).toEqual([])
    // Words longer than what the index keeps of a word, found and refused exactly.
    for (const query of [LONG_NUMBER, LONG_NUMBER.slice(3), LONG_NUMBER.slice(5, 45)]) {
      expect(await titles(query, VARIANTS[1]!), query).toEqual([DOCS[11]!.title])
    }
    expect(await titles(LONG_NUMBER.slice(0, 40) + '999', VARIANTS[1]!)).toEqual([])
    // Each locale's own text; English in any case.
    expect(await titles('WATER Management', portal, 'en')).toEqual(['Water and sewage network renewed'])
    expect(await titles('water', portal, 'fa')).toEqual([])
    // The admin's lists search drafts too.
    expect(await titles('نوسازی', VARIANTS[2]!)).toContain(DOCS[7]!.title)
  })

  it('is what the delivery API and the portal answer, with filters and pages as before', async () => {
    const category = await ctx.payload.create({ collection: 'categories', data: { title: 'شهری' }, overrideAccess: true })
    const campaign = await ctx.payload.create({
      collection: 'campaigns',
      data: { title: 'پویش نوسازی', organization: fx.org('tehran').id, _status: 'published', workflowStatus: 'published' },
      overrideAccess: true,
    })
    const renewals = await ctx.payload.find({
      collection: 'news-items',
      where: { title: { in: [DOCS[1]!.title, DOCS[5]!.title] } },
      sort: '-publishedAt',
      overrideAccess: true,
    })
    const [newer, older] = renewals.docs
    await ctx.payload.update({
      collection: 'news-items',
      id: older!.id,
      data: { categories: [category.id], campaign: campaign.id, _status: 'published' },
      overrideAccess: true,
    })
    const list = async (params: Record<string, string | number>) => {
      const answer = await listContent(ctx.payload, 'http://search.test', 'tehran', 'news', { locale: 'fa', page: 1, limit: 20, ...params })
      return { slugs: answer.value.docs.map((doc) => doc.slug), totalDocs: answer.value.totalDocs, totalPages: answer.value.totalPages }
    }
    expect(await list({ q: 'نوسازي' })).toEqual({ slugs: [newer!.slug, older!.slug], totalDocs: 2, totalPages: 1 })
    expect(await list({ q: 'نوسازي', limit: 1, page: 2 })).toEqual({ slugs: [older!.slug], totalDocs: 2, totalPages: 2 })
    expect(await list({ q: 'نوسازي', limit: 1, page: 5 })).toEqual({ slugs: [], totalDocs: 2, totalPages: 2 })
    expect(await list({ q: 'واژه‌ای که نیست' })).toEqual({ slugs: [], totalDocs: 0, totalPages: 0 })
    const pastTheEnd = await list({ page: 99 })
    expect(pastTheEnd.slugs).toEqual([])
    expect(pastTheEnd.totalPages).toBe(Math.ceil(pastTheEnd.totalDocs / 20))
    expect(await list({ q: 'نوسازي', category: category.slug! })).toEqual({ slugs: [older!.slug], totalDocs: 1, totalPages: 1 })
    expect(await list({ q: 'نوسازي', campaign: campaign.slug! })).toEqual({ slugs: [older!.slug], totalDocs: 1, totalPages: 1 })
    expect(await list({ q: 'نوسازي', from: daysAgo(3) })).toEqual({ slugs: [newer!.slug], totalDocs: 1, totalPages: 1 })
    expect(await list({ q: 'نوسازي', to: daysAgo(3) })).toEqual({ slugs: [older!.slug], totalDocs: 1, totalPages: 1 })
    // Press releases are their own type; the draft and the other provinces are not in Tehran's news.
    const releases = await listContent(ctx.payload, 'http://search.test', 'tehran', 'press-releases', {
      locale: 'fa',
      page: 1,
      limit: 20,
      q: 'نوسازی ناوگان',
    })
    expect(releases.value.docs.map((doc) => doc.title)).toEqual([DOCS[10]!.title])
    const campaigns = await listContent(ctx.payload, 'http://search.test', 'tehran', 'campaigns', {
      locale: 'fa',
      page: 1,
      limit: 20,
      q: 'پویش',
    })
    expect(campaigns.value.docs.map((doc) => doc.slug)).toEqual([campaign.slug])
  })

  it('loses an unpublished document before the unpublish returns, and finds a live edit once it is published', async () => {
    const search = async (q: string) =>
      (await listContent(ctx.payload, 'http://search.test', 'tehran', 'news', { locale: 'fa', page: 1, limit: 20, q })).value.docs.map(
        (doc) => doc.title,
      )
    const doc = await ctx.payload.create({
      collection: 'news-items',
      data: {
        title: 'بهسازی معابر خیابان ولیعصر',
        organization: fx.org('tehran').id,
        _status: 'published',
        workflowStatus: 'published',
        publishedAt: daysAgo(0),
      },
      overrideAccess: true,
    })
    expect(await search('معابر ولیعصر')).toEqual([doc.title])

    const supervisor = fx.user('supervisor.tehran')
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { title: 'بهسازی پیاده‌روهای خیابان ولیعصر' },
      draft: true,
      user: supervisor,
      overrideAccess: false,
    })
    // The edit is a draft: the public still finds the live title, the admin the new one.
    expect(await search('پیاده‌روها')).toEqual([])
    expect(await search('معابر')).toEqual([doc.title])
    const drafts = async (query: string) => {
      const where = await searchWhere(ctx.payload, { collection: 'news-items', query, locale: 'fa', drafts: true })
      return (await ctx.payload.find({ collection: 'news-items', draft: true, where, overrideAccess: true })).docs.map((found) => found.id)
    }
    expect(await drafts('پیاده‌روها')).toEqual([doc.id])
    // Only the latest version counts: the first one's words are history.
    expect(await drafts('معابر')).toEqual([])

    await transitionAs(ctx.payload, supervisor, 'news-items', doc.id, 'published')
    expect(await search('پیاده‌روها')).toEqual(['بهسازی پیاده‌روهای خیابان ولیعصر'])
    expect(await search('معابر')).toEqual([])

    await transitionAs(ctx.payload, supervisor, 'news-items', doc.id, 'archived')
    expect(await search('پیاده‌روها')).toEqual([])
  })

  it("answers the admin's list search box the same way, drafts included", async () => {
    // What the admin's list view asks when a supervisor types in the search box.
    const adminList = async (search: string) => {
      const collectionConfig = ctx.payload.collections['news-items'].config
      const found = await ctx.payload.find({
        collection: 'news-items',
        draft: true,
        locale: 'fa',
        where: mergeListSearchAndWhere({ collectionConfig, search, where: {} }),
        user: fx.user('supervisor.tehran'),
        overrideAccess: false,
        limit: 50,
      })
      return found.docs.map((doc) => doc.title)
    }
    expect(await adminList('نوسازي')).toEqual(expect.arrayContaining([DOCS[1]!.title, DOCS[5]!.title, DOCS[7]!.title]))
    expect(await adminList('كتابخانه عمومي')).toEqual([DOCS[2]!.title])
    expect(await adminList('اطلاعرسانی')).toEqual([])
  })

  it('follows a document to its new organization', async () => {
    const doc = await ctx.payload.create({
      collection: 'news-items',
      data: {
        title: 'نمایشگاه فرش دستباف',
        organization: fx.org('tehran').id,
        _status: 'published',
        workflowStatus: 'published',
        publishedAt: daysAgo(0),
      },
      overrideAccess: true,
    })
    const inProvince = async (province: string) => {
      const organizations = [fx.org(province).id]
      const where = await searchWhere(ctx.payload, { collection: 'news-items', query: 'فرش دستباف', locale: 'fa', organizations })
      const found = await ctx.payload.find({
        collection: 'news-items',
        where: { and: [where, { organization: { in: organizations } }] },
        overrideAccess: true,
      })
      return found.docs.map((item) => item.id)
    }
    expect(await inProvince('tehran')).toEqual([doc.id])
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { organization: fx.org('isfahan').id, _status: 'published' },
      overrideAccess: true,
    })
    expect(await inProvince('tehran')).toEqual([])
    expect(await inProvince('isfahan')).toEqual([doc.id])
  })

  it('forgets a deleted document', async () => {
    const doc = await ctx.payload.create({
      collection: 'news-items',
      data: {
        title: 'خبر حذف‌شدنی سیلاب',
        organization: fx.org('tehran').id,
        _status: 'published',
        workflowStatus: 'published',
        publishedAt: daysAgo(0),
      },
      overrideAccess: true,
    })
    const ids = async () => {
      const where = await searchWhere(ctx.payload, { collection: 'news-items', query: 'حذف‌شدنی', locale: 'fa' })
      return (await ctx.payload.find({ collection: 'news-items', where, overrideAccess: true })).docs.map((found) => found.id)
    }
    expect(await ids()).toEqual([doc.id])
    await ctx.payload.delete({ collection: 'news-items', id: doc.id, overrideAccess: true })
    expect(await ids()).toEqual([])
  })
})
