import crypto from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'

export type TestDatabase = { uri: string; mediaDir: string; dir: string; kind: 'sqlite' | 'mongodb' }

/**
 * A fresh database for one test file: a temp SQLite file, or — when TEST_MONGODB_URI is set — a
 * uniquely named database on that server, so the same suite proves both adapters.
 */
export function freshTestDatabase(label: string): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-${label}-`))
  const mediaDir = path.join(dir, 'media')
  const mongo = process.env.TEST_MONGODB_URI?.trim()
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/newsroom_test_${label.replace(/\W/g, '_')}_${crypto.randomBytes(4).toString('hex')}`
    return { uri: url.toString(), mediaDir, dir, kind: 'mongodb' }
  }
  return { uri: `file:${path.join(dir, 'test.db')}`, mediaDir, dir, kind: 'sqlite' }
}
