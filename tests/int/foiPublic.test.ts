import { createLocalReq, type Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { applyFoiTransition } from '@/foi/applyTransition'
import { fileHandler, logHandler, lookupHandler, publicLog, replyHandler } from '@/foi'
import { PEER_HEADER } from '@/config/peerAddress'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import type { User } from '@/payload-types'
import { FoiLog } from '@/portal/components/FoiDesk'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload('foi-public')
  payload = ctx.payload
  fx = await seedFixtures(payload)
})
afterAll(() => stopTestPayload(ctx))
afterEach(() => {
  delete process.env.TRUSTED_PROXIES
})

const newsroom = () => Promise.resolve(payload)
const file = fileHandler(newsroom)
const lookup = lookupHandler(newsroom)
const log = logHandler(newsroom)
const reply = replyHandler(newsroom)

let nextPeer = 1
/** Each test files from an address of its own, so the hourly limit is tested only where meant. */
const freshPeer = () => `198.51.100.${nextPeer++}`

const PERSONAL = { name: 'زهرا کاظمی‌پور', email: 'zahra.kazemipour@example.ir', phone: '09351112233' }

function filingRequest(
  body: Record<string, unknown> | string,
  { peer = freshPeer(), type = 'application/json', headers = {} as Record<string, string> } = {},
) {
  const text =
    typeof body === 'string'
      ? body
      : type === 'application/json'
        ? JSON.stringify(body)
        : new URLSearchParams(body as Record<string, string>).toString()
  return new Request('http://localhost/api/foi/requests', {
    method: 'POST',
    headers: { 'content-type': type, [PEER_HEADER]: peer, ...headers },
    body: text,
  })
}

const valid = (extra: Record<string, unknown> = {}) => ({
  organization: 'tehran',
  ...PERSONAL,
  subject: 'قراردادهای پسماند',
  question: 'فهرست قراردادهای جمع‌آوری پسماند سال ۱۴۰۳ را می‌خواهم.',
  publishConsent: true,
  website: '',
  ...extra,
})

async function lookUp(code: string, peer = '192.0.2.1') {
  const response = await lookup(new Request(`http://localhost/api/foi/requests/${code}`, { headers: { [PEER_HEADER]: peer } }), {
    params: Promise.resolve({ code }),
  })
  return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') }
}

/** No public body may hold the requester's name, email or phone, in any form. */
function expectNoPersonalData(text: string) {
  for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value)
  expect(text).not.toContain('zahra')
  // (`name` is also the organization's, so only the contact keys are looked for as keys.)
  expect(text).not.toMatch(/"(email|phone)"/)
}

const as = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

