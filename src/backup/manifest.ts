import fs from 'fs'
import path from 'path'

export const MANIFEST_FILE = 'manifest.json'
const FORMAT = 'pr-newsroom-backup/1'

/** What a backup folder holds, written last: a folder without it is an unfinished backup. */
export type BackupManifest = {
  format: typeof FORMAT
  createdAt: string
  /** The SQLite copy, beside the manifest, and what it must hash to. */
  database: { file: string; bytes: number; sha256: string; integrity: string }
  /** The copy of MEDIA_DIR, beside the manifest. */
  media: { directory: string; files: number; bytes: number }
}

export function writeManifest(dir: string, manifest: Omit<BackupManifest, 'format'>): BackupManifest {
  const complete: BackupManifest = { format: FORMAT, ...manifest }
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(complete, null, 2) + '\n')
  return complete
}

/** A name beside the manifest, never a path that could point elsewhere. */
const isPlainName = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value !== '.' && value !== '..' && path.basename(value) === value
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

/** The manifest of a backup folder, or an error saying why this is not a usable backup. */
export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST_FILE)
  if (!fs.existsSync(file)) {
    throw new Error(`${dir} is not a backup: it has no ${MANIFEST_FILE} (an interrupted backup never writes one).`)
  }
  let parsed: Partial<BackupManifest>
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BackupManifest>
  } catch {
    throw new Error(`${file} is not valid JSON.`)
  }
  const { database, media } = parsed
  const valid =
    parsed.format === FORMAT &&
    typeof parsed.createdAt === 'string' &&
    isPlainName(database?.file) &&
    isCount(database?.bytes) &&
    typeof database?.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(database.sha256) &&
    isPlainName(media?.directory) &&
    isCount(media?.files) &&
    isCount(media?.bytes)
  if (!valid) throw new Error(`${file} is not a ${FORMAT} manifest.`)
  return parsed as BackupManifest
}
