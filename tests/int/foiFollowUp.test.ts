import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/access/relationId'
import { applyFoiTransition, FoiTransitionError, type FoiTransitionRequest } from '@/foi/applyTransition'
import { requestStatus } from '@/foi'
import type { FoiStatus } from '@/foi/vocabulary'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import { dueDate } from '@/lib/workingCalendar'
import type { FoiRequest } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp'

/**
 * What follows the desk's response: the requester is emailed (code, state, link; never the answer
 * or anyone's personal data), and a complaint the Commission upholds reopens the request.
 */
let ctx: TestPayload
let fx: Fixtures
let payload: Payload
let smtp: SmtpCapture

beforeAll(async () => {
  smtp = await startSmtpCapture()
  // The config reads SMTP_* when it is imported, so they are set before Payload starts.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_SECURE = 'false'
  process.env.SERVER_URL = 'https://newsroom.example.ir'
  ctx = await startTestPayload('foi-follow-up')
  payload = ctx.payload
  fx = await seedFixtures(payload)
})
afterAll(async () => {
  await stopTestPayload(ctx)
  await smtp.close()
})

const ANSWER = 'بودجه عمرانی ۱۴۰۴ استان ۱۲۰۰ میلیارد ریال است.'
const REQUESTER = { name: 'مریم احمدی‌نژاد', phone: '09121234567' }
let serial = 0

/** A request put straight into a state by the system, with its own requester address. */
async function requestIn(status: FoiStatus, organization: string, extra: Partial<FoiRequest> = {}): Promise<FoiRequest> {
  serial++
  const created = await payload.create({
    collection: 'foi-requests',
    data: {
      organization: fx.org(organization).id,
      ...REQUESTER,
      email: `requester${serial}@example.ir`,
      subject: 'بودجه عمرانی',
      question: 'بودجه عمرانی ۱۴۰۴ چقدر است؟',
      channel: 'portal',
    },
    overrideAccess: true,
  })
  return payload.update({
    collection: 'foi-requests',
    id: created.id,
    data: { status, answer: lexicalFromParagraphs([ANSWER]), ...extra },
    overrideAccess: true,
  })
}

const as = async (prefix: string) => createLocalReq({ user: { ...fx.user(prefix), collection: 'users' } as never }, payload)

async function move(prefix: string, id: number | string, to: FoiStatus, extra: Partial<FoiTransitionRequest> = {}) {
  try {
    await applyFoiTransition(await as(prefix), { id, to, ...extra })
    return 'ok'
  } catch (error) {
    if (error instanceof FoiTransitionError) return error.status
    throw error
  }
}

const read = (id: number | string) => payload.findByID({ collection: 'foi-requests', id, depth: 0, overrideAccess: true })

