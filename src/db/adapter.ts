import fs from 'fs'
import path from 'path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import type { DatabaseTarget } from './databaseUri'

/** How long a MongoDB URI may stay silent before start fails (the driver's default is 30 s). */
const MONGODB_SERVER_SELECTION_TIMEOUT_MS = 5_000

export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGODB_SERVER_SELECTION_TIMEOUT_MS },
    })
  }
  fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
  return sqliteAdapter({
    client: { url: target.url },
    // MIGRATION_DIR lets a test compare the committed migrations with the config in a copy.
    migrationDir: path.resolve(process.cwd(), process.env.MIGRATION_DIR || 'src/migrations'),
    // `next start` runs in production mode, where the schema is not pushed: the committed
    // migrations are the schema, applied at start.
    prodMigrations: migrations,
  })
}
