import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildIfStale, seededEnvironment, seededTemplate, startServer, TEST_SEED_PASSWORD, type RunningServer } from '../helpers/server'

/**
 * Cache hits answered by the server's front before Next.js (src/scripts/earlyFront.ts): the
 * same answer as the route's, and never a stale one. Which way a request went is read from the
 * server's own log of early answers (NEWSROOM_LOG_EARLY_ANSWERS), not from anything the client sees.
 */
let server: RunningServer
let log = ''
const LIST = '/api/delivery/v1/tehran/news'

/** Framing and the clock: what differs between any two answers, not part of the contract. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

async function get(path: string, headers: Record<string, string> = {}) {
  const before = log.length
  const response = await fetch(`${server.baseURL}${path}`, { headers })
  const body = Buffer.from(await response.arrayBuffer())
  const kept = [...response.headers].filter(([name]) => !TRANSPORT.has(name))
  // The line is written after the answer's last byte: give the log a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 50))
  const early = log.slice(before).includes(`early answer ${response.status} GET ${path}\n`)
  return { status: response.status, headers: Object.fromEntries(kept), body, early }
}

beforeAll(async () => {
  const [, template] = await Promise.all([buildIfStale(), seededTemplate()])
  const environment = await seededEnvironment('early-answers', template)
  environment.env.NEWSROOM_LOG_EARLY_ANSWERS = '1'
  server = await startServer(environment, [], (text) => (log += text))
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('cache hits answered before Next.js', () => {
  it('carry the status, headers and bytes of the same answer from the route', async () => {
    for (const encoding of ['identity', 'gzip, deflate, br']) {
      const path = `${LIST}?limit=3&page=1&locale=${encoding === 'identity' ? 'fa' : 'en'}`
      const miss = await get(path, { 'Accept-Encoding': encoding })
      const hit = await get(path, { 'Accept-Encoding': encoding })
      expect(miss.early).toBe(false)
      expect(hit.early).toBe(true)
      expect(hit.status).toBe(200)
      expect(hit.headers).toEqual(miss.headers)
      expect(hit.body.equals(miss.body)).toBe(true)
    }
  })

  it('answer 304 to a matching If-None-Match, as the route does', async () => {
    const path = `${LIST}?limit=4`
    const { headers } = await get(path)
    const miss = await get(`${LIST}?limit=4&page=1`, { 'If-None-Match': headers.etag! })
    const hit = await get(`${LIST}?limit=4&page=1`, { 'If-None-Match': headers.etag! })
    expect([miss.status, miss.early, hit.status, hit.early]).toEqual([304, false, 304, true])
    expect(hit.headers).toEqual(miss.headers)
  })

  it('are never stale: an unpublish makes the next request go to the route', async () => {
    const login = await fetch(`${server.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'supervisor.tehran@demo.newsroom', password: TEST_SEED_PASSWORD }),
    })
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const path = `${LIST}?limit=5`
    await get(path)
    const cached = await get(path)
    expect(cached.early).toBe(true)
    const first = (JSON.parse(cached.body.toString()) as { docs: Array<{ id: number }> }).docs[0]!
    const archived = await fetch(`${server.baseURL}/api/news-items/${first.id}/transition`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ to: 'archived' }),
    })
    expect(archived.status).toBe(200)
    const after = await get(path)
    expect(after.early).toBe(false)
    expect((JSON.parse(after.body.toString()) as { docs: Array<{ id: number }> }).docs.map((doc) => doc.id)).not.toContain(first.id)
  })
})

describe('with NEWSROOM_EARLY_ANSWERS=off', () => {
  it('sends every request to Next.js, which still answers the hit from its cache', async () => {
    const environment = await seededEnvironment('early-answers-off', await seededTemplate())
    Object.assign(environment.env, { NEWSROOM_LOG_EARLY_ANSWERS: '1', NEWSROOM_EARLY_ANSWERS: 'off' })
    let offLog = ''
    const off = await startServer(environment, [], (text) => (offLog += text))
    try {
      const answers = []
      for (let i = 0; i < 3; i++) answers.push(await fetch(`${off.baseURL}${LIST}?limit=3`))
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
      expect(new Set(answers.map((answer) => answer.headers.get('etag'))).size).toBe(1)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(offLog).not.toContain('early answer')
    } finally {
      await off.stop()
    }
  }, 120_000)
})
