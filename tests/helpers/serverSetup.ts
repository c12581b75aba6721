import type { TestProject } from 'vitest/node'

import fs from 'fs'

import { buildIfStale, seededEnvironment, startServer, TEST_SEED_PASSWORD } from './server'
import type { TestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    seedPassword: string
    /** The seeded database the shared server started from, for files that start servers of their own. */
    seededTemplate: TestDatabase
  }
}

/**
 * The production server the HTTP tests share: `next build` when the sources changed, the
 * committed migrations and the demo seed on a fresh database (kept as the template that servers
 * of single files copy), then `next start` on a copy of it on 127.0.0.1.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The seed does not need the build: both run at once.
  const [, seeded] = await Promise.all([buildIfStale(), seededEnvironment('http-template')])
  const template = seeded.db
  // On SQLite the shared server runs on a copy, the template stays as seeded; a MongoDB database
  // cannot be copied, so there the server uses the seeded one and other servers seed their own.
  const server = await startServer(template.kind === 'sqlite' ? await seededEnvironment('http', template) : seeded)
  project.provide('baseURL', server.baseURL)
  project.provide('seedPassword', TEST_SEED_PASSWORD)
  project.provide('seededTemplate', template)
  return async () => {
    await server.stop()
    fs.rmSync(template.dir, { recursive: true, force: true })
  }
}
