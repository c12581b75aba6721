import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const manifest = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as { version: string; dependencies?: Record<string, string> }

/**
 * Payload's own check of equal versions is off (payload.config.ts: the S3 storage adapter has no
 * release of payload's version). This keeps what it protected: every Payload package pinned to
 * payload's exact version and installed so, the storage pair being the one named exception.
 */
const EXCEPTIONS: Record<string, string> = { '@payloadcms/storage-s3': '3.90.1', '@payloadcms/plugin-cloud-storage': '3.90.1' }

describe('Payload packages', () => {
  it('are pinned to one version and installed at it, but for the storage adapter that has no release of it', () => {
    const declared = manifest('package.json').dependencies ?? {}
    const payloadVersion = declared.payload
    expect(payloadVersion).toMatch(/^\d+\.\d+\.\d+$/)
    const packages = Object.keys(declared).filter((name) => name.startsWith('@payloadcms/'))
    for (const name of [...packages, '@payloadcms/plugin-cloud-storage', '@payloadcms/ui', '@payloadcms/drizzle']) {
      const expected = EXCEPTIONS[name] ?? payloadVersion
      if (name in declared) expect(declared[name], `${name} in package.json`).toBe(expected)
      expect(manifest(`node_modules/${name}/package.json`).version, `${name} installed`).toBe(expected)
    }
    expect(manifest('node_modules/payload/package.json').version).toBe(payloadVersion)
  })
})
