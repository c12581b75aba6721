import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { Forbidden, handleEndpoints, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { relationId } from '@/access/relationId'
import type { AuditEntry } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { newsItemIn, transitionAs } from '../helpers/workflow'

let ctx: TestPayload
let fx: Fixtures

const PASSWORD = 'fixture-password-1'

beforeAll(async () => {
  ctx = await startTestPayload('audit')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })

async function entries(where: Where): Promise<AuditEntry[]> {
  const found = await ctx.payload.find({ collection: 'audit-log', where, sort: '-createdAt', limit: 100, depth: 0, overrideAccess: true })
  return found.docs
}

const about = (collection: string, id: number | string): Where => ({
  and: [{ targetCollection: { equals: collection } }, { documentId: { equals: String(id) } }],
})

/**
 * A request through Payload's own REST handler, in process: failed logins and refusals reach the
 * audit log through Payload's afterError hook, which runs for REST and GraphQL, not the Local API.
 */
async function rest(method: string, path: string, options: { token?: string; body?: unknown; forwardedFor?: string } = {}) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.forwardedFor) headers.set('X-Forwarded-For', options.forwardedFor)
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return handleEndpoints({ config: ctx.payload.config, request })
}

/** A GraphQL request through Payload's GraphQL route handler, in process. */
async function graphql(query: string, token?: string) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) })
  return (await GRAPHQL_POST(ctx.payload.config)(request)).json() as Promise<{ errors?: Array<{ extensions: { statusCode: number } }> }>
}

async function tokenOf(prefix: string): Promise<string> {
  const { token } = await ctx.payload.login({ collection: 'users', data: { email: `${prefix}@demo.newsroom`, password: PASSWORD } })
  return token!
}

describe('writes to content and accounts', () => {
  it('record create, update (naming only the changed fields) and delete, with the actor and the organization', async () => {
    const editor = fx.user('editor.tehran')
    const doc = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر ممیزی', summary: 'خلاصه اول', organization: fx.org('tehran').id },
      draft: true,
      ...as('editor.tehran'),
    })
    const [created] = await entries({ and: [about('news-items', doc.id), { action: { equals: 'create' } }] })
    expect(created).toMatchObject({ actor: editor.id, actorEmail: editor.email, organization: fx.org('tehran').id, ip: '' })
    expect(created.changedFields).toEqual(expect.arrayContaining(['title', 'summary', 'organization', 'slug']))
    expect(created.changedFields).not.toContain('updatedAt')
    expect(created.changedFields).not.toContain('createdAt')

    await ctx.payload.update({ collection: 'news-items', id: doc.id, data: { summary: 'خلاصه دوم' }, draft: true, ...as('editor.tehran') })
    const [updated] = await entries({ and: [about('news-items', doc.id), { action: { equals: 'update' } }] })
    expect(updated.changedFields).toEqual(['summary'])
    expect(JSON.stringify(updated)).not.toContain('خلاصه دوم')

    await ctx.payload.delete({ collection: 'news-items', id: doc.id, ...as('supervisor.tehran') })
    const [deleted] = await entries({ and: [about('news-items', doc.id), { action: { equals: 'delete' } }] })
    expect(deleted).toMatchObject({ actor: fx.user('supervisor.tehran').id, organization: fx.org('tehran').id })
  })

  it('name a password change without recording the password', async () => {
    const target = fx.user('editor.fars')
    await ctx.payload.update({ collection: 'users', id: target.id, data: { password: 'a-new-password-2' }, ...as('admin') })
    const [entry] = await entries({ and: [about('users', target.id), { action: { equals: 'update' } }] })
    expect(entry.changedFields).toEqual(['password'])
    expect(entry.organization).toBe(fx.org('fars').id)
    expect(JSON.stringify(entry)).not.toContain('a-new-password-2')
    await ctx.payload.update({ collection: 'users', id: target.id, data: { password: PASSWORD }, overrideAccess: true })
  })

  it('file an organization under its parent, so the entries outlive it', async () => {
    const office = await ctx.payload.create({
      collection: 'organizations',
      data: { name: 'شهرداری ممیزی', type: 'municipality', parent: fx.org('tehran').id },
      ...as('admin'),
    })
    await ctx.payload.delete({ collection: 'organizations', id: office.id, ...as('admin') })
    const recorded = await entries(about('organizations', office.id))
    expect(recorded.map((entry) => entry.action).sort()).toEqual(['create', 'delete'])
    expect(recorded.every((entry) => entry.organization === fx.org('tehran').id)).toBe(true)
  })

  it('record a workflow transition as a `transition` entry on the document', async () => {
    const doc = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    await transitionAs(ctx.payload, fx.user('editor.tehran'), 'news-items', doc.id, 'in_review')
    const [entry] = await entries({ and: [about('news-items', doc.id), { action: { equals: 'transition' } }] })
    expect(entry).toMatchObject({
      actor: fx.user('editor.tehran').id,
      detail: 'draft → in_review',
      organization: fx.org('tehran').id,
    })
  })
})

