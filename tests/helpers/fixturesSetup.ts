import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import type { TestProject } from 'vitest/node'

import { freshTestDatabase, sqliteFile } from './testDatabase'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

/**
 * Global setup of the integration files: one database with the schema and the organization tree
 * and accounts (tests/helpers/fixtures.ts), made once; each file starts from a copy of it instead
 * of building the schema and seeding again (tests/helpers/payload.ts). On MongoDB (TEST_MONGODB_URI)
 * there is nothing to copy, and each file seeds its own database.
 */
export default function setup(project: TestProject): () => void {
  if (process.env.TEST_MONGODB_URI?.trim()) {
    project.provide('fixturesTemplate', null)
    return () => {}
  }
  const template = freshTestDatabase('fixtures')
  const made = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--import', './src/scripts/preload-lexical.mjs', 'tests/helpers/fixturesTemplate.ts', sqliteFile(template)],
    { cwd: root, env: { ...process.env, NODE_ENV: 'test' }, stdio: 'inherit' },
  )
  if (made.status !== 0) throw new Error('preparing the integration database failed')
  project.provide('fixturesTemplate', template)
  return () => fs.rmSync(template.dir, { recursive: true, force: true })
}
