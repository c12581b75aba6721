import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/access/relationId'
import { applyFoiTransition, FoiTransitionError, type FoiTransitionRequest } from '@/foi/applyTransition'
import { FoiRequests } from '@/foi/collection'
import { FOI_STATUSES, type FoiStatus } from '@/foi/vocabulary'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import { dueDate } from '@/lib/workingCalendar'
import type { FoiRequest, User } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload('foi-desk')
  payload = ctx.payload
  fx = await seedFixtures(payload)
})
afterAll(() => stopTestPayload(ctx))

const REQUESTER = { name: 'مریم احمدی‌نژاد', email: 'maryam.requester@example.ir', phone: '09121234567' }

/** A request put straight into a state by the system, as a migration or the seed would. */
async function requestIn(status: FoiStatus, organization: number | string, extra: Partial<FoiRequest> = {}): Promise<FoiRequest> {
  const created = await payload.create({
    collection: 'foi-requests',
    data: {
      organization: organization as number,
      ...REQUESTER,
      subject: 'بودجه عمرانی',
      question: 'بودجه عمرانی ۱۴۰۴ چقدر است؟',
      channel: 'portal',
    },
    overrideAccess: true,
  })
  const outcome = ['answered', 'partially_answered', 'refused', 'not_held', 'referred'].includes(status) ? status : null
  return payload.update({
    collection: 'foi-requests',
    id: created.id,
    data: {
      status,
      outcome: outcome as FoiRequest['outcome'],
      answer: lexicalFromParagraphs(['بودجه عمرانی ۱۴۰۴ استان ۱۲۰۰ میلیارد ریال است.']),
      ...extra,
    },
    overrideAccess: true,
  })
}

async function as(user: User) {
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
}

async function move(user: User, id: number | string, to: FoiStatus, extra: Partial<FoiTransitionRequest> = {}) {
  return applyFoiTransition(await as(user), { id, to, ...extra })
}

async function statusOf(error: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await error
    return 'ok'
  } catch (caught) {
    if (caught instanceof FoiTransitionError) return caught.status
    throw caught
  }
}

type Role = 'editor' | 'supervisor' | 'admin'
const STAFF: Role[] = ['editor', 'supervisor', 'admin']
const SUPERVISORS: Role[] = ['supervisor', 'admin']
const RESPONSES: FoiStatus[] = ['answered', 'partially_answered', 'refused', 'not_held', 'referred']

/** The life cycle, written out independently of src/foi/transitions.ts: from → to → who. */
const LEGAL: Array<[FoiStatus, FoiStatus, Role[]]> = [
  ['registered', 'assigned', SUPERVISORS],
  ['registered', 'clarification_requested', STAFF],
  ['assigned', 'clarification_requested', STAFF],
  ['clarification_requested', 'registered', STAFF],
  ['assigned', 'answered', STAFF],
  ['assigned', 'partially_answered', STAFF],
  ['assigned', 'refused', STAFF],
  ['assigned', 'not_held', STAFF],
  ['registered', 'referred', STAFF],
  ['assigned', 'referred', STAFF],
  ...RESPONSES.map((from): [FoiStatus, FoiStatus, Role[]] => [from, 'closed', STAFF]),
  ...[...RESPONSES, 'closed' as const].map((from): [FoiStatus, FoiStatus, Role[]] => [from, 'complaint', STAFF]),
  ['complaint', 'closed', STAFF],
  ['complaint', 'assigned', SUPERVISORS],
]

const ACTORS: Record<Role, string> = { editor: 'editor.tehran', supervisor: 'supervisor.tehran', admin: 'admin' }

function expected(from: FoiStatus, to: FoiStatus, role: Role): 'ok' | 403 | 409 {
  const row = LEGAL.find(([f, t]) => f === from && t === to)
  if (!row) return 409
  return row[2].includes(role) ? 'ok' : 403
}

/** Everything any move may require, valid, so that the table alone decides. */
const complete = (): Partial<FoiTransitionRequest> => ({
  comment: 'لطفاً بازه زمانی را مشخص کنید.',
  assignee: fx.user('editor.tehran').id,
  legalGround: 'classified',
  reason: 'بخشی از اسناد طبقه‌بندی‌شده است.',
  referredTo: fx.org('isfahan').id,
  complaintOutcome: 'partially_upheld',
})

