import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`planned_items\` numeric;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_planned_items\` numeric;`)
  await db.run(sql`ALTER TABLE \`workflow_transitions\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`workflow_transitions\` ADD \`seconds_from_submission\` numeric;`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_seconds_from_submission_idx\` ON \`workflow_transitions\` (\`seconds_from_submission\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`workflow_transitions_seconds_from_submission_idx\`;`)
  await db.run(sql`ALTER TABLE \`workflow_transitions\` DROP COLUMN \`submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`workflow_transitions\` DROP COLUMN \`seconds_from_submission\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`planned_items\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_planned_items\`;`)
}
