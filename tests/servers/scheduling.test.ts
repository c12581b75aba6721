import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'
import { startOwnServer, startServer, TEST_SEED_PASSWORD, type RunningServer, type ServerEnvironment } from '../helpers/server'

/**
 * Scheduled publication and embargo on a server of this file's own, so that it can be stopped
 * and started again: nothing but time passes between "scheduled" and "public".
 */
let environment: ServerEnvironment
let server: RunningServer

beforeAll(async () => {
  ;({ environment, server } = await startOwnServer('scheduling'))
})
afterAll(async () => {
  await server?.stop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls as an anonymous reader until the item is public; bounded so a failure cannot hang. */
async function waitUntilPublic(base: string, path: string, boundMs = 30_000): Promise<number> {
  const http = client(base, TEST_SEED_PASSWORD)
  const started = Date.now()
  while (Date.now() - started < boundMs) {
    if ((await http.api(path)).status === 200) return Date.now()
    await sleep(300)
  }
  throw new Error(`${path} did not become public within ${boundMs} ms`)
}

async function approvedItem(base: string, editor: Headers, supervisor: Headers, title: string): Promise<number> {
  const http = client(base, TEST_SEED_PASSWORD)
  const org = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
  const created = await http.send<{ doc: { id: number } }>(
    'POST',
    '/api/news-items?draft=true',
    { title, organization: org.body.docs[0]!.id },
    editor,
  )
  const id = created.body.doc.id
  expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'in_review' }, editor)).status).toBe(200)
  expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'approved' }, supervisor)).status).toBe(200)
  return id
}

describe('scheduled publishing', () => {
  it('goes live at publishAt with no manual step, also when the server was restarted in between', async () => {
    let http = client(server.baseURL, TEST_SEED_PASSWORD)
    const editor = await http.login('editor.tehran@demo.newsroom')
    const supervisor = await http.login('supervisor.tehran@demo.newsroom')

    // While the server runs.
    const running = await approvedItem(server.baseURL, editor, supervisor, 'انتشار زمان‌بندی‌شده در حال اجرا')
    const soon = new Date(Date.now() + 3_000)
    expect(
      (await http.send('POST', `/api/news-items/${running}/transition`, { to: 'scheduled', publishAt: soon.toISOString() }, supervisor))
        .status,
    ).toBe(200)
    expect((await http.api(`/api/news-items/${running}`)).status).toBe(404)
    const liveAt = await waitUntilPublic(server.baseURL, `/api/news-items/${running}`)
    expect(liveAt).toBeGreaterThanOrEqual(soon.getTime())

    // Scheduled, then the server goes down and its due time passes while it is down.
    const acrossRestart = await approvedItem(server.baseURL, editor, supervisor, 'انتشار زمان‌بندی‌شده پس از راه‌اندازی دوباره')
    const due = new Date(Date.now() + 3_000)
    expect(
      (
        await http.send(
          'POST',
          `/api/news-items/${acrossRestart}/transition`,
          { to: 'scheduled', publishAt: due.toISOString() },
          supervisor,
        )
      ).status,
    ).toBe(200)
    await server.stop()
    await sleep(Math.max(0, due.getTime() - Date.now()) + 1_000)
    server = await startServer(environment)
    http = client(server.baseURL, TEST_SEED_PASSWORD)
    await waitUntilPublic(server.baseURL, `/api/news-items/${acrossRestart}`)
    const item = await http.json<{ workflowStatus: string; publishedAt: string }>(`/api/news-items/${acrossRestart}`)
    expect(item.body.workflowStatus).toBe('published')
    expect(new Date(item.body.publishedAt).toISOString()).toBe(due.toISOString())
  }, 120_000)

  it('a cancelled schedule never publishes', async () => {
    const http = client(server.baseURL, TEST_SEED_PASSWORD)
    const editor = await http.login('editor.tehran@demo.newsroom')
    const supervisor = await http.login('supervisor.tehran@demo.newsroom')
    const id = await approvedItem(server.baseURL, editor, supervisor, 'زمان‌بندی لغوشده')
    const due = new Date(Date.now() + 2_000)
    expect(
      (await http.send('POST', `/api/news-items/${id}/transition`, { to: 'scheduled', publishAt: due.toISOString() }, supervisor)).status,
    ).toBe(200)
    expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'approved' }, supervisor)).status).toBe(200)
    await sleep(due.getTime() - Date.now() + 3_000)
    expect((await http.api(`/api/news-items/${id}`)).status).toBe(404)
  }, 60_000)
})

describe('embargo', () => {
  it('keeps a published press release from the public until embargoUntil, then shows it by itself', async () => {
    const http = client(server.baseURL, TEST_SEED_PASSWORD)
    const supervisor = await http.login('supervisor.tehran@demo.newsroom')
    const org = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
    const embargoUntil = new Date(Date.now() + 4_000)
    const created = await http.send<{ doc: { id: number; slug: string } }>(
      'POST',
      '/api/press-releases?draft=true',
      {
        title: 'اطلاعیه تحت ممنوعیت انتشار',
        organization: org.body.docs[0]!.id,
        embargoUntil: embargoUntil.toISOString(),
      },
      supervisor,
    )
    const { id, slug } = created.body.doc
    expect((await http.send('POST', `/api/press-releases/${id}/transition`, { to: 'published' }, supervisor)).status).toBe(200)

    expect((await http.api(`/api/press-releases/${id}`)).status).toBe(404)
    const list = await http.json<{ docs: Array<{ id: number }> }>(`/api/press-releases?where[slug][equals]=${encodeURIComponent(slug)}`)
    expect(list.body.docs).toHaveLength(0)
    const graph = await http.graphql<{ PressReleases: { docs: Array<{ id: number }> } }>(
      `{ PressReleases(where: { slug: { equals: "${slug}" } }) { docs { id } } }`,
    )
    expect(graph.body.data!.PressReleases.docs).toHaveLength(0)
    // Its own supervisor still sees it.
    expect((await http.api(`/api/press-releases/${id}`, { headers: supervisor })).status).toBe(200)

    const visibleAt = await waitUntilPublic(server.baseURL, `/api/press-releases/${id}`)
    expect(visibleAt).toBeGreaterThanOrEqual(embargoUntil.getTime())
  }, 60_000)
})