describe('every FOI move, legal and illegal, for every role in scope', () => {
  const cases = FOI_STATUSES.flatMap((from) =>
    FOI_STATUSES.filter((to) => to !== from).flatMap((to) => STAFF.map((role) => [from, to, role] as const)),
  )
  // A refused move changes nothing (checked below), so the refusals from one state share one
  // request in that state; every move that should succeed gets a request of its own.
  const unchanged = new Map<FoiStatus, FoiRequest>()
  async function requestFor(from: FoiStatus, outcome: 'ok' | 403 | 409): Promise<FoiRequest> {
    if (outcome === 'ok') return requestIn(from, fx.org('tehran').id)
    if (!unchanged.has(from)) unchanged.set(from, await requestIn(from, fx.org('tehran').id))
    return unchanged.get(from)!
  }
  it.each(cases)('%s → %s as %s', async (from, to, role) => {
    const outcome = expected(from, to, role)
    const doc = await requestFor(from, outcome)
    const result = await statusOf(move(fx.user(ACTORS[role]), doc.id, to, complete()))
    const after = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    // A move that wrongly went through leaves the shared request in another state: not reused.
    if (after.status !== from) unchanged.delete(from)
    expect(result).toBe(outcome)
    expect(after.status).toBe(result === 'ok' ? to : from)
  })
})

