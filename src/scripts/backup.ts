import fs from 'fs'
import path from 'path'
import { parseArgs } from 'util'

import { copyTree, fileNameStamp, isInside, sha256File } from '../backup/files'
import { writeManifest } from '../backup/manifest'
import { integrityCheck, snapshotDatabase } from '../backup/sqlite'
import { mediaDir } from '../config/mediaDir'
import { parseDatabaseUri } from '../db/databaseUri'

/**
 * `npm run backup [-- --out <dir>]`: a consistent copy of the embedded database, taken while the
 * server may be running, and a copy of MEDIA_DIR, in a new folder `<dir>/<timestamp>/` (default
 * `./backups`) with a manifest.json that `npm run restore` checks. The database is copied first:
 * Payload writes an upload's files before its document, so every file the copy refers to is
 * already on disk when the media folder is copied after it.
 */
function main(): Promise<void> | void {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true })
  const target = parseDatabaseUri(process.env.DATABASE_URI)
  if (target.kind === 'mongodb') {
    exit(
      2,
      'DATABASE_URI points to MongoDB: back it up with mongodump (and restore with mongorestore), e.g.\n' +
        '  mongodump --uri "$DATABASE_URI" --archive=newsroom.archive.gz --gzip\n' +
        'and copy MEDIA_DIR beside the archive. `npm run backup` copies the embedded SQLite database only.',
    )
  }
  if (!fs.existsSync(target.filePath)) exit(1, `There is no database at ${target.filePath}: nothing to back up.`)

  const media = mediaDir()
  const parent = path.resolve(values.out ?? 'backups')
  if (isInside(parent, media)) exit(2, `--out ${parent} is inside MEDIA_DIR (${media}): the backup would copy itself.`)
  return backup(target.filePath, media, parent)
}

async function backup(databaseFile: string, media: string, parent: string): Promise<void> {
  const folder = newFolder(parent)
  try {
    const copy = path.join(folder, path.basename(databaseFile))
    await snapshotDatabase(databaseFile, copy)
    const integrity = await integrityCheck(copy)
    if (integrity !== 'ok') throw new Error(`The copy of the database failed SQLite's integrity check: ${integrity}`)
    const mediaCopy = copyTree(media, path.join(folder, 'media'))
    const manifest = writeManifest(folder, {
      createdAt: new Date().toISOString(),
      database: { file: path.basename(copy), bytes: fs.statSync(copy).size, sha256: await sha256File(copy), integrity },
      media: { directory: 'media', ...mediaCopy },
    })
    console.info(`[newsroom] Backup written to ${folder}`)
    console.info(`  database: ${manifest.database.file}, ${manifest.database.bytes} bytes, sha256 ${manifest.database.sha256}`)
    console.info(`  media: ${manifest.media.files} files, ${manifest.media.bytes} bytes (from ${media})`)
  } catch (error) {
    // Never leave a folder that looks like a backup but is not one.
    fs.rmSync(folder, { recursive: true, force: true })
    throw error
  }
}

/** `<parent>/<timestamp>`, or `<timestamp>-2`, … when two backups start in the same second. */
function newFolder(parent: string): string {
  fs.mkdirSync(parent, { recursive: true })
  const stamp = fileNameStamp()
  for (let attempt = 1; ; attempt++) {
    const folder = path.join(parent, attempt === 1 ? stamp : `${stamp}-${attempt}`)
    try {
      fs.mkdirSync(folder)
      return folder
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

function exit(code: number, message: string): never {
  console.error(message)
  process.exit(code)
}

Promise.resolve()
  .then(main)
  .catch((error: unknown) => exit(1, error instanceof Error ? error.message : String(error)))
