import { spawnSync, type SpawnSyncOptions } from 'child_process'
import path from 'path'

import { parseDatabaseUri } from '../db/databaseUri'
import { buildIsStale } from './buildState'
import { sqliteIsReady } from './databaseReady'
import { serverEntry } from './serverEntry'

/**
 * `npm start`'s preparation, a short-lived process: builds when the sources are newer than the
 * last build, applies migrations and seeds an empty embedded database (in a process of their own,
 * before the server opens the file), and compiles the server's entry. Then it exits and the start
 * script `exec`s the server (package.json), so nothing but npm stays resident beside the server
 * and the server gets npm's signals itself.
 */
const root = process.cwd()
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' }

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env, ...options })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// Fail on a bad DATABASE_URI, in one line, before spending a minute on a build.
const target = (() => {
  try {
    return parseDatabaseUri(process.env.DATABASE_URI)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
})()

if (buildIsStale(root)) {
  console.info('[newsroom] Building the application (first start or changed sources)…')
  run(bin('next'), ['build'])
}

// Migrations run when Payload starts in production mode; the seed script starts it, so the
// schema is in place before the server opens the database. An embedded database that already
// has every migration and its data needs neither.
if (target.kind !== 'sqlite' || !(await sqliteIsReady(target.filePath, path.join(root, 'src', 'migrations')))) {
  run(bin('tsx'), [
    '--import',
    './src/scripts/preload-lexical.mjs',
    'src/seed/cli.ts',
    ...(target.kind === 'sqlite' ? ['--if-empty'] : ['--migrate-only']),
  ])
}

await serverEntry(root)
