import { getPayload } from 'payload'

import { parseDatabaseUri } from '../db/databaseUri'
import { isEmpty, seed } from './index'

/**
 * `npm run seed [-- --force] [-- --if-empty] [-- --migrate-only]`. Refuses MongoDB without
 * --force: demo accounts with a known password must never reach a production database by
 * accident. `--migrate-only` just starts Payload (which applies pending migrations in production
 * mode) and stops: `npm start` uses it on MongoDB.
 */
async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2))
  const target = parseDatabaseUri(process.env.DATABASE_URI)
  if (target.kind === 'mongodb' && !args.has('--force') && !args.has('--migrate-only')) {
    console.error(
      'Refusing to seed demo data into MongoDB (demo accounts have a known password). ' +
        'Run `npm run seed -- --force` if this really is a local or test database.',
    )
    process.exit(2)
  }
  const { default: config } = await import('@payload-config')
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

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