describe('logins and refusals', () => {
  it('record a login', async () => {
    const user = fx.user('supervisor.isfahan')
    await ctx.payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    const [entry] = await entries({ and: [about('users', user.id), { action: { equals: 'login' } }] })
    expect(entry).toMatchObject({ actor: user.id, actorEmail: user.email, organization: fx.org('isfahan').id })
  })

  it('record a failed login with the email tried and the client address, and still refuse it', async () => {
    const user = fx.user('editor.isfahan')
    // The proxy at 10.0.0.1 is trusted, so the address it forwards for is the client's.
    process.env.TRUSTED_PROXIES = '10.0.0.1'
    const response = await rest('POST', '/users/login', {
      body: { email: user.email, password: 'wrong-password' },
      forwardedFor: '203.0.113.7, 10.0.0.1',
    }).finally(() => delete process.env.TRUSTED_PROXIES)
    expect(response.status).toBe(401)
    const [entry] = await entries({ action: { equals: 'login_failed' } })
    expect(entry).toMatchObject({
      actor: null,
      detail: user.email,
      documentId: String(user.id),
      organization: fx.org('isfahan').id,
      ip: '203.0.113.7',
    })
  })

  it('record a refused request with the collection, the document and its organization', async () => {
    const isfahanItem = await newsItemIn(ctx.payload, 'draft', fx.org('isfahan').id)
    const response = await rest('DELETE', `/news-items/${isfahanItem.id}`, { token: await tokenOf('editor.tehran') })
    expect(response.status).toBe(403)
    const [entry] = await entries({ and: [about('news-items', isfahanItem.id), { action: { equals: 'access_denied' } }] })
    expect(entry).toMatchObject({
      actor: fx.user('editor.tehran').id,
      organization: fx.org('isfahan').id,
      detail: `DELETE /api/news-items/${isfahanItem.id}`,
    })
    const still = await ctx.payload.findByID({ collection: 'news-items', id: isfahanItem.id, draft: true, overrideAccess: true })
    expect(still.id).toBe(isfahanItem.id)
  })

  it('record GraphQL refusals and failed logins too, where the error arrives wrapped', async () => {
    const isfahanItem = await newsItemIn(ctx.payload, 'draft', fx.org('isfahan').id)
    const denied = await graphql(`mutation { deleteNewsItem(id: ${isfahanItem.id}) { id } }`, await tokenOf('editor.tehran'))
    expect(denied.errors?.[0].extensions.statusCode).toBe(403)
    const [refusal] = await entries({ detail: { equals: 'GraphQL deleteNewsItem' } })
    expect(refusal).toMatchObject({ action: 'access_denied', actor: fx.user('editor.tehran').id })

    const before = (await entries({ action: { equals: 'login_failed' } })).length
    const failed = await graphql('mutation { loginUser(email: "editor.fars@demo.newsroom", password: "wrong-password") { token } }')
    expect(failed.errors?.[0].extensions.statusCode).toBe(401)
    expect(await entries({ action: { equals: 'login_failed' } })).toHaveLength(before + 1)
  })
})

describe('the log itself', () => {
  it('cannot be written, changed or emptied by anyone through the API, admins included', async () => {
    const [entry] = await entries({ targetCollection: { equals: 'news-items' } })
    for (const prefix of ['admin', 'supervisor.tehran', 'editor.tehran']) {
      await expect(
        ctx.payload.update({ collection: 'audit-log', id: entry.id, data: { action: 'login', actorEmail: 'x@example.ir' }, ...as(prefix) }),
      ).rejects.toBeInstanceOf(Forbidden)
      await expect(ctx.payload.delete({ collection: 'audit-log', id: entry.id, ...as(prefix) })).rejects.toBeInstanceOf(Forbidden)
      await expect(
        ctx.payload.create({ collection: 'audit-log', data: { action: 'login', actorEmail: 'forged@example.ir' }, ...as(prefix) }),
      ).rejects.toBeInstanceOf(Forbidden)
    }
    const [after] = await entries({ id: { equals: entry.id } })
    expect(after).toEqual(entry)
    expect(await entries({ actorEmail: { equals: 'forged@example.ir' } })).toHaveLength(0)
  })

  it('is read by admins whole, by a supervisor within scope, by editors and the public not at all', async () => {
    await newsItemIn(ctx.payload, 'draft', fx.org('isfahan').id)
    await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'خبر شمیرانات', organization: fx.org('shemiranat').id },
      draft: true,
      ...as('editor.shemiranat'),
    })
    const total = await ctx.payload.count({ collection: 'audit-log', overrideAccess: true })
    expect((await ctx.payload.count({ collection: 'audit-log', ...as('admin') })).totalDocs).toBe(total.totalDocs)

    const seen = await ctx.payload.find({ collection: 'audit-log', limit: 0, pagination: false, depth: 0, ...as('supervisor.tehran') })
    const organizations = new Set(seen.docs.map((doc) => String(relationId(doc.organization))))
    expect(organizations).toContain(String(fx.org('tehran').id))
    expect(organizations).toContain(String(fx.org('shemiranat').id))
    expect(organizations).not.toContain(String(fx.org('isfahan').id))
    expect(organizations).not.toContain('null')

    await expect(ctx.payload.find({ collection: 'audit-log', ...as('editor.tehran') })).rejects.toBeInstanceOf(Forbidden)
    await expect(ctx.payload.find({ collection: 'audit-log', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('never changes the outcome of what it records: a failed audit write is logged and the write goes on', async () => {
    const create = ctx.payload.create.bind(ctx.payload)
    const failingAudit = vi
      .spyOn(ctx.payload, 'create')
      .mockImplementation(((args: Parameters<typeof create>[0]) =>
        args.collection === 'audit-log' ? Promise.reject(new Error('disk full')) : create(args)) as typeof create)
    const logged = vi.spyOn(ctx.payload.logger, 'error')
    try {
      const doc = await ctx.payload.create({
        collection: 'news-items',
        data: { title: 'خبر بدون ممیزی', organization: fx.org('tehran').id },
        draft: true,
        ...as('editor.tehran'),
      })
      expect(await ctx.payload.findByID({ collection: 'news-items', id: doc.id, draft: true, overrideAccess: true })).toBeTruthy()
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ msg: 'Audit entry could not be written' }))
    } finally {
      failingAudit.mockRestore()
      logged.mockRestore()
    }
  })

  it('does not record its own writes', async () => {
    expect(await entries({ targetCollection: { equals: 'audit-log' } })).toHaveLength(0)
  })
})
