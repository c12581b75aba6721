import path from 'path'
import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

const shared = {
  // Projects do not inherit the root `test` options, so what every project needs lives here.
  test: { testTimeout: 60_000, hookTimeout: 240_000 },
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@collections': path.join(root, 'collections'),
      '@': path.join(root, 'src'),
    },
  },
}

export default defineConfig({
  ...shared,
  test: {
    // Each file boots its own Payload on its own database; two at a time fits two cores.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { ...shared, test: { ...shared.test, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        ...shared,
        // One prepared database (schema, organizations, accounts) that every file starts from a copy of.
        test: { ...shared.test, name: 'int', include: ['tests/int/**/*.test.ts'], globalSetup: ['tests/helpers/fixturesSetup.ts'] },
      },
      {
        ...shared,
        test: {
          ...shared.test,
          name: 'http',
          include: ['tests/http/**/*.test.ts'],
          // Chromium for the browser tests (installed when missing and permitted), then one production
          // server (next build + next start) on a copy of the seeded database for all HTTP files.
          globalSetup: ['tests/helpers/chromiumSetup.ts', 'tests/helpers/serverSetup.ts'],
          // One file at a time: they share demo accounts, and Payload keeps an account's sessions
          // in its user document, so two logins of one account at the same instant can lose one.
          fileParallelism: false,
          // A bound against a hang: a browser test's steps each have two minutes (HANG_MS,
          // tests/helpers/browser.ts), and a flow of several pages on a loaded machine takes minutes.
          testTimeout: 600_000,
        },
      },
      {
        ...shared,
        // HTTP files with production servers of their own (stopped and restarted, or flooded with
        // hostile input): they share nothing with the other files, so they run beside them. Each
        // builds when stale (tests/helpers/server.ts waits for a build another process is making).
        test: { ...shared.test, name: 'servers', include: ['tests/servers/**/*.test.ts'] },
      },
      {
        ...shared,
        // `npm run test:soak`: minutes of load and a crash, each file with servers of its own.
        test: { ...shared.test, name: 'soak', include: ['tests/soak/**/*.test.ts'], fileParallelism: false, testTimeout: 900_000 },
      },
    ],
  },
})
