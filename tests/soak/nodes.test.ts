import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'
import {
  buildIfStale,
  seededEnvironment,
  seededTemplate,
  startServer,
  TEST_SEED_PASSWORD,
  type RunningServer,
  type ServerEnvironment,
} from '../helpers/server'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'

/**
 * Two production nodes on one embedded database file and one media folder, both running the jobs
 * queue, as several nodes run behind a load balancer. Traffic goes to 127.0.0.1 only.
 */
const FILINGS_PER_HOUR = 3

let environment: ServerEnvironment
let node1: RunningServer
let node2: RunningServer
let receiver: WebhookReceiver

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  const [, template] = await Promise.all([buildIfStale(), seededTemplate()])
  const seeded = await seededEnvironment('nodes', template)
  // One environment for both: the same database, media folder and secret.
  environment = {
    ...seeded,
    env: { ...seeded.env, WEBHOOKS_ALLOW_PRIVATE: 'true', FOI_FILINGS_PER_HOUR: String(FILINGS_PER_HOUR) },
  }
  ;[node1, node2] = await Promise.all([startServer(environment), startServer(environment)])
})
afterAll(async () => {
  await Promise.all([node1?.stop(), node2?.stop()])
  await receiver?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function tehranId(): Promise<number> {
  const org = await client(node1.baseURL, TEST_SEED_PASSWORD).json<{ docs: Array<{ id: number }> }>(
    '/api/organizations?where[slug][equals]=tehran',
  )
  return org.body.docs[0]!.id
}

/** A Tehran news item written by the editor and approved by the supervisor, through `base`. */
async function approvedItem(base: string, editor: Headers, supervisor: Headers, title: string) {
  const http = client(base, TEST_SEED_PASSWORD)
  const created = await http.send<{ doc: { id: number; slug: string } }>(
    'POST',
    '/api/news-items?draft=true',
    { title, organization: await tehranId() },
    editor,
  )
  expect(created.status).toBe(201)
  const { id, slug } = created.body.doc
  expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'in_review' }, editor)).status).toBe(200)
  expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'approved' }, supervisor)).status).toBe(200)
  return { id, slug }
}

