import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dashboardFigures, type DashboardFigures } from '@/dashboards/figures'
import { lastDays } from '@/lib/dates'
import type { User } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { newsItemIn, transitionAs } from '../helpers/workflow'

/**
 * Every dashboard figure against a dataset whose answers are written down here, in each role's
 * scope: Tehran's supervisor (Tehran and its offices), Isfahan's (the control beside it), the
 * admin (everything, provinces side by side) and an editor (their own documents).
 */
let ctx: TestPayload
let fx: Fixtures
let payload: Payload
const TEHRAN = 'Asia/Tehran'
const HOUR = 3_600_000
const now = new Date()
const days = lastDays(30, now, TEHRAN)
const today = days.at(-1)!
let campaignId: number | string

async function figuresOf(prefix: string): Promise<DashboardFigures> {
  const req = await createLocalReq({ user: { ...fx.user(prefix), collection: 'users' } as never }, payload)
  return dashboardFigures(req, { now, timeZone: TEHRAN })
}

async function published(collection: 'news-items' | 'press-releases', organization: string, publishedAt: Date, campaign?: number | string) {
  return payload.create({
    collection,
    data: {
      title: `منتشرشده ${organization} ${publishedAt.toISOString()}`,
      organization: fx.org(organization).id,
      workflowStatus: 'published',
      _status: 'published',
      publishedAt: publishedAt.toISOString(),
      ...(campaign ? { campaign: campaign as number } : {}),
    },
    overrideAccess: true,
  })
}

