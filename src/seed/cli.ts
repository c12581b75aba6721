import { getPayload } from 'payload'

import { runToCompletion } from '../scripts/runToCompletion'
import { isEmpty, seed } from './index'

/**
 * Run with `--import ./src/scripts/preload-lexical.mjs` (as `npm run seed` does).
 * `npm run seed [-- --force] [-- --if-empty] [-- --migrate-only]`. Refuses MongoDB without
 * --force: demo accounts with a known password must never reach a production database by
 * accident. `--migrate-only` just starts Payload (which applies pending migrations in production
 * mode) and stops: `npm start` uses it on MongoDB.
 */
async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2))
  // The target comes from the config module itself: importing the URI parser separately before
  // the config deadlocks tsx's loader when the MongoDB adapter is in the graph.
  const { default: config, databaseTarget } = await import('@payload-config')
  if (databaseTarget.kind === 'mongodb' && !args.has('--force') && !args.has('--migrate-only')) {
    console.error(
      'Refusing to seed demo data into MongoDB (demo accounts have a known password). ' +
        'Run `npm run seed -- --force` if this really is a local or test database.',
    )
    process.exit(2)
  }
  // Marks where loading ends and the database wait begins (a test times the wait from here).
  console.info(`[newsroom] Connecting to the database (${databaseTarget.kind})…`)
  const payload = await getPayload({ config })
  if (args.has('--migrate-only')) {
    payload.logger.info('Database schema is up to date.')
  } else if (args.has('--if-empty') && !(await isEmpty(payload))) {
    payload.logger.info('Database already has data: not seeding.')
  } else {
    await seed(payload)
    payload.logger.info('Demo data is in place. The demo accounts are for local use only.')
  }
  await payload.destroy()
}

runToCompletion('The seed script', main)
