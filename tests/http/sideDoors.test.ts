import http from 'node:http'
import { beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'
import { DELIVERY_TYPE, EDITORIAL, fixtures, GRAPHQL_NAME, TEXT_FIELD, type Doc, type Editorial } from '../helpers/sideDoors'

/**
 * Issue 11: no side doors. Each class is a table across the editorial collections (and, for
 * relationships, every relationship field), REST and GraphQL, with the control — the same action
 * inside scope succeeds — beside the refusal. Fixtures are made fresh by each test.
 */
const api = client()
const fx = fixtures(api)

type Actor = 'admin' | 'supervisor.tehran' | 'editor.tehran' | 'supervisor.isfahan'
let as: Record<Actor, Headers>
let org: { tehran: number; isfahan: number }
let ids: { editorTehran: number; supervisorIsfahan: number }

beforeAll(async () => {
  const actors: Actor[] = ['admin', 'supervisor.tehran', 'editor.tehran', 'supervisor.isfahan']
  as = Object.fromEntries(
    await Promise.all(actors.map(async (actor) => [actor, await api.login(`${actor}@demo.newsroom`)] as const)),
  ) as Record<Actor, Headers>
  const { body } = await api.json<{ docs: Array<{ id: number; slug: string }> }>(
    '/api/organizations?where[slug][in]=tehran,isfahan&limit=2',
  )
  org = Object.fromEntries(body.docs.map((doc) => [doc.slug, doc.id])) as typeof org
  const me = await api.json<{ user: { id: number } }>('/api/users/me', { headers: as['editor.tehran'] })
  const isfahan = await api.json<{ user: { id: number } }>('/api/users/me', { headers: as['supervisor.isfahan'] })
  ids = { editorTehran: me.body.user.id, supervisorIsfahan: isfahan.body.user.id }
})

/** A GraphQL literal for a relationship value. */
const gql = (value: number | number[]) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value))

// ---------------------------------------------------------------------------------------------
// 1. Relationships point only at what the user may read
// ---------------------------------------------------------------------------------------------

type RelationCase = {
  collection: Editorial
  field: string
  many: boolean
  /** An id the Tehran editor may read, and one they may not (another province's private file or draft, or no such document). */
  readable: () => Promise<number>
  unreadable: () => Promise<number>
}

const MISSING = 99_999_999

async function categoryId(): Promise<number> {
  const { body } = await api.json<{ docs: Array<{ id: number }> }>('/api/categories?limit=1&depth=0')
  return body.docs[0]!.id
}

const imageCases = (collection: Editorial): RelationCase[] => [
  {
    collection,
    field: 'heroImage',
    many: false,
    readable: () => fx.media(org.tehran, as.admin),
    unreadable: () => fx.media(org.isfahan, as.admin),
  },
  {
    collection,
    field: 'gallery',
    many: true,
    readable: () => fx.media(org.tehran, as.admin),
    unreadable: () => fx.media(org.isfahan, as.admin),
  },
  {
    collection,
    field: 'campaign',
    many: false,
    readable: async () => (await fx.draft('campaigns', org.tehran, as.admin)).id,
    unreadable: async () => (await fx.draft('campaigns', org.isfahan, as.admin)).id,
  },
  { collection, field: 'categories', many: true, readable: categoryId, unreadable: async () => MISSING },
]

const RELATION_CASES: RelationCase[] = [
  ...imageCases('news-items'),
  ...imageCases('press-releases'),
  {
    collection: 'press-releases',
    field: 'attachments',
    many: true,
    readable: () => fx.attachment(org.tehran, as.admin),
    unreadable: () => fx.attachment(org.isfahan, as.admin),
  },
  { collection: 'campaigns', field: 'provinces', many: true, readable: async () => org.tehran, unreadable: async () => MISSING },
]

