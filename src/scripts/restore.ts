import fs from 'fs'
import path from 'path'
import { parseArgs } from 'util'

import { copyTree, fileNameStamp, filesUnder, sha256File, treeStats, type TreeStats } from '../backup/files'
import { readManifest, type BackupManifest } from '../backup/manifest'
import { databaseInUse } from '../backup/sqlite'
import { mediaDir } from '../config/mediaDir'
import { parseDatabaseUri } from '../db/databaseUri'

/** SQLite keeps these beside a database while it is open or after a crash; they belong to it. */
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal']

/**
 * `npm run restore -- <backup folder> [--force]`: puts a backup made by `npm run backup` back at
 * DATABASE_URI and MEDIA_DIR. It checks the backup against its manifest first, refuses to replace
 * an existing database or media folder without --force, and refuses while a process (the server)
 * has the database open. With --force nothing is deleted: what was there is moved aside, named
 * `.before-restore-<timestamp>`.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true, strict: true })
  if (positionals.length !== 1) exit(2, 'Usage: npm run restore -- <backup folder> [--force]')
  const target = parseDatabaseUri(process.env.DATABASE_URI)
  if (target.kind === 'mongodb') {
    exit(
      2,
      'DATABASE_URI points to MongoDB: restore it with mongorestore, e.g.\n' +
        '  mongorestore --uri "$DATABASE_URI" --archive=newsroom.archive.gz --gzip --drop\n' +
        'and copy the media folder back to MEDIA_DIR. `npm run restore` restores the embedded SQLite database only.',
    )
  }
  const backup = path.resolve(positionals[0])
  const manifest = readManifest(backup)
  await verify(backup, manifest)

  const database = target.filePath
  const media = mediaDir()
  const existing = [database, ...SQLITE_COMPANIONS.map((suffix) => database + suffix)].filter((file) => fs.existsSync(file))
  const mediaInPlace = filesUnder(media).length > 0
  if ((existing.length > 0 || mediaInPlace) && !values.force) {
    exit(
      1,
      `${existing.length > 0 ? `A database exists at ${database}` : `MEDIA_DIR ${media} is not empty`}: ` +
        'restoring replaces it. Stop the server, then run again with --force (what is there now is kept, renamed .before-restore-<time>).',
    )
  }
  if (fs.existsSync(database) && (await databaseInUse(database))) {
    exit(1, `A process has ${database} open: stop the newsroom server (and any seed or script using it), then run again.`)
  }
  console.info('[newsroom] Restoring: the server must stay stopped until this finishes.')

  const aside = `.before-restore-${fileNameStamp()}`
  await restoreDatabase(path.join(backup, manifest.database.file), database, manifest.database.sha256, aside)
  const restoredMedia = restoreMedia(path.join(backup, manifest.media.directory), media, aside)
  console.info(`[newsroom] Restored the backup of ${manifest.createdAt}`)
  console.info(`  database: ${database}`)
  console.info(`  media: ${restoredMedia.files} files, ${restoredMedia.bytes} bytes in ${media}`)
  if (existing.length > 0 || mediaInPlace) console.info(`  what was there before is kept beside them, named *${aside}`)
}

/** The backup is what `npm run backup` wrote: the database hashes as recorded, the media add up. */
async function verify(backup: string, manifest: BackupManifest): Promise<void> {
  const databaseCopy = path.join(backup, manifest.database.file)
  if (!fs.existsSync(databaseCopy)) throw new Error(`The backup's database ${databaseCopy} is missing.`)
  if ((await sha256File(databaseCopy)) !== manifest.database.sha256) {
    throw new Error(
      `The backup's database ${databaseCopy} does not match the checksum in its manifest: it is damaged or was changed. Nothing was restored.`,
    )
  }
  const media = treeStats(path.join(backup, manifest.media.directory))
  if (media.files !== manifest.media.files || media.bytes !== manifest.media.bytes) {
    throw new Error(
      `The backup's media folder holds ${media.files} files (${media.bytes} bytes), its manifest says ` +
        `${manifest.media.files} (${manifest.media.bytes} bytes): it is incomplete or was changed. Nothing was restored.`,
    )
  }
}

/**
 * Copies the database in beside its destination, checks the copy, and renames it into place, so
 * the file at DATABASE_URI is never half-written. The old database moves aside with its WAL and
 * shared-memory files: a stale `-wal` left beside the restored file would be replayed into it.
 */
async function restoreDatabase(copy: string, database: string, sha256: string, aside: string): Promise<void> {
  fs.mkdirSync(path.dirname(database), { recursive: true })
  const incoming = `${database}.restoring`
  fs.copyFileSync(copy, incoming)
  if ((await sha256File(incoming)) !== sha256) {
    fs.rmSync(incoming)
    throw new Error(
      `The copy of the database at ${incoming} does not match the backup's checksum: is the disk full or failing? Nothing was restored.`,
    )
  }
  for (const suffix of ['', ...SQLITE_COMPANIONS]) {
    if (fs.existsSync(database + suffix)) fs.renameSync(database + suffix, database + aside + suffix)
  }
  fs.renameSync(incoming, database)
}

/**
 * Moves what is in MEDIA_DIR aside (its entries, not the folder itself, which may be a mount
 * point) and copies the backup's media in.
 */
function restoreMedia(from: string, media: string, aside: string): TreeStats {
  if (filesUnder(media).length > 0) {
    const keep = media + aside
    fs.mkdirSync(keep)
    for (const entry of fs.readdirSync(media)) move(path.join(media, entry), path.join(keep, entry))
  }
  return copyTree(from, media)
}

/** A rename, or a copy and delete when the two places are on different filesystems. */
function move(from: string, to: string): void {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.cpSync(from, to, { recursive: true, errorOnExist: true, force: false })
    fs.rmSync(from, { recursive: true })
  }
}

function exit(code: number, message: string): never {
  console.error(message)
  process.exit(code)
}

main().catch((error: unknown) => exit(1, error instanceof Error ? error.message : String(error)))