describe('POST /api/foi/requests', () => {
  it('files a JSON request: 201 with the code, the deadline and the state, nothing about the requester', async () => {
    const response = await file(filingRequest(valid()))
    expect(response.status).toBe(201)
    const text = await response.text()
    const body = JSON.parse(text)
    expect(Object.keys(body).sort()).toEqual(['dueAt', 'status', 'trackingCode'])
    expect(body.status).toBe('registered')
    expect(body.trackingCode).toMatch(/^FOI-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    expect(Date.parse(body.dueAt)).toBeGreaterThan(Date.now() + 9 * 86_400_000)
    expectNoPersonalData(text)
    const stored = await payload.find({
      collection: 'foi-requests',
      where: { trackingCode: { equals: body.trackingCode } },
      overrideAccess: true,
    })
    expect(stored.docs[0]).toMatchObject({ ...PERSONAL, channel: 'portal', publishConsent: true })
  })

  it('files a form-encoded request, as a portal form without JavaScript sends it', async () => {
    const response = await file(
      filingRequest({ ...valid({ email: '', publishConsent: 'on' }) }, { type: 'application/x-www-form-urlencoded' }),
    )
    expect(response.status).toBe(201)
  })

  it.each([
    ['website', { website: 'http://cheap-pills.example' }],
    ['name', { name: '' }],
    ['email', { email: '', phone: '' }],
    ['email', { email: 'zahra@' }],
    ['phone', { phone: 'abc' }],
    ['subject', { subject: 'س'.repeat(301) }],
    ['question', { question: undefined }],
    ['organization', { organization: 'atlantis' }],
    ['publishConsent', { publishConsent: 'perhaps' }],
  ])('400 naming %s, and nothing filed', async (field, extra) => {
    const before = await payload.count({ collection: 'foi-requests', overrideAccess: true })
    const response = await file(filingRequest(valid(extra)))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ field, error: expect.stringContaining('/') })
    expect((await payload.count({ collection: 'foi-requests', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses other body types (415), malformed JSON (400) and oversized filings (413)', async () => {
    expect((await file(filingRequest('name=x', { type: 'text/plain' }))).status).toBe(415)
    expect((await file(filingRequest('{"name":', { type: 'application/json' }))).status).toBe(400)
    expect((await file(filingRequest('[1,2]', { type: 'application/json' }))).status).toBe(400)
    expect((await file(filingRequest(valid({ question: 'x'.repeat(70_000) })))).status).toBe(413)
  })

  it('accepts 5 filings per address per hour, then 429 with Retry-After; other addresses are unaffected', async () => {
    const peer = freshPeer()
    for (let index = 0; index < 5; index++) expect((await file(filingRequest(valid(), { peer }))).status).toBe(201)
    const refused = await file(filingRequest(valid(), { peer }))
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    // A forwarded header from an untrusted peer changes nothing: the limit follows who connected.
    expect((await file(filingRequest(valid(), { peer, headers: { 'x-forwarded-for': '203.0.113.50' } }))).status).toBe(429)
    expect((await file(filingRequest(valid()))).status).toBe(201)
    // Behind a trusted proxy, each client behind it has its own count.
    process.env.TRUSTED_PROXIES = peer
    expect((await file(filingRequest(valid(), { peer, headers: { 'x-forwarded-for': '203.0.113.51' } }))).status).toBe(201)
    // The counter lives in the database (it holds across server instances), keyed without the address itself.
    const rows = await payload.find({ collection: 'foi-filings', limit: 100, overrideAccess: true })
    expect(JSON.stringify(rows.docs)).not.toContain(peer)
  })

  it('filings racing for the last place of the hour never pass the limit together', async () => {
    const peer = freshPeer()
    for (let index = 0; index < 4; index++) expect((await file(filingRequest(valid(), { peer }))).status).toBe(201)
    const racing = await Promise.all(Array.from({ length: 4 }, () => file(filingRequest(valid(), { peer }))))
    const statuses = racing.map((response) => response.status)
    expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(1)
    expect(statuses.every((status) => status === 201 || status === 429)).toBe(true)
    // The place is not lost: refused filings leave no row behind.
    const accepted = 4 + statuses.filter((status) => status === 201).length
    const sixth = await file(filingRequest(valid(), { peer }))
    expect(sixth.status).toBe(accepted < 5 ? 201 : 429)
  })
})

describe('GET /api/foi/requests/{code} and /api/foi/log', () => {
  async function filed(extra: Record<string, unknown> = {}): Promise<{ trackingCode: string; id: number | string }> {
    const body = await (await file(filingRequest(valid(extra)))).json()
    const doc = await payload.find({
      collection: 'foi-requests',
      where: { trackingCode: { equals: body.trackingCode } },
      overrideAccess: true,
    })
    return { trackingCode: body.trackingCode, id: doc.docs[0]!.id }
  }

  async function answer(id: number | string, to: 'answered' | 'refused') {
    const supervisor = fx.user('supervisor.tehran')
    await applyFoiTransition(await as(supervisor), { id, to: 'assigned', assignee: fx.user('editor.tehran').id })
    const editor = await as(fx.user('editor.tehran'))
    await payload.update({
      collection: 'foi-requests',
      id,
      data: { answer: lexicalFromParagraphs(['۱۲ قرارداد در سال ۱۴۰۳ بسته شده است؛ فهرست پیوست است.']) },
      overrideAccess: false,
      req: editor,
    })
    if (to === 'answered') await applyFoiTransition(editor, { id, to })
    else await applyFoiTransition(editor, { id, to, legalGround: 'commercial', reason: 'مبالغ قراردادها اسرار تجاری پیمانکاران است.' })
  }

  it('tells the holder of the code the state and deadline, then the answer, never the requester', async () => {
    const { trackingCode, id } = await filed()
    const before = await lookUp(trackingCode.toLowerCase())
    expect(before.status).toBe(200)
    expect(JSON.parse(before.text)).toMatchObject({
      trackingCode,
      status: 'registered',
      overdue: false,
      answer: null,
      organization: { slug: 'tehran' },
    })
    expectNoPersonalData(before.text)

    await answer(id, 'answered')
    const after = await lookUp(trackingCode)
    expect(JSON.parse(after.text)).toMatchObject({ status: 'answered', answer: expect.stringContaining('۱۲ قرارداد'), legalGround: null })
    expectNoPersonalData(after.text)
  })

  it('gives a refusal with its legal ground and reason, and a referral with where it went', async () => {
    const refused = await filed()
    await answer(refused.id, 'refused')
    const body = JSON.parse((await lookUp(refused.trackingCode)).text)
    expect(body).toMatchObject({
      status: 'refused',
      legalGround: 'commercial',
      reason: expect.stringContaining('اسرار تجاری'),
      answer: null,
    })

    const referred = await filed()
    await applyFoiTransition(await as(fx.user('editor.tehran')), { id: referred.id, to: 'referred', referredTo: fx.org('isfahan').id })
    const lookedUp = await lookUp(referred.trackingCode)
    const referral = JSON.parse(lookedUp.text).referral
    expect(referral).toMatchObject({ organization: { slug: 'isfahan' }, trackingCode: expect.stringMatching(/^FOI-/) })
    expect(referral.trackingCode).not.toBe(referred.trackingCode)
    expectNoPersonalData(lookedUp.text)
    expect((await lookUp(referral.trackingCode)).status).toBe(200)
  })

  it('answers 404 for an unknown or malformed code', async () => {
    expect((await lookUp('FOI-2222-2222')).status).toBe(404)
    expect((await lookUp('not-a-code')).status).toBe(404)
  })

  it('refuses every lookup from an address that guessed too many unknown codes, for the hour; the holder and other addresses go on', async () => {
    process.env.FOI_CODE_MISSES_PER_HOUR = '3'
    try {
      const { trackingCode } = await filed()
      const [guesser, holder, other] = [freshPeer(), freshPeer(), freshPeer()]
      // Looking up one's own code again and again counts nothing; neither does a malformed one.
      for (let i = 0; i < 5; i++) expect((await lookUp(trackingCode, holder)).status).toBe(200)
      expect((await lookUp('not-a-code', holder)).status).toBe(404)
      for (const code of ['FOI-2222-2223', 'FOI-2222-2224', 'FOI-2222-2225']) expect((await lookUp(code, guesser)).status).toBe(404)
      // Then everything from the guesser is refused, an existing code too (a refusal must not tell a hit from a miss).
      const refused = await lookUp(trackingCode, guesser)
      expect(refused.status).toBe(429)
      expect(Number(refused.retryAfter)).toBeGreaterThan(3500)
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(3600)
      expect(refused.text).not.toContain(trackingCode)
      expect((await lookUp('FOI-2222-2226', guesser)).status).toBe(429)
      const replied = await reply(
        new Request(`http://localhost/api/foi/requests/${trackingCode}/reply`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PEER_HEADER]: guesser },
          body: JSON.stringify({ message: 'پاسخ' }),
        }),
        { params: Promise.resolve({ code: trackingCode }) },
      )
      expect(replied.status).toBe(429)
      // The holder, and an address that missed once, are unaffected.
      expect((await lookUp(trackingCode, holder)).status).toBe(200)
      expect((await lookUp('FOI-2222-2227', other)).status).toBe(404)
      expect((await lookUp(trackingCode, other)).status).toBe(200)
      // Counted in the database (across nodes), keyed without the address itself.
      const rows = await payload.find({
        collection: 'foi-filings',
        where: { kind: { equals: 'code-miss' } },
        limit: 100,
        overrideAccess: true,
      })
      expect(rows.totalDocs).toBeGreaterThanOrEqual(4)
      expect(JSON.stringify(rows.docs)).not.toContain(guesser)
    } finally {
      delete process.env.FOI_CODE_MISSES_PER_HOUR
    }
  })

  it('gives a burst of guesses sent at once no more lookups than the limit', async () => {
    process.env.FOI_CODE_MISSES_PER_HOUR = '3'
    try {
      const { trackingCode } = await filed()
      const [guesser, other] = [freshPeer(), freshPeer()]
      // Twelve unknown codes at once: counted before each looks, so only three are looked up.
      const codes = [...'ABCDEFGHJKLM'].map((letter) => `FOI-4444-44${letter}${letter}`)
      const statuses = await Promise.all(codes.map(async (code) => (await lookUp(code, guesser)).status))
      const looked = statuses.filter((status) => status === 404).length
      expect(looked).toBeLessThanOrEqual(3)
      expect(statuses.filter((status) => status !== 404).every((status) => status === 429)).toBe(true)
      // A refused guess leaves nothing counted: the guesser has exactly the rest of the limit left.
      for (const letter of [...'NPQ'].slice(0, 3 - looked))
        expect((await lookUp(`FOI-5555-55${letter}${letter}`, guesser)).status).toBe(404)
      expect((await lookUp('FOI-5555-55RR', guesser)).status).toBe(429)
      expect((await lookUp(trackingCode, guesser)).status).toBe(429)
      // The holder's own lookups, at once too, count nothing: the places they took are given back.
      const own = await Promise.all(Array.from({ length: 3 }, async () => (await lookUp(trackingCode, other)).status))
      expect(own).toEqual([200, 200, 200])
      expect((await lookUp(trackingCode, other)).status).toBe(200)
    } finally {
      delete process.env.FOI_CODE_MISSES_PER_HOUR
    }
  })

  it('lists answered requests of consenting requesters in the province, without personal data', async () => {
    const consenting = await filed({ subject: 'موضوع منتشرشدنی' })
    const private_ = await filed({ subject: 'موضوع خصوصی', publishConsent: false })
    const pending = await filed({ subject: 'موضوع در جریان' })
    await answer(consenting.id, 'answered')
    await answer(private_.id, 'answered')
    const response = await log(new Request('http://localhost/api/foi/log?province=tehran&limit=50'))
    expect(response.status).toBe(200)
    const text = await response.text()
    const body = JSON.parse(text)
    const ids = body.docs.map((doc: { id: number | string }) => doc.id)
    expect(ids).toContain(consenting.id)
    expect(ids).not.toContain(private_.id)
    expect(ids).not.toContain(pending.id)
    expect(body.docs.find((doc: { id: number | string }) => doc.id === consenting.id)).toMatchObject({
      subject: 'موضوع منتشرشدنی',
      answer: expect.stringContaining('۱۲ قرارداد'),
      organization: { slug: 'tehran' },
    })
    // No tracking code: it is the requester's key to the request (lookup, reply in their name).
    expect(text).not.toContain(consenting.trackingCode)
    expect(text).not.toMatch(/FOI-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/)
    expectNoPersonalData(text)
    // Another province's log does not list Tehran's.
    const isfahan = await (await log(new Request('http://localhost/api/foi/log?province=isfahan'))).json()
    expect(isfahan.docs.map((doc: { id: number | string }) => doc.id)).not.toContain(consenting.id)
    // The portal's FOI page shows the same log, in its own HTML, with nobody named in it.
    const html = renderToStaticMarkup(
      createElement(FoiLog, { log: (await publicLog(payload, 'tehran', { limit: 50 }))!, provinceSlug: 'tehran' }),
    )
    expect(html).toContain('موضوع منتشرشدنی')
    expect(html).toContain('۱۲ قرارداد')
    expect(html).not.toContain('موضوع خصوصی')
    expect(html).not.toContain('موضوع در جریان')
    expect(html).not.toContain(consenting.trackingCode)
    expectNoPersonalData(html)
  })

  it('400 for a missing province or a bad page, 404 for an unknown province', async () => {
    expect((await log(new Request('http://localhost/api/foi/log'))).status).toBe(400)
    expect((await log(new Request('http://localhost/api/foi/log?province=tehran&limit=500'))).status).toBe(400)
    expect((await log(new Request('http://localhost/api/foi/log?province=tehran&sort=name'))).status).toBe(400)
    expect((await log(new Request('http://localhost/api/foi/log?province=atlantis'))).status).toBe(404)
  })
})

