import { describe, expect, it } from 'vitest'

import { api, graphql, json, login } from '../helpers/http'

type Doc = { id: number | string; slug: string; _status: string; title: string }
type List = { docs: Doc[]; totalDocs: number }

const SEEDED_DRAFT = 'پیش-نویس-گزارش-عملکرد-ستاد-بحران'
const SEEDED_LIVE = 'نشست-شورای-اطلاع-رسانی-استان-تهران'

describe('REST for anonymous readers', () => {
  it('GET /api/news-items returns only published items', async () => {
    for (const query of ['', '?draft=true', '?where[_status][equals]=draft', '?limit=100&depth=0']) {
      const { status, body } = await json<List>(`/api/news-items${query}`)
      expect(status).toBe(200)
      expect(
        body.docs.every((doc) => doc._status === 'published'),
        query,
      ).toBe(true)
      expect(
        body.docs.map((doc) => doc.slug),
        query,
      ).not.toContain(SEEDED_DRAFT)
    }
    const { body } = await json<List>('/api/news-items?limit=100')
    expect(body.docs.map((doc) => doc.slug)).toContain(SEEDED_LIVE)
  })

  it('press releases and campaigns are filtered the same way', async () => {
    for (const collection of ['press-releases', 'campaigns']) {
      const { status, body } = await json<List>(`/api/${collection}?draft=true&limit=100`)
      expect(status).toBe(200)
      expect(body.totalDocs).toBeGreaterThan(0)
      expect(body.docs.every((doc) => doc._status === 'published')).toBe(true)
    }
  })

  it('English falls back to Persian where there is no translation', async () => {
    const { body } = await json<List>(
      `/api/news-items?locale=en&limit=100&where[slug][equals]=${encodeURIComponent('افتتاح-مرکز-جامع-سلامت-شیراز')}`,
    )
    expect(body.docs[0]?.title).toBe('مرکز جامع سلامت شهری شیراز افتتاح شد')
    const translated = await json<List>(`/api/news-items?locale=en&where[slug][equals]=${encodeURIComponent(SEEDED_LIVE)}`)
    expect(translated.body.docs[0]?.title).toBe('Tehran Province Information Council meets')
  })

  it('accounts are never public', async () => {
    expect((await api('/api/users')).status).toBe(403)
  })
})

describe('REST for staff', () => {
  it('the admin logs in and sees the seeded drafts', async () => {
    const headers = await login('admin@demo.newsroom')
    // Oldest first: other files add published items to the shared server, which the default
    // newest-published order would put ahead of the seed's drafts.
    const { body } = await json<List>('/api/news-items?draft=true&limit=100&sort=createdAt', { headers })
    expect(body.docs.map((doc) => doc.slug)).toContain(SEEDED_DRAFT)
  })

  it('version history is a 404 on collections that keep none (Payload answered 500), and works where kept', async () => {
    const admin = await login('admin@demo.newsroom')
    expect((await json('/api/news-items/versions?limit=1', { headers: admin })).status).toBe(200)
    for (const collection of ['categories', 'organizations', 'users', 'media', 'comments']) {
      expect((await json(`/api/${collection}/versions?limit=1`, { headers: admin })).status, collection).toBe(404)
      expect((await json(`/api/${collection}/versions/1`, { headers: admin })).status, collection).toBe(404)
    }
  })

  it('the admin’s relationship queries (POST with X-Payload-HTTP-Method-Override: GET and a form body) are answered as the GETs they are', async () => {
    const admin = await login('admin@demo.newsroom')
    const asBody = (query: string, type = 'application/x-www-form-urlencoded') =>
      json<List>('/api/categories', {
        method: 'POST',
        headers: { ...admin, 'Content-Type': type, 'X-Payload-HTTP-Method-Override': 'GET' },
        body: query,
      })
    const direct = await json<List>('/api/categories?depth=0&limit=2&sort=slug', { headers: admin })
    const overridden = await asBody('depth=0&limit=2&sort=slug')
    expect(overridden.status).toBe(200)
    expect(overridden.body.docs.map((doc) => doc.id)).toEqual(direct.body.docs.map((doc) => doc.id))
    // The body is checked as a query string; other bodies are still refused.
    expect((await asBody('where[slug][$ne]=x')).status).toBe(400)
    expect((await asBody('depth=0', 'text/plain')).status).toBe(415)
    const created = await json('/api/categories', {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'title=x&slug=x',
    })
    expect(created.status).toBe(415)
  })

  it('a wrong password is a 401 and reveals nothing', async () => {
    const response = await api('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor.fars@demo.newsroom', password: 'wrong-password-123' }),
    })
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain('token')
  })

  it('an upload whose bytes are not an image is refused with a 400 that says why', async () => {
    const headers = await login('editor.tehran@demo.newsroom')
    const organizations = await json<List>('/api/organizations?where[slug][equals]=tehran')
    const form = new FormData()
    form.append('file', new Blob(['just some text, not a photo'], { type: 'image/jpeg' }), 'photo.jpg')
    form.append('_payload', JSON.stringify({ alt: 'جعلی', organization: organizations.body.docs[0]!.id }))
    const response = await api('/api/media', { method: 'POST', headers, body: form })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('JPEG, PNG, WebP')
  })
})

describe('GraphQL', () => {
  it('keeps its explicit type names and shows anonymous readers only published items', async () => {
    const { status, body } = await graphql<{ NewsItems: { docs: Array<{ slug: string; _status: string }> } }>(
      '{ NewsItems(draft: true, limit: 100) { docs { slug _status } } }',
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const docs = body.data!.NewsItems.docs
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    expect(docs.map((doc) => doc.slug)).not.toContain(SEEDED_DRAFT)
  })

  it('exposes the documented type names (fragments on a wrong type name would fail)', async () => {
    const { status, body } = await graphql(`
      {
        NewsItems(limit: 1) {
          docs {
            ... on NewsItem {
              slug
            }
          }
        }
        PressReleases(limit: 1) {
          docs {
            ... on PressRelease {
              slug
            }
          }
        }
        Campaigns(limit: 1) {
          docs {
            ... on Campaign {
              slug
            }
          }
        }
        Organizations(limit: 1) {
          docs {
            ... on Organization {
              slug
            }
          }
        }
        Categories(limit: 1) {
          docs {
            ... on Category {
              slug
            }
          }
        }
      }
    `)
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })
})

describe('admin', () => {
  it('is Persian and right-to-left by default, even for an English browser', async () => {
    const response = await api('/admin/login', { headers: { 'Accept-Language': 'en-US,en;q=0.9' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html[^>]*lang="fa"/)
    expect(html).toMatch(/<html[^>]*dir="rtl"/i)
    expect(response.headers.get('set-cookie')).toContain('payload-lng=fa')
  })

  it('follows a user’s saved language once they log in', async () => {
    const login = await api('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.newsroom', password: (await import('vitest')).inject('seedPassword') }),
    })
    expect(login.headers.get('set-cookie')).toContain('payload-lng=fa')
  })
})