describe('an upheld complaint reopens the request', () => {
  /** A refusal under complaint: the state the Commission's decision arrives in. */
  const underComplaint = () =>
    requestIn('complaint', 'tehran', {
      outcome: 'refused',
      legalGround: 'classified',
      reason: 'طبقه‌بندی‌شده',
      registeredAt: '2026-01-03T06:00:00.000Z',
      dueAt: '2026-01-17T11:00:00.000Z',
      respondedAt: '2026-01-10T08:00:00.000Z',
      complaint: { filedAt: '2026-01-12T08:00:00.000Z' },
    })

  it('the supervisor in scope records the decision: assigned again, a new deadline from now, the refusal no longer standing', async () => {
    const doc = await underComplaint()
    const assignee = fx.user('editor.tehran').id
    expect(await move('supervisor.tehran', doc.id, 'assigned', { complaintOutcome: 'partially_upheld', assignee })).toBe('ok')
    const after = await read(doc.id)
    expect(after).toMatchObject({ status: 'assigned', outcome: null, legalGround: null, reason: null, respondedAt: null })
    expect(after.complaint).toMatchObject({ filedAt: '2026-01-12T08:00:00.000Z', outcome: 'partially_upheld' })
    expect(Math.abs(Date.parse(after.complaint!.decidedAt!) - Date.now())).toBeLessThan(60_000)
    expect(relationId(after.assignee as number)).toBe(assignee)
    // Registration is a fact and stays; the deadline counts ten working days from the decision.
    expect(after.registeredAt).toBe('2026-01-03T06:00:00.000Z')
    expect(after.dueAt).toBe(dueDate(new Date(after.complaint!.decidedAt!)).toISOString())
    expect(after.overdue).toBe(false)
    const history = await payload.find({
      collection: 'foi-transitions',
      where: { request: { equals: doc.id } },
      overrideAccess: true,
    })
    expect(history.docs.map((row) => [row.from, row.to])).toEqual([['complaint', 'assigned']])
    expect(history.docs[0]!.comment).toContain('بخشی وارد دانسته شد')
    // The citizen sees it open again, no longer the old refusal; then the desk answers and they read the answer.
    const reopened = await requestStatus(payload, { code: doc.trackingCode!, headers: new Headers() })
    expect(reopened).toMatchObject({ status: 'assigned', outcome: null, legalGround: null, reason: null, answer: null })
    expect(await move('editor.tehran', doc.id, 'answered')).toBe('ok')
    expect(await requestStatus(payload, { code: doc.trackingCode!, headers: new Headers() })).toMatchObject({
      status: 'answered',
      answer: ANSWER,
    })
  })

  it.each([
    // Editors record decisions that close a request; reopening also assigns, which is the supervisor's.
    ['editor.tehran', 'tehran', 403],
    // Another province's supervisor, and an office's editor above their office, cannot see it at all.
    ['supervisor.isfahan', 'tehran', 404],
    ['editor.shemiranat', 'tehran', 404],
    // The control: the province's supervisor on a request to an office under the province.
    ['supervisor.tehran', 'shemiranat', 'ok'],
  ] as const)('%s reopening a request to %s: %s', async (actor, organization, outcome) => {
    const doc = await requestIn('complaint', organization)
    const assignee = fx.user(organization === 'tehran' ? 'editor.tehran' : 'editor.shemiranat').id
    expect(await move(actor, doc.id, 'assigned', { complaintOutcome: 'upheld', assignee })).toBe(outcome)
    expect((await read(doc.id)).status).toBe(outcome === 'ok' ? 'assigned' : 'complaint')
  })

  it('without a login: 401, nothing changed', async () => {
    const doc = await requestIn('complaint', 'tehran')
    const anonymous = await createLocalReq({}, payload)
    const result = await applyFoiTransition(anonymous, { id: doc.id, to: 'assigned' }).catch((error: FoiTransitionError) => error.status)
    expect(result).toBe(401)
    expect((await read(doc.id)).status).toBe('complaint')
  })

  it.each([
    ['a dismissed complaint', { complaintOutcome: 'dismissed' }],
    ['a withdrawn complaint', { complaintOutcome: 'withdrawn' }],
    ['no decision at all', {}],
    ['a decision that is not one', { complaintOutcome: 'granted' }],
    ['no assignee', { complaintOutcome: 'upheld', assignee: null }],
    ['an assignee of another province', { complaintOutcome: 'upheld', assignee: 'editor.isfahan' }],
  ] as const)('reopening on %s: 400, nothing changed', async (_label, extra) => {
    const doc = await underComplaint()
    const request: Partial<FoiTransitionRequest> = { assignee: fx.user('editor.tehran').id, ...extra } as Partial<FoiTransitionRequest>
    if ('assignee' in extra) request.assignee = extra.assignee === null ? undefined : fx.user(extra.assignee).id
    expect(await move('supervisor.tehran', doc.id, 'assigned', request)).toBe(400)
    const after = await read(doc.id)
    expect(after).toMatchObject({ status: 'complaint', outcome: 'refused', legalGround: 'classified', dueAt: doc.dueAt })
  })

  it('only a complaint reopens: a closed or refused request cannot go back to assigned (409)', async () => {
    for (const from of ['closed', 'refused'] as const) {
      const doc = await requestIn(from, 'tehran')
      expect(
        await move('supervisor.tehran', doc.id, 'assigned', { complaintOutcome: 'upheld', assignee: fx.user('editor.tehran').id }),
      ).toBe(409)
    }
  })

  it('a dismissed complaint still closes the request, as before', async () => {
    const doc = await underComplaint()
    expect(await move('editor.tehran', doc.id, 'closed', { complaintOutcome: 'dismissed' })).toBe('ok')
    expect(await read(doc.id)).toMatchObject({ status: 'closed', outcome: 'refused', complaint: { outcome: 'dismissed' } })
  })
})

