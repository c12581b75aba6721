/**
 * Makes the prepared database of the integration files: run by tests/helpers/fixturesSetup.ts in
 * a process of its own (`tsx`), it boots Payload on a fresh SQLite file (the development push
 * builds the schema), seeds the organization tree and accounts, and leaves a compact single-file
 * snapshot at the path it is given.
 */
import fs from 'fs'

import { snapshotDatabase } from '../../src/backup/sqlite'
import { seedFixtures } from './fixtures'
import { bootTestPayload } from './payload'
import { freshTestDatabase, sqliteFile } from './testDatabase'

const destination = process.argv[2]
if (!destination) throw new Error('usage: fixturesTemplate.ts <destination.db>')

const working = freshTestDatabase('fixtures-work')
const { payload } = await bootTestPayload(working)
await seedFixtures(payload)
await payload.destroy()
await snapshotDatabase(sqliteFile(working), destination)
fs.rmSync(working.dir, { recursive: true, force: true })
process.exit(0)