describe('scope: a refusal beside an in-scope control', () => {
  const cases: Array<[string, string, 'ok' | 404]> = [
    // A province's supervisor acts on requests to the offices under it; the office's own editor too.
    ['supervisor.tehran', 'shemiranat', 'ok'],
    ['editor.shemiranat', 'shemiranat', 'ok'],
    // Another province's staff cannot even see the request; an office's editor cannot see the province's.
    ['supervisor.isfahan', 'shemiranat', 404],
    ['editor.isfahan', 'tehran', 404],
    ['editor.shemiranat', 'tehran', 404],
    ['editor.tehran', 'shemiranat', 404],
  ]
  it.each(cases)('%s on a request to %s: %s', async (actor, organization, outcome) => {
    const doc = await requestIn('registered', fx.org(organization).id)
    expect(await statusOf(move(fx.user(actor), doc.id, 'clarification_requested', { comment: 'کدام سال؟' }))).toBe(outcome)
  })

  it('staff read only the requests in their scope, the public none at all', async () => {
    const tehran = await requestIn('registered', fx.org('tehran').id)
    const isfahan = await requestIn('registered', fx.org('isfahan').id)
    const read = async (user: User | null) => {
      const req = user ? await as(user) : await createLocalReq({}, payload)
      return payload
        .find({ collection: 'foi-requests', where: { id: { in: [tehran.id, isfahan.id] } }, overrideAccess: false, req })
        .then((result) => result.docs.map((doc) => doc.id).sort())
        .catch(() => 'refused')
    }
    expect(await read(fx.user('supervisor.tehran'))).toEqual([tehran.id])
    expect(await read(fx.user('editor.isfahan'))).toEqual([isfahan.id])
    expect(await read(fx.user('admin'))).toEqual([tehran.id, isfahan.id].sort())
    expect(await read(null)).toBe('refused')
    expect(FoiRequests.access?.read).toBeDefined()
  })

  it('staff register paper requests only for their own scope, and the server sets the code, the clock and the state', async () => {
    const editor = fx.user('editor.tehran')
    const create = async (organization: number | string) =>
      payload
        .create({
          collection: 'foi-requests',
          data: {
            organization: organization as number,
            name: 'حسن رضایی',
            phone: '۰۹۱۲ ۰۰۰ ۱۱۱۱',
            subject: 'قرارداد پسماند',
            question: 'متن قرارداد پسماند شهر را می‌خواهم.',
            channel: 'mail',
            // None of these may come from a person.
            status: 'answered',
            trackingCode: 'FOI-AAAA-AAAA',
            registeredAt: '2020-01-01T00:00:00.000Z',
            dueAt: '2030-01-01T00:00:00.000Z',
          },
          overrideAccess: false,
          req: await as(editor),
        })
        .catch((error: { status?: number }) => error.status)
    expect(await create(fx.org('isfahan').id)).toBe(403)
    const created = (await create(fx.org('tehran').id)) as FoiRequest
    expect(created.status).toBe('registered')
    expect(created.trackingCode).toMatch(/^FOI-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    expect(created.trackingCode).not.toBe('FOI-AAAA-AAAA')
    expect(Math.abs(Date.parse(created.registeredAt!) - Date.now())).toBeLessThan(60_000)
    expect(created.dueAt).toBe(dueDate(new Date(created.registeredAt!)).toISOString())
    expect(created.phone).toBe('09120001111')
  })

  it('a plain save cannot change the state, the deadline or the grounds; it can write the answer', async () => {
    const doc = await requestIn('assigned', fx.org('tehran').id)
    const updated = await payload.update({
      collection: 'foi-requests',
      id: doc.id,
      data: {
        status: 'closed',
        dueAt: '2099-01-01T00:00:00.000Z',
        legalGround: 'classified',
        answer: lexicalFromParagraphs(['پاسخ تازه']),
      },
      overrideAccess: false,
      req: await as(fx.user('editor.tehran')),
    })
    expect(updated.status).toBe('assigned')
    expect(updated.dueAt).toBe(doc.dueAt)
    expect(updated.legalGround ?? null).toBeNull()
    expect(JSON.stringify(updated.answer)).toContain('پاسخ تازه')
  })

  it("no save changes the requester's consent to publish; only a supervisor takes a hazard flag away", async () => {
    const save = async (user: User, id: number | string, data: Partial<FoiRequest>) =>
      payload.update({ collection: 'foi-requests', id, data, overrideAccess: false, req: await as(user), depth: 0 })
    const [editor, supervisor] = [fx.user('editor.tehran'), fx.user('supervisor.tehran')]
    // Consent stays as filed, either way, whoever saves (the save itself goes through: control).
    const withheld = await requestIn('assigned', fx.org('tehran').id, { publishConsent: false })
    for (const user of [editor, supervisor]) {
      const saved = await save(user, withheld.id, { publishConsent: true, subject: `ویرایش ${user.role}` })
      expect(saved.subject).toBe(`ویرایش ${user.role}`)
      expect(saved.publishConsent).toBe(false)
    }
    const given = await requestIn('assigned', fx.org('tehran').id, { publishConsent: true })
    expect((await save(editor, given.id, { publishConsent: false })).publishConsent).toBe(true)
    // An editor may flag a request as hazard information, not unflag it, so it cannot then be refused.
    const plain = await requestIn('assigned', fx.org('tehran').id)
    expect((await save(editor, plain.id, { hazardInformation: true })).hazardInformation).toBe(true)
    expect((await save(editor, plain.id, { hazardInformation: false })).hazardInformation).toBe(true)
    const refusal = { legalGround: 'public_security', reason: 'امنیت' } as const
    expect(await statusOf(move(editor, plain.id, 'refused', refusal))).toBe(400)
    // A supervisor in scope decides it is not.
    expect((await save(supervisor, plain.id, { hazardInformation: false })).hazardInformation).toBe(false)
  })
})

describe('what a move must carry (400, nothing changed)', () => {
  const supervisor = () => fx.user('supervisor.tehran')

  it.each([
    ['refused without a legal ground', 'assigned', 'refused', { reason: 'محرمانه' }],
    ['refused without a reason', 'assigned', 'refused', { legalGround: 'classified' }],
    ['refused on a ground that is not in the Law', 'assigned', 'refused', { legalGround: 'embarrassing', reason: 'x' }],
    ['partially answered without a reason', 'assigned', 'partially_answered', { legalGround: 'private_information' }],
    ['referred without an organization', 'assigned', 'referred', {}],
    ['referred to its own organization', 'assigned', 'referred', { referredTo: 'self' }],
    ['assigned without an assignee', 'registered', 'assigned', {}],
    ['assigned to someone of another province', 'registered', 'assigned', { assignee: 'editor.isfahan' }],
    ['a clarification without the question', 'registered', 'clarification_requested', {}],
    ['a complaint closed without its outcome', 'complaint', 'closed', {}],
  ] as const)('%s', async (_label, from, to, extra) => {
    const doc = await requestIn(from, fx.org('tehran').id)
    const request: Partial<FoiTransitionRequest> = { ...extra }
    if ('referredTo' in extra) request.referredTo = fx.org('tehran').id
    if ('assignee' in extra) request.assignee = fx.user(extra.assignee).id
    expect(await statusOf(move(supervisor(), doc.id, to, request))).toBe(400)
    const after = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    expect(after.status).toBe(from)
  })

  it('needs a saved answer before answering', async () => {
    const doc = await requestIn('assigned', fx.org('tehran').id, { answer: null })
    expect(await statusOf(move(supervisor(), doc.id, 'answered'))).toBe(400)
  })

  it('never refuses information on environmental or public-health hazards; only personal data may be taken out', async () => {
    const hazard = { hazardInformation: true }
    const refused = await requestIn('assigned', fx.org('tehran').id, hazard)
    expect(await statusOf(move(supervisor(), refused.id, 'refused', { legalGround: 'public_security', reason: 'امنیت' }))).toBe(400)
    const partial = await requestIn('assigned', fx.org('tehran').id, hazard)
    expect(await statusOf(move(supervisor(), partial.id, 'partially_answered', { legalGround: 'classified', reason: 'x' }))).toBe(400)
    expect(
      await statusOf(
        move(supervisor(), partial.id, 'partially_answered', { legalGround: 'private_information', reason: 'نام شاکیان حذف شد.' }),
      ),
    ).toBe('ok')
  })
})

describe('the clock, the history, the audit log and referrals', () => {
  it('a clarification stops the clock and the citizen’s reply restarts it: dueAt recomputed from the reply', async () => {
    const doc = await requestIn('assigned', fx.org('tehran').id, {
      registeredAt: '2026-01-03T06:00:00.000Z',
      dueAt: '2026-01-17T11:00:00.000Z',
    })
    const supervisor = fx.user('supervisor.tehran')
    await move(supervisor, doc.id, 'clarification_requested', { comment: 'منظورتان کدام سال مالی است؟' })
    const waiting = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    expect(waiting.overdue).toBe(false)
    await move(fx.user('editor.tehran'), doc.id, 'registered', { comment: 'متقاضی: سال ۱۴۰۴.' })
    const after = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    expect(after.status).toBe('registered')
    expect(Math.abs(Date.parse(after.registeredAt!) - Date.now())).toBeLessThan(60_000)
    expect(after.dueAt).toBe(dueDate(new Date(after.registeredAt!)).toISOString())
    expect(Date.parse(after.dueAt!)).toBeGreaterThan(Date.parse('2026-01-17T11:00:00.000Z'))
  })

  it('every move is in the history and the audit log, naming the actor and the ground', async () => {
    const doc = await requestIn('assigned', fx.org('tehran').id)
    await move(fx.user('editor.tehran'), doc.id, 'refused', { legalGround: 'crime_prevention', reason: 'پرونده در دست رسیدگی قضایی است.' })
    const history = await payload.find({ collection: 'foi-transitions', where: { request: { equals: doc.id } }, overrideAccess: true })
    expect(history.docs).toHaveLength(1)
    expect(history.docs[0]).toMatchObject({ from: 'assigned', to: 'refused', legalGround: 'crime_prevention' })
    expect(relationId(history.docs[0]!.actor as number)).toBe(fx.user('editor.tehran').id)
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { targetCollection: { equals: 'foi-requests' } },
          { documentId: { equals: String(doc.id) } },
          { action: { equals: 'transition' } },
        ],
      },
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => entry.detail)).toEqual(['assigned → refused (crime_prevention)'])
    // Another province's staff read none of this history.
    const foreign = await payload.find({
      collection: 'foi-transitions',
      where: { request: { equals: doc.id } },
      overrideAccess: false,
      req: await as(fx.user('supervisor.isfahan')),
    })
    expect(foreign.totalDocs).toBe(0)
  })

  it('a referral arrives at the other organization as a new request of its own, linked to the first', async () => {
    const doc = await requestIn('registered', fx.org('tehran').id)
    const answer = (await move(fx.user('supervisor.tehran'), doc.id, 'referred', { referredTo: fx.org('isfahan').id })) as Record<
      string,
      unknown
    >
    expect(answer).not.toHaveProperty('email')
    const referral = answer.referral as { id: number; trackingCode: string }
    expect(referral.trackingCode).not.toBe(doc.trackingCode)

    const original = await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: true })
    expect(original).toMatchObject({ status: 'referred', outcome: 'referred' })
    expect(relationId(original.referredTo as number)).toBe(fx.org('isfahan').id)

    // Isfahan's supervisor finds it in their own list; Tehran's cannot see it.
    const isfahan = await payload.find({
      collection: 'foi-requests',
      where: { referredFrom: { equals: doc.id } },
      overrideAccess: false,
      req: await as(fx.user('supervisor.isfahan')),
    })
    expect(isfahan.docs).toHaveLength(1)
    const received = isfahan.docs[0]!
    expect(received).toMatchObject({ status: 'registered', trackingCode: referral.trackingCode, ...REQUESTER, subject: doc.subject })
    expect(relationId(received.organization as number)).toBe(fx.org('isfahan').id)
    expect(Math.abs(Date.parse(received.registeredAt!) - Date.now())).toBeLessThan(60_000)
    expect(received.dueAt).toBe(dueDate(new Date(received.registeredAt!)).toISOString())
    expect(await statusOf(move(fx.user('supervisor.tehran'), received.id, 'assigned', { assignee: fx.user('editor.tehran').id }))).toBe(404)
    expect(await statusOf(move(fx.user('supervisor.isfahan'), received.id, 'assigned', { assignee: fx.user('editor.isfahan').id }))).toBe(
      'ok',
    )
    const history = await payload.find({
      collection: 'foi-transitions',
      where: { request: { equals: received.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(history.docs.map((row) => [row.from ?? null, row.to])).toEqual([
      [null, 'registered'],
      ['registered', 'assigned'],
    ])
  })

  it('every read of personal data by staff is in the audit log; a read that selects none of it is not', async () => {
    const doc = await requestIn('registered', fx.org('tehran').id)
    const entries = async () =>
      payload
        .find({
          collection: 'audit-log',
          where: { and: [{ action: { equals: 'personal_data_read' } }, { documentId: { equals: String(doc.id) } }] },
          overrideAccess: true,
        })
        .then((result) => result.docs)
    const req = await as(fx.user('supervisor.tehran'))
    await payload.findByID({ collection: 'foi-requests', id: doc.id, overrideAccess: false, req })
    await payload.find({ collection: 'foi-requests', where: { id: { equals: doc.id } }, overrideAccess: false, req })
    await payload.findByID({ collection: 'foi-requests', id: doc.id, select: { subject: true }, overrideAccess: false, req })
    const logged = await entries()
    expect(logged).toHaveLength(2)
    expect(logged[0]).toMatchObject({ targetCollection: 'foi-requests', changedFields: ['name', 'email', 'phone'] })
    expect(relationId(logged[0]!.actor as number)).toBe(fx.user('supervisor.tehran').id)
    // The history links the request by code and subject only: population carries no personal data.
    await move(fx.user('supervisor.tehran'), doc.id, 'clarification_requested', { comment: 'کدام سال؟' })
    const rows = await payload.find({
      collection: 'foi-transitions',
      where: { request: { equals: doc.id } },
      depth: 1,
      overrideAccess: false,
      req,
    })
    expect(JSON.stringify(rows.docs)).not.toContain(REQUESTER.email)
  })

  it('nobody filters, counts or sorts requests by personal data, which would read it without an audit entry', async () => {
    const doc = await requestIn('registered', fx.org('tehran').id)
    for (const user of [fx.user('supervisor.tehran'), fx.user('admin')]) {
      const req = await as(user)
      const asked = { overrideAccess: false as const, req, depth: 0 }
      await expect(
        payload.find({ collection: 'foi-requests', where: { email: { equals: REQUESTER.email } }, ...asked }),
      ).rejects.toMatchObject({ status: 400 })
      await expect(
        payload.count({ collection: 'foi-requests', where: { or: [{ phone: { like: '0912' } }] }, ...asked }),
      ).rejects.toMatchObject({ status: 400 })
      await expect(payload.find({ collection: 'foi-requests', sort: '-name', ...asked })).rejects.toMatchObject({ status: 400 })
      await expect(
        payload.update({ collection: 'foi-requests', where: { name: { exists: true } }, data: { subject: 'x' }, ...asked }),
      ).rejects.toMatchObject({ status: 400 })
      // Control: the same questions of the request's own fields are answered.
      const found = await payload.find({ collection: 'foi-requests', where: { id: { equals: doc.id } }, sort: '-subject', ...asked })
      expect(found.docs.map((row) => row.id)).toEqual([doc.id])
    }
    // The system's own queries (retention, reminders) may.
    const system = await payload.count({ collection: 'foi-requests', where: { email: { equals: REQUESTER.email } }, overrideAccess: true })
    expect(system.totalDocs).toBeGreaterThan(0)
  })
})

