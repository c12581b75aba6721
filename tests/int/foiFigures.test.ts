import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FoiRequests } from '@/foi/collection'
import type { User } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload('foi-figures')
  payload = ctx.payload
  fx = await seedFixtures(payload)
  for (const organization of ['tehran', 'tehran', 'shemiranat', 'isfahan']) {
    await payload.create({
      collection: 'foi-requests',
      data: {
        organization: fx.org(organization).id,
        name: 'رضا',
        phone: '09120000000',
        subject: 'آمار',
        question: 'آمار؟',
        channel: 'mail',
      },
      overrideAccess: true,
    })
  }
})
afterAll(() => stopTestPayload(ctx))

async function figures(user: User | null, query = '') {
  const req = user ? await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload) : await createLocalReq({}, payload)
  Object.assign(req, { url: `http://localhost/api/foi-requests/figures${query}` })
  const endpoint = FoiRequests.endpoints ? FoiRequests.endpoints.find((candidate) => candidate.path === '/figures') : undefined
  const response = await endpoint!.handler(req)
  return { status: response.status, body: await response.json() }
}

describe('GET /api/foi-requests/figures', () => {
  it('counts only what the user may read, optionally one province, never for the public', async () => {
    expect((await figures(null)).status).toBe(401)
    expect((await figures(fx.user('supervisor.tehran'))).body.total.received).toBe(3)
    expect((await figures(fx.user('editor.shemiranat'))).body.total.received).toBe(1)
    const admin = await figures(fx.user('admin'), '?province=isfahan')
    expect(admin.body).toMatchObject({ province: 'isfahan', total: { received: 1, responded: 0, overdueNow: 0 } })
    expect(admin.body.organizations).toEqual([expect.objectContaining({ organization: String(fx.org('isfahan').id), received: 1 })])
    expect((await figures(fx.user('admin'), '?province=atlantis')).status).toBe(404)
    expect(JSON.stringify((await figures(fx.user('admin'))).body)).not.toContain('09120000000')
    // Figures read no personal data, so they leave no personal-data entries in the audit log.
    const reads = await payload.count({
      collection: 'audit-log',
      where: { action: { equals: 'personal_data_read' } },
      overrideAccess: true,
    })
    expect(reads.totalDocs).toBe(0)
  })
})