describe('1. relationships point only at what the user may read', () => {
  const rows = RELATION_CASES.map((c) => [c.collection, c.field, c] as const)

  it.each(rows)(
    'REST create and update of %s.%s: readable id stored, unreadable id a 400 naming the field',
    async (collection, field, c) => {
      const editor = as['editor.tehran']
      const value = (id: number) => (c.many ? [id] : id)
      const good = await c.readable()
      const bad = await c.unreadable()

      const created = await api.send<{ doc?: Record<string, unknown> }>(
        'POST',
        `/api/${collection}?draft=true&depth=0`,
        { title: 'پیوند مجاز', organization: org.tehran, [field]: value(good) },
        editor,
      )
      expect(created.status).toBe(201)
      expect(JSON.stringify(created.body.doc?.[field])).toContain(String(good))

      const refused = await api.send<{ errors?: Array<{ message: string; data?: { errors?: Array<{ path: string }> } }> }>(
        'POST',
        `/api/${collection}?draft=true`,
        { title: 'پیوند غیرمجاز', organization: org.tehran, [field]: value(bad) },
        editor,
      )
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.body)).toContain(field)

      const id = (created.body.doc as { id: number }).id
      const update = await api.send('PATCH', `/api/${collection}/${id}?draft=true`, { [field]: value(bad) }, editor)
      expect(update.status).toBe(400)
      const after = await api.json<Record<string, unknown>>(`/api/${collection}/${id}?draft=true&depth=0`, { headers: editor })
      expect(JSON.stringify(after.body[field])).not.toContain(String(bad))
    },
  )

  it.each(rows)('GraphQL create of %s.%s: readable id accepted, unreadable refused', async (collection, field, c) => {
    const editor = as['editor.tehran']
    const value = async (id: number) => gql(c.many ? [id] : id)
    const name = GRAPHQL_NAME[collection]
    const ok = await api.graphql(
      `mutation { create${name}(draft: true, data: { title: "گراف مجاز", organization: ${org.tehran}, ${field}: ${await value(await c.readable())} }) { id } }`,
      editor,
    )
    expect(ok.body.errors).toBeUndefined()
    const refused = await api.graphql(
      `mutation { create${name}(draft: true, data: { title: "گراف غیرمجاز", organization: ${org.tehran}, ${field}: ${await value(await c.unreadable())} }) { id } }`,
      editor,
    )
    expect(refused.body.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(refused.body.errors)).toContain(field)
  })

  it('a bulk edit cannot link an unreadable image; the same bulk edit with a readable one can', async () => {
    const editor = as['editor.tehran']
    const a = await fx.draft('news-items', org.tehran, editor)
    const b = await fx.draft('news-items', org.tehran, editor)
    const where = `where[id][in]=${a.id},${b.id}`
    const refused = await api.send(
      'PATCH',
      `/api/news-items?draft=true&${where}`,
      { heroImage: await fx.media(org.isfahan, as.admin) },
      editor,
    )
    expect(refused.status).toBe(400)
    const good = await fx.media(org.tehran, as.admin)
    const ok = await api.send<{ docs: Array<{ heroImage: unknown }> }>(
      'PATCH',
      `/api/news-items?draft=true&depth=0&${where}`,
      { heroImage: good },
      editor,
    )
    expect(ok.status).toBe(200)
    expect(ok.body.docs.map((doc) => doc.heroImage)).toEqual([good, good])
  })

  it('a supervisor cannot publish another province’s private image; their own becomes public on publish', async () => {
    const supervisor = as['supervisor.tehran']
    const foreign = await fx.media(org.isfahan, as.admin)
    const own = await fx.media(org.tehran, as.admin)
    const doc = await fx.draft('news-items', org.tehran, supervisor)
    expect((await api.send('PATCH', `/api/news-items/${doc.id}?draft=true`, { heroImage: foreign }, supervisor)).status).toBe(400)
    expect((await api.send('PATCH', `/api/news-items/${doc.id}?draft=true`, { heroImage: own }, supervisor)).status).toBe(200)
    expect((await fx.transition('news-items', doc.id, 'published', supervisor)).status).toBe(200)
    expect((await api.json(`/api/media/${own}`)).status).toBe(200)
    expect((await api.json(`/api/media/${foreign}`)).status).not.toBe(200)
  })

  it('a link made earlier by an admin does not block the editor’s other edits', async () => {
    const doc = await fx.draft('news-items', org.tehran, as.admin, { heroImage: await fx.media(org.isfahan, as.admin) })
    const edit = await api.send('PATCH', `/api/news-items/${doc.id}?draft=true`, { summary: 'ویرایش کنار پیوند مدیر' }, as['editor.tehran'])
    expect(edit.status).toBe(200)
  })

  it('comments attach only to documents the author may read', async () => {
    const own = await fx.draft('news-items', org.tehran, as.admin)
    const foreign = await fx.draft('news-items', org.isfahan, as.admin)
    const post = (id: number) =>
      api.send('POST', '/api/comments', { document: { relationTo: 'news-items', value: id }, body: 'یادداشت' }, as['editor.tehran'])
    expect((await post(own.id)).status).toBe(201)
    expect((await post(foreign.id)).status).toBe(400)
  })
})

// ---------------------------------------------------------------------------------------------
// 2. Queries cannot read through a relationship
// ---------------------------------------------------------------------------------------------

const PATHS: Array<[Editorial, string, string]> = [
  ['news-items', 'campaign.objective', 'campaign'],
  ['news-items', 'heroImage.alt', 'heroImage'],
  ['news-items', 'gallery.alt', 'gallery'],
  ['news-items', 'categories.title', 'categories'],
  ['news-items', 'organization.name', 'organization'],
  ['press-releases', 'campaign.title', 'campaign'],
  ['press-releases', 'attachments.title', 'attachments'],
  ['campaigns', 'provinces.name', 'provinces'],
  ['campaigns', 'organization.name', 'organization'],
  ['campaigns', 'linkedContent.title', 'linkedContent'],
]

