import { spawn, spawnSync, type SpawnSyncOptions } from 'child_process'
import path from 'path'

import { parseDatabaseUri } from '../db/databaseUri'
import { buildIsStale } from './buildState'
import { serverEntry } from './serverEntry'
import { serverNodeOptions } from './serverNodeOptions'

/**
 * `npm start`: everything a newcomer needs in one command. Builds when the sources are newer than
 * the last build, applies migrations and seeds an empty embedded database (both in a short-lived
 * process before the server opens the file), then serves on PORT (3000).
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
// schema is in place before the server opens the database.
run(bin('tsx'), [
  '--import',
  './src/scripts/preload-lexical.mjs',
  'src/seed/cli.ts',
  ...(target.kind === 'sqlite' ? ['--if-empty'] : ['--migrate-only']),
])

// The server (src/scripts/serve.ts) answers SIGTERM by finishing its requests and jobs.
const server = spawn(process.execPath, [await serverEntry(root)], {
  stdio: 'inherit',
  env: { ...env, NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))