describe('the requester is emailed when the desk responds or asks', () => {
  const mailsTo = (address: string) => smtp.messages.filter((mail) => mail.to.includes(address))

  it.each([
    ['answered', 'assigned', {}],
    ['partially_answered', 'assigned', { legalGround: 'private_information', reason: 'نام اشخاص حذف شد.' }],
    ['refused', 'assigned', { legalGround: 'commercial', reason: 'اسرار تجاری پیمانکار' }],
    ['not_held', 'assigned', { reason: 'این اطلاعات نزد استانداری نیست.' }],
    ['clarification_requested', 'registered', { comment: 'کدام سال مالی؟' }],
  ] as const)('%s: code, state and status link in Persian; no answer, reason or personal data', async (to, from, extra) => {
    const doc = await requestIn(from, 'shemiranat')
    expect(await move('supervisor.tehran', doc.id, to, extra)).toBe('ok')
    await smtp.waitFor(() => mailsTo(doc.email!).length === 1)
    const [mail] = mailsTo(doc.email!)
    expect(mail!.subject).toContain(doc.trackingCode)
    expect(mail!.text).toContain(doc.trackingCode)
    // A county office's desk lives on its province's portal.
    expect(mail!.text).toContain(`https://newsroom.example.ir/portal/tehran/foi/status?code=${doc.trackingCode}`)
    expect(mail!.text).toMatch(/وضعیت تازه: \S/)
    for (const secret of [ANSWER, REQUESTER.name, REQUESTER.phone, 'reason' in extra ? extra.reason : '', 'کدام سال مالی']) {
      if (secret) expect(mail!.text).not.toContain(secret)
    }
  })

  it('a referral names the receiving organization and the new code', async () => {
    const doc = await requestIn('registered', 'tehran')
    const req = await as('supervisor.tehran')
    const moved = (await applyFoiTransition(req, { id: doc.id, to: 'referred', referredTo: fx.org('isfahan').id })) as {
      referral: { trackingCode: string }
    }
    await smtp.waitFor(() => mailsTo(doc.email!).length === 1)
    const [mail] = mailsTo(doc.email!)
    expect(mail!.text).toContain(moved.referral.trackingCode)
    expect(mail!.text).toContain('/portal/tehran/foi/status?code=')
  })

  it('nobody is emailed for moves inside the desk, a refused move, or a requester without an address', async () => {
    const assigned = await requestIn('registered', 'tehran')
    expect(await move('supervisor.tehran', assigned.id, 'assigned', { assignee: fx.user('editor.tehran').id })).toBe('ok')
    const refused = await requestIn('assigned', 'tehran')
    expect(await move('editor.isfahan', refused.id, 'answered')).toBe(404)
    const phoneOnly = await requestIn('assigned', 'tehran', { email: null })
    expect(await move('editor.tehran', phoneOnly.id, 'answered')).toBe('ok')
    // A later mail that is delivered shows the earlier ones would have arrived by now.
    const marker = await requestIn('assigned', 'tehran')
    expect(await move('editor.tehran', marker.id, 'answered')).toBe('ok')
    await smtp.waitFor(() => mailsTo(marker.email!).length === 1)
    expect(mailsTo(assigned.email!)).toHaveLength(0)
    expect(mailsTo(refused.email!)).toHaveLength(0)
    expect(smtp.messages.filter((mail) => mail.text.includes(phoneOnly.trackingCode!))).toHaveLength(0)
  })
})