describe('2. queries cannot read through a relationship', () => {
  it('a Tehran editor cannot learn a Fars draft campaign’s objective through a linked item (the issue’s attack)', async () => {
    const secret = `هدف-محرمانه-${Math.random().toString(36).slice(2, 8)}`
    const campaign = await fx.draft('campaigns', org.isfahan, as.admin, { objective: secret })
    const item = await fx.draft('news-items', org.tehran, as.admin, { campaign: campaign.id })
    const probe = await api.json(
      `/api/news-items?draft=true&where[id][equals]=${item.id}&where[campaign.objective][like]=${encodeURIComponent(secret)}`,
      { headers: as['editor.tehran'] },
    )
    expect(probe.status).toBe(400)
    const control = await api.json<{ totalDocs: number }>(
      `/api/news-items?draft=true&where[id][equals]=${item.id}&where[campaign][equals]=${campaign.id}`,
      { headers: as['editor.tehran'] },
    )
    expect(control.status).toBe(200)
    expect(control.body.totalDocs).toBe(1)
  })

  it.each(PATHS)('%s: where and sort on %s are a 400; on the related id (%s) they work', async (collection, path, field) => {
    for (const actor of ['editor.tehran', 'admin'] as const) {
      const where = await api.json(`/api/${collection}?where[${path}][exists]=true&limit=1`, { headers: as[actor] })
      expect(where.status, `${actor} where ${path}`).toBe(400)
      const sort = await api.json(`/api/${collection}?sort=-${path}&limit=1`, { headers: as[actor] })
      expect(sort.status, `${actor} sort ${path}`).toBe(400)
      const count = await api.json(`/api/${collection}/count?where[${path}][exists]=true`, { headers: as[actor] })
      expect(count.status, `${actor} count ${path}`).toBe(400)
    }
    const anonymous = await api.json(`/api/${collection}?where[${path}][exists]=true&limit=1`)
    expect(anonymous.status).toBe(400)
    if (field !== 'linkedContent') {
      const control = await api.json(`/api/${collection}?where[${field}][exists]=true&limit=1`, { headers: as['editor.tehran'] })
      expect(control.status).toBe(200)
    }
  })

  it('a join’s own where and sort cannot read through a relationship of the joined collection either; on its ids they work', async () => {
    const secret = `هدف-محرمانه-${Math.random().toString(36).slice(2, 8)}`
    const hidden = await fx.draft('campaigns', org.isfahan, as.admin, { objective: secret })
    const campaign = await fx.draft('campaigns', org.tehran, as.admin)
    await fx.draft('news-items', org.tehran, as.admin, { campaign: hidden.id })
    const base = `/api/campaigns/${campaign.id}?draft=true&depth=0`
    for (const query of [
      `joins[linkedContent][where][campaign.objective][like]=${encodeURIComponent(secret)}`,
      'joins[linkedContent][sort]=-organization.name',
    ]) {
      const refused = await api.json(`${base}&${query}`, { headers: as['editor.tehran'] })
      expect(refused.status, query).toBe(400)
    }
    const control = await api.json(
      `${base}&joins[linkedContent][where][campaign][equals]=${hidden.id}&joins[linkedContent][sort]=-createdAt`,
      {
        headers: as['editor.tehran'],
      },
    )
    expect(control.status).toBe(200)
    // A join of one collection (the history of an item) is held the same way.
    const item = await fx.draft('news-items', org.tehran, as['editor.tehran'])
    const history = `/api/news-items/${item.id}?draft=true&depth=0`
    const throughHistory = await api.json(`${history}&joins[workflowHistory][sort]=-organization.name`, { headers: as['editor.tehran'] })
    expect(throughHistory.status).toBe(400)
    const historyControl = await api.json(`${history}&joins[workflowHistory][sort]=-organization`, { headers: as['editor.tehran'] })
    expect(historyControl.status).toBe(200)
  })

  it.each(EDITORIAL)('%s: versions cannot be queried through a relationship; by their parent they can', async (collection) => {
    const doc = await fx.draft(collection, org.tehran, as['editor.tehran'])
    const refused = await api.json(`/api/${collection}/versions?where[version.organization.name][exists]=true`, {
      headers: as['editor.tehran'],
    })
    expect(refused.status).toBe(400)
    const control = await api.json<{ totalDocs: number }>(`/api/${collection}/versions?where[parent][equals]=${doc.id}`, {
      headers: as['editor.tehran'],
    })
    expect(control.status).toBe(200)
    expect(control.body.totalDocs).toBeGreaterThan(0)
  })

  it.each(EDITORIAL)('%s over GraphQL: a sort through a relationship is refused, a plain sort works', async (collection) => {
    const plural = { 'news-items': 'NewsItems', 'press-releases': 'PressReleases', campaigns: 'Campaigns' }[collection]
    const refused = await api.graphql(`{ ${plural}(sort: "organization.name", limit: 1) { docs { id } } }`, as['editor.tehran'])
    expect(refused.body.errors?.length).toBeGreaterThan(0)
    const control = await api.graphql(`{ ${plural}(sort: "-createdAt", limit: 1) { docs { id } } }`, as['editor.tehran'])
    expect(control.body.errors).toBeUndefined()
  })

  it('the admin’s own list filters (by organization id) and document-lock lookups keep working', async () => {
    const list = await api.json(`/api/news-items?where[or][0][and][0][organization][equals]=${org.tehran}&limit=5`, { headers: as.admin })
    expect(list.status).toBe(200)
    const locks = await api.json(
      '/api/payload-locked-documents?where[document.relationTo][equals]=news-items&where[document.value][equals]=1',
      { headers: as.admin },
    )
    expect(locks.status).toBe(200)
  })
})

