import fs from 'fs'
import path from 'path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { withAfterCommit } from './afterCommit'
import type { DatabaseTarget } from './databaseUri'
import { withAtomicJobClaim } from './jobClaim'
import { indexChildTableParents } from './parentIndexes'
import { withSearchIndexAcrossPush } from './searchIndexAcrossPush'

/** How long a MongoDB URI may stay silent before start fails (the driver's default is 30 s). */
const MONGODB_SERVER_SELECTION_TIMEOUT_MS = 5_000
/** How long an SQLite write waits for another process's write to finish before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000

/**
 * The adapter `DATABASE_URI` selects, made safe for several nodes on one database: jobs are
 * claimed by one runner only (./jobClaim.ts), and signals to other nodes can wait for the
 * commit of what they announce (./afterCommit.ts).
 */
export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  const adapter = baseAdapter(target)
  return { ...adapter, init: (args) => withAfterCommit(withAtomicJobClaim(adapter.init(args))) }
}

function baseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGODB_SERVER_SELECTION_TIMEOUT_MS },
    })
  }
  fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
  // A one-off bulk load of disposable data (the benchmark's corpus, written by two processes at
  // once) trades crash safety for speed: no transaction per document, so the processes interleave
  // statement by statement, and no fsync. Never for a database anyone edits.
  const bulkImport = process.env.SQLITE_BULK_IMPORT === '1'
  const sqlite = sqliteAdapter({
    client: { url: target.url },
    // Write-ahead logging lets `npm run backup` copy the database while the server keeps writing
    // (with the default rollback journal every write fails with SQLITE_BUSY while the copy reads),
    // and lets `npm run restore` tell that a server still has the file open. The busy timeout
    // makes a second writer (the seed, a migration) wait its turn instead of failing at once.
    wal: bulkImport ? { synchronous: 'OFF' } : true,
    ...(bulkImport ? { transactionOptions: false as const } : {}),
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    afterSchemaInit: [indexChildTableParents],
    // MIGRATION_DIR lets a test compare the committed migrations with the config in a copy. Only
    // the migrate CLI reads this folder (the server applies the imported `migrations`), so the
    // build must not trace it: a dynamic path would make Turbopack trace the whole project.
    migrationDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.MIGRATION_DIR || 'src/migrations'),
    // `next start` runs in production mode, where the schema is not pushed: the committed
    // migrations are the schema, applied at start.
    prodMigrations: migrations,
  })
  return withSearchIndexAcrossPush(sqlite)
}