describe('POST /api/foi-requests/{id}/transition answers as the editorial endpoint does', () => {
  async function post(user: User | null, id: number | string, body: unknown) {
    const req = user ? await as(user) : await createLocalReq({}, payload)
    req.routeParams = { id: String(id), collection: 'foi-requests' }
    req.json = async () => (typeof body === 'string' ? JSON.parse(body) : body)
    const endpoint = FoiRequests.endpoints ? FoiRequests.endpoints.find((candidate) => candidate.path === '/:id/transition') : undefined
    const response = await endpoint!.handler(req)
    return { status: response.status, body: await response.json() }
  }

  it('200 with the request (without the requester), 400, 401, 403 and 409 with the allowed targets', async () => {
    const doc = await requestIn('registered', fx.org('tehran').id)
    const supervisor = fx.user('supervisor.tehran')
    expect(await post(supervisor, doc.id, '{"to":')).toMatchObject({ status: 400, body: { error: expect.any(String) } })
    expect(await post(supervisor, doc.id, { to: 'granted' })).toMatchObject({ status: 400 })
    expect(await post(supervisor, doc.id, { to: 'assigned', assignee: fx.user('editor.tehran').id, status: 'closed' })).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('"status"') },
    })
    expect(await post(null, doc.id, { to: 'assigned' })).toMatchObject({ status: 401 })
    expect(await post(fx.user('editor.tehran'), doc.id, { to: 'assigned', assignee: fx.user('editor.tehran').id })).toEqual({
      status: 403,
      body: { error: expect.any(String), allowed: ['clarification_requested', 'referred'] },
    })
    expect(await post(supervisor, doc.id, { to: 'closed' })).toEqual({
      status: 409,
      body: { error: expect.any(String), allowed: ['assigned', 'clarification_requested', 'referred'] },
    })
    const moved = await post(supervisor, doc.id, { to: 'assigned', assignee: fx.user('editor.tehran').id })
    expect(moved).toMatchObject({ status: 200, body: { message: 'ok', doc: { status: 'assigned', trackingCode: doc.trackingCode } } })
    expect(JSON.stringify(moved.body)).not.toContain(REQUESTER.email)
    expect(JSON.stringify(moved.body)).not.toContain(REQUESTER.name)
    // The refused attempt is in the audit log, as the editorial endpoint's are.
    const denied = await payload.count({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'access_denied' } }, { documentId: { equals: String(doc.id) } }] },
      overrideAccess: true,
    })
    expect(denied.totalDocs).toBe(1)
  })
})

