import crypto from 'crypto'
import dns from 'dns'
import { Forbidden, ValidationError } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { relationId } from '@/access/relationId'
import { portalPath } from '@/config/publicUrls'
import type { NewsItem, Webhook, WebhookDelivery } from '@/payload-types'
import { isPublicAddress } from '@/webhooks/targets'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { startWebhookReceiver, type ReceivedRequest, type WebhookReceiver } from '../helpers/webhookReceiver'
import { newsItemIn, transitionAs } from '../helpers/workflow'

let ctx: TestPayload
let fx: Fixtures
let receiver: WebhookReceiver

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  ctx = await startTestPayload('webhooks')
  fx = await seedFixtures(ctx.payload)
})
afterAll(async () => {
  await stopTestPayload(ctx)
  await receiver.close()
})
// The receiver is on 127.0.0.1, which the SSRF rule refuses unless private targets are allowed.
// Each test starts allowed; the tests of the rule itself turn it off.
beforeEach(() => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
})
afterEach(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE
  vi.restoreAllMocks()
})

const SECRET = 'receiver-secret-0123456789'
const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })

async function webhookBy(prefix: string, path: string, data: Partial<Webhook> & { province?: number | null }): Promise<Webhook> {
  return ctx.payload.create({
    collection: 'webhooks',
    data: { name: path, url: receiver.url(path), secret: SECRET, events: ['published'], ...data },
    ...as(prefix),
  })
}

/**
 * Drives the webhooks queue the way the runner does every second, until `done` holds (at most
 * 30 s). startTestPayload starts no crons, so nothing else runs the queue meanwhile.
 */