/** A history row of a publication (of a document not live now, so the daily counts stay as written). */
async function publication(organization: string, seconds: number) {
  const doc = await newsItemIn(payload, 'approved', fx.org(organization).id)
  await payload.create({
    collection: 'workflow-transitions',
    data: {
      document: { relationTo: 'news-items', value: doc.id },
      organization: fx.org(organization).id,
      from: 'approved',
      to: 'published',
      secondsFromSubmission: seconds,
      submittedAt: new Date(Date.now() - seconds * 1000).toISOString(),
    },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  ctx = await startTestPayload('dashboards')
  payload = ctx.payload
  fx = await seedFixtures(payload)

  const campaign = await payload.create({
    collection: 'campaigns',
    data: {
      title: 'پویش ملی صرفه‌جویی آب',
      organization: fx.org('ministry').id,
      provinces: [fx.org('tehran').id, fx.org('isfahan').id],
      plannedItems: 4,
      startsAt: new Date(now.getTime() - 10 * 24 * HOUR).toISOString(),
      endsAt: new Date(now.getTime() + 5 * 24 * HOUR).toISOString(),
      workflowStatus: 'published',
      _status: 'published',
    },
    overrideAccess: true,
  })
  campaignId = campaign.id
  // Isfahan's own campaign, and one that has ended: neither is Tehran's.
  for (const [organization, ends] of [
    ['isfahan', 5],
    ['tehran', -1],
  ] as const) {
    await payload.create({
      collection: 'campaigns',
      data: {
        title: `پویش ${organization}`,
        organization: fx.org(organization).id,
        plannedItems: 3,
        startsAt: new Date(now.getTime() - 20 * 24 * HOUR).toISOString(),
        endsAt: new Date(now.getTime() + ends * 24 * HOUR).toISOString(),
        workflowStatus: 'published',
        _status: 'published',
      },
      overrideAccess: true,
    })
  }

  // Published per day (Tehran's clock): Tehran 2 today (one at its very midnight) + 1 three days
  // ago in the campaign; one a millisecond before today's midnight (yesterday); Shemiranat 1 ten
  // days ago; Isfahan 5 today (1 in the campaign); Tehran 1 forty days ago (outside the window).
  await published('news-items', 'tehran', today.from, campaignId)
  await published('press-releases', 'tehran', new Date(today.from.getTime() + HOUR))
  await published('news-items', 'tehran', new Date(today.from.getTime() - 1))
  await published('news-items', 'tehran', new Date(days[26]!.from.getTime() + 2 * HOUR), campaignId)
  await published('press-releases', 'shemiranat', new Date(days[19]!.from.getTime() + 5 * HOUR))
  for (let index = 0; index < 5; index++)
    await published('news-items', 'isfahan', new Date(today.from.getTime() + HOUR), index === 0 ? campaignId : undefined)
  await published('news-items', 'tehran', new Date(days[0]!.from.getTime() - 10 * 24 * HOUR))

  // Submission to publication: Tehran and Shemiranat 60, 120, 180, 240, 3600 s; Isfahan 10 s.
  for (const [organization, seconds] of [
    ['tehran', 240],
    ['shemiranat', 60],
    ['tehran', 3600],
    ['tehran', 120],
    ['shemiranat', 180],
    ['isfahan', 10],
  ] as const) {
    await publication(organization, seconds)
  }

  // The review queue: two in Tehran, one in Isfahan.
  await newsItemIn(payload, 'in_review', fx.org('tehran').id, 'در انتظار بررسی تهران ۱')
  await newsItemIn(payload, 'in_review', fx.org('rey').id, 'در انتظار بررسی ری')
  await newsItemIn(payload, 'in_review', fx.org('isfahan').id, 'در انتظار بررسی اصفهان')
})
afterAll(() => stopTestPayload(ctx))

const supervisorOnly = (figures: DashboardFigures) => {
  if (figures.role === 'editor') throw new Error('expected a supervisor or admin dashboard')
  return figures
}
const seriesTotal = (figures: ReturnType<typeof supervisorOnly>, slug: string) =>
  figures.published.series.find((one) => one.id === String(fx.org(slug).id))?.counts ?? null

describe("a supervisor's dashboard", () => {
  it("counts Tehran's and its offices' publications per Tehran day, and never Isfahan's", async () => {
    const tehran = supervisorOnly(await figuresOf('supervisor.tehran'))
    expect(tehran.published.days).toEqual(days.map((day) => day.day))
    const expectedTehran = days.map(() => 0)
    expectedTehran[29] = 2
    expectedTehran[28] = 1
    expectedTehran[26] = 1
    expect(seriesTotal(tehran, 'tehran')).toEqual(expectedTehran)
    expect(seriesTotal(tehran, 'shemiranat')!.reduce((a, b) => a + b)).toBe(1)
    expect(seriesTotal(tehran, 'shemiranat')![19]).toBe(1)
    expect(seriesTotal(tehran, 'isfahan')).toBeNull()
    expect(tehran.published.totals.reduce((a, b) => a + b)).toBe(5)
    expect(tehran.published.series.map((one) => one.id).sort()).toEqual(
      ['tehran', 'shemiranat', 'rey'].map((slug) => String(fx.org(slug).id)).sort(),
    )
    // The control: Isfahan's supervisor sees Isfahan's five, and nothing of Tehran's.
    const isfahan = supervisorOnly(await figuresOf('supervisor.isfahan'))
    expect(seriesTotal(isfahan, 'isfahan')![29]).toBe(5)
    expect(isfahan.published.totals.reduce((a, b) => a + b)).toBe(5)
    expect(seriesTotal(isfahan, 'tehran')).toBeNull()
  })

  it('reads the review queue, the median and 90th percentile to publication, in scope only', async () => {
    const tehran = supervisorOnly(await figuresOf('supervisor.tehran'))
    expect(tehran.review.count).toBe(2)
    expect(Date.parse(tehran.review.oldestSince!)).toBeLessThanOrEqual(Date.now())
    // 60, 120, 180, 240, 3600: rank ⌈2.5⌉ = 3 → 180; rank ⌈4.5⌉ = 5 → 3600.
    expect(tehran.leadTimes).toEqual({ count: 5, medianSeconds: 180, p90Seconds: 3600 })
    const isfahan = supervisorOnly(await figuresOf('supervisor.isfahan'))
    expect(isfahan.review.count).toBe(1)
    expect(isfahan.leadTimes).toEqual({ count: 1, medianSeconds: 10, p90Seconds: 10 })
    expect(tehran.provinces).toBeNull()
  })

  it("shows running campaigns with the scope's own publications against one province's plan", async () => {
    const tehran = supervisorOnly(await figuresOf('supervisor.tehran'))
    expect(tehran.campaigns).toEqual([
      expect.objectContaining({ id: String(campaignId), published: 2, planned: 4, daysLeft: expect.any(Number) }),
    ])
    expect(tehran.campaigns[0]!.daysLeft).toBeGreaterThanOrEqual(4)
    expect(tehran.campaigns[0]!.daysLeft).toBeLessThanOrEqual(6)
    const isfahan = supervisorOnly(await figuresOf('supervisor.isfahan'))
    expect(isfahan.campaigns.map((campaign) => campaign.published).sort()).toEqual([0, 1])
  })

  it("reads the FOI desk's figures for the scope, without the requesters' personal data", async () => {
    for (const organization of ['tehran', 'shemiranat', 'isfahan']) {
      await payload.create({
        collection: 'foi-requests',
        data: {
          organization: fx.org(organization).id,
          name: 'مریم',
          phone: '09120000001',
          subject: 'بودجه',
          question: 'بودجه؟',
          channel: 'mail',
        },
        overrideAccess: true,
      })
    }
    const tehran = supervisorOnly(await figuresOf('supervisor.tehran'))
    expect(tehran.foi).toMatchObject({ received: 2, responded: 0, overdueNow: 0, onTimeRate: null, overdue: [] })
    expect(supervisorOnly(await figuresOf('supervisor.isfahan')).foi).toMatchObject({ received: 1 })
    expect(JSON.stringify(tehran.foi)).not.toContain('09120000001')
    const reads = await payload.count({
      collection: 'audit-log',
      where: { action: { equals: 'personal_data_read' } },
      overrideAccess: true,
    })
    expect(reads.totalDocs).toBe(0)
  })
})

describe("the admin's dashboard", () => {
  it('sees every organization and compares provinces side by side', async () => {
    const admin = supervisorOnly(await figuresOf('admin'))
    expect(admin.review.count).toBe(3)
    expect(admin.leadTimes).toEqual({ count: 6, medianSeconds: 120, p90Seconds: 3600 })
    expect(admin.published.totals.reduce((a, b) => a + b)).toBe(10)
    // Grouped by province: Shemiranat's release counts for Tehran.
    expect(seriesTotal(admin, 'tehran')!.reduce((a, b) => a + b)).toBe(5)
    expect(seriesTotal(admin, 'shemiranat')).toBeNull()
    expect(admin.campaigns.find((campaign) => campaign.id === String(campaignId))).toMatchObject({ published: 3, planned: 8 })
    const rows = new Map(admin.provinces!.map((row) => [row.id, row]))
    expect(rows.size).toBe(32) // 31 provinces and the ministry's center
    expect(rows.get(String(fx.org('tehran').id))).toMatchObject({ published: 5, publications: 5, medianSeconds: 180 })
    expect(rows.get(String(fx.org('isfahan').id))).toMatchObject({ published: 5, publications: 1, medianSeconds: 10 })
    expect(rows.get(String(fx.org('fars').id))).toMatchObject({ published: 0, publications: 0, medianSeconds: null })
  })
})

describe("an editor's dashboard", () => {
  it('counts their own documents by state and shows the latest comment someone else left on what waits for them', async () => {
    const editor = fx.user('editor.tehran')
    const supervisor = fx.user('supervisor.tehran')
    const write = (title: string) =>
      payload.create({
        collection: 'news-items',
        data: { title, organization: fx.org('tehran').id },
        draft: true,
        overrideAccess: false,
        user: { ...editor, collection: 'users' } as User,
      })
    await write('پیش‌نویس من')
    const revised = await write('خبری که باید اصلاح شود')
    await transitionAs(payload, editor, 'news-items', revised.id, 'in_review')
    await transitionAs(payload, supervisor, 'news-items', revised.id, 'changes_requested', { comment: 'عنوان را کوتاه کنید.' })
    const live = await write('خبری که منتشر شد')
    await transitionAs(payload, editor, 'news-items', live.id, 'in_review')
    await transitionAs(payload, supervisor, 'news-items', live.id, 'published')

    const figures = await figuresOf('editor.tehran')
    if (figures.role !== 'editor') throw new Error('expected an editor dashboard')
    expect(figures.editor.byState).toMatchObject({ draft: 1, changes_requested: 1, published: 1, in_review: 0 })
    expect(figures.editor.total).toBe(3)
    expect(figures.editor.awaiting.map((doc) => doc.title)).toEqual(['خبری که باید اصلاح شود', 'پیش‌نویس من'])
    expect(figures.editor.awaiting[0]!.comment).toMatchObject({ text: 'عنوان را کوتاه کنید.' })

    // A later editorial comment by the supervisor becomes the latest; the editor's own reply does not.
    await payload.create({
      collection: 'comments',
      data: { document: { relationTo: 'news-items', value: revised.id }, body: 'منبع را هم بیفزایید.' },
      overrideAccess: false,
      user: { ...supervisor, collection: 'users' } as User,
    })
    await payload.create({
      collection: 'comments',
      data: { document: { relationTo: 'news-items', value: revised.id }, body: 'چشم.' },
      overrideAccess: false,
      user: { ...editor, collection: 'users' } as User,
    })
    const again = await figuresOf('editor.tehran')
    if (again.role !== 'editor') throw new Error('expected an editor dashboard')
    expect(again.editor.awaiting[0]!.comment).toMatchObject({ text: 'منبع را هم بیفزایید.' })

    // The real publication recorded its time from submission.
    const row = await payload.find({
      collection: 'workflow-transitions',
      where: { and: [{ 'document.value': { equals: live.id } }, { to: { equals: 'published' } }] },
      overrideAccess: true,
    })
    expect(row.docs[0]!.submittedAt).toBeTruthy()
    expect(row.docs[0]!.secondsFromSubmission).toBeGreaterThanOrEqual(0)
    expect(row.docs[0]!.secondsFromSubmission).toBeLessThan(60)
  })
})
