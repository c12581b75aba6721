import type { TestProject } from 'vitest/node'

import { buildIfStale, seededEnvironment, startServer, TEST_SEED_PASSWORD } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    seedPassword: string
  }
}

/**
 * The production server the HTTP tests share: `next build` when the sources changed, the
 * committed migrations and the demo seed on a fresh database, then `next start` on 127.0.0.1.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildIfStale()
  const server = await startServer(seededEnvironment('http'))
  project.provide('baseURL', server.baseURL)
  project.provide('seedPassword', TEST_SEED_PASSWORD)
  return server.stop
}
