import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { client } from '../helpers/http'
import { startOwnServer, startServer, TEST_SEED_PASSWORD, type RunningServer, type ServerEnvironment } from '../helpers/server'

/**
 * SIGKILL the server in the middle of a stream of writes, start it again: no acknowledged write
 * is lost, SQLite's integrity check passes, and a publication scheduled before the crash happens.
 */
let environment: ServerEnvironment
let server: RunningServer

beforeAll(async () => {
  ;({ environment, server } = await startOwnServer('crash'))
})
afterAll(async () => {
  await server?.stop()
})

describe('crash', () => {
  it('loses nothing acknowledged when killed mid-write', async () => {
    let http = client(server.baseURL, TEST_SEED_PASSWORD)
    const editor = await http.login('editor.tehran@demo.newsroom')
    const supervisor = await http.login('supervisor.tehran@demo.newsroom')
    const org = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
    const tehran = org.body.docs[0]!.id

    // A publication due a few seconds after the crash.
    const scheduled = await http.send<{ doc: { id: number } }>(
      'POST',
      '/api/news-items?draft=true',
      { title: 'انتشار پس از خرابی', organization: tehran },
      editor,
    )
    const scheduledId = scheduled.body.doc.id
    expect((await http.send('POST', `/api/news-items/${scheduledId}/transition`, { to: 'in_review' }, editor)).status).toBe(200)
    expect((await http.send('POST', `/api/news-items/${scheduledId}/transition`, { to: 'approved' }, supervisor)).status).toBe(200)
    const due = new Date(Date.now() + 8_000)
    expect(
      (await http.send('POST', `/api/news-items/${scheduledId}/transition`, { to: 'scheduled', publishAt: due.toISOString() }, supervisor))
        .status,
    ).toBe(200)

    // Eight writers create documents as fast as they can; a write counts once its 201 arrived.
    const acknowledged: number[] = []
    let stopped = false
    const writers = Array.from({ length: 8 }, async (_, writer) => {
      for (let i = 0; !stopped; i++) {
        try {
          const response = await fetch(`${http.base}/api/news-items?draft=true`, {
            method: 'POST',
            headers: { ...editor, 'Content-Type': 'application/json' },
            body: JSON.stringify({ title: `نوشتن پیش از خرابی ${writer}-${i}`, organization: tehran }),
            signal: AbortSignal.timeout(10_000),
          })
          if (response.status === 201) acknowledged.push(((await response.json()) as { doc: { id: number } }).doc.id)
        } catch {
          // The connection died with the server: this write was never acknowledged.
        }
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    await server.kill()
    stopped = true
    await Promise.all(writers)
    expect(acknowledged.length).toBeGreaterThan(10)

    // The database file is sound before anything opens it again.
    const sqlite = createClient({ url: environment.db.uri })
    const integrity = await sqlite.execute('PRAGMA integrity_check')
    expect(integrity.rows[0]?.[0]).toBe('ok')
    sqlite.close()

    server = await startServer(environment)
    http = client(server.baseURL, TEST_SEED_PASSWORD)
    const admin = await http.login('admin@demo.newsroom')
    const missing: number[] = []
    for (let i = 0; i < acknowledged.length; i += 100) {
      const batch = acknowledged.slice(i, i + 100)
      const found = await http.json<{ docs: Array<{ id: number }> }>(
        `/api/news-items?draft=true&depth=0&limit=100&where[id][in]=${batch.join(',')}`,
        { headers: admin },
      )
      const ids = new Set(found.body.docs.map((doc) => doc.id))
      missing.push(...batch.filter((id) => !ids.has(id)))
    }
    expect(missing).toEqual([])

    const deadline = Date.now() + 60_000
    let status = 0
    while (Date.now() < deadline && status !== 200) {
      status = (await http.api(`/api/news-items/${scheduledId}`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status, 'the scheduled publication happened after the restart').toBe(200)
  }, 300_000)
})
