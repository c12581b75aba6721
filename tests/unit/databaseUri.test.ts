import fs from 'fs'
import os from 'os'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { resolvePayloadSecret, SECRET_FILE_NAME } from '@/config/secret'
import { DatabaseUriError, parseDatabaseUri } from '@/db/databaseUri'

describe('parseDatabaseUri', () => {
  it('defaults to the embedded SQLite file when unset or blank', () => {
    for (const value of [undefined, '', '   ']) {
      const target = parseDatabaseUri(value, '/srv/newsroom')
      expect(target).toEqual({
        kind: 'sqlite',
        filePath: '/srv/newsroom/data/newsroom.db',
        url: 'file:/srv/newsroom/data/newsroom.db',
      })
    }
  })
  it('takes file: paths, relative and absolute', () => {
    expect(parseDatabaseUri('file:./tmp/x.db', '/srv/app')).toMatchObject({ kind: 'sqlite', filePath: '/srv/app/tmp/x.db' })
    expect(parseDatabaseUri('file:/var/lib/newsroom.db', '/srv/app')).toMatchObject({ filePath: '/var/lib/newsroom.db' })
    expect(parseDatabaseUri('file:///var/lib/newsroom.db', '/srv/app')).toMatchObject({ filePath: '/var/lib/newsroom.db' })
  })
  it('takes mongodb:// and mongodb+srv://', () => {
    expect(parseDatabaseUri('mongodb://db:27017/newsroom')).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/newsroom' })
    expect(parseDatabaseUri('mongodb+srv://u:p@cluster.example/newsroom')).toMatchObject({ kind: 'mongodb' })
  })
  it('refuses any other scheme with a message naming the accepted ones, without leaking a password', () => {
    for (const value of ['postgres://u:secret@db/newsroom', 'mysql://db', 'newsroom.db', 'file:']) {
      expect(() => parseDatabaseUri(value)).toThrow(DatabaseUriError)
    }
    try {
      parseDatabaseUri('postgres://u:secret@db/newsroom')
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain('file:')
      expect(message).toContain('mongodb://')
      expect(message).toContain('mongodb+srv://')
      expect(message).not.toContain('secret')
      expect(message.split('\n')).toHaveLength(1)
    }
  })
})

describe('resolvePayloadSecret', () => {
  it('uses PAYLOAD_SECRET when set', () => {
    const target = parseDatabaseUri('mongodb://db/newsroom')
    expect(resolvePayloadSecret(target, { PAYLOAD_SECRET: 'from-env' })).toBe('from-env')
  })
  it('requires PAYLOAD_SECRET on MongoDB', () => {
    expect(() => resolvePayloadSecret(parseDatabaseUri('mongodb://db/newsroom'), {})).toThrow(/PAYLOAD_SECRET is required/)
  })
  it('generates a random secret once beside the embedded database and keeps it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const target = parseDatabaseUri(`file:${dir}/db/newsroom.db`)
    const first = resolvePayloadSecret(target, {})
    const second = resolvePayloadSecret(target, {})
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    const file = path.join(dir, 'db', SECRET_FILE_NAME)
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(first)
    expect(fs.statSync(file).mode & 0o077).toBe(0)
    const other = parseDatabaseUri(`file:${dir}/other/newsroom.db`)
    expect(resolvePayloadSecret(other, {})).not.toBe(first)
  })
})