async function runDeliveries(done: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await ctx.payload.jobs.run({ queue: 'webhooks', silent: true })
    if (await done()) return
    if (Date.now() > deadline) throw new Error(`webhook deliveries: condition not met in ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Runs every job queued so far to its end (or its next backoff), then a second pass for good measure. */
async function settle(): Promise<void> {
  await ctx.payload.jobs.run({ queue: 'webhooks', silent: true })
  await ctx.payload.jobs.run({ queue: 'webhooks', silent: true })
}

async function deliveriesOf(webhook: Webhook): Promise<WebhookDelivery[]> {
  const rows = await ctx.payload.find({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: webhook.id } },
    sort: 'attempt',
    depth: 0,
    limit: 0,
    overrideAccess: true,
  })
  return rows.docs
}

const hmac = (secret: string, body: string) => `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`

function verified(request: ReceivedRequest, secret = SECRET): boolean {
  const given = Buffer.from(String(request.headers['x-newsroom-signature']))
  const expected = Buffer.from(hmac(secret, request.body))
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

async function publishedIn(organization: string, title?: string): Promise<NewsItem> {
  const doc = await newsItemIn(ctx.payload, 'approved', fx.org(organization).id, title)
  return transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published') as Promise<NewsItem>
}

describe('deliveries', () => {
  it('publishing a Tehran news item sends one signed POST with the documented body to Tehran and all-province subscribers, none to Isfahan', async () => {
    const tehran = await webhookBy('supervisor.tehran', '/tehran-published', { province: fx.org('tehran').id })
    const everywhere = await webhookBy('admin', '/all-published', {})
    const isfahan = await webhookBy('supervisor.isfahan', '/isfahan-published', { province: fx.org('isfahan').id })

    const doc = await newsItemIn(ctx.payload, 'approved', fx.org('tehran').id, 'افتتاح کتابخانهٔ مرکزی')
    const before = Date.now()
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    await runDeliveries(() => receiver.to('/tehran-published').length > 0 && receiver.to('/all-published').length > 0)
    await settle()

    const [request, ...more] = receiver.to('/tehran-published')
    expect(more).toHaveLength(0)
    expect(request.method).toBe('POST')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['user-agent']).toBe('PR-Newsroom-Webhooks/1')
    expect(request.headers['x-newsroom-event']).toBe('published')
    expect(verified(request)).toBe(true)
    expect(verified(request, 'another-secret-0123456789')).toBe(false)

    const body = JSON.parse(request.body) as Record<string, unknown>
    expect(Object.keys(body)).toEqual(['event', 'collection', 'id', 'slug', 'province', 'url', 'occurredAt'])
    expect(body).toMatchObject({ event: 'published', collection: 'news-items', id: doc.id, slug: doc.slug, province: 'tehran' })
    expect(body.url).toBe(`${process.env.SERVER_URL || 'http://localhost:3000'}${portalPath('tehran', 'news', doc.slug!)}`)
    expect(String(body.url).endsWith(`/portal/tehran/news/${encodeURIComponent(doc.slug!)}`)).toBe(true)
    const occurredAt = Date.parse(String(body.occurredAt))
    expect(new Date(occurredAt).toISOString()).toBe(body.occurredAt)
    expect(occurredAt).toBeGreaterThanOrEqual(before - 1000)

    // The all-provinces subscriber got the same bytes, signed the same way.
    const [broadcast, ...moreBroadcast] = receiver.to('/all-published')
    expect(moreBroadcast).toHaveLength(0)
    expect(broadcast.body).toBe(request.body)
    expect(verified(broadcast)).toBe(true)

    expect(receiver.to('/isfahan-published')).toHaveLength(0)
    expect(await deliveriesOf(isfahan)).toHaveLength(0)
    const [row] = await deliveriesOf(tehran)
    expect(row).toMatchObject({
      attempt: 1,
      status: 200,
      ok: true,
      event: 'published',
      collection: 'news-items',
      documentId: String(doc.id),
    })
    expect(row.error ?? null).toBeNull()
    expect(typeof row.durationMs).toBe('number')
    expect((await deliveriesOf(everywhere))[0]).toMatchObject({ ok: true, status: 200 })
  })

  it('a county office belongs to its province: a Shemiranat item reaches Tehran subscribers with province "tehran"', async () => {
    await webhookBy('supervisor.tehran', '/tehran-county', { province: fx.org('tehran').id })
    const doc = await publishedIn('shemiranat')
    await runDeliveries(() => receiver.to('/tehran-county').length > 0)
    const body = JSON.parse(receiver.to('/tehran-county')[0].body) as Record<string, unknown>
    expect(body).toMatchObject({ id: doc.id, province: 'tehran' })
    expect(body.url).toBe(`http://localhost:3000${portalPath('tehran', 'news', doc.slug!)}`)
  })

  it('a ministry campaign has no province: only all-province subscribers hear of it, with province and url null', async () => {
    await webhookBy('admin', '/all-campaigns', {})
    await webhookBy('supervisor.tehran', '/tehran-campaigns', { province: fx.org('tehran').id })
    const campaign = await ctx.payload.create({
      collection: 'campaigns',
      data: { title: 'پویش ملی صرفه‌جویی آب', organization: fx.org('ministry').id, _status: 'published', workflowStatus: 'published' },
      overrideAccess: true,
    })
    await runDeliveries(() => receiver.to('/all-campaigns').length > 0)
    await settle()
    expect(JSON.parse(receiver.to('/all-campaigns')[0].body)).toMatchObject({
      event: 'published',
      collection: 'campaigns',
      id: campaign.id,
      province: null,
      url: null,
    })
    expect(receiver.to('/tehran-campaigns')).toHaveLength(0)
  })

  it('subscribers of "updated" and "unpublished" get those events, and only those', async () => {
    await webhookBy('supervisor.tehran', '/tehran-changes', { province: fx.org('tehran').id, events: ['updated', 'unpublished'] })
    const doc = await publishedIn('tehran')
    await settle()
    expect(receiver.to('/tehran-changes')).toHaveLength(0)

    // A correction made by the system to live content (as a migration or the scheduler would).
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { title: 'عنوان اصلاح‌شده' },
      draft: false,
      overrideAccess: true,
    })
    await runDeliveries(() => receiver.to('/tehran-changes').length === 1)

    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'archived')
    await runDeliveries(() => receiver.to('/tehran-changes').length === 2)
    await settle()

    const events = receiver.to('/tehran-changes').map((request) => [request.headers['x-newsroom-event'], JSON.parse(request.body).event])
    expect(events).toEqual([
      ['updated', 'updated'],
      ['unpublished', 'unpublished'],
    ])
    expect(receiver.to('/tehran-changes').every((request) => verified(request))).toBe(true)
  })

  it('an edit of live content, reviewed and published again, is announced as "updated", not "published"', async () => {
    await webhookBy('supervisor.tehran', '/tehran-republished', { province: fx.org('tehran').id, events: ['published', 'updated'] })
    const doc = await publishedIn('tehran')
    await runDeliveries(() => receiver.to('/tehran-republished').length === 1)

    // The editor's correction is a draft over the live item; it goes through review again.
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { title: 'عنوان اصلاح‌شده پس از انتشار' },
      ...as('editor.tehran'),
    })
    await transitionAs(ctx.payload, fx.user('editor.tehran'), 'news-items', doc.id, 'in_review')
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'approved')
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    await runDeliveries(() => receiver.to('/tehran-republished').length === 2)
    await settle()

    expect(receiver.to('/tehran-republished').map((request) => JSON.parse(request.body).event)).toEqual(['published', 'updated'])
  })

  it('deleting a live document announces "unpublished"; deleting a draft announces nothing', async () => {
    await webhookBy('supervisor.tehran', '/tehran-deleted', { province: fx.org('tehran').id, events: ['unpublished'] })
    const live = await publishedIn('tehran')
    const draft = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    await ctx.payload.delete({ collection: 'news-items', id: draft.id, overrideAccess: true })
    await ctx.payload.delete({ collection: 'news-items', id: live.id, overrideAccess: true })
    await runDeliveries(() => receiver.to('/tehran-deleted').length > 0)
    await settle()
    expect(receiver.to('/tehran-deleted').map((request) => JSON.parse(request.body).id)).toEqual([live.id])
  })

  it('a failed delivery is retried with the very same bytes, and every attempt is logged', async () => {
    const hook = await webhookBy('supervisor.tehran', '/flaky', { province: fx.org('tehran').id })
    receiver.answer('/flaky', [500])
    const doc = await publishedIn('tehran')
    // The retry waits out Payload's backoff (2 s after the first failure).
    await runDeliveries(() => receiver.to('/flaky').length === 2)
    await settle()

    const [first, second] = receiver.to('/flaky')
    expect(second.body).toBe(first.body)
    expect(second.headers['x-newsroom-signature']).toBe(first.headers['x-newsroom-signature'])
    expect(verified(second)).toBe(true)
    expect(JSON.parse(second.body).id).toBe(doc.id)

    const rows = await deliveriesOf(hook)
    expect(rows.map((row) => [row.attempt, row.status, row.ok])).toEqual([
      [1, 500, false],
      [2, 200, true],
    ])
    expect(rows[0].error).toBe('HTTP 500')
  })

  it('a receiver that cannot be reached is a failed attempt without a status', async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const hook = await ctx.payload.create({
      collection: 'webhooks',
      data: { url: 'http://127.0.0.1:1/closed', secret: SECRET, events: ['published'], province: fx.org('fars').id },
      ...as('admin'),
    })
    await newsItemIn(ctx.payload, 'published', fx.org('fars').id)
    await runDeliveries(async () => (await deliveriesOf(hook)).length > 0)
    const [row] = await deliveriesOf(hook)
    expect(row).toMatchObject({ attempt: 1, ok: false })
    expect(row.status ?? null).toBeNull()
    expect(row.error).toContain('ECONNREFUSED')
    await ctx.payload.update({ collection: 'webhooks', id: hook.id, data: { active: false }, ...as('admin') })
  })

  it('after the fifth failure the job stays failed, and the last row says so; a redirect is a failure', async () => {
    const hook = await webhookBy('supervisor.tehran', '/down', { province: fx.org('tehran').id })
    receiver.answer('/down', [503, 503, 302, 503, 503, 200, 200])
    await publishedIn('tehran')
    // Skip the backoff (2, 4, 8, 16 s) instead of sleeping through it: move the retry time of the
    // waiting jobs into the past before each run.
    await runDeliveries(async () => {
      await ctx.payload.update({
        collection: 'payload-jobs',
        where: { and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
        overrideAccess: true,
      })
      return (await deliveriesOf(hook)).length >= 5
    })
    await settle()

    expect(receiver.to('/down')).toHaveLength(5)
    const rows = await deliveriesOf(hook)
    expect(rows.map((row) => [row.attempt, row.status, row.ok])).toEqual([
      [1, 503, false],
      [2, 503, false],
      [3, 302, false],
      [4, 503, false],
      [5, 503, false],
    ])
    expect(rows[2].error).toContain('redirects are not followed')
    expect(rows[4].error).toBe('HTTP 503 — giving up after attempt 5')
    expect(rows.slice(0, 4).every((row) => !row.error?.includes('giving up'))).toBe(true)

    const jobs = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'deliverWebhook' } }, { 'input.webhook': { equals: String(hook.id) } }] },
      overrideAccess: true,
    })
    expect(jobs.docs).toHaveLength(1)
    expect(jobs.docs[0]).toMatchObject({ hasError: true, totalTried: 5 })
    expect(jobs.docs[0].completedAt ?? null).toBeNull()
  })

  it('a webhook switched off or deleted before its delivery runs sends nothing and fails nothing', async () => {
    const off = await webhookBy('supervisor.tehran', '/switched-off', { province: fx.org('tehran').id })
    const gone = await webhookBy('supervisor.tehran', '/deleted', { province: fx.org('tehran').id })
    await publishedIn('tehran')
    const queued = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { 'input.webhook': { in: [String(off.id), String(gone.id)] } },
      overrideAccess: true,
    })
    expect(queued.totalDocs).toBe(2)
    await ctx.payload.update({ collection: 'webhooks', id: off.id, data: { active: false }, ...as('supervisor.tehran') })
    await ctx.payload.delete({ collection: 'webhooks', id: gone.id, ...as('supervisor.tehran') })
    await settle()

    expect(receiver.to('/switched-off')).toHaveLength(0)
    expect(receiver.to('/deleted')).toHaveLength(0)
    expect(await deliveriesOf(off)).toHaveLength(0)
    // Payload deletes completed jobs; a failed or waiting one would still be here.
    const jobs = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { 'input.webhook': { in: [String(off.id), String(gone.id)] } },
      overrideAccess: true,
    })
    expect(jobs.docs).toHaveLength(0)
  })
})

