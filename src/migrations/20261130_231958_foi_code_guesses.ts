import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The FOI limits' table counts lookups of unknown tracking codes beside filings
 * (src/foi/codeGuesses.ts): each row says which it is; the rows already there are filings.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`foi_filings\` ADD \`kind\` text DEFAULT 'filing' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`foi_filings\` DROP COLUMN \`kind\`;`)
}
