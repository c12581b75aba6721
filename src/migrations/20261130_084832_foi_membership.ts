import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`foi_membership_status\` text DEFAULT 'not_joined';`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`foi_membership_joined_at\` text;`)
  await db.run(sql`CREATE INDEX \`organizations_foi_membership_foi_membership_status_idx\` ON \`organizations\` (\`foi_membership_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organizations_foi_membership_foi_membership_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`foi_membership_status\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`foi_membership_joined_at\`;`)
}
