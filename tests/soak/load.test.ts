import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'
import { startOwnServer, TEST_SEED_PASSWORD, type RunningServer } from '../helpers/server'

/**
 * 60 s of mixed traffic at 32 concurrent connections on 127.0.0.1: 80% delivery reads, editors
 * saving drafts, supervisors publishing. Zero errors, and every acknowledged write is stored.
 */
const DURATION_MS = Number(process.env.SOAK_SECONDS ?? 60) * 1000
const CONNECTIONS = 32

let server: RunningServer

beforeAll(async () => {
  ;({ server } = await startOwnServer('load'))
})
afterAll(async () => {
  await server?.stop()
})

type Acknowledged = { id: number; slug: string; summary: string; published: boolean }

describe('load', () => {
  it(
    'serves mixed traffic with zero errors and loses no acknowledged write',
    async () => {
      const http = client(server.baseURL, TEST_SEED_PASSWORD)
      const editor = await http.login('editor.tehran@demo.newsroom')
      const supervisor = await http.login('supervisor.tehran@demo.newsroom')
      const org = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
      const tehran = org.body.docs[0]!.id
      const articles = await http.json<{ docs: Array<{ slug: string }> }>('/api/delivery/v1/tehran/news?limit=20')
      const slugs = articles.body.docs.map((doc) => doc.slug)

      const errors: string[] = []
      const acknowledged = new Map<number, Acknowledged>()
      let requests = 0
      const deadline = Date.now() + DURATION_MS

      const call = async (path: string, init: RequestInit = {}): Promise<Response | null> => {
        requests++
        try {
          const response = await fetch(`${server.baseURL}${path}`, { ...init, signal: AbortSignal.timeout(30_000) })
          if (!response.ok) errors.push(`${response.status} ${init.method ?? 'GET'} ${path} ${(await response.text()).slice(0, 200)}`)
          return response.ok ? response : null
        } catch (error) {
          errors.push(`${init.method ?? 'GET'} ${path} ${(error as Error).message}`)
          return null
        }
      }
      const json = (headers: Headers, body: unknown): RequestInit => ({
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })

      async function worker(index: number): Promise<void> {
        let own: Acknowledged | null = null
        let step = 0
        while (Date.now() < deadline) {
          step++
          const roll = (index * 7919 + step * 104729) % 100
          if (roll < 80 || (own === null && roll >= 95)) {
            const slug = slugs[step % slugs.length]!
            const response = await call(
              step % 3 === 0
                ? `/api/delivery/v1/tehran/news/${encodeURIComponent(slug)}`
                : `/api/delivery/v1/tehran/news?page=${(step % 3) + 1}&limit=5`,
            )
            await response?.arrayBuffer()
          } else if (roll < 95 || own === null) {
            if (own === null) {
              const response = await call('/api/news-items?draft=true', {
                method: 'POST',
                ...json(editor, { title: `بار آزمایی ${index}`, organization: tehran }),
              })
              if (response) {
                const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
                own = { id: doc.id, slug: doc.slug, summary: '', published: false }
                acknowledged.set(doc.id, own)
              }
            } else {
              const summary = `نسخه ${index}-${step}`
              const response = await call(`/api/news-items/${own.id}?draft=true`, { method: 'PATCH', ...json(editor, { summary }) })
              if (response) {
                await response.arrayBuffer()
                own.summary = summary
                own.published = false
              }
            }
          } else {
            const response = await call(`/api/news-items/${own.id}/transition`, {
              method: 'POST',
              ...json(supervisor, { to: 'published' }),
            })
            if (response) {
              await response.arrayBuffer()
              own.published = true
            }
          }
        }
      }

      await Promise.all(Array.from({ length: CONNECTIONS }, (_, index) => worker(index)))
      console.info(`load: ${requests} requests in ${DURATION_MS / 1000} s, ${acknowledged.size} documents written`)
      expect(errors, errors.slice(0, 10).join('\n')).toEqual([])
      expect(acknowledged.size).toBeGreaterThan(0)

      for (const doc of acknowledged.values()) {
        const stored = await http.json<{ summary: string | null }>(`/api/news-items/${doc.id}?draft=true&depth=0`, { headers: editor })
        expect(stored.status).toBe(200)
        expect(stored.body.summary ?? '', `draft ${doc.id}`).toBe(doc.summary)
        if (doc.published) {
          const live = await http.json<{ summary: string | null }>(`/api/delivery/v1/tehran/news/${encodeURIComponent(doc.slug)}`)
          expect(live.status, `published ${doc.id}`).toBe(200)
          expect(live.body.summary ?? '').toBe(doc.summary)
        }
      }
    },
    DURATION_MS + 600_000,
  )
})
