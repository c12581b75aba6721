import { spawn, spawnSync, type SpawnSyncOptions } from 'child_process'
import fs from 'fs'
import path from 'path'

import { parseDatabaseUri } from '../db/databaseUri'

/**
 * `npm start`: everything a newcomer needs in one command. Builds when the sources are newer than
 * the last build, applies migrations and seeds an empty embedded database (both in a short-lived
 * process before the server opens the file), then serves on PORT (3000).
 */
const root = process.cwd()
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' }
const SOURCES = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'package-lock.json']

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env, ...options })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function newestMtime(entry: string): number {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return 0
  const stat = fs.statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(full)
    .reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs)
}

function buildIsStale(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return SOURCES.some((entry) => newestMtime(entry) > built)
}

// Fail on a bad DATABASE_URI before spending two minutes on a build.
const target = parseDatabaseUri(process.env.DATABASE_URI)

if (buildIsStale()) {
  console.info('[newsroom] Building the application (first start or changed sources)…')
  run(bin('next'), ['build'])
}

// Migrations run when Payload starts in production mode; the seed script starts it, so the
// schema is in place before the server opens the database.
run(bin('tsx'), ['src/seed/cli.ts', ...(target.kind === 'sqlite' ? ['--if-empty'] : ['--migrate-only'])])

const port = process.env.PORT || '3000'
const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env })
console.info(`[newsroom] Serving on http://localhost:${port} (admin: /admin, API: /api)`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))
