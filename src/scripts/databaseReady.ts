import { createClient } from '@libsql/client'
import fs from 'fs'
import path from 'path'

/**
 * Whether the embedded database already has every committed migration and some data, so that
 * `npm start` can skip the short-lived Payload process that would migrate or seed it (it costs
 * seconds of start-up, then finds nothing to do). Two plain reads of the file, no Payload. Any
 * doubt (no file, no table, a migration not applied) answers false, and that process runs.
 */
export async function sqliteIsReady(filePath: string, migrationsDir: string): Promise<boolean> {
  if (!fs.existsSync(filePath)) return false
  const committed = fs
    .readdirSync(migrationsDir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => path.basename(file, '.ts'))
  const client = createClient({ url: `file:${filePath}` })
  try {
    const applied = new Set((await client.execute('SELECT name FROM payload_migrations')).rows.map((row) => String(row.name)))
    const users = Number((await client.execute('SELECT count(*) AS n FROM users')).rows[0]?.n ?? 0)
    return users > 0 && committed.every((name) => applied.has(name))
  } catch {
    return false
  } finally {
    client.close()
  }
}
