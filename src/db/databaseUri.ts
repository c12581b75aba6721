import path from 'path'

/** The embedded default: a file beside the project, so a fresh clone needs no server. */
export const DEFAULT_SQLITE_PATH = './data/newsroom.db'

export type DatabaseTarget = { kind: 'sqlite'; url: string; filePath: string } | { kind: 'mongodb'; url: string }

export const ACCEPTED_SCHEMES = ['file:', 'mongodb://', 'mongodb+srv://'] as const

export class DatabaseUriError extends Error {
  constructor(uri: string) {
    super(
      `DATABASE_URI "${redact(uri)}" is not supported: use file:<path> for the embedded SQLite database, ` +
        `or mongodb:// / mongodb+srv:// for MongoDB (or leave it unset for ${DEFAULT_SQLITE_PATH}).`,
    )
    this.name = 'DatabaseUriError'
  }
}

/**
 * One variable picks the database. Unset or `file:` → SQLite; `mongodb://` or `mongodb+srv://`
 * → MongoDB; anything else is refused so that a typo never silently lands on the wrong store.
 */
export function parseDatabaseUri(raw: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const uri = raw?.trim() ?? ''
  if (uri === '') return sqliteTarget(DEFAULT_SQLITE_PATH, cwd)
  if (uri.startsWith('file:')) {
    const filePath = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (filePath === '') throw new DatabaseUriError(uri)
    return sqliteTarget(filePath, cwd)
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: uri }
  }
  throw new DatabaseUriError(uri)
}

function sqliteTarget(filePath: string, cwd: string): DatabaseTarget {
  const absolute = path.resolve(cwd, filePath)
  return { kind: 'sqlite', url: `file:${absolute}`, filePath: absolute }
}

/** Never print a password from a connection string. */
function redact(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}
