import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload('foi-membership')
  payload = ctx.payload
  fx = await seedFixtures(payload)
})
afterAll(() => stopTestPayload(ctx))

const as = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

describe("organizations' membership of the national FOI system", () => {
  it('starts as not joined, is set by admins only (with the date it joined), and lists who has not joined per province', async () => {
    const shemiranat = fx.org('shemiranat')
    const fresh = await payload.findByID({ collection: 'organizations', id: shemiranat.id, overrideAccess: true })
    expect(fresh.foiMembership?.status ?? 'not_joined').toBe('not_joined')

    const update = async (user: User, foiMembership: Record<string, unknown>) =>
      payload
        .update({ collection: 'organizations', id: shemiranat.id, data: { foiMembership }, overrideAccess: false, req: await as(user) })
        .then(() => 'ok')
        .catch((error: { status?: number }) => error.status)
    expect(await update(fx.user('supervisor.tehran'), { status: 'joined', joinedAt: '2026-01-10T00:00:00.000Z' })).toBe(403)
    expect(await update(fx.user('admin'), { status: 'joined' })).toBe(400)
    expect(await update(fx.user('admin'), { status: 'joined', joinedAt: '2026-01-10T00:00:00.000Z' })).toBe('ok')

    const notJoined = await payload.find({
      collection: 'organizations',
      where: { and: [{ parent: { equals: fx.org('tehran').id } }, { 'foiMembership.status': { not_equals: 'joined' } }] },
      pagination: false,
      overrideAccess: false,
      req: await createLocalReq({}, payload),
    })
    const slugs = notJoined.docs.map((doc) => doc.slug)
    expect(slugs).not.toContain('shemiranat')
    expect(slugs.length).toBeGreaterThan(0)
  })
})
