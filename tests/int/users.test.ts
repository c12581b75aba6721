import { Forbidden } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('users')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })
let counter = 0
const newUser = (role: 'admin' | 'supervisor' | 'editor', organization: string) => ({
  email: `user${++counter}@example.ir`,
  password: 'a-long-password-1',
  name: `کاربر ${counter}`,
  role,
  organization: fx.org(organization).id,
})

describe('managing accounts', () => {
  it('a supervisor creates editors inside their scope, and nothing else', async () => {
    const editor = await ctx.payload.create({ collection: 'users', data: newUser('editor', 'shemiranat'), ...as('supervisor.tehran') })
    expect(editor.role).toBe('editor')
    await expect(
      ctx.payload.create({ collection: 'users', data: newUser('supervisor', 'tehran'), ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      ctx.payload.create({ collection: 'users', data: newUser('admin', 'tehran'), ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      ctx.payload.create({ collection: 'users', data: newUser('editor', 'isfahan'), ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('a supervisor cannot move an editor out of scope or promote them', async () => {
    const editor = await ctx.payload.create({ collection: 'users', data: newUser('editor', 'tehran'), ...as('supervisor.tehran') })
    await expect(
      ctx.payload.update({ collection: 'users', id: editor.id, data: { organization: fx.org('isfahan').id }, ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      ctx.payload.update({ collection: 'users', id: editor.id, data: { role: 'supervisor' }, ...as('supervisor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
    const unchanged = await ctx.payload.findByID({ collection: 'users', id: editor.id, depth: 0, overrideAccess: true })
    expect([unchanged.role, unchanged.organization]).toEqual(['editor', fx.org('tehran').id])
  })

  it('a supervisor sees and removes only editors in scope', async () => {
    const visible = await ctx.payload.find({ collection: 'users', limit: 100, depth: 0, ...as('supervisor.tehran') })
    const tehranScope = [fx.org('tehran').id, fx.org('shemiranat').id, fx.org('rey').id]
    expect(visible.docs.every((user) => tehranScope.includes(user.organization as number))).toBe(true)
    expect(visible.docs.map((user) => user.email)).not.toContain('editor.isfahan@demo.newsroom')
    const editor = await ctx.payload.create({ collection: 'users', data: newUser('editor', 'rey'), ...as('admin') })
    await ctx.payload.delete({ collection: 'users', id: editor.id, ...as('supervisor.tehran') })
    await expect(
      ctx.payload.delete({ collection: 'users', id: fx.user('supervisor.isfahan').id, ...as('supervisor.tehran') }),
    ).rejects.toThrow()
    const peer = await ctx.payload.create({ collection: 'users', data: newUser('supervisor', 'tehran'), ...as('admin') })
    await expect(ctx.payload.delete({ collection: 'users', id: peer.id, ...as('supervisor.tehran') })).rejects.toThrow()
  })

  it('an editor reads and updates only their own account, never their role or organization', async () => {
    const visible = await ctx.payload.find({ collection: 'users', depth: 0, ...as('editor.fars') })
    expect(visible.docs.map((user) => user.email)).toEqual(['editor.fars@demo.newsroom'])
    const renamed = await ctx.payload.update({
      collection: 'users',
      id: fx.user('editor.fars').id,
      data: { name: 'دبیر فارس' },
      ...as('editor.fars'),
    })
    expect(renamed.name).toBe('دبیر فارس')
    await expect(
      ctx.payload.update({ collection: 'users', id: fx.user('editor.fars').id, data: { role: 'supervisor' }, ...as('editor.fars') }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      ctx.payload.update({
        collection: 'users',
        id: fx.user('editor.fars').id,
        data: { organization: fx.org('tehran').id },
        ...as('editor.fars'),
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      ctx.payload.update({ collection: 'users', id: fx.user('editor.isfahan').id, data: { name: 'x' }, ...as('editor.fars') }),
    ).rejects.toThrow()
  })

  it('a supervisor cannot raise their own role', async () => {
    await expect(
      ctx.payload.update({ collection: 'users', id: fx.user('supervisor.fars').id, data: { role: 'admin' }, ...as('supervisor.fars') }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('accounts are invisible to anonymous readers', async () => {
    await expect(ctx.payload.find({ collection: 'users', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })
})