// ---------------------------------------------------------------------------------------------
// 3. Versions are workflow
// ---------------------------------------------------------------------------------------------

async function liveWithPendingDraft(collection: Editorial): Promise<{ doc: Doc; liveTitle: string; draftVersion: number }> {
  const doc = await fx.published(collection, org.tehran, as.admin)
  const edited = await api.send(
    'PATCH',
    `/api/${collection}/${doc.id}?draft=true`,
    { title: `${doc.title} (پیش‌نویس)` },
    as['editor.tehran'],
  )
  expect(edited.status).toBe(200)
  const versions = await api.json<{ docs: Array<{ id: number; version: { _status: string } }> }>(
    `/api/${collection}/versions?where[parent][equals]=${doc.id}&where[version._status][equals]=draft&sort=-updatedAt&limit=1`,
    { headers: as.admin },
  )
  return { doc, liveTitle: doc.title, draftVersion: versions.body.docs[0]!.id }
}

describe('3. restoring a version writes a new draft, for every role', () => {
  const rows = EDITORIAL.flatMap((collection) =>
    (['admin', 'supervisor.tehran', 'editor.tehran'] as const).map((actor) => [collection, actor] as const),
  )

  it.each(rows)('%s: %s restores a draft version of live content with ?draft=false — the live version stays', async (collection, actor) => {
    const { doc, liveTitle, draftVersion } = await liveWithPendingDraft(collection)
    const restore = await api.send('POST', `/api/${collection}/versions/${draftVersion}?draft=false`, {}, as[actor])
    expect(restore.status).toBe(200)
    expect(await fx.publicTitle(collection, doc.id)).toBe(liveTitle)
    const latest = await api.json<Doc>(`/api/${collection}/${doc.id}?draft=true&depth=0`, { headers: as.admin })
    expect(latest.body.title).toBe(`${liveTitle} (پیش‌نویس)`)
    expect(latest.body.workflowStatus).toBe('draft')
  })

  it.each(EDITORIAL)('%s over GraphQL: a restore without draft: true is refused, with it the live version stays', async (collection) => {
    const { doc, liveTitle, draftVersion } = await liveWithPendingDraft(collection)
    const name = GRAPHQL_NAME[collection]
    const refused = await api.graphql(`mutation { restoreVersion${name}(id: ${draftVersion}) { id } }`, as.admin)
    expect(refused.body.errors?.length).toBeGreaterThan(0)
    expect(await fx.publicTitle(collection, doc.id)).toBe(liveTitle)
    const control = await api.graphql(`mutation { restoreVersion${name}(id: ${draftVersion}, draft: true) { id } }`, as.admin)
    expect(control.body.errors).toBeUndefined()
    expect(await fx.publicTitle(collection, doc.id)).toBe(liveTitle)
  })
})

// ---------------------------------------------------------------------------------------------
// 4. Deleting live content is unpublishing
// ---------------------------------------------------------------------------------------------

describe('4. deleting live content is unpublishing', () => {
  it.each(EDITORIAL)('%s: an editor deletes a draft that never went live (control)', async (collection) => {
    const doc = await fx.draft(collection, org.tehran, as['editor.tehran'])
    expect((await api.api(`/api/${collection}/${doc.id}`, { method: 'DELETE', headers: as['editor.tehran'] })).status).toBe(200)
  })

  it.each(EDITORIAL)('%s: an editor cannot delete published, archived or approved content (REST and GraphQL)', async (collection) => {
    const editor = as['editor.tehran']
    const live = await fx.published(collection, org.tehran, as.admin)
    const refused = await api.json<{ errors?: Array<{ message: string }> }>(`/api/${collection}/${live.id}`, {
      method: 'DELETE',
      headers: editor,
    })
    expect(refused.status).toBe(403)
    expect(await fx.publicTitle(collection, live.id)).toBe(live.title)
    const gqlRefused = await api.graphql(`mutation { delete${GRAPHQL_NAME[collection]}(id: ${live.id}) { id } }`, editor)
    expect(gqlRefused.body.errors?.length).toBeGreaterThan(0)
    expect(await fx.publicTitle(collection, live.id)).toBe(live.title)

    const archived = await fx.published(collection, org.tehran, as.admin)
    expect((await fx.transition(collection, archived.id, 'archived', as.admin)).status).toBe(200)
    expect((await api.api(`/api/${collection}/${archived.id}`, { method: 'DELETE', headers: editor })).status).toBe(403)

    const approved = await fx.draft(collection, org.tehran, editor)
    expect((await fx.transition(collection, approved.id, 'in_review', editor)).status).toBe(200)
    expect((await fx.transition(collection, approved.id, 'approved', as['supervisor.tehran'])).status).toBe(200)
    expect((await api.api(`/api/${collection}/${approved.id}`, { method: 'DELETE', headers: editor })).status).toBe(403)
  })

  it.each(EDITORIAL)('%s: a supervisor’s delete of live content is an unpublish: history, cache emptied, audit', async (collection) => {
    const live = await fx.published(collection, org.tehran, as.admin)
    const article = `/api/delivery/v1/tehran/${DELIVERY_TYPE[collection]}/${encodeURIComponent(live.slug)}`
    expect((await api.json(article)).status).toBe(200)
    const deleted = await api.api(`/api/${collection}/${live.id}`, { method: 'DELETE', headers: as['supervisor.tehran'] })
    expect(deleted.status).toBe(200)
    expect(await fx.publicTitle(collection, live.id)).toBeNull()
    expect((await api.json(article)).status).toBe(404)
    const history = await api.json<{ docs: Array<{ from: string; to: string; comment: string }> }>(
      `/api/workflow-transitions?where[comment][like]=${encodeURIComponent(`${collection} ${live.id}`)}&where[to][equals]=archived`,
      { headers: as['supervisor.tehran'] },
    )
    expect(history.body.docs.map((row) => [row.from, row.to])).toEqual([['published', 'archived']])
    const audit = await api.json<{ totalDocs: number }>(
      `/api/audit-log?where[targetCollection][equals]=${collection}&where[documentId][equals]=${live.id}&where[action][equals]=delete`,
      { headers: as.admin },
    )
    expect(audit.body.totalDocs).toBe(1)
  })

  it('another province’s supervisor cannot delete it at all', async () => {
    const live = await fx.published('news-items', org.tehran, as.admin)
    expect([403, 404]).toContain(
      (await api.api(`/api/news-items/${live.id}`, { method: 'DELETE', headers: as['supervisor.isfahan'] })).status,
    )
    expect(await fx.publicTitle('news-items', live.id)).toBe(live.title)
  })
})

