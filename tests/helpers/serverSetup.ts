import type { TestProject } from 'vitest/node'

import fs from 'fs'

import { buildIfStale, seededEnvironment, seededTemplate, startServer, TEST_SEED_PASSWORD } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    seedPassword: string
    /** The shared server's process (the `node` that runs src/scripts/serve.ts). */
    serverPid: number
  }
}

/**
 * The production server the HTTP tests share: `next build` when the sources changed and the
 * run's seeded database (tests/helpers/server.ts, both at once), then `next start` on a copy of it
 * on 127.0.0.1 (on MongoDB, on a database seeded for it).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [, template] = await Promise.all([buildIfStale(), seededTemplate()])
  const environment = await seededEnvironment('http', template)
  const server = await startServer(environment)
  project.provide('baseURL', server.baseURL)
  project.provide('seedPassword', TEST_SEED_PASSWORD)
  project.provide('serverPid', server.pid)
  return async () => {
    await server.stop()
    fs.rmSync(environment.db.dir, { recursive: true, force: true })
  }
}
