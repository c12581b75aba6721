import { createClient } from '@libsql/client'
import { spawn } from 'child_process'
import crypto from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { getPayload, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { jpegWithGps, minimalPdf } from '../helpers/images'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { newsItemIn } from '../helpers/workflow'

const root = path.resolve(__dirname, '../..')

let ctx: TestPayload
let fx: Fixtures
let work: string

beforeAll(async () => {
  // Backups are of the embedded SQLite database, whichever database the rest of the suite runs on.
  vi.stubEnv('TEST_MONGODB_URI', '')
  // Built and seeded here, not copied: the restored copy is opened by a second Payload in this
  // process, and both must have had the same schema push for every stored row to compare equal.
  ctx = await startTestPayload('backup', { prepared: false })
  fx = await seedFixtures(ctx.payload)
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-backups-'))
  const photo = await jpegWithGps(1200, 800)
  await ctx.payload.create({
    collection: 'media',
    data: { alt: 'عکس پیش از پشتیبان', organization: fx.org('tehran').id },
    file: { data: photo, mimetype: 'image/jpeg', name: 'before-backup.jpg', size: photo.length },
    overrideAccess: true,
  })
  const pdf = minimalPdf()
  await ctx.payload.create({
    collection: 'attachments',
    data: { title: 'پیوست پیش از پشتیبان', organization: fx.org('tehran').id },
    file: { data: pdf, mimetype: 'application/pdf', name: 'before-backup.pdf', size: pdf.length },
    overrideAccess: true,
  })
  await newsItemIn(ctx.payload, 'published', fx.org('tehran').id, 'خبر منتشرشده پیش از پشتیبان')
})
afterAll(async () => {
  await stopTestPayload(ctx)
  fs.rmSync(work, { recursive: true, force: true })
  vi.unstubAllEnvs()
})

type Outcome = { code: number | null; stdout: string; stderr: string }

/** `npm run backup|restore -- …` as an operator would type it, against the given database. */
function npmRun(script: 'backup' | 'restore', args: string[], env: { DATABASE_URI: string; MEDIA_DIR: string }): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], { cwd: root, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

const original = () => ({ DATABASE_URI: ctx.db.uri, MEDIA_DIR: ctx.db.mediaDir })
const elsewhere = (name: string) => ({
  DATABASE_URI: `file:${path.join(work, name, 'data', 'restored.db')}`,
  MEDIA_DIR: path.join(work, name, 'media'),
})

/** Every document and version of every collection, by collection and id, exactly as stored. */
async function everything(payload: Payload): Promise<Map<string, Map<string, unknown>>> {
  const all = new Map<string, Map<string, unknown>>()
  const common = { pagination: false, depth: 0, locale: 'all', overrideAccess: true, showHiddenFields: true } as const
  for (const { slug, versions } of payload.config.collections) {
    const collection = slug as CollectionSlug
    const { docs } = await payload.find({ collection, ...common })
    all.set(slug, new Map(docs.map((doc) => [String(doc.id), doc])))
    if (versions) {
      const history = await payload.findVersions({ collection, ...common })
      all.set(`${slug} versions`, new Map(history.docs.map((version) => [String(version.id), version])))
    }
  }
  return all
}

function sha256s(dir: string, prefix = ''): Map<string, string> {
  const hashes = new Map<string, string>()
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name)
    if (entry.isDirectory()) sha256s(dir, relative).forEach((hash, file) => hashes.set(file, hash))
    else
      hashes.set(
        relative,
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(dir, relative)))
          .digest('hex'),
      )
  }
  return hashes
}

/** Payload on the restored database, with a config loaded afresh for its DATABASE_URI and MEDIA_DIR. */
async function openPayload(env: { DATABASE_URI: string; MEDIA_DIR: string }, key: string): Promise<Payload> {
  const saved = { DATABASE_URI: process.env.DATABASE_URI, MEDIA_DIR: process.env.MEDIA_DIR }
  Object.assign(process.env, env)
  try {
    vi.resetModules()
    const { default: config } = await import('@payload-config')
    return await getPayload({ config, key })
  } finally {
    Object.assign(process.env, saved)
  }
}

async function integrity(uri: string): Promise<string> {
  const client = createClient({ url: uri })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    return String(rows[0][0])
  } finally {
    client.close()
  }
}

const newsItem = (title: string) =>
  ctx.payload.create({
    collection: 'news-items',
    data: { title, summary: 'نوشته‌شده هم‌زمان با پشتیبان‌گیری', organization: fx.org('tehran').id },
    draft: true,
    user: fx.user('editor.tehran'),
    overrideAccess: false,
  })

let backupFolder: string
/** Enough to overlap the backup many times over; a bound, should the backup never finish. */
const MAX_WRITES_DURING_BACKUP = 150

