import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')

describe('committed SQLite migrations', () => {
  it('describe exactly the schema of the current config (npm start uses them, not the config)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
    const copy = path.join(dir, 'migrations')
    fs.cpSync(path.join(root, 'src/migrations'), copy, { recursive: true })
    const before = fs.readdirSync(copy).sort()
    const result = spawnSync('npm', ['run', '-s', 'migrate:create', '--', 'pending', '--skip-empty'], {
      cwd: root,
      env: { ...process.env, MIGRATION_DIR: copy, DATABASE_URI: `file:${path.join(dir, 'db.sqlite')}`, PAYLOAD_SECRET: 'migration-check' },
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    const after = fs.readdirSync(copy).sort()
    // A new file means the config changed without `npm run migrate:create -- <name>`.
    expect(after).toEqual(before)
    fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)
})