describe('two nodes on one database', () => {
  it('an unpublish through node 1 is gone from node 2 within a second of its response', async () => {
    const http1 = client(node1.baseURL, TEST_SEED_PASSWORD)
    const http2 = client(node2.baseURL, TEST_SEED_PASSWORD)
    const editor = await http1.login('editor.tehran@demo.newsroom')
    const supervisor = await http1.login('supervisor.tehran@demo.newsroom')

    const latencies: number[] = []
    for (let trial = 0; trial < 5; trial++) {
      const { id, slug } = await approvedItem(node1.baseURL, editor, supervisor, `خبر برای بازپس‌گیری ${trial}`)
      expect((await http1.send('POST', `/api/news-items/${id}/transition`, { to: 'published' }, supervisor)).status).toBe(200)
      const article = `/api/delivery/v1/tehran/news/${encodeURIComponent(slug)}`
      const list = '/api/delivery/v1/tehran/news?limit=50'
      // Node 2 serves the new article and lists it (within a second of the publish, as any
      // change), so both are in its cache, and it has just looked at the epoch.
      const shownBy = performance.now() + 3_000
      while (!((await http2.api(article)).status === 200 && (await listed(http2, list, slug))) && performance.now() < shownBy);
      expect((await http2.api(article)).status).toBe(200)
      expect(await listed(http2, list, slug)).toBe(true)
      // A varying pause, so the unpublish lands at different points of node 2's check interval.
      await sleep(trial * 170)

      const unpublished = await http1.send('POST', `/api/news-items/${id}/transition`, { to: 'archived' }, supervisor)
      const returnedAt = performance.now()
      expect(unpublished.status).toBe(200)
      let goneAt: number | null = null
      while (performance.now() - returnedAt < 3_000) {
        const [detail, inList] = await Promise.all([http2.api(article), listed(http2, list, slug)])
        const now = performance.now()
        if (detail.status === 404 && !inList) {
          goneAt = now
          break
        }
      }
      expect(goneAt, 'node 2 still served the unpublished article after 3 s').not.toBeNull()
      latencies.push(Math.round(goneAt! - returnedAt))
    }
    console.info(`[nodes] unpublish → gone from node 2 (ms): ${latencies.join(', ')}`)
    for (const latency of latencies) expect(latency).toBeLessThan(1_000)
  }, 120_000)

  it('a publication scheduled while both nodes run the queue happens once: one history row, one webhook delivery, one notice', async () => {
    const http1 = client(node1.baseURL, TEST_SEED_PASSWORD)
    const admin = await http1.login('admin@demo.newsroom')
    const editor = await http1.login('editor.tehran@demo.newsroom')
    const supervisor = await http1.login('supervisor.tehran@demo.newsroom')
    const webhook = await http1.send(
      'POST',
      '/api/webhooks',
      { name: 'two nodes', url: receiver.url('/scheduled'), secret: 'two-nodes-secret-0123456789', events: ['published'] },
      admin,
    )
    expect(webhook.status).toBe(201)

    // Due on a whole second, when both nodes' runners (every second, on the second) look at once.
    const publishAt = new Date(Math.ceil((Date.now() + 6_000) / 1000) * 1000)
    const ids: number[] = []
    for (let i = 0; i < 4; i++) {
      const { id } = await approvedItem(node1.baseURL, editor, supervisor, `انتشار زمان‌بندی‌شده روی دو گره ${i}`)
      expect((await http1.send('POST', `/api/news-items/${id}/transition`, { to: 'scheduled', publishAt }, supervisor)).status).toBe(200)
      ids.push(id)
    }
    await sleep(Math.max(0, publishAt.getTime() - Date.now()))
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && receiver.to('/scheduled').length < ids.length) await sleep(250)
    // Time for a second run, had there been one, to publish and deliver again.
    await sleep(4_000)

    const delivered = receiver.to('/scheduled').map((request) => (JSON.parse(request.body) as { id: number }).id)
    expect(delivered.sort()).toEqual([...ids].sort())
    for (const id of ids) {
      const history = await http1.json<{ totalDocs: number }>(
        `/api/workflow-transitions?where[document.value][equals]=${id}&where[to][equals]=published&limit=0`,
        { headers: admin },
      )
      expect(history.body.totalDocs, `published history rows of ${id}`).toBe(1)
      const rows = await http1.json<{ totalDocs: number }>(`/api/webhook-deliveries?where[documentId][equals]=${id}&limit=0`, {
        headers: admin,
      })
      expect(rows.body.totalDocs, `webhook delivery rows of ${id}`).toBe(1)
      // The author is told once that it went live.
      const told = await http1.json<{ totalDocs: number }>(
        `/api/notifications?where[document.value][equals]=${id}&where[event][equals]=published&limit=0`,
        { headers: editor },
      )
      expect(told.body.totalDocs, `publication notices of ${id}`).toBe(1)
    }
  }, 120_000)

  it('a lockout reached through node 1 holds on node 2; a session from node 1 works on node 2 and its logout ends it on node 1', async () => {
    const http1 = client(node1.baseURL, TEST_SEED_PASSWORD)
    const http2 = client(node2.baseURL, TEST_SEED_PASSWORD)
    const email = 'editor.fars@demo.newsroom'
    for (let i = 0; i < 5; i++) {
      expect((await http1.send('POST', '/api/users/login', { email, password: `wrong-password-${i}` })).status).toBe(401)
    }
    const onNode2 = await http2.send('POST', '/api/users/login', { email, password: TEST_SEED_PASSWORD })
    expect(onNode2.status).toBe(401)
    // «… قفل شده است»: the account is locked (not a wrong password: this one is right).
    expect(JSON.stringify(onNode2.body)).toMatch(/قفل/)

    const session = await http1.login('editor.isfahan@demo.newsroom')
    const me = await http2.json<{ user: { email: string } | null }>('/api/users/me', { headers: session })
    expect(me.body.user?.email).toBe('editor.isfahan@demo.newsroom')
    expect((await http2.send('POST', '/api/users/logout', {}, session)).status).toBe(200)
    const after = await http1.json<{ user: unknown }>('/api/users/me', { headers: session })
    expect(after.body.user).toBeNull()
  }, 60_000)

  it('the public FOI filing limit counts filings through both nodes', async () => {
    const filing = {
      organization: 'tehran',
      name: 'شهروند آزمون',
      email: 'citizen@example.org',
      subject: 'بودجه',
      question: 'بودجهٔ سال جاری روابط عمومی استان چقدر است؟',
      website: '',
    }
    const statuses: number[] = []
    for (let i = 0; i <= FILINGS_PER_HOUR; i++) {
      const base = i % 2 === 0 ? node1.baseURL : node2.baseURL
      statuses.push((await client(base, TEST_SEED_PASSWORD).send('POST', '/api/foi/requests', filing)).status)
    }
    expect(statuses).toEqual([...Array(FILINGS_PER_HOUR).fill(201), 429])
  }, 60_000)

  it('a node stopped with SIGTERM under load answers what it accepted: no acknowledged write is lost', async () => {
    const http1 = client(node1.baseURL, TEST_SEED_PASSWORD)
    const editor = await http1.login('editor.tehran@demo.newsroom')
    const tehran = await tehranId()
    const acknowledged: number[] = []
    const refused: string[] = []
    let stopping = false
    // Eight writers on node 2 until it has stopped (bounded: 20 s at most).
    const until = Date.now() + 20_000
    const writers = Array.from({ length: 8 }, async (_, writer) => {
      for (let i = 0; Date.now() < until; i++) {
        try {
          const response = await fetch(`${node2.baseURL}/api/news-items?draft=true`, {
            method: 'POST',
            headers: { ...editor, 'Content-Type': 'application/json' },
            body: JSON.stringify({ title: `نوشتن پیش از توقف ${writer}-${i}`, organization: tehran }),
            signal: AbortSignal.timeout(10_000),
          })
          if (response.status === 201) acknowledged.push(((await response.json()) as { doc: { id: number } }).doc.id)
          else refused.push(`HTTP ${response.status}`)
        } catch (error) {
          // Refused at connect once the port closed: never acknowledged, as a load balancer sees it.
          if (!stopping) refused.push(String(error))
          else return
        }
      }
    })
    await sleep(3_000)
    stopping = true
    const exit = await node2.stop()
    await Promise.all(writers)

    expect(exit, 'node 2 finished its work and exited by itself').toEqual({ code: 0, signal: null })
    expect(refused).toEqual([])
    expect(acknowledged.length).toBeGreaterThan(10)
    const missing: number[] = []
    for (let i = 0; i < acknowledged.length; i += 100) {
      const batch = acknowledged.slice(i, i + 100)
      const found = await http1.json<{ docs: Array<{ id: number }> }>(
        `/api/news-items?draft=true&depth=0&limit=100&where[id][in]=${batch.join(',')}`,
        { headers: editor },
      )
      const stored = new Set(found.body.docs.map((doc) => doc.id))
      missing.push(...batch.filter((id) => !stored.has(id)))
    }
    expect(missing).toEqual([])
  }, 120_000)
})

async function listed(http: ReturnType<typeof client>, path: string, slug: string): Promise<boolean> {
  const list = await http.json<{ docs: Array<{ slug: string }> }>(path)
  return list.body.docs.some((doc) => doc.slug === slug)
}
