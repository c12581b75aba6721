import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'

import { claimOne } from '@/db/jobClaim'
import { LEASE_MS, releaseAbandonedClaims, renewClaims } from '@/db/jobLease'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { newsItemIn, transitionAs } from '../helpers/workflow'

/**
 * Several runners on one queue, as several nodes run it: each job runs once. The runners here
 * share one process and tick at the same moment, so each reads the queue before any of them
 * marks a job taken, the interleaving two nodes whose crons fire in the same second produce.
 * With Payload's own claim (a read, then a write by id) the same runs sent 13 webhooks for 6
 * events, and runners failed updating jobs another runner had finished and deleted.
 */
let ctx: TestPayload
let fx: Fixtures
let receiver: WebhookReceiver

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  ctx = await startTestPayload('job-claim')
  fx = await seedFixtures(ctx.payload)
})
afterAll(async () => {
  await stopTestPayload(ctx)
  await receiver.close()
})
beforeEach(() => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
})
afterEach(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE
})

const RUNNERS = 3
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Every runner ticks at once, `rounds` times. */
async function tickTogether(queue: string, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await Promise.all(Array.from({ length: RUNNERS }, () => ctx.payload.jobs.run({ queue, limit: 20, silent: true })))
  }
}

describe('the claim of a job', () => {
  it('is granted to one runner only', async () => {
    const job = await ctx.payload.jobs.queue({ task: 'deliverWebhook', queue: 'claim-probe', input: probeInput() })
    const wins = await Promise.all(Array.from({ length: 5 }, () => claimOne(ctx.payload.db, job.id)))
    expect(wins.filter(Boolean)).toHaveLength(1)
    // Taken: nobody claims it again until it is released.
    expect(await claimOne(ctx.payload.db, job.id)).toBe(false)
  })

  it('three runners ticking together send each webhook delivery once', async () => {
    await ctx.payload.create({
      collection: 'webhooks',
      data: { name: 'claims', url: receiver.url('/claims'), secret: 'claim-secret-0123456789', events: ['published'] },
      overrideAccess: true,
    })
    const published: Array<number | string> = []
    for (let i = 0; i < 6; i++) {
      const doc = await newsItemIn(ctx.payload, 'approved', fx.org('tehran').id)
      await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
      published.push(doc.id)
    }
    await tickTogether('webhooks', 3)

    const ids = receiver.to('/claims').map((request) => (JSON.parse(request.body) as { id: number }).id)
    expect(ids.sort()).toEqual([...published].sort())
    const rows = await ctx.payload.find({
      collection: 'webhook-deliveries',
      where: { documentId: { in: published.map(String) } },
      limit: 0,
    })
    expect(rows.totalDocs).toBe(published.length)
  })

  it('three runners ticking together publish each scheduled document once, with one history row', async () => {
    const scheduled: Array<number | string> = []
    for (let i = 0; i < 6; i++) scheduled.push((await newsItemIn(ctx.payload, 'approved', fx.org('tehran').id)).id)
    // Far enough ahead that six schedulings finish before it on a loaded machine (1.5 s once did not).
    const publishAt = new Date(Date.now() + 5_000)
    for (const id of scheduled) {
      await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', id, 'scheduled', { publishAt })
    }
    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 200)
    await tickTogether('workflow', 2)

    for (const id of scheduled) {
      const history = await ctx.payload.find({
        collection: 'workflow-transitions',
        where: { and: [{ 'document.value': { equals: id } }, { to: { equals: 'published' } }] },
        limit: 0,
        overrideAccess: true,
      })
      expect(history.totalDocs, `publications of ${id}`).toBe(1)
    }
  })
})

describe('a claim is a lease', () => {
  it('a job whose node stopped is released after the lease and runs; a job its runner still renews keeps its claim', async () => {
    const [stranded, running] = [
      await newsItemIn(ctx.payload, 'approved', fx.org('tehran').id),
      await newsItemIn(ctx.payload, 'approved', fx.org('tehran').id),
    ]
    const publishAt = new Date(Date.now() + 3_000)
    for (const doc of [stranded, running]) {
      await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'scheduled', { publishAt })
    }
    const jobs = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'workflow' } }, { completedAt: { exists: false } }] },
      limit: 0,
      overrideAccess: true,
    })
    const jobOf = (doc: { id: number | string }) => jobs.docs.find((job) => (job.input as { id: string }).id === String(doc.id))!
    const longAgo = new Date(Date.now() - LEASE_MS - 60_000).toISOString()
    // Another node claimed the first and was killed: its claim is old and nobody renews it.
    await ctx.payload.db.updateOne({ collection: 'payload-jobs', id: jobOf(stranded).id, data: { processing: true, updatedAt: longAgo } })
    // This process claimed the second and is still running it; its last renewal is as old.
    expect(await claimOne(ctx.payload.db, jobOf(running).id)).toBe(true)
    await ctx.payload.db.updateOne({ collection: 'payload-jobs', id: jobOf(running).id, data: { updatedAt: longAgo } })
    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 200)

    // Due, but claimed: no runner takes either.
    await tickTogether('workflow', 1)
    expect(await statusOf(stranded.id)).toBe('scheduled')

    await renewClaims(ctx.payload.db)
    const renewed = await ctx.payload.findByID({ collection: 'payload-jobs', id: jobOf(running).id, overrideAccess: true })
    expect(new Date(renewed.updatedAt).getTime()).toBeGreaterThan(Date.now() - 10_000)
    expect(await releaseAbandonedClaims(ctx.payload.db)).toBe(1)
    // A second reaper finds nothing left: the release happened once.
    expect(await releaseAbandonedClaims(ctx.payload.db)).toBe(0)

    await tickTogether('workflow', 1)
    expect(await statusOf(stranded.id)).toBe('published')
    expect(await statusOf(running.id)).toBe('scheduled')

    // Its runner finishing (here: releasing it) lets it run, once, like any other job.
    await ctx.payload.db.updateOne({ collection: 'payload-jobs', id: jobOf(running).id, data: { processing: false } })
    await tickTogether('workflow', 1)
    expect(await statusOf(running.id)).toBe('published')
  })
})

async function statusOf(id: number | string): Promise<string | null | undefined> {
  const doc = await ctx.payload.findByID({ collection: 'news-items', id, draft: true, depth: 0, overrideAccess: true })
  return doc.workflowStatus
}

function probeInput() {
  return { webhook: '0', event: 'published', collection: 'news-items', documentId: '0', body: '{}' }
}