describe('the holiday calendar', () => {
  it('is updated by admins only, read by staff, and moves the deadlines of requests registered after', async () => {
    const holidays = [{ date: '2026-01-01', name: 'آزمون' }]
    const update = async (user: User) =>
      payload
        .updateGlobal({ slug: 'foi-calendar', data: { holidays }, overrideAccess: false, req: await as(user) })
        .then(() => 'ok')
        .catch((error: { status?: number }) => error.status)
    expect(await update(fx.user('supervisor.tehran'))).toBe(403)
    const readAs = async (user: User | null) =>
      payload
        .findGlobal({ slug: 'foi-calendar', overrideAccess: false, req: user ? await as(user) : await createLocalReq({}, payload) })
        .then(() => 'ok')
        .catch((error: { status?: number }) => error.status)
    expect(await readAs(fx.user('editor.tehran'))).toBe('ok')
    expect(await readAs(null)).toBe(403)
    expect(
      await payload
        .updateGlobal({
          slug: 'foi-calendar',
          data: { holidays: [{ date: '1 Farvardin', name: 'نوروز' }] },
          overrideAccess: false,
          req: await as(fx.user('admin')),
        })
        .catch((error: { status?: number }) => error.status),
    ).toBe(400)

    // Every working day of the coming three weeks a holiday: a request registered now is due after them.
    const next = Array.from({ length: 21 }, (_, day) => new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10))
    await payload.updateGlobal({
      slug: 'foi-calendar',
      data: { holidays: next.map((date) => ({ date, name: 'تعطیل آزمایشی' })) },
      overrideAccess: false,
      req: await as(fx.user('admin')),
    })
    const doc = await requestIn('registered', fx.org('tehran').id)
    expect(doc.dueAt).toBe(dueDate(new Date(doc.registeredAt!), { holidays: next }).toISOString())
    expect(Date.parse(doc.dueAt!)).toBeGreaterThan(Date.now() + 21 * 86_400_000)
    await payload.updateGlobal({ slug: 'foi-calendar', data: { holidays: [] }, overrideAccess: true })
  })
})