// ---------------------------------------------------------------------------------------------
// 5. Files of live content
// ---------------------------------------------------------------------------------------------

type FileCase = {
  files: 'media' | 'attachments'
  collection: Editorial
  link: (id: number) => Record<string, unknown>
  text: string
  make: () => Promise<number>
}
const FILE_CASES: FileCase[] = [
  { files: 'media', collection: 'news-items', link: (id) => ({ heroImage: id }), text: 'alt', make: () => fx.media(org.tehran, as.admin) },
  {
    files: 'media',
    collection: 'press-releases',
    link: (id) => ({ gallery: [id] }),
    text: 'alt',
    make: () => fx.media(org.tehran, as.admin),
  },
  {
    files: 'attachments',
    collection: 'press-releases',
    link: (id) => ({ attachments: [id] }),
    text: 'title',
    make: () => fx.attachment(org.tehran, as.admin),
  },
]

describe('5. files used by live content change only with a supervisor', () => {
  const rows = FILE_CASES.map((c) => [c.files, c.collection, c] as const)

  it.each(rows)(
    '%s used by published %s: the editor’s edit, replacement and delete are 403; unused files stay theirs',
    async (files, collection, c) => {
      const editor = as['editor.tehran']
      const unused = await c.make()
      expect((await api.send('PATCH', `/api/${files}/${unused}`, { [c.text]: 'متن تازه' }, editor)).status).toBe(200)

      const used = await c.make()
      await fx.published(collection, org.tehran, as.admin, c.link(used))
      const edit = await api.send<{ errors?: Array<{ message: string }> }>(
        'PATCH',
        `/api/${files}/${used}`,
        { [c.text]: 'تغییر بی‌بازبینی' },
        editor,
      )
      expect(edit.status).toBe(403)
      expect(JSON.stringify(edit.body)).toContain('published content')
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(Buffer.from('x'))], { type: 'image/png' }), 'x.png')
      expect((await api.json(`/api/${files}/${used}`, { method: 'PATCH', headers: editor, body: form })).status).toBeGreaterThanOrEqual(400)
      expect((await api.api(`/api/${files}/${used}`, { method: 'DELETE', headers: editor })).status).toBe(403)
      const gqlName = files === 'media' ? 'Media' : 'Attachment'
      const gqlEdit = await api.graphql(`mutation { update${gqlName}(id: ${used}, data: { ${c.text}: "گراف" }) { id } }`, editor)
      expect(gqlEdit.body.errors?.length).toBeGreaterThan(0)
      const stored = await api.json<Record<string, unknown>>(`/api/${files}/${used}`, { headers: as.admin })
      expect(stored.body[c.text]).not.toBe('تغییر بی‌بازبینی')
    },
  )

  it('a supervisor in scope changes an image of live content: the portal answer changes at once and the change is audited', async () => {
    const image = await fx.media(org.tehran, as.admin)
    const live = await fx.published('news-items', org.tehran, as.admin, { heroImage: image })
    const article = `/api/delivery/v1/tehran/news/${encodeURIComponent(live.slug)}`
    expect((await api.json(article)).status).toBe(200)
    const alt = `متن جایگزین بازبینی‌شده ${live.id}`
    expect((await api.send('PATCH', `/api/media/${image}`, { alt }, as['supervisor.tehran'])).status).toBe(200)
    const after = await api.json<{ image: { alt: string } }>(article)
    expect(after.body.image.alt).toBe(alt)
    const audit = await api.json<{ totalDocs: number }>(
      `/api/audit-log?where[targetCollection][equals]=media&where[documentId][equals]=${image}&where[action][equals]=update`,
      { headers: as.admin },
    )
    expect(audit.body.totalDocs).toBeGreaterThan(0)
  })
})

