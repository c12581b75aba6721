import { describe, expect, it } from 'vitest'

import { api, client } from '../helpers/http'
import { minimalPdf } from '../helpers/images'

describe('security headers', () => {
  it('portal pages send a nonce-based Content-Security-Policy, frame-ancestors and Referrer-Policy', async () => {
    const response = await api('/portal/tehran')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const nonce = policy.match(/'nonce-([^']+)'/)![1]
    const html = await response.text()
    const executable = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")([^>]*)>/g)].map((match) => match[1]!)
    expect(executable.length).toBeGreaterThan(0)
    expect(executable.every((attributes) => attributes.includes(`nonce="${nonce}"`))).toBe(true)
    // A fresh nonce for every response.
    const again = (await api('/portal/tehran')).headers.get('content-security-policy')
    expect(again).not.toBe(policy)
  })

  it('the admin cannot be framed', async () => {
    for (const path of ['/admin', '/admin/login']) {
      const response = await api(path, { redirect: 'manual' })
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
    }
  })

  it('media are served with their stored type and nosniff; PDFs as downloads', async () => {
    const http = client()
    const list = await http.json<{ docs: Array<{ image: { url: string } | null }> }>('/api/delivery/v1/tehran/news')
    const image = await api(list.body.docs.find((doc) => doc.image)!.image!.url)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/jpeg')
    expect(image.headers.get('x-content-type-options')).toBe('nosniff')

    const supervisor = await http.login('supervisor.tehran@demo.newsroom')
    const org = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
    const form = new FormData()
    const pdf = minimalPdf()
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'statement.pdf')
    form.append('_payload', JSON.stringify({ title: 'متن کامل بیانیه', organization: org.body.docs[0]!.id }))
    const upload = await http.json<{ doc: { id: number; url: string } }>('/api/attachments', {
      method: 'POST',
      headers: supervisor,
      body: form,
    })
    expect(upload.status).toBe(201)
    const release = await http.send<{ doc: { id: number } }>(
      'POST',
      '/api/press-releases?draft=true',
      { title: 'اطلاعیه با پیوست', organization: org.body.docs[0]!.id, attachments: [upload.body.doc.id] },
      supervisor,
    )
    expect((await http.send('POST', `/api/press-releases/${release.body.doc.id}/transition`, { to: 'published' }, supervisor)).status).toBe(
      200,
    )
    const file = await api(upload.body.doc.url)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('session cookies are HttpOnly and SameSite=Lax', async () => {
    const response = await api('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor.fars@demo.newsroom', password: (await import('vitest')).inject('seedPassword') }),
    })
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    // The test server runs in production mode: the session cookie is Secure.
    expect(cookie).toMatch(/Secure/i)
  })

  it('refuses JSON bodies over 2 MB with 413 before parsing them, and malformed queries with 400', async () => {
    const http = client()
    const editor = await http.login('editor.tehran@demo.newsroom')
    const before = (await http.json<{ totalDocs: number }>('/api/news-items?draft=true&limit=1', { headers: editor })).body.totalDocs
    const huge = await api('/api/news-items', {
      method: 'POST',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'بزرگ', summary: 'x'.repeat(2 * 1024 * 1024 + 10) }),
    })
    expect(huge.status).toBe(413)
    const graph = await api('/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ NewsItems { totalDocs } }', pad: 'x'.repeat(3_000_000) }),
    })
    expect(graph.status).toBe(413)
    expect((await http.json<{ totalDocs: number }>('/api/news-items?draft=true&limit=1', { headers: editor })).body.totalDocs).toBe(before)
    for (const query of ['where[title][all]=1', 'limit=-1', 'sort=__proto__', 'where[__proto__][equals]=1']) {
      const response = await http.json<{ errors: Array<{ message: string }> }>(`/api/news-items?${query}`)
      expect(response.status, query).toBe(400)
      expect(response.body.errors[0]!.message.length, query).toBeGreaterThan(5)
    }
    const array = await http.send('POST', '/api/news-items', [1, 2, 3], editor)
    expect(array.status).toBe(400)
  })
})
