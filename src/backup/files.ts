import crypto from 'crypto'
import fs from 'fs'
import path from 'path'

export type TreeStats = { files: number; bytes: number }

/** Regular files under `dir`, relative to it, in a stable order; none when it does not exist. */
export function filesUnder(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(path.join(dir, prefix))) return []
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = path.join(prefix, entry.name)
      if (entry.isDirectory()) return filesUnder(dir, relative)
      return entry.isFile() ? [relative] : []
    })
}

export function treeStats(dir: string): TreeStats {
  const files = filesUnder(dir)
  return { files: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0) }
}

/** Copies every regular file under `from` into `to` (created), never overwriting; what it copied. */
export function copyTree(from: string, to: string): TreeStats {
  fs.mkdirSync(to, { recursive: true })
  let bytes = 0
  const files = filesUnder(from)
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true })
    fs.copyFileSync(path.join(from, file), path.join(to, file), fs.constants.COPYFILE_EXCL)
    bytes += fs.statSync(path.join(to, file)).size
  }
  return { files: files.length, bytes }
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** `2026-11-26T06-30-00Z`: an ISO 8601 moment that is a valid file name everywhere. */
export function fileNameStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
}

/** Whether `inner` is `outer` or somewhere below it. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