// ---------------------------------------------------------------------------------------------
// 6. Review means what was reviewed
// ---------------------------------------------------------------------------------------------

describe('6. review means what was reviewed', () => {
  it.each(EDITORIAL)(
    '%s: an editor’s edit of content in review withdraws it to draft, with a history row (REST and GraphQL)',
    async (collection) => {
      const editor = as['editor.tehran']
      for (const via of ['rest', 'graphql'] as const) {
        const doc = await fx.draft(collection, org.tehran, editor)
        expect((await fx.transition(collection, doc.id, 'in_review', editor)).status).toBe(200)
        if (via === 'rest') {
          expect(
            (await api.send('PATCH', `/api/${collection}/${doc.id}?draft=true`, { [TEXT_FIELD[collection]]: 'پس از ارسال' }, editor))
              .status,
          ).toBe(200)
        } else {
          const result = await api.graphql(
            `mutation { update${GRAPHQL_NAME[collection]}(id: ${doc.id}, draft: true, data: { ${TEXT_FIELD[collection]}: "پس از ارسال" }) { id } }`,
            editor,
          )
          expect(result.body.errors).toBeUndefined()
        }
        const latest = await api.json<Doc>(`/api/${collection}/${doc.id}?draft=true&depth=0`, { headers: editor })
        expect(latest.body.workflowStatus, via).toBe('draft')
        const history = await api.json<{ docs: Array<{ from: string; to: string }> }>(
          `/api/workflow-transitions?where[document.value][equals]=${doc.id}&where[document.relationTo][equals]=${collection}&sort=createdAt`,
          { headers: editor },
        )
        expect(history.body.docs.map((row) => `${row.from}→${row.to}`)).toEqual(['draft→in_review', 'in_review→draft'])
      }
    },
  )

  it.each(EDITORIAL)('%s: the supervisor’s own edit during review keeps it in review (control)', async (collection) => {
    const doc = await fx.draft(collection, org.tehran, as['editor.tehran'])
    expect((await fx.transition(collection, doc.id, 'in_review', as['editor.tehran'])).status).toBe(200)
    expect(
      (
        await api.send(
          'PATCH',
          `/api/${collection}/${doc.id}?draft=true`,
          { [TEXT_FIELD[collection]]: 'اصلاح سرپرست' },
          as['supervisor.tehran'],
        )
      ).status,
    ).toBe(200)
    expect((await api.json<Doc>(`/api/${collection}/${doc.id}?draft=true&depth=0`, { headers: as.admin })).body.workflowStatus).toBe(
      'in_review',
    )
  })

  it.each(EDITORIAL)(
    '%s: a publish of a version the supervisor did not see is a 409; of the one they saw, it goes live',
    async (collection) => {
      const editor = as['editor.tehran']
      const supervisor = as['supervisor.tehran']
      const doc = await fx.draft(collection, org.tehran, editor)
      expect((await fx.transition(collection, doc.id, 'in_review', editor)).status).toBe(200)
      const seen = (await api.json<Doc>(`/api/${collection}/${doc.id}?draft=true&depth=0`, { headers: supervisor })).body
      await new Promise((resolve) => setTimeout(resolve, 5))
      expect((await api.send('PATCH', `/api/${collection}/${doc.id}?draft=true`, { title: 'تغییر پس از بازبینی' }, editor)).status).toBe(
        200,
      )
      const stale = await fx.transition(collection, doc.id, 'published', supervisor, { seen: seen.updatedAt })
      expect(stale.status).toBe(409)
      expect(await fx.publicTitle(collection, doc.id)).toBeNull()
      const current = (await api.json<Doc>(`/api/${collection}/${doc.id}?draft=true&depth=0`, { headers: supervisor })).body
      expect((await fx.transition(collection, doc.id, 'published', supervisor, { seen: current.updatedAt })).status).toBe(200)
      expect(await fx.publicTitle(collection, doc.id)).toBe('تغییر پس از بازبینی')
    },
  )

  it.each(EDITORIAL)('%s: a supervisor takes live content down whatever state its pending draft is in', async (collection) => {
    const editor = as['editor.tehran']
    for (const pending of ['draft', 'in_review'] as const) {
      const live = await fx.published(collection, org.tehran, as.admin)
      expect((await api.send('PATCH', `/api/${collection}/${live.id}?draft=true`, { title: 'ویرایش معلق' }, editor)).status).toBe(200)
      if (pending === 'in_review') expect((await fx.transition(collection, live.id, 'in_review', editor)).status).toBe(200)
      expect((await fx.transition(collection, live.id, 'archived', editor)).status).toBe(403)
      const down = await fx.transition(collection, live.id, 'archived', as['supervisor.tehran'])
      expect(down.status, pending).toBe(200)
      expect(await fx.publicTitle(collection, live.id)).toBeNull()
    }
  })
})

// ---------------------------------------------------------------------------------------------
// 7. Shared vocabularies
// ---------------------------------------------------------------------------------------------

