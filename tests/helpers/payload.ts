import crypto from 'crypto'
import fs from 'fs'
import type { Payload, SanitizedConfig } from 'payload'
import { inject } from 'vitest'

import { copyOfTestDatabase, freshTestDatabase, type TestDatabase } from './testDatabase'

export type TestPayload = { payload: Payload; db: TestDatabase }

declare module 'vitest' {
  export interface ProvidedContext {
    /** The prepared database of the integration files (tests/helpers/fixturesSetup.ts); null on MongoDB. */
    fixturesTemplate: TestDatabase | null
  }
}

/**
 * Payload for one integration file, on a database of its own: a copy of the prepared one (the
 * schema and the organization tree with its accounts already in it, tests/helpers/fixturesSetup.ts),
 * or on MongoDB (or with `prepared: false`) a fresh database that seedFixtures fills.
 */
export async function startTestPayload(label: string, { prepared = true } = {}): Promise<TestPayload> {
  const template = prepared ? inject('fixturesTemplate') : null
  return template ? bootTestPayload(copyOfTestDatabase(template, label), { schemaReady: true }) : bootTestPayload(freshTestDatabase(label))
}

/**
 * Boots Payload on `db`. The environment must be set before the config is imported, because the
 * config reads DATABASE_URI and MEDIA_DIR when it loads. `schemaReady`: the database already has
 * this config's schema (a copy of one Payload pushed it to), so the push is skipped.
 */
export async function bootTestPayload(db: TestDatabase, { schemaReady = false } = {}): Promise<TestPayload> {
  process.env.DATABASE_URI = db.uri
  process.env.MEDIA_DIR = db.mediaDir
  process.env.PAYLOAD_SECRET = crypto.randomBytes(24).toString('hex')
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config: schemaReady ? withoutSchemaPush(await config) : config })
  return { payload, db }
}

/** The same config with the SQLite adapter's development push turned off. */
function withoutSchemaPush(config: SanitizedConfig): SanitizedConfig {
  const { init } = config.db
  return {
    ...config,
    db: {
      ...config.db,
      init: (args) => Object.assign(init(args), { push: false }),
    },
  }
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