describe('the secret', () => {
  it('is never returned by any read, to anyone, and cannot be queried or sorted on', async () => {
    const hook = await webhookBy('admin', '/secret-check', { province: fx.org('tehran').id })
    expect(hook).not.toHaveProperty('secret')
    for (const reader of ['admin', 'supervisor.tehran']) {
      const one = await ctx.payload.findByID({ collection: 'webhooks', id: hook.id, ...as(reader) })
      expect(one).not.toHaveProperty('secret')
      expect(one.url).toBe(receiver.url('/secret-check'))
      const list = await ctx.payload.find({ collection: 'webhooks', ...as(reader) })
      expect(list.docs.length).toBeGreaterThan(0)
      expect(list.docs.some((doc) => 'secret' in doc)).toBe(false)
    }
    // Field access also closes the side doors: filtering or ordering by the secret would leak it.
    await expect(ctx.payload.find({ collection: 'webhooks', where: { secret: { like: 'receiver' } }, ...as('admin') })).rejects.toThrow()
    await expect(ctx.payload.find({ collection: 'webhooks', sort: 'secret', ...as('admin') })).rejects.toThrow()
    const updated = await ctx.payload.update({ collection: 'webhooks', id: hook.id, data: { name: 'renamed' }, ...as('admin') })
    expect(updated).not.toHaveProperty('secret')
  })

  it('an edit that does not mention the secret keeps it; a new one replaces it; a short one is refused', async () => {
    const hook = await webhookBy('supervisor.tehran', '/rotated', { province: fx.org('tehran').id })
    await ctx.payload.update({ collection: 'webhooks', id: hook.id, data: { name: 'same secret' }, ...as('supervisor.tehran') })
    await publishedIn('tehran')
    await runDeliveries(() => receiver.to('/rotated').length === 1)
    expect(verified(receiver.to('/rotated')[0])).toBe(true)

    const rotated = 'rotated-secret-abcdefghijklmnop'
    await ctx.payload.update({ collection: 'webhooks', id: hook.id, data: { secret: rotated }, ...as('supervisor.tehran') })
    await publishedIn('tehran')
    await runDeliveries(() => receiver.to('/rotated').length === 2)
    expect(verified(receiver.to('/rotated')[1], rotated)).toBe(true)

    await expect(
      ctx.payload.update({ collection: 'webhooks', id: hook.id, data: { secret: 'too-short' }, ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(ValidationError)
  })
})

describe('who manages webhooks', () => {
  it('a supervisor works only with their own province; editors and the public not at all', async () => {
    const tehran = fx.org('tehran').id
    await expect(webhookBy('supervisor.tehran', '/foreign', { province: fx.org('isfahan').id })).rejects.toBeInstanceOf(Forbidden)
    await expect(webhookBy('supervisor.tehran', '/nowhere', {})).rejects.toBeInstanceOf(Forbidden)
    await expect(webhookBy('supervisor.tehran', '/null-province', { province: null })).rejects.toBeInstanceOf(Forbidden)
    // A county office is in the supervisor's scope but is not a province.
    await expect(webhookBy('supervisor.tehran', '/county', { province: fx.org('shemiranat').id })).rejects.toBeInstanceOf(ValidationError)
    await expect(webhookBy('editor.tehran', '/editor', { province: tehran })).rejects.toBeInstanceOf(Forbidden)

    const own = await webhookBy('supervisor.tehran', '/own', { province: tehran })
    const isfahan = await webhookBy('supervisor.isfahan', '/isfahan-own', { province: fx.org('isfahan').id })
    const national = await webhookBy('admin', '/national', {})

    const visible = await ctx.payload.find({ collection: 'webhooks', limit: 0, ...as('supervisor.tehran') })
    const ids = visible.docs.map((doc) => doc.id)
    expect(ids).toContain(own.id)
    expect(ids).not.toContain(isfahan.id)
    expect(ids).not.toContain(national.id)
    expect(visible.docs.every((doc) => relationId(doc.province) === tehran)).toBe(true)

    // Moving a webhook out of scope, or to all provinces, is a 403; so is touching another province's.
    await expect(
      ctx.payload.update({ collection: 'webhooks', id: own.id, data: { province: fx.org('isfahan').id }, ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      ctx.payload.update({ collection: 'webhooks', id: own.id, data: { province: null }, ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      ctx.payload.update({ collection: 'webhooks', id: isfahan.id, data: { active: false }, ...as('supervisor.tehran') }),
    ).rejects.toThrow()
    await expect(ctx.payload.delete({ collection: 'webhooks', id: national.id, ...as('supervisor.tehran') })).rejects.toThrow()

    for (const reader of ['editor.tehran', 'editor.shemiranat']) {
      await expect(ctx.payload.find({ collection: 'webhooks', ...as(reader) })).rejects.toBeInstanceOf(Forbidden)
      await expect(ctx.payload.find({ collection: 'webhook-deliveries', ...as(reader) })).rejects.toBeInstanceOf(Forbidden)
    }
    await expect(ctx.payload.find({ collection: 'webhooks', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await expect(ctx.payload.find({ collection: 'webhook-deliveries', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('the delivery log is read-only and scoped like the webhooks it belongs to', async () => {
    const hook = await webhookBy('supervisor.tehran', '/log-scope', { province: fx.org('tehran').id })
    await publishedIn('tehran')
    await runDeliveries(async () => (await deliveriesOf(hook)).length > 0)
    const [row] = await deliveriesOf(hook)

    const seen = async (reader: string) =>
      (await ctx.payload.find({ collection: 'webhook-deliveries', where: { id: { equals: row.id } }, ...as(reader) })).totalDocs
    expect(await seen('admin')).toBe(1)
    expect(await seen('supervisor.tehran')).toBe(1)
    expect(await seen('supervisor.isfahan')).toBe(0)

    for (const actor of ['admin', 'supervisor.tehran']) {
      await expect(
        ctx.payload.create({
          collection: 'webhook-deliveries',
          data: { event: 'published', collection: 'news-items', attempt: 1 },
          ...as(actor),
        }),
      ).rejects.toBeInstanceOf(Forbidden)
      await expect(
        ctx.payload.update({ collection: 'webhook-deliveries', id: row.id, data: { ok: false }, ...as(actor) }),
      ).rejects.toThrow()
      await expect(ctx.payload.delete({ collection: 'webhook-deliveries', id: row.id, ...as(actor) })).rejects.toThrow()
    }
    expect((await deliveriesOf(hook))[0]).toMatchObject({ ok: true })
  })
})

describe('private and internal targets (SSRF)', () => {
  const REFUSED = [
    'http://127.0.0.1:PORT/hook',
    'http://localhost/hook',
    'http://api.localhost/hook',
    'http://10.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::ffff:a9fe:a9fe]/hook',
    'http://[fd00::1]/hook',
    'http://[fe80::1]/hook',
    'http://100.64.0.1/hook',
    'http://192.168.1.10/hook',
    'http://172.16.0.1/hook',
    'http://0.0.0.0/hook',
    'http://2130706433/hook',
    'http://0x7f.1/hook',
    'http://224.0.0.1/hook',
    'ftp://example.org/hook',
    'file:///etc/passwd',
    'not a url',
  ]

  it.each(REFUSED)('refuses %s on save with a 400, before any connection or DNS lookup', async (template) => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE
    const lookup = vi.spyOn(dns.promises, 'lookup')
    const before = receiver.requests.length
    const url = template.replace('PORT', String(receiver.port))
    const error = await ctx.payload
      .create({ collection: 'webhooks', data: { url, secret: SECRET, events: ['published'] }, ...as('admin') })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).status).toBe(400)
    const [detail] = (error as ValidationError).data.errors
    expect(detail.path).toBe('url')
    expect(detail.message).toMatch(/^نشانی وب‌هوک پذیرفته نیست: .+ \/ Webhook URL refused: .+\.$/)
    expect(lookup).not.toHaveBeenCalled()
    expect(receiver.requests.length).toBe(before)
  })

  it('judges addresses by range, IPv4 and IPv6 alike', () => {
    for (const address of ['8.8.8.8', '185.143.232.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect(isPublicAddress(address), address).toBe(true)
    }
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.100.100.100',
      '0.0.0.0',
      '255.255.255.255',
      '239.1.1.1',
      '::',
      '::1',
      'fe80::1',
      'fc00::1',
      'fdff::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      '::127.0.0.1',
      'fec0::1',
      '64:ff9b::a00:1',
      'not-an-ip',
    ]) {
      expect(isPublicAddress(address), address).toBe(false)
    }
  })

  it('a webhook saved while private targets were allowed, sent after they were turned off, is logged as refused and not retried', async () => {
    const hook = await webhookBy('admin', '/was-allowed', { province: fx.org('tehran').id })
    await publishedIn('tehran')
    delete process.env.WEBHOOKS_ALLOW_PRIVATE
    await runDeliveries(async () => (await deliveriesOf(hook)).length > 0)
    await settle()

    expect(receiver.to('/was-allowed')).toHaveLength(0)
    const rows = await deliveriesOf(hook)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ attempt: 1, ok: false })
    expect(rows[0].status ?? null).toBeNull()
    expect(rows[0].error).toMatch(/^refused: it points to a private or internal address \(127\.0\.0\.1\)/)
    const jobs = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { 'input.webhook': { equals: String(hook.id) } },
      overrideAccess: true,
    })
    expect(jobs.docs[0]).toMatchObject({ hasError: true })
    expect(jobs.docs[0].completedAt ?? null).toBeNull()

    // Still editable (to switch it off or point it elsewhere) while its stored URL is refused.
    const renamed = await ctx.payload.update({ collection: 'webhooks', id: hook.id, data: { active: false }, ...as('admin') })
    expect(renamed.active).toBe(false)
  })
})