describe('7. categories and the organization tree are written only by admins', () => {
  it.each(['supervisor.tehran', 'editor.tehran'] as const)(
    '%s cannot create or rename a category or an organization (REST and GraphQL)',
    async (actor) => {
      const category = await categoryId()
      const before = await api.json<{ title: string }>(`/api/categories/${category}`)
      expect((await api.send('PATCH', `/api/categories/${category}`, { title: 'دسته دست‌کاری‌شده' }, as[actor])).status).toBe(403)
      expect((await api.send('POST', '/api/categories', { title: 'دسته تازه' }, as[actor])).status).toBe(403)
      expect(
        (await api.graphql(`mutation { updateCategory(id: ${category}, data: { title: "گراف" }) { id } }`, as[actor])).body.errors?.length,
      ).toBeGreaterThan(0)
      expect((await api.json<{ title: string }>(`/api/categories/${category}`)).body.title).toBe(before.body.title)
      expect((await api.send('PATCH', `/api/organizations/${org.tehran}`, { center: 'جای دیگر' }, as[actor])).status).toBe(403)
    },
  )

  it('the admin can (control)', async () => {
    const created = await api.send<{ doc: { id: number } }>('POST', '/api/categories', { title: `دسته آزمایشی ${Date.now()}` }, as.admin)
    expect(created.status).toBe(201)
    expect(
      (await api.send('PATCH', `/api/categories/${created.body.doc.id}`, { title: 'دسته آزمایشی تغییر یافته' }, as.admin)).status,
    ).toBe(200)
  })
})

// ---------------------------------------------------------------------------------------------
// 8. Accounts: unlock, document locks, the audit log's client address
// ---------------------------------------------------------------------------------------------

const PASSWORD = 'locked-out-password-1'

async function lockedEditor(organization: number): Promise<string> {
  const email = `locked.${Math.random().toString(36).slice(2, 8)}@demo.newsroom`
  const created = await api.send(
    'POST',
    '/api/users',
    { email, password: PASSWORD, name: 'ویراستار قفل‌شده', role: 'editor', organization },
    as.admin,
  )
  expect(created.status).toBe(201)
  for (let attempt = 0; attempt < 5; attempt++) await api.send('POST', '/api/users/login', { email, password: 'wrong-password-00' })
  expect((await api.send('POST', '/api/users/login', { email, password: PASSWORD })).status).not.toBe(200)
  return email
}

const canLogIn = async (email: string) => (await api.send('POST', '/api/users/login', { email, password: PASSWORD })).status === 200

