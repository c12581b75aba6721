import { spawn } from 'child_process'
import net from 'net'
import path from 'path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

type Outcome = { code: number | null; stdout: string; stderr: string; timedOut: boolean }

/** Runs a project script as `npm start` would, with a hard bound so a hang fails the test. */
function runScript(script: string, args: string[], env: Record<string, string>, boundMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['--import', './src/scripts/preload-lexical.mjs', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), boundMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, timedOut: signal === 'SIGKILL' })
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
    const outcome = await runScript('src/scripts/start.ts', [], { DATABASE_URI: 'postgres://u:pw@db/newsroom' }, 30_000)
    expect(outcome.code).toBe(2)
    const lines = outcome.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(outcome.stdout).not.toContain('Building')
  })

  it('fails within seconds, with a clear message, when the MongoDB server does not answer', async () => {
    const uri = `mongodb://127.0.0.1:${await closedPort()}/newsroom`
    // The driver's default is a 30 s wait; ours is 5 s. 20 s allows for a slow machine
    // loading TypeScript, and still fails if the short timeout is lost.
    const outcome = await runScript('src/seed/cli.ts', ['--migrate-only'], { DATABASE_URI: uri, PAYLOAD_SECRET: 'test' }, 20_000)
    expect(outcome.timedOut).toBe(false)
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/cannot connect to MongoDB/)
  }, 30_000)

  it('requires PAYLOAD_SECRET on MongoDB', async () => {
    const outcome = await runScript('src/seed/cli.ts', ['--migrate-only'], { DATABASE_URI: 'mongodb://127.0.0.1:1/x', PAYLOAD_SECRET: '' }, 20_000)
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/PAYLOAD_SECRET is required/)
  }, 30_000)

  it('will not seed demo accounts into MongoDB without --force', async () => {
    const outcome = await runScript('src/seed/cli.ts', [], { DATABASE_URI: 'mongodb://127.0.0.1:1/x', PAYLOAD_SECRET: 'test' }, 20_000)
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/Refusing to seed demo data into MongoDB/)
  }, 30_000)
})
