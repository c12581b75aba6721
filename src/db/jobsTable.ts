/**
 * Direct access to the jobs queue's storage, for the few writes that must be one conditional
 * statement (./jobClaim.ts, ./jobLease.ts), which Payload's adapters only do as a read then a write.
 */
type SqliteClient = { execute: (statement: { sql: string; args: Array<string | number> }) => Promise<{ rows: unknown[] }> }
type MongoModel = {
  updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }>
  updateMany: (filter: object, update: object) => Promise<{ modifiedCount: number }>
}
export type JobsAdapter = { name: string }

/** The SQLite client, or null on another adapter. */
export function sqliteJobs(adapter: JobsAdapter): SqliteClient | null {
  return adapter.name === 'sqlite' ? (adapter as unknown as { client: SqliteClient }).client : null
}

/** The MongoDB model of `payload-jobs` (on any adapter that is neither, an error names it). */
export function mongoJobs(adapter: JobsAdapter): MongoModel {
  if (adapter.name !== 'mongoose') throw new Error(`No direct job writes for the "${adapter.name}" database adapter`)
  return (adapter as unknown as { collections: Record<string, MongoModel> }).collections['payload-jobs']!
}