describe('8. accounts', () => {
  it('unlock: editors never; a supervisor only in scope; unknown and refused emails get the same answer', async () => {
    const tehranEditor = await lockedEditor(org.tehran)
    const isfahanEditor = await lockedEditor(org.isfahan)
    const unlock = (email: string, actor: Actor) => api.send('POST', '/api/users/unlock', { email }, as[actor])

    const byEditor = await unlock(tehranEditor, 'editor.tehran')
    expect(byEditor.status).toBe(403)
    const outOfScope = await unlock(isfahanEditor, 'supervisor.tehran')
    const unknown = await unlock('nobody.here@demo.newsroom', 'supervisor.tehran')
    expect(outOfScope.status).toBe(403)
    expect([unknown.status, JSON.stringify(unknown.body)]).toEqual([outOfScope.status, JSON.stringify(outOfScope.body)])
    expect(await canLogIn(isfahanEditor)).toBe(false)

    const gqlRefused = await api.graphql(`mutation { unlockUser(email: "${isfahanEditor}") }`, as['supervisor.tehran'])
    expect(gqlRefused.body.errors?.length).toBeGreaterThan(0)
    expect(await canLogIn(isfahanEditor)).toBe(false)

    expect((await unlock(tehranEditor, 'supervisor.tehran')).status).toBe(200)
    expect(await canLogIn(tehranEditor)).toBe(true)
    const gqlControl = await api.graphql(`mutation { unlockUser(email: "${isfahanEditor}") }`, as.admin)
    expect(gqlControl.body.errors).toBeUndefined()
    expect(await canLogIn(isfahanEditor)).toBe(true)
  })

  it('document locks: a user removes only their own, a lock always names its writer, and nobody locks what they may not edit', async () => {
    const doc = await fx.draft('news-items', org.tehran, as['editor.tehran'])
    const takeLock = (actor: Actor, holder: number, target: { document?: number; globalSlug?: string }) =>
      api.send<{ doc: { id: number } }>(
        'POST',
        '/api/payload-locked-documents',
        {
          ...(target.document === undefined ? {} : { document: { relationTo: 'news-items', value: target.document } }),
          ...(target.globalSlug ? { globalSlug: target.globalSlug } : {}),
          user: { relationTo: 'users', value: holder },
        },
        as[actor],
      )
    const lock = await takeLock('editor.tehran', ids.editorTehran, { document: doc.id })
    expect(lock.status).toBe(201)
    expect((await takeLock('supervisor.tehran', ids.editorTehran, { document: doc.id })).status).toBe(403)
    // Nobody locks what they may not edit: a lock holds every other save off (423).
    expect((await takeLock('supervisor.isfahan', ids.supervisorIsfahan, { document: doc.id })).status).toBe(403)
    // A lock of a global is the global's alone: an editor cannot hold the admins' calendar off
    // by naming their own article beside it; an admin locks the global (control).
    const smuggled = await takeLock('editor.tehran', ids.editorTehran, { document: doc.id, globalSlug: 'foi-calendar' })
    expect(smuggled.status).toBe(403)
    const admin = await api.json<{ user: { id: number } }>('/api/users/me', { headers: as.admin })
    const calendarLock = await takeLock('admin', admin.body.user.id, { globalSlug: 'foi-calendar' })
    expect(calendarLock.status).toBe(201)
    await api.api(`/api/payload-locked-documents/${calendarLock.body.doc.id}`, { method: 'DELETE', headers: as.admin })
    for (const actor of ['supervisor.tehran', 'admin'] as const) {
      expect([403, 404]).toContain(
        (await api.api(`/api/payload-locked-documents/${lock.body.doc.id}`, { method: 'DELETE', headers: as[actor] })).status,
      )
    }
    expect((await api.json(`/api/payload-locked-documents/${lock.body.doc.id}`, { headers: as.admin })).status).toBe(200)
    expect(
      (await api.api(`/api/payload-locked-documents/${lock.body.doc.id}`, { method: 'DELETE', headers: as['editor.tehran'] })).status,
    ).toBe(200)
  })

  it('a lock is read by its holder and by whoever may read what it locks, never from another province', async () => {
    const doc = await fx.draft('news-items', org.tehran, as['editor.tehran'])
    const lock = await api.send<{ doc: { id: number } }>(
      'POST',
      '/api/payload-locked-documents',
      { document: { relationTo: 'news-items', value: doc.id }, user: { relationTo: 'users', value: ids.editorTehran } },
      as['editor.tehran'],
    )
    expect(lock.status).toBe(201)
    const lockId = lock.body.doc.id
    // The three ways to ask: the admin's own lookup by document, the lock by id, and GraphQL.
    const seenBy = async (actor: Actor) => {
      const lookup = await api.json<{ docs: Array<{ id: number }> }>(
        `/api/payload-locked-documents?where[document.relationTo][equals]=news-items&where[document.value][equals]=${doc.id}`,
        { headers: as[actor] },
      )
      const byId = await api.json(`/api/payload-locked-documents/${lockId}`, { headers: as[actor] })
      const graph = await api.graphql<{ PayloadLockedDocuments: { docs: Array<{ id: number }> } }>(
        '{ PayloadLockedDocuments(limit: 0, pagination: false) { docs { id } } }',
        as[actor],
      )
      return {
        lookup: lookup.body.docs.map((found) => found.id),
        byId: byId.status,
        graph: graph.body.data?.PayloadLockedDocuments.docs.some((found) => found.id === lockId),
      }
    }
    try {
      const visible = { lookup: [lockId], byId: 200, graph: true }
      expect(await seenBy('editor.tehran')).toEqual(visible)
      expect(await seenBy('supervisor.tehran')).toEqual(visible)
      expect(await seenBy('admin')).toEqual(visible)
      expect(await seenBy('supervisor.isfahan')).toEqual({ lookup: [], byId: 404, graph: false })
    } finally {
      await api.api(`/api/payload-locked-documents/${lockId}`, { method: 'DELETE', headers: as['editor.tehran'] })
    }
  })

  it('the audit log records the connecting address, not a client’s X-Forwarded-For', async () => {
    const email = 'editor.isfahan@demo.newsroom'
    await api.send('POST', '/api/users/login', { email, password: 'not-the-password-1' }, { 'X-Forwarded-For': '198.51.100.77' })
    const log = await api.json<{ docs: Array<{ ip: string }> }>(
      `/api/audit-log?where[action][equals]=login_failed&where[detail][equals]=${email}&sort=-createdAt&limit=1`,
      { headers: as.admin },
    )
    expect(log.body.docs[0]?.ip).toBeTruthy()
    expect(log.body.docs[0]?.ip).not.toBe('198.51.100.77')
    // Reset the demo account's failed-login counter for the files that follow.
    expect((await api.send('POST', '/api/users/unlock', { email }, as.admin)).status).toBe(200)
  })
})

// ---------------------------------------------------------------------------------------------
// 9. Absolute URLs never come from the Host header
// ---------------------------------------------------------------------------------------------

/** A GET with a forged Host header (fetch does not let a caller set Host). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const target = new URL(path, api.base)
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname: target.hostname, port: target.port, path: target.pathname + target.search, headers: { Host: host } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    request.on('error', reject)
    request.end()
  })
}

describe('9. public answers never take their host from the request', () => {
  it('feeds, sitemap, JSON-LD and portal pages with a forged Host carry no trace of it', async () => {
    const live = await fx.published('news-items', org.tehran, as.admin)
    const paths = [
      '/api/delivery/v1/tehran/news/feed.xml',
      '/api/delivery/v1/tehran/news/feed.json',
      '/sitemap.xml',
      `/api/delivery/v1/tehran/news/${encodeURIComponent(live.slug)}`,
      `/portal/tehran/news/${encodeURIComponent(live.slug)}`,
    ]
    for (const path of paths) {
      const control = await getWithHost(path, new URL(api.base).host)
      expect(control.status, path).toBe(200)
      const forged = await getWithHost(path, 'evil.example')
      expect(forged.body, path).not.toContain('evil.example')
    }
  })
})
