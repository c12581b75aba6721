import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { applyFoiTransition } from '@/foi/applyTransition'
import { reminderTimes } from '@/foi/reminders'
import { ERASED_NAME, erasePersonalData } from '@/foi/retention'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import type { FoiRequest, User } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload('foi-reminders')
  payload = ctx.payload
  fx = await seedFixtures(payload)
})
afterAll(() => stopTestPayload(ctx))
afterEach(() => {
  vi.useRealTimers()
})

const REQUESTER = { name: 'علی موسوی', email: 'ali.mousavi@example.ir' }
const as = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

/** The clock the server sees (the jobs queue compares `waitUntil` with it too). */
const at = (instant: Date | string) => vi.setSystemTime(new Date(instant))

async function register(): Promise<FoiRequest> {
  return payload.create({
    collection: 'foi-requests',
    data: {
      organization: fx.org('tehran').id,
      ...REQUESTER,
      subject: 'هزینه جشنواره',
      question: 'هزینه جشنواره ۱۴۰۴ چقدر بود؟',
      channel: 'portal',
    },
    overrideAccess: true,
  })
}

async function reminders(id: number | string) {
  const found = await payload.find({
    collection: 'notifications',
    where: { and: [{ 'document.value': { equals: id } }, { event: { equals: 'foi_deadline' } }] },
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
  })
  return found.docs
}

const runQueue = () => payload.jobs.run({ queue: 'foi', limit: 100 })
const justBefore = (instant: Date) => new Date(instant.getTime() - 60_000)
const justAfter = (instant: Date) => new Date(instant.getTime() + 60_000)

describe('deadline reminders (jobs, fake clock)', () => {
  it('reach the assignee and the supervisors in scope at 50% and 80%, and stop once answered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at('2026-05-02T10:00:00+03:30')
    const doc = await register()
    expect(doc.dueAt).toBe('2026-05-13T11:00:00.000Z')
    await applyFoiTransition(await as(fx.user('supervisor.tehran')), { id: doc.id, to: 'assigned', assignee: fx.user('editor.tehran').id })
    const [half, eighty, full] = reminderTimes(doc.registeredAt!, doc.dueAt!).map((reminder) => reminder.at)

    at(justBefore(half!))
    await runQueue()
    expect(await reminders(doc.id)).toHaveLength(0)

    at(justAfter(half!))
    await runQueue()
    const first = await reminders(doc.id)
    expect(first.map((entry) => entry.recipient).sort()).toEqual([fx.user('editor.tehran').id, fx.user('supervisor.tehran').id].sort())
    expect(first[0]!.message).toContain(doc.trackingCode!)
    expect(first[0]!.message).toContain('50')
    expect(JSON.stringify(first)).not.toContain(REQUESTER.name)
    expect(JSON.stringify(first)).not.toContain(REQUESTER.email)
    // Running the queue again sends nothing twice.
    await runQueue()
    expect(await reminders(doc.id)).toHaveLength(2)

    at(justAfter(eighty!))
    await runQueue()
    expect(await reminders(doc.id)).toHaveLength(4)

    const editor = await as(fx.user('editor.tehran'))
    await payload.update({
      collection: 'foi-requests',
      id: doc.id,
      data: { answer: lexicalFromParagraphs(['۴۵۰ میلیون ریال.']) },
      overrideAccess: false,
      req: editor,
    })
    await applyFoiTransition(editor, { id: doc.id, to: 'answered' })
    at(justAfter(full!))
    await runQueue()
    expect(await reminders(doc.id)).toHaveLength(4)
  })

  it('follow the new deadline when a clarification restarts the clock, and say so when the time is up', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at('2026-05-02T10:00:00+03:30')
    const doc = await register()
    const old = reminderTimes(doc.registeredAt!, doc.dueAt!).map((reminder) => reminder.at)
    const supervisor = await as(fx.user('supervisor.tehran'))
    await applyFoiTransition(supervisor, { id: doc.id, to: 'clarification_requested', comment: 'کدام جشنواره؟' })
    at('2026-05-06T09:00:00+03:30')
    await applyFoiTransition(supervisor, { id: doc.id, to: 'registered', comment: 'جشنواره فیلم کوتاه.' })
    const restarted = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    const fresh = reminderTimes(restarted.registeredAt!, restarted.dueAt!).map((reminder) => reminder.at)

    // The first clock's reminders find the deadline moved and stay silent.
    at(justAfter(old[0]!))
    await runQueue()
    expect(await reminders(doc.id)).toHaveLength(0)

    at(justAfter(fresh[2]!))
    await runQueue()
    const sent = await reminders(doc.id)
    // Unassigned: the supervisors covering Tehran are told, once per reminder (50, 80 and 100%).
    expect(sent.map((entry) => entry.recipient)).toEqual(Array(3).fill(fx.user('supervisor.tehran').id))
    expect(sent.some((entry) => entry.message.includes('due now'))).toBe(true)
  })
})

describe("retention of the requester's data", () => {
  it('erases name, email and phone once a request has been closed longer than FOI_RETENTION_DAYS, keeping the request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at('2026-05-02T10:00:00+03:30')
    const doc = await register()
    const supervisor = await as(fx.user('supervisor.tehran'))
    await applyFoiTransition(supervisor, { id: doc.id, to: 'assigned', assignee: fx.user('editor.tehran').id })
    await payload.update({
      collection: 'foi-requests',
      id: doc.id,
      data: { answer: lexicalFromParagraphs(['پاسخ.']) },
      overrideAccess: false,
      req: supervisor,
    })
    await applyFoiTransition(supervisor, { id: doc.id, to: 'answered' })
    await applyFoiTransition(supervisor, { id: doc.id, to: 'closed' })
    const closed = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    expect(Date.parse(closed.closedAt!)).toBe(Date.now())
    const open = await register()

    process.env.FOI_RETENTION_DAYS = '30'
    try {
      expect(await erasePersonalData(payload, new Date(Date.now() + 29 * 86_400_000))).toBe(0)
      expect(await erasePersonalData(payload, new Date(Date.now() + 31 * 86_400_000))).toBe(1)
      expect(await erasePersonalData(payload, new Date(Date.now() + 32 * 86_400_000))).toBe(0)
    } finally {
      delete process.env.FOI_RETENTION_DAYS
    }
    const erased = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    expect(erased).toMatchObject({
      name: ERASED_NAME,
      email: null,
      phone: null,
      status: 'closed',
      subject: doc.subject,
      trackingCode: doc.trackingCode,
    })
    expect(erased.personalDataErasedAt).toBeTruthy()
    expect(JSON.stringify(erased.answer)).toContain('پاسخ.')
    const untouched = await payload.findByID({ collection: 'foi-requests', id: open.id, overrideAccess: true })
    expect(untouched.email).toBe(REQUESTER.email)
  })
})
