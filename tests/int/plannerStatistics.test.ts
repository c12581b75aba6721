import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { keepPlannerStatistics } from '@/db/plannerStatistics'
import { seedFixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload

beforeAll(async () => {
  // SQLite's own statistics: MongoDB keeps its own, and the function leaves it alone.
  vi.stubEnv('TEST_MONGODB_URI', '')
  ctx = await startTestPayload('planner-statistics')
  await seedFixtures(ctx.payload)
})

afterAll(async () => {
  if (ctx) await stopTestPayload(ctx)
  vi.unstubAllEnvs()
})

describe('SQLite planner statistics', () => {
  it('are gathered when the server starts, so the planner knows how selective each index is', async () => {
    const file = createClient({ url: ctx.db.uri })
    const before = await file.execute("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'")
    expect(Number(before.rows[0]!.n)).toBe(0)
    await keepPlannerStatistics(ctx.payload)
    const stats = await file.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'organizations'")
    expect(stats.rows.map((row) => row.idx)).toContain('organizations_slug_idx')
    file.close()
  })
})
