import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Each stored answer names the version of the rendering that made it (src/delivery/storedField.ts,
 * RENDERER). Answers stored before have none: they are read as missing, rendered at read time,
 * and stored again by the jobs the server queues at start.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_items_delivered_answers\` ADD \`renderer\` text;`)
  await db.run(sql`ALTER TABLE \`_news_items_v_version_delivered_answers\` ADD \`renderer\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_delivered_answers\` ADD \`renderer\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_version_delivered_answers\` ADD \`renderer\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns_delivered_answers\` ADD \`renderer\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_delivered_answers\` ADD \`renderer\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_items_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`ALTER TABLE \`_news_items_v_version_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`ALTER TABLE \`press_releases_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_version_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`ALTER TABLE \`campaigns_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_delivered_answers\` DROP COLUMN \`renderer\`;`)
}
