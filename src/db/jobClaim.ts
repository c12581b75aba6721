import type { BaseDatabaseAdapter, Where } from 'payload'

import { holdClaim } from './jobLease'
import { mongoJobs, sqliteJobs, type JobsAdapter } from './jobsTable'

const JOBS = 'payload-jobs'

type UpdateJobsArgs = Parameters<BaseDatabaseAdapter['updateJobs']>[0]

/**
 * Payload's runner claims jobs by reading the runnable ones (`processing: false`) and then
 * setting `processing: true` on the ids it read, two steps on both adapters (SQLite: a SELECT,
 * then an UPDATE by id; MongoDB: a find, then `updateMany({ _id: { $in } })`). Two nodes whose
 * runners tick in the same second read the same job and both run it: a scheduled document
 * published twice, a webhook sent twice. Here the claim of each job is one conditional write,
 * `processing = true WHERE id = ? AND processing = false`, which the database grants to exactly
 * one runner; the others drop the job. Only the claim changes: every other job update (progress,
 * errors, release) goes to Payload's own code.
 */
export function withAtomicJobClaim(adapter: BaseDatabaseAdapter): BaseDatabaseAdapter {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => (isClaim(args) ? claimJobs(adapter, args) : updateJobs(args))
  return adapter
}

/** The runner's claim writes `processing: true` and nothing else (Payload adds `updatedAt`). */
function isClaim({ data }: UpdateJobsArgs): boolean {
  return data.processing === true && Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')
}

async function claimJobs(adapter: BaseDatabaseAdapter, { id, limit, req, sort, where }: UpdateJobsArgs) {
  const candidates: Array<number | string> = id
    ? [id]
    : (await adapter.find({ collection: JOBS, where: where as Where, limit, sort, pagination: false, req })).docs.map((doc) => doc.id)
  const claimed: Array<number | string> = []
  for (const candidate of candidates) {
    if (await claimOne(adapter, candidate)) claimed.push(candidate)
  }
  if (claimed.length === 0) return []
  const found = await adapter.find({ collection: JOBS, where: { id: { in: claimed } }, limit: 0, sort, pagination: false, req })
  return found.docs as Awaited<ReturnType<BaseDatabaseAdapter['updateJobs']>>
}

/** One conditional write; true when this runner won the job (and now holds its lease, ./jobLease.ts). */
export async function claimOne(adapter: JobsAdapter, id: number | string): Promise<boolean> {
  const now = new Date()
  const sqlite = sqliteJobs(adapter)
  const won = sqlite
    ? (
        await sqlite.execute({
          sql: 'UPDATE payload_jobs SET processing = 1, updated_at = ? WHERE id = ? AND coalesce(processing, 0) = 0 RETURNING id',
          args: [now.toISOString(), Number(id)],
        })
      ).rows.length === 1
    : (await mongoJobs(adapter).updateOne({ _id: id, processing: { $ne: true } }, { $set: { processing: true, updatedAt: now } }))
        .modifiedCount === 1
  if (won) holdClaim(id)
  return won
}
