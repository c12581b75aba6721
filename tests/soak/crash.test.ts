import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { client } from '../helpers/http'
import { startOwnServer, startServer, TEST_SEED_PASSWORD, type RunningServer, type ServerEnvironment } from '../helpers/server'

/**
 * SIGKILL the server in the middle of a stream of writes, start it again: no acknowledged write
 * is lost, SQLite's integrity check passes, and the publications scheduled before the crash
 * happen, the one the killed server had claimed included.
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

    // A publication due a few seconds after the crash, and one more that the killed server had
    // claimed and was running (set below: no kill can be timed into a job's run), whose claim only
    // its lease ends (src/db/jobLease.ts).
    // Due after the kill even when scheduling both is slow: a job that ran before it has no claim to strand.
    const due = new Date(Date.now() + 15_000)
    const scheduleItem = async (title: string): Promise<number> => {
      const created = await http.send<{ doc: { id: number } }>(
        'POST',
        '/api/news-items?draft=true',
        { title, organization: tehran },
        editor,
      )
      const id = created.body.doc.id
      expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'in_review' }, editor)).status).toBe(200)
      expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'approved' }, supervisor)).status).toBe(200)
      expect(
        (await http.send('POST', `/api/news-items/${id}/transition`, { to: 'scheduled', publishAt: due.toISOString() }, supervisor)).status,
      ).toBe(200)
      return id
    }
    const scheduledId = await scheduleItem('انتشار پس از خرابی')
    const claimedId = await scheduleItem('انتشاری که در لحظه خرابی در دست اجرا بود')

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
    const claim = await sqlite.execute({
      sql: `UPDATE payload_jobs SET processing = 1, updated_at = ?
        WHERE task_slug = 'publishScheduled' AND json_extract(input, '$.id') = ? RETURNING id`,
      args: [new Date(Date.now() - 10 * 60_000).toISOString(), String(claimedId)],
    })
    expect(claim.rows, 'the second publication is claimed by the killed server').toHaveLength(1)
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
    const published = async (id: number) => (await http.api(`/api/news-items/${id}`)).status === 200
    let done = { scheduled: false, claimed: false }
    while (Date.now() < deadline && !(done.scheduled && done.claimed)) {
      done = { scheduled: await published(scheduledId), claimed: await published(claimedId) }
      if (!(done.scheduled && done.claimed)) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(done, 'both scheduled publications happened after the restart').toEqual({ scheduled: true, claimed: true })
  }, 300_000)
})
