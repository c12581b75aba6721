import { beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'

/**
 * Editors can never publish, by any route (Payload itself has had such bypasses: its issues
 * #6580 and #5224). Each test tries one route and then checks what the public sees.
 */
const http = client()
let editor: Headers
let supervisor: Headers
let tehran: number

type Doc = { id: number; title: string; _status: string; workflowStatus: string }

async function draftAsEditor(title: string): Promise<Doc> {
  const { status, body } = await http.send<{ doc: Doc }>('POST', '/api/news-items?draft=true', { title, organization: tehran }, editor)
  expect(status).toBe(201)
  return body.doc
}

async function publicTitle(id: number): Promise<string | null> {
  const { status, body } = await http.json<Doc>(`/api/news-items/${id}`)
  return status === 200 ? body.title : null
}

async function transition(id: number, to: string, as: Headers, extra: Record<string, unknown> = {}) {
  return http.send<{ error?: string; allowed?: string[] }>('POST', `/api/news-items/${id}/transition`, { to, ...extra }, as)
}

beforeAll(async () => {
  editor = await http.login('editor.tehran@demo.newsroom')
  supervisor = await http.login('supervisor.tehran@demo.newsroom')
  const { body } = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
  tehran = body.docs[0]!.id
})

describe('editors cannot publish', () => {
  it('by creating a document as published', async () => {
    const { status } = await http.send(
      'POST',
      '/api/news-items',
      { title: 'انتشار مستقیم', organization: tehran, _status: 'published' },
      editor,
    )
    expect(status).toBe(403)
  })

  it('by PATCH with _status "published"', async () => {
    const doc = await draftAsEditor('پچ منتشرشده')
    const { status } = await http.send('PATCH', `/api/news-items/${doc.id}`, { _status: 'published' }, editor)
    expect(status).toBe(403)
    expect(await publicTitle(doc.id)).toBeNull()
  })

  it('by PATCH with ?draft=false on a live item: the edit becomes a draft, the live text stays', async () => {
    const doc = await draftAsEditor('متن زنده')
    expect((await transition(doc.id, 'published', supervisor)).status).toBe(200)
    const { status } = await http.send('PATCH', `/api/news-items/${doc.id}?draft=false`, { title: 'متن دست‌کاری‌شده' }, editor)
    expect(status).toBe(200)
    expect(await publicTitle(doc.id)).toBe('متن زنده')
    const latest = await http.json<Doc>(`/api/news-items/${doc.id}?draft=true`, { headers: editor })
    expect(latest.body.title).toBe('متن دست‌کاری‌شده')
    expect(latest.body.workflowStatus).toBe('draft')
  })

  it('by autosave', async () => {
    const doc = await draftAsEditor('ذخیره خودکار')
    const { status } = await http.send('PATCH', `/api/news-items/${doc.id}?draft=true&autosave=true`, { _status: 'published' }, editor)
    expect(status).toBe(403)
    expect(await publicTitle(doc.id)).toBeNull()
  })

  it('by a bulk edit from the list view', async () => {
    const a = await draftAsEditor('گروهی یک')
    const b = await draftAsEditor('گروهی دو')
    const where = `where[id][in]=${a.id},${b.id}`
    const { status } = await http.send('PATCH', `/api/news-items?${where}`, { _status: 'published' }, editor)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(await publicTitle(a.id)).toBeNull()
    expect(await publicTitle(b.id)).toBeNull()
  })

  it('by a GraphQL mutation', async () => {
    const doc = await draftAsEditor('گراف‌کیوال')
    const { body } = await http.graphql(
      `mutation { updateNewsItem(id: ${doc.id}, draft: false, data: { _status: published }) { id _status } }`,
      editor,
    )
    expect(body.errors?.length).toBeGreaterThan(0)
    const create = await http.graphql(
      `mutation { createNewsItem(data: { title: "ساخت منتشرشده", organization: ${tehran}, _status: published }) { id } }`,
      editor,
    )
    expect(create.body.errors?.length).toBeGreaterThan(0)
    expect(await publicTitle(doc.id)).toBeNull()
  })

  it('by restoring a published version of an unpublished item', async () => {
    const doc = await draftAsEditor('نسخه قدیمی')
    expect((await transition(doc.id, 'published', supervisor)).status).toBe(200)
    expect((await transition(doc.id, 'archived', supervisor)).status).toBe(200)
    expect(await publicTitle(doc.id)).toBeNull()
    const versions = await http.json<{ docs: Array<{ id: number; version: { _status: string } }> }>(
      `/api/news-items/versions?where[parent][equals]=${doc.id}&where[version._status][equals]=published&limit=1`,
      { headers: editor },
    )
    const published = versions.body.docs[0]
    expect(published).toBeDefined()
    const { status } = await http.send('POST', `/api/news-items/versions/${published!.id}`, {}, editor)
    expect([200, 403]).toContain(status)
    expect(await publicTitle(doc.id)).toBeNull()
  })

  it('through the transition endpoint, and the refusal is in the audit log', async () => {
    const doc = await draftAsEditor('انتقال')
    const { status, body } = await transition(doc.id, 'published', editor)
    expect(status).toBe(403)
    expect(body.allowed).toEqual(['in_review'])
    expect(await publicTitle(doc.id)).toBeNull()
    const log = await http.json<{ docs: Array<{ action: string; detail: string }> }>(
      `/api/audit-log?where[documentId][equals]=${doc.id}&where[action][equals]=access_denied`,
      { headers: supervisor },
    )
    expect(log.body.docs.map((entry) => entry.detail)).toContain('transition → published')
  })
})

describe('the transition endpoint', () => {
  it('answers 400 for a malformed body, 401 without a login, 404 for an unknown document', async () => {
    const doc = await draftAsEditor('بدنه نادرست')
    const raw = await http.api(`/api/news-items/${doc.id}/transition`, {
      method: 'POST',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: '{not json',
    })
    expect(raw.status).toBe(400)
    expect((await transition(doc.id, 'flying', editor)).status).toBe(400)
    expect((await transition(doc.id, 'in_review', editor, { comment: 12 })).status).toBe(400)
    expect((await transition(doc.id, 'in_review', {})).status).toBe(401)
    expect((await transition(99_999_999, 'in_review', editor)).status).toBe(404)
  })

  it('answers 409 with the allowed targets for a move that does not exist', async () => {
    const doc = await draftAsEditor('حرکت ناممکن')
    const { status, body } = await transition(doc.id, 'archived', supervisor)
    expect(status).toBe(409)
    expect(body.allowed?.sort()).toEqual(['in_review', 'published'])
  })

  it('takes a document through review to the public', async () => {
    const doc = await draftAsEditor('مسیر کامل')
    expect((await transition(doc.id, 'in_review', editor)).status).toBe(200)
    expect((await transition(doc.id, 'changes_requested', supervisor)).status).toBe(400)
    expect((await transition(doc.id, 'changes_requested', supervisor, { comment: 'منبع را بنویسید.' })).status).toBe(200)
    expect((await transition(doc.id, 'in_review', editor)).status).toBe(200)
    expect((await transition(doc.id, 'approved', supervisor)).status).toBe(200)
    expect((await transition(doc.id, 'published', supervisor)).status).toBe(200)
    expect(await publicTitle(doc.id)).toBe('مسیر کامل')
  })
})

describe('nobody takes content down outside the workflow', () => {
  it("by Payload's unpublish (its menu's button, the list's bulk action, GraphQL): 403 naming the transition, and the item stays live", async () => {
    const doc = await draftAsEditor('خبر ماندگار')
    expect((await transition(doc.id, 'published', supervisor)).status).toBe(200)
    for (const who of [editor, supervisor]) {
      // What Payload's Unpublish button sends.
      const single = await http.send<{ errors?: Array<{ message: string }> }>(
        'PATCH',
        `/api/news-items/${doc.id}`,
        { _status: 'draft' },
        who,
      )
      expect(single.status).toBe(403)
      expect(single.body.errors?.[0]?.message).toContain('workflow transition')
      const bulk = await http.send('PATCH', `/api/news-items?where[id][equals]=${doc.id}`, { _status: 'draft' }, who)
      expect(bulk.status).toBeGreaterThanOrEqual(400)
      const mutation = await http.graphql(`mutation { updateNewsItem(id: ${doc.id}, data: { _status: draft }) { id } }`, who)
      expect(mutation.body.errors?.length).toBeGreaterThan(0)
      expect(await publicTitle(doc.id)).toBe('خبر ماندگار')
    }
    // Control: a draft saved over it is still a draft save, and the transition takes it down.
    expect((await http.send('PATCH', `/api/news-items/${doc.id}?draft=true`, { _status: 'draft', title: 'ویرایش' }, editor)).status).toBe(
      200,
    )
    expect(await publicTitle(doc.id)).toBe('خبر ماندگار')
    expect((await transition(doc.id, 'archived', supervisor)).status).toBe(200)
    expect(await publicTitle(doc.id)).toBeNull()
  })
})

describe("the admin's Revert to published", () => {
  it('drops the pending draft of a live item for whoever may edit it, writing back the live version, never what the client sends', async () => {
    const doc = await draftAsEditor('متن منتشرشده برای بازگشت')
    expect((await transition(doc.id, 'published', supervisor)).status).toBe(200)
    expect((await http.send('PATCH', `/api/news-items/${doc.id}?draft=true`, { title: 'پیش‌نویس نیمه‌کاره' }, editor)).status).toBe(200)
    const revert = (as: Headers) => http.send<{ doc?: Doc }>('POST', `/api/news-items/${doc.id}/revert-to-published`, {}, as)

    // Another province's editor does not find it; without a login it is refused.
    expect((await revert(await http.login('editor.isfahan@demo.newsroom'))).status).toBe(404)
    expect((await revert({})).status).toBe(403)
    const latestTitle = async () => (await http.json<Doc>(`/api/news-items/${doc.id}?draft=true`, { headers: editor })).body
    expect((await latestTitle()).title).toBe('پیش‌نویس نیمه‌کاره')

    const reverted = await revert(editor)
    expect(reverted.status).toBe(200)
    expect(reverted.body.doc).toMatchObject({ title: 'متن منتشرشده برای بازگشت', _status: 'published', workflowStatus: 'published' })
    expect(await latestTitle()).toMatchObject({ title: 'متن منتشرشده برای بازگشت', _status: 'published' })
    expect(await publicTitle(doc.id)).toBe('متن منتشرشده برای بازگشت')

    // Taken down, it is not put back by a revert: that is a publication.
    expect((await transition(doc.id, 'archived', supervisor)).status).toBe(200)
    expect((await revert(supervisor)).status).toBe(409)
    expect(await publicTitle(doc.id)).toBeNull()
  })
})

describe('GraphQL respects scope', () => {
  it('hides other organizations’ drafts and refuses writes outside scope', async () => {
    const isfahanEditor = await http.login('editor.isfahan@demo.newsroom')
    const doc = await draftAsEditor('پیش‌نویس تهران برای گراف‌کیوال')
    const list = await http.graphql<{ NewsItems: { docs: Array<{ id: number }> } }>(
      '{ NewsItems(draft: true, limit: 500) { docs { id } } }',
      isfahanEditor,
    )
    expect(list.body.data!.NewsItems.docs.map((d) => d.id)).not.toContain(doc.id)
    const update = await http.graphql(
      `mutation { updateNewsItem(id: ${doc.id}, draft: true, data: { summary: "نفوذ" }) { id } }`,
      isfahanEditor,
    )
    expect(update.body.errors?.length).toBeGreaterThan(0)
    const users = await http.graphql('{ Users { docs { email } } }')
    expect(users.body.errors?.length).toBeGreaterThan(0)
  })
})
