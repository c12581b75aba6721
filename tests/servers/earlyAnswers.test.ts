import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildIfStale, seededEnvironment, seededTemplate, startServer, TEST_SEED_PASSWORD, type RunningServer } from '../helpers/server'

/**
 * Delivery answers written by the server's front before Next.js (src/scripts/earlyFront.ts):
 * cache hits, and lists the cache does not hold (from their route handler, called directly). Each
 * is compared with the same request to a server of the same data with the front off
 * (NEWSROOM_EARLY_ANSWERS=off), where Next.js answers everything. Which way a request went is read
 * from the server's own log (NEWSROOM_LOG_EARLY_ANSWERS), not from anything the client sees.
 */
type Logged = { server: RunningServer; log: string; front: boolean }
let front: Logged
let next: Logged
const LIST = '/api/delivery/v1/tehran/news'

/** Framing and the clock: what differs between any two answers, not part of the contract. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

async function get(from: Logged, path: string, init: RequestInit = {}) {
  const before = from.log.length
  const response = await fetch(`${from.server.baseURL}${path}`, init)
  const body = Buffer.from(await response.arrayBuffer())
  const kept = [...response.headers].filter(([name]) => !TRANSPORT.has(name))
  const method = init.method ?? 'GET'
  // The request target as fetch sent it (dot segments resolved), which is what the server logs.
  const sent = new URL(`${from.server.baseURL}${path}`)
  const target = `${sent.pathname}${sent.search}`
  const line = (kind: string) => from.log.slice(before).includes(`early ${kind} ${response.status} ${method} ${target}\n`)
  // The front logs every request's way after its last byte, through a pipe of its own: wait for
  // the line (a loaded machine delayed it past a fixed 50 ms). The server with the front off logs none.
  const logged = () => line('answer') || line('route') || from.log.slice(before).includes(`early next ${method} ${target}\n`)
  for (const started = Date.now(); from.front && !logged() && Date.now() - started < 30_000;) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return { status: response.status, headers: Object.fromEntries(kept), body, hit: line('answer'), route: line('route') }
}

async function serve(label: string, env: Record<string, string>): Promise<Logged> {
  const environment = await seededEnvironment(label, await seededTemplate())
  // One public address for both servers: articles' JSON-LD links carry it.
  Object.assign(environment.env, { NEWSROOM_LOG_EARLY_ANSWERS: '1', SERVER_URL: 'https://newsroom.example.ir', ...env })
  const logged = { log: '', front: env.NEWSROOM_EARLY_ANSWERS !== 'off' } as Logged
  logged.server = await startServer(environment, [], (text) => (logged.log += text))
  return logged
}

beforeAll(async () => {
  await buildIfStale()
  front = await serve('early-answers', {})
  next = await serve('early-answers-off', { NEWSROOM_EARLY_ANSWERS: 'off' })
  // Next.js loads each delivery route on its first request; until then the front has nothing to call.
  await get(front, `${LIST}?limit=1`)
  await get(front, `${LIST}/not-an-article`)
}, 300_000)

afterAll(async () => {
  await Promise.all([front?.server.stop(), next?.server.stop()])
})

describe('delivery answers written before Next.js', () => {
  it('carry the status, headers and bytes Next.js sends, for a list the cache does not hold and then for the hit', async () => {
    // A page past the end is a body of a few bytes: compressed all the same, as Next.js does.
    for (const [encoding, query] of [
      ['identity', 'limit=3&page=1&locale=fa'],
      ['gzip, deflate, br', 'limit=3&page=1&locale=en'],
      ['gzip', 'limit=3&page=999'],
    ]) {
      const path = `${LIST}?${query}`
      const init = { headers: { 'Accept-Encoding': encoding } }
      const expected = await get(next, path, init)
      const miss = await get(front, path, init)
      const hit = await get(front, path, init)
      expect([expected.hit, expected.route, miss.route, hit.hit]).toEqual([false, false, true, true])
      for (const answer of [miss, hit]) {
        expect(answer.status).toBe(200)
        expect(answer.headers).toEqual(expected.headers)
        expect(answer.body.equals(expected.body)).toBe(true)
      }
    }
  })

  it('answer errors and HEAD as Next.js does', async () => {
    const cases: Array<[string, RequestInit]> = [
      [`${LIST}?limit=0`, {}],
      [`${LIST}?colour=blue`, {}],
      ['/api/delivery/v1/atlantis/news', {}],
      ['/api/delivery/v1/tehran/recipes', {}],
      [`${LIST}?limit=2`, { method: 'HEAD' }],
    ]
    for (const [path, init] of cases) {
      const expected = await get(next, path, init)
      const answer = await get(front, path, init)
      expect(answer.route, path).toBe(true)
      expect([answer.status, answer.headers], path).toEqual([expected.status, expected.headers])
      expect(answer.body.equals(expected.body), path).toBe(true)
    }
  })

  it('answer 304 to a matching If-None-Match, as Next.js does', async () => {
    const path = `${LIST}?limit=4&page=1`
    const { headers } = await get(next, path)
    const init = { headers: { 'If-None-Match': headers.etag! } }
    const expected = await get(next, path, init)
    const miss = await get(front, path, init)
    const hit = await get(front, path, init)
    expect([expected.status, miss.status, miss.route, hit.status, hit.hit]).toEqual([304, 304, true, 304, true])
    expect(miss.headers).toEqual(expected.headers)
    expect(hit.headers).toEqual(expected.headers)
  })

  it('answer an article the cache does not hold as Next.js does, its Persian slug escaped, and unknown ones with its 404', async () => {
    const listed = JSON.parse((await get(next, `${LIST}?limit=20`)).body.toString()) as { docs: Array<{ slug: string }> }
    const persian = listed.docs.map((doc) => doc.slug).find((slug) => /[^\x00-\x7f]/.test(slug))
    expect(persian, 'the demo has a news item with a Persian slug').toBeDefined()
    const article = `${LIST}/${encodeURIComponent(persian!)}`
    for (const [path, init] of [
      [article, {}],
      [`${article}?locale=en`, { headers: { 'Accept-Encoding': 'gzip' } }],
      // An address not asked before (the same article as the first case): the front does not hold it.
      [`${article}?locale=fa`, { method: 'HEAD' }],
      [`${LIST}/${encodeURIComponent('خبری-که-نیست')}`, {}],
      [`${LIST}/no-such-article`, {}],
      [`${article}?colour=blue`, {}],
    ] as Array<[string, RequestInit]>) {
      const expected = await get(next, path, init)
      const miss = await get(front, path, init)
      expect([expected.route, miss.route, miss.hit], path).toEqual([false, true, false])
      expect([miss.status, miss.headers], path).toEqual([expected.status, expected.headers])
      expect(miss.body.equals(expected.body), path).toBe(true)
      if (expected.status === 200 && init.method !== 'HEAD') {
        const hit = await get(front, path, init)
        expect([hit.hit, hit.status, hit.headers], path).toEqual([true, 200, expected.headers])
        expect(hit.body.equals(expected.body), path).toBe(true)
      }
    }
  })

  it('leave every other path to Next.js and its guard: malformed or ASCII escapes, dotted paths, feeds', async () => {
    for (const [path, status] of [
      [`${LIST}/%D8%28`, 400],
      [`${LIST}/%C0%80`, 400],
      [`${LIST}/%0A`, 400],
      [`${LIST}/%41bc`, 404],
      ['/api/delivery/v1/%74ehran/news', 200],
      ['/api/delivery/v1/./news', 404],
      [`${LIST}/feed.json`, 200],
    ] as const) {
      const answer = await get(front, path)
      expect([answer.hit, answer.route, answer.status], path).toEqual([false, false, status])
    }
  })

  it('are never stale: an unpublish makes the next request read the database', async () => {
    const login = await fetch(`${front.server.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'supervisor.tehran@demo.newsroom', password: TEST_SEED_PASSWORD }),
    })
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const path = `${LIST}?limit=5`
    await get(front, path)
    const cached = await get(front, path)
    expect(cached.hit).toBe(true)
    const first = (JSON.parse(cached.body.toString()) as { docs: Array<{ id: number }> }).docs[0]!
    const archived = await fetch(`${front.server.baseURL}/api/news-items/${first.id}/transition`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ to: 'archived' }),
    })
    expect(archived.status).toBe(200)
    const after = await get(front, path)
    expect([after.hit, after.route]).toEqual([false, true])
    expect((JSON.parse(after.body.toString()) as { docs: Array<{ id: number }> }).docs.map((doc) => doc.id)).not.toContain(first.id)
  })

  it('are all Next.js’s with NEWSROOM_EARLY_ANSWERS=off, which still answers the hit from its cache', async () => {
    const answers = []
    for (let i = 0; i < 3; i++) answers.push(await get(next, `${LIST}?limit=3`))
    expect(answers.map((answer) => [answer.status, answer.hit, answer.route])).toEqual(Array(3).fill([200, false, false]))
    expect(new Set(answers.map((answer) => answer.headers.etag)).size).toBe(1)
    expect(next.log).not.toContain('early ')
  })
})
