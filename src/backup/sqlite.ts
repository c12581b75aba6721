import { createClient, type Client } from '@libsql/client'

/** How long the copy waits for a write in progress (a lock held for a commit) before failing. */
const BUSY_TIMEOUT_MS = 10_000

/** Opens an existing file only: the caller checks that it exists, since opening creates it. */
function open(file: string): Client {
  return createClient({ url: `file:${file}` })
}

/**
 * Copies a live database into `destination` with `VACUUM INTO`: one read transaction, so the
 * copy is a consistent snapshot of a single moment, written compact and in rollback-journal mode
 * (one self-contained file). In WAL mode the server's writes carry on meanwhile.
 */
export async function snapshotDatabase(source: string, destination: string): Promise<void> {
  const client = open(source)
  try {
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    await client.execute({ sql: 'VACUUM INTO ?', args: [destination] })
  } finally {
    client.close()
  }
}

/** SQLite's own verdict on a database file: `ok`, or the problems it found. */
export async function integrityCheck(file: string): Promise<string> {
  const client = open(file)
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    return rows.map((row) => String(row[0])).join('; ')
  } finally {
    client.close()
  }
}

/**
 * Whether another process has the database open. In WAL mode (how the newsroom opens it) every
 * connection holds a shared lock for as long as it is open, so an exclusive lock is refused while
 * a server runs, even an idle one. A database still in rollback-journal mode shows only writes in
 * progress, which is why restore also tells the operator to stop the server.
 */
export async function databaseInUse(file: string): Promise<boolean> {
  const client = open(file)
  try {
    await client.execute('PRAGMA locking_mode = EXCLUSIVE')
    await client.execute('BEGIN EXCLUSIVE')
    await client.execute('SELECT count(*) FROM sqlite_master')
    await client.execute('ROLLBACK')
    return false
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return true
    throw error
  } finally {
    client.close()
  }
}
