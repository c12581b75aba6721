import { spawn, type ChildProcess } from 'child_process'
import crypto from 'crypto'
import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'

import { buildIsStale } from '../../src/scripts/buildState'
import { serverEntry } from '../../src/scripts/serverEntry'
import { serverNodeOptions } from '../../src/scripts/serverNodeOptions'
import { withFileLock } from './fileLock'
import { copyOfTestDatabase, freshTestDatabase, type TestDatabase } from './testDatabase'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

export const TEST_SEED_PASSWORD = 'http-test-password-1'

export type ServerEnvironment = { db: TestDatabase; env: NodeJS.ProcessEnv }

/**
 * A database with the committed migrations and the demo seed, as `npm start` makes it, and the
 * environment of a server on it: a copy of `template` when one is given (SQLite), else seeded now.
 */
export async function seededEnvironment(label: string, template?: TestDatabase | null): Promise<ServerEnvironment> {
  if (template?.kind === 'sqlite') {
    const db = copyOfTestDatabase(template, label)
    return { db, env: serverEnvironment(db) }
  }
  const db = freshTestDatabase(label)
  const env = serverEnvironment(db)
  await run(bin('tsx'), ['--import', './src/scripts/preload-lexical.mjs', 'src/seed/cli.ts', '--force'], env, 'seeding the test database')
  return { db, env }
}

/**
 * The demo seed, made once per test run and copied by every server of the run (seeding costs
 * seconds of CPU; a copy, milliseconds). `npm test` (tests/run.mjs) names a folder for the run in
 * NEWSROOM_TEST_RUN_DIR that both of its processes share and that it removes at the end; a Vitest
 * started by hand gets a folder of its own, removed when it exits. On MongoDB there is nothing to
 * copy: null, and each server seeds its own database.
 */
export async function seededTemplate(): Promise<TestDatabase | null> {
  if (process.env.TEST_MONGODB_URI?.trim()) return null
  const dir = path.join(runDir(), 'seeded')
  const template: TestDatabase = { uri: `file:${path.join(dir, 'test.db')}`, mediaDir: path.join(dir, 'media'), dir, kind: 'sqlite' }
  await withFileLock(`${dir}.lock`, async () => {
    if (fs.existsSync(path.join(dir, 'ready'))) return
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    const env = serverEnvironment(template)
    await run(bin('tsx'), ['--import', './src/scripts/preload-lexical.mjs', 'src/seed/cli.ts', '--force'], env, 'seeding the test database')
    fs.writeFileSync(path.join(dir, 'ready'), '')
  })
  return template
}

function runDir(): string {
  if (!process.env.NEWSROOM_TEST_RUN_DIR) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-run-'))
    process.env.NEWSROOM_TEST_RUN_DIR = dir
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  }
  return process.env.NEWSROOM_TEST_RUN_DIR
}

function serverEnvironment(db: TestDatabase): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: db.uri,
    MEDIA_DIR: db.mediaDir,
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    SEED_PASSWORD: TEST_SEED_PASSWORD,
  }
}

/**
 * `next build` when the sources are newer than the last build. Two test processes may ask at
 * once (npm test runs two); a lock file makes the second wait for the first's build and use it.
 */
export async function buildIfStale(): Promise<void> {
  await withFileLock(BUILD_LOCK, async () => {
    if (buildIsStale(root)) await run(bin('next'), ['build'], { ...process.env, NODE_ENV: 'production' }, 'next build')
  })
}

const BUILD_LOCK = path.join(os.tmpdir(), `newsroom-build-${crypto.createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`)

/** Runs a command to its end (without blocking this process, so a build and a seed can overlap). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit code ${code})`))))
  })
}

/**
 * A production server of one test file's own, on a copy of the run's seeded database (built first
 * when stale): for files that stop and restart it, crash it or flood it. `environment` starts it again.
 */
export async function startOwnServer(label: string): Promise<{ environment: ServerEnvironment; server: RunningServer }> {
  const [, template] = await Promise.all([buildIfStale(), seededTemplate()])
  const environment = await seededEnvironment(label, template)
  return { environment, server: await startServer(environment) }
}

/**
 * `pid` is also the process group of the server and its children (it is started detached).
 * `stop` sends SIGTERM and tells how the server ended: by itself (`code`), or killed after 10 s.
 */
export type RunningServer = { baseURL: string; pid: number; stop: () => Promise<ServerExit>; kill: () => Promise<void> }
export type ServerExit = { code: number | null; signal: NodeJS.Signals | null }

/**
 * The production server as `npm start` runs it (src/scripts/serve.ts) on a free loopback port;
 * resolves when the API answers. `nodeArgs` go to Node; `onOutput` gets what it writes to stdout.
 */
export async function startServer(
  { env }: Pick<ServerEnvironment, 'env'>,
  nodeArgs: string[] = [],
  onOutput?: (text: string) => void,
): Promise<RunningServer> {
  const port = await freePort()
  // Through `node` itself, so that flags Node refuses in NODE_OPTIONS (--cpu-prof) can be given.
  // What `npm start` gives the production server (package.json) is added here as it adds it:
  // V8's flags, and two malloc arenas instead of glibc's sixteen on two cores (about 15 MB less at rest).
  const entry = await serverEntry(root)
  const serverEnv = { ...env, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS), MALLOC_ARENA_MAX: '2' }
  return launch(process.execPath, [...nodeArgs, entry], serverEnv, port, onOutput)
}

/**
 * `npm start` itself, as an operator runs it (its preparation, then npm and the server it execs):
 * for the benchmark, which reports the memory of the whole process tree.
 */
export async function startWithNpmStart({ env }: Pick<ServerEnvironment, 'env'>): Promise<RunningServer> {
  return launch('npm', ['start', '--silent'], env, await freePort())
}

async function launch(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  onOutput?: (text: string) => void,
): Promise<RunningServer> {
  const server = spawn(command, args, {
    cwd: root,
    // Its public address as a deployment sets it (absolute links in feeds and the sitemap come
    // only from SERVER_URL).
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', SERVER_URL: env.SERVER_URL ?? `http://127.0.0.1:${port}` },
    stdio: ['ignore', onOutput ? 'pipe' : 'inherit', 'inherit'],
    detached: true,
  })
  // A test that reads the server's log still shows it.
  server.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    onOutput?.(chunk.toString())
  })
  const baseURL = `http://127.0.0.1:${port}`
  const stop = () => stopServer(server)
  /** SIGKILL, as a power cut would: no shutdown code runs. */
  const kill = async () => {
    if (!server.pid || server.exitCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    process.kill(-server.pid, 'SIGKILL')
    await exited
  }
  try {
    await waitUntilServing(baseURL, server)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, pid: server.pid!, stop, kill }
}

async function stopServer(server: ChildProcess): Promise<ServerExit> {
  if (!server.pid || server.exitCode !== null) return { code: server.exitCode, signal: server.signalCode }
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid, 'SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (server.exitCode === null && server.signalCode === null) {
    process.kill(-server.pid, 'SIGKILL')
    await exited
  }
  return { code: server.exitCode, signal: server.signalCode }
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
  throw new Error(`the server did not answer at ${baseURL} within 60 s`)
}
