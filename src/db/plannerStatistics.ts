import type { Payload } from 'payload'

const OPTIMIZE_EVERY_MS = 60 * 60 * 1000

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/**
 * SQLite's query planner statistics, for the server process. Without them SQLite guesses, and
 * it guessed wrong where it matters most: a province's list or search was driven by the
 * `_status` index (every published row in the country) instead of the organization index (the
 * province's rows) — at 100,000 items 30 ms instead of a few. ANALYZE at start (≈ 1 s for a
 * 1.2 GB archive, in the background) and `PRAGMA optimize` every hour, which re-analyzes the
 * tables that have changed enough since. MongoDB keeps its own statistics.
 */
export async function keepPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: SqliteClient }).client
  const run = async (statement: string) => {
    try {
      await client.execute(statement)
    } catch (error) {
      payload.logger.warn({ err: error, msg: `${statement} failed` })
    }
  }
  setInterval(() => void run('PRAGMA optimize'), OPTIMIZE_EVERY_MS).unref()
  await run('ANALYZE')
}
