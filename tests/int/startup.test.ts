import { spawn } from 'child_process'
import net from 'net'
import path from 'path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

type Outcome = {
  code: number | null
  stdout: string
  stderr: string
  timedOut: boolean
  /** Milliseconds from the seed script's "Connecting to the database" line to its exit, or null. */
  connectingMs: number | null
}

const CONNECTING = '[newsroom] Connecting to the database'

/**
 * Runs a project script as `npm start` would. `boundMs` only stops a hang (it includes loading
 * TypeScript, which a busy machine slows down): what a test times, it measures itself.
 */
function runScript(script: string, args: string[], env: Record<string, string>, boundMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['--import', './src/scripts/preload-lexical.mjs', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    let connectingAt: number | null = null
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      if (connectingAt === null && stdout.includes(CONNECTING)) connectingAt = performance.now()
    })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), boundMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      const connectingMs = connectingAt === null ? null : performance.now() - connectingAt
      resolve({ code, stdout, stderr, timedOut: signal === 'SIGKILL', connectingMs })
    })
  })
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('starting with DATABASE_URI', () => {
  it('refuses an unknown scheme in one line that names the accepted ones, before building anything', async () => {
    const outcome = await runScript('src/scripts/start.ts', [], { DATABASE_URI: 'postgres://u:pw@db/newsroom' }, 120_000)
    expect(outcome.code).toBe(2)
    const lines = outcome.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(outcome.stdout).not.toContain('Building')
  }, 150_000)

  it('fails within seconds, with a clear message, when the MongoDB server does not answer', async () => {
    const uri = `mongodb://127.0.0.1:${await closedPort()}/newsroom`
    // Only the wait for the server is timed, from the script's "Connecting" line to its exit:
    // loading TypeScript on a busy machine is not what this measures. The driver's default wait
    // is 30 s, ours 5 s; 20 s leaves room for a slow machine and still fails if ours is lost.
    const outcome = await runScript('src/seed/cli.ts', ['--migrate-only'], { DATABASE_URI: uri, PAYLOAD_SECRET: 'test' }, 120_000)
    expect(outcome.timedOut).toBe(false)
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/cannot connect to MongoDB/)
    expect(outcome.connectingMs).not.toBeNull()
    expect(outcome.connectingMs!).toBeLessThan(20_000)
  }, 150_000)

  it('requires PAYLOAD_SECRET on MongoDB', async () => {
    const outcome = await runScript(
      'src/seed/cli.ts',
      ['--migrate-only'],
      { DATABASE_URI: 'mongodb://127.0.0.1:1/x', PAYLOAD_SECRET: '' },
      120_000,
    )
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/PAYLOAD_SECRET is required/)
  }, 150_000)

  it('will not seed demo accounts into MongoDB without --force', async () => {
    const outcome = await runScript('src/seed/cli.ts', [], { DATABASE_URI: 'mongodb://127.0.0.1:1/x', PAYLOAD_SECRET: 'test' }, 120_000)
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/Refusing to seed demo data into MongoDB/)
  }, 150_000)
})