describe('POST /api/foi/requests/{code}/reply: the citizen answers a request for clarification', () => {
  async function replyWith(code: string, body: string, type = 'application/json') {
    const response = await reply(
      new Request(`http://localhost/api/foi/requests/${code}/reply`, { method: 'POST', headers: { 'content-type': type }, body }),
      {
        params: Promise.resolve({ code }),
      },
    )
    return { status: response.status, body: await response.json() }
  }

  it('shows the question by code, restarts the clock on the reply, and takes no reply when none is awaited', async () => {
    const filedBody = await (await file(filingRequest(valid()))).json()
    const code: string = filedBody.trackingCode
    expect((await replyWith(code, JSON.stringify({ message: 'سال ۱۴۰۳' }))).status).toBe(409)

    const stored = await payload.find({ collection: 'foi-requests', where: { trackingCode: { equals: code } }, overrideAccess: true })
    const id = stored.docs[0]!.id
    await applyFoiTransition(await as(fx.user('editor.tehran')), { id, to: 'clarification_requested', comment: 'قراردادهای کدام منطقه؟' })
    const waiting = JSON.parse((await lookUp(code)).text)
    expect(waiting).toMatchObject({ status: 'clarification_requested', clarificationQuestion: 'قراردادهای کدام منطقه؟', overdue: false })

    expect(await replyWith(code, JSON.stringify({ message: '' }))).toMatchObject({ status: 400, body: { field: 'message' } })
    expect((await replyWith('FOI-2222-2222', JSON.stringify({ message: 'x' }))).status).toBe(404)
    expect((await replyWith(code, 'message=x', 'text/plain')).status).toBe(415)

    const answered = await replyWith(
      code,
      new URLSearchParams({ message: 'منطقه ۳ شهرداری تهران' }).toString(),
      'application/x-www-form-urlencoded',
    )
    expect(answered).toMatchObject({ status: 200, body: { status: 'registered' } })
    const after = await payload.findByID({ collection: 'foi-requests', id, overrideAccess: true })
    expect(after.status).toBe('registered')
    expect(after.dueAt).toBe(answered.body.dueAt)
    expect(Date.parse(after.registeredAt!)).toBeGreaterThan(Date.parse(stored.docs[0]!.registeredAt!))
    const history = await payload.find({
      collection: 'foi-transitions',
      where: { request: { equals: id } },
      sort: '-createdAt',
      overrideAccess: true,
    })
    expect(history.docs[0]).toMatchObject({
      from: 'clarification_requested',
      to: 'registered',
      comment: expect.stringContaining('منطقه ۳'),
    })
    expect(history.docs[0]!.actor ?? null).toBeNull()
    expect((await replyWith(code, JSON.stringify({ message: 'دوباره' }))).status).toBe(409)
  })
})
