import type { Payload } from 'payload'

import { mongoJobs, sqliteJobs, type JobsAdapter } from './jobsTable'

/**
 * A claimed job (`processing: true`, ./jobClaim.ts) stays claimed until its runner releases it.
 * A node that dies in the middle (SIGKILL, power, an out-of-memory kill) never does, and Payload's
 * runners skip claimed jobs: a scheduled publication, a webhook, an FOI reminder would wait
 * forever. So a claim is a lease: the process that holds it renews it (the job's `updatedAt`)
 * every RENEW_EVERY_MS while the job runs, and any node releases a claim nobody renewed for
 * LEASE_MS, so that a runner picks the job up again. A job can then run twice only if a live node
 * stalls for the whole lease; every task here tolerates that (publishing is a transition from
 * `scheduled`, answers are rewritten whole, a webhook sends the same bytes on every try, so a
 * receiver recognises a repeat, as it must after any retry).
 */
export const LEASE_MS = 2 * 60_000
const RENEW_EVERY_MS = 20_000

/** The jobs this process has claimed and not yet seen released. */
const held = new Set<number | string>()

/** Called by the claim: this process now holds the job. */
export function holdClaim(id: number | string): void {
  held.add(id)
}

/** Renews this process's claims on the jobs still claimed; forgets those released since. */
export async function renewClaims(adapter: JobsAdapter): Promise<void> {
  const now = new Date()
  for (const id of [...held]) {
    if (!(await renewOne(adapter, id, now))) held.delete(id)
  }
}

/**
 * Releases the claims nobody renewed within the lease (their node stopped): one conditional
 * write, so a job another runner has claimed again in the meantime (a fresh `updatedAt`) keeps
 * its new claim. Returns how many were released.
 */
export async function releaseAbandonedClaims(adapter: JobsAdapter, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - LEASE_MS)
  const ours = [...held]
  const sqlite = sqliteJobs(adapter)
  if (sqlite) {
    const result = await sqlite.execute({
      sql: `UPDATE payload_jobs SET processing = 0 WHERE processing = 1 AND updated_at < ?${
        ours.length ? ` AND id NOT IN (${ours.map(() => '?').join(', ')})` : ''
      } RETURNING id`,
      args: [cutoff.toISOString(), ...ours.map(Number)],
    })
    return result.rows.length
  }
  const result = await mongoJobs(adapter).updateMany(
    { processing: true, updatedAt: { $lt: cutoff }, _id: { $nin: ours } },
    { $set: { processing: false } },
  )
  return result.modifiedCount
}

/** Renews and reaps on a timer, in every server process (src/instrumentation.ts). */
export function keepJobLeases(payload: Payload): void {
  const tick = async () => {
    try {
      await renewClaims(payload.db)
      const released = await releaseAbandonedClaims(payload.db)
      if (released > 0) payload.logger.warn(`Released ${released} job(s) claimed by a runner that stopped renewing its claim`)
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'renewing or releasing job claims failed' })
    }
  }
  setInterval(() => void tick(), RENEW_EVERY_MS).unref()
  void tick()
}

async function renewOne(adapter: JobsAdapter, id: number | string, now: Date): Promise<boolean> {
  const sqlite = sqliteJobs(adapter)
  if (sqlite) {
    const result = await sqlite.execute({
      sql: 'UPDATE payload_jobs SET updated_at = ? WHERE id = ? AND processing = 1 RETURNING id',
      args: [now.toISOString(), Number(id)],
    })
    return result.rows.length === 1
  }
  const result = await mongoJobs(adapter).updateOne({ _id: id, processing: true }, { $set: { updatedAt: now } })
  return result.modifiedCount === 1
}