describe('backup and restore of the embedded database', () => {
  it('copies a consistent snapshot while the server keeps writing, and restores exactly it', async () => {
    const before = await everything(ctx.payload)
    const mediaBefore = sha256s(ctx.db.mediaDir)
    expect(mediaBefore.size).toBeGreaterThan(5)

    // The backup runs as its own process while this Payload keeps creating documents.
    const outDir = path.join(work, 'backups')
    let backupDone = false
    const backup = npmRun('backup', ['--out', outDir], original()).finally(() => (backupDone = true))
    const during: number[] = []
    while (!backupDone && during.length < MAX_WRITES_DURING_BACKUP) {
      const batch = await Promise.all([1, 2, 3].map((n) => newsItem(`خبر هم‌زمان ${during.length + n}`)))
      during.push(...batch.map((doc) => doc.id))
      // The SQLite driver answers synchronously: without a turn of the event loop the child's
      // exit would never be noticed.
      await new Promise((resolve) => setImmediate(resolve))
    }
    const outcome = await backup
    expect(outcome.code, outcome.stderr).toBe(0)
    expect(during.length).toBeGreaterThanOrEqual(3)

    const after = await Promise.all([1, 2].map((n) => newsItem(`خبر پس از پشتیبان ${n}`)))

    const [folder] = fs.readdirSync(outDir)
    backupFolder = path.join(outDir, folder)
    expect(folder).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)
    expect(outcome.stdout).toContain(backupFolder)
    const manifest = JSON.parse(fs.readFileSync(path.join(backupFolder, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ database: { file: 'test.db', integrity: 'ok' }, media: { directory: 'media' } })
    expect(manifest.database.sha256).toBe(
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(backupFolder, 'test.db')))
        .digest('hex'),
    )
    expect(manifest.media.files).toBeGreaterThanOrEqual(mediaBefore.size)

    const target = elsewhere('first')
    const restored = await npmRun('restore', [backupFolder], target)
    expect(restored.code, restored.stderr).toBe(0)
    expect(await integrity(target.DATABASE_URI)).toBe('ok')

    const restoredPayload = await openPayload(target, 'restored-first')
    try {
      const now = await everything(restoredPayload)
      for (const [collection, docs] of before) {
        for (const [id, doc] of docs) expect(now.get(collection)?.get(id), `${collection} ${id}`).toEqual(doc)
      }
      const restoredNews = now.get('news-items')!
      for (const doc of after) expect(restoredNews.has(String(doc.id)), `created after the backup: ${doc.id}`).toBe(false)
      // Written while the backup ran: in the snapshot or not. Payload's SQLite adapter writes a
      // document in several statements without a transaction (Payload advises against SQLite
      // transactions), so the batch being written at the snapshot's instant may be there in part,
      // as after a power cut; every other one is whole.
      const incomplete: number[] = []
      for (const id of during.filter((id) => restoredNews.has(String(id)))) {
        const live = await ctx.payload.findByID({
          collection: 'news-items',
          id,
          depth: 0,
          locale: 'all',
          overrideAccess: true,
          showHiddenFields: true,
        })
        if (JSON.stringify(restoredNews.get(String(id))) !== JSON.stringify(live)) incomplete.push(id)
      }
      expect(incomplete.length, `incomplete: ${incomplete.join(', ')}`).toBeLessThanOrEqual(3)
      const { docs: images } = await restoredPayload.find({ collection: 'media', pagination: false, overrideAccess: true })
      expect(images.map((image) => image.filename)).toContain('before-backup.jpg')
    } finally {
      await restoredPayload.destroy()
    }

    const mediaRestored = sha256s(target.MEDIA_DIR)
    for (const [file, hash] of mediaBefore) expect(mediaRestored.get(file), file).toBe(hash)
  })

  it('refuses to replace an existing database without --force, and keeps the old one aside with it', async () => {
    // A place this process never opens: Payload's connections outlive destroy(), and any open
    // connection is rightly taken for a running server.
    const target = elsewhere('second')
    expect((await npmRun('restore', [backupFolder], target)).code).toBe(0)
    const refused = await npmRun('restore', [backupFolder], target)
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toMatch(/A database exists at .*--force/s)

    const forced = await npmRun('restore', [backupFolder, '--force'], target)
    expect(forced.code, forced.stderr).toBe(0)
    const dataDir = path.dirname(target.DATABASE_URI.slice('file:'.length))
    expect(fs.readdirSync(dataDir).some((file) => /^restored\.db\.before-restore-/.test(file))).toBe(true)
    expect(fs.readdirSync(path.dirname(target.MEDIA_DIR)).some((name) => /^media\.before-restore-/.test(name))).toBe(true)
    expect(await integrity(target.DATABASE_URI)).toBe('ok')
  })

  it('refuses, even with --force, while a server has the database open', async () => {
    // Only stat the live file: reading it would open and close a descriptor in this process, and
    // closing any descriptor drops every POSIX lock the process holds on the file, SQLite's too.
    const database = ctx.db.uri.slice('file:'.length)
    const before = fs.statSync(database)
    const refused = await npmRun('restore', [backupFolder, '--force'], original())
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toMatch(/has .* open: stop the newsroom server/)
    expect(fs.statSync(database).ino).toBe(before.ino)
    expect(fs.readdirSync(ctx.db.dir).filter((file) => file.includes('before-restore'))).toEqual([])
    expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBeGreaterThan(0)
  })

  it('refuses a backup whose database does not match its checksum', async () => {
    const tampered = path.join(work, 'tampered')
    fs.cpSync(backupFolder, tampered, { recursive: true })
    const file = path.join(tampered, 'test.db')
    const bytes = fs.readFileSync(file)
    bytes[bytes.length - 100] ^= 0xff
    fs.writeFileSync(file, bytes)
    const target = elsewhere('tampered')
    const refused = await npmRun('restore', [tampered], target)
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toMatch(/does not match the checksum/)
    expect(fs.existsSync(target.DATABASE_URI.slice('file:'.length))).toBe(false)
  })

  it('refuses MongoDB, pointing to mongodump', async () => {
    const outcome = await npmRun('backup', ['--out', path.join(work, 'mongo')], {
      DATABASE_URI: 'mongodb://127.0.0.1:1/newsroom',
      MEDIA_DIR: ctx.db.mediaDir,
    })
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/mongodump/)
    expect(fs.existsSync(path.join(work, 'mongo'))).toBe(false)
  })
})
