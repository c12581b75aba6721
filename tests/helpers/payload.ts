import crypto from 'crypto'
import fs from 'fs'
import type { Payload } from 'payload'

import { freshTestDatabase, type TestDatabase } from './testDatabase'

export type TestPayload = { payload: Payload; db: TestDatabase }

/**
 * Boots Payload on a fresh database for one test file. The environment must be set before the
 * config is imported, because the config reads DATABASE_URI and MEDIA_DIR when it loads.
 */
export async function startTestPayload(label: string): Promise<TestPayload> {
  const db = freshTestDatabase(label)
  process.env.DATABASE_URI = db.uri
  process.env.MEDIA_DIR = db.mediaDir
  process.env.PAYLOAD_SECRET = crypto.randomBytes(24).toString('hex')
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config })
  return { payload, db }
}

/** Closes the connection; a MongoDB test database is dropped, a temp SQLite folder removed. */
export async function stopTestPayload({ payload, db }: TestPayload): Promise<void> {
  if (db.kind === 'mongodb') {
    const connection = (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection
    await connection.dropDatabase()
  }
  await payload.destroy()
  fs.rmSync(db.dir, { recursive: true, force: true })
}
