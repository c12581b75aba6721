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

/**
 * A fresh database for one test file that starts as a copy of a prepared one (its file and its
 * media folder), so the file skips building the schema and seeding. SQLite only: a MongoDB
 * database cannot be copied as a file, so there the caller seeds from scratch.
 */
export function copyOfTestDatabase(template: TestDatabase, label: string): TestDatabase {
  if (template.kind !== 'sqlite') throw new Error('only an SQLite test database can be copied')
  const copy = freshTestDatabase(label)
  fs.copyFileSync(sqliteFile(template), sqliteFile(copy))
  // A write-ahead log left by a process that did not checkpoint on exit belongs to the file.
  if (fs.existsSync(`${sqliteFile(template)}-wal`)) fs.copyFileSync(`${sqliteFile(template)}-wal`, `${sqliteFile(copy)}-wal`)
  if (fs.existsSync(template.mediaDir)) fs.cpSync(template.mediaDir, copy.mediaDir, { recursive: true })
  return copy
}

export function sqliteFile(db: TestDatabase): string {
  return db.uri.replace(/^file:/, '')
}
