import { spawn, spawnSync, type ChildProcess } from 'child_process'
import crypto from 'crypto'
import net from 'net'
import path from 'path'
import type { TestProject } from 'vitest/node'

import { buildIsStale } from '../../src/scripts/buildState'
import { freshTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    seedPassword: string
  }
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/**
 * The production server the HTTP tests talk to: `next build` when the sources changed, the
 * committed migrations and the demo seed on a fresh database, then `next start` on 127.0.0.1.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = freshTestDatabase('http')
  const seedPassword = 'http-test-password-1'
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: db.uri,
    MEDIA_DIR: db.mediaDir,
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    SEED_PASSWORD: seedPassword,
  }
  if (buildIsStale(root)) {
    const build = spawnSync(bin('next'), ['build'], { cwd: root, env, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('next build failed')
  }
  const seed = spawnSync(bin('tsx'), ['--import', './src/scripts/preload-lexical.mjs', 'src/seed/cli.ts', '--force'], { cwd: root, env, stdio: 'inherit' })
  if (seed.status !== 0) throw new Error('seeding the test database failed')

  const port = await freePort()
  const server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const baseURL = `http://127.0.0.1:${port}`
  await waitUntilServing(baseURL, server)
  project.provide('baseURL', baseURL)
  project.provide('seedPassword', seedPassword)

  return async () => {
    stop(server)
  }
}

function stop(server: ChildProcess): void {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function waitUntilServing(baseURL: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`)
    try {
      const response = await fetch(`${baseURL}/api/organizations?limit=1`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  stop(server)
  throw new Error(`the server did not answer at ${baseURL} within 60 s`)
}
