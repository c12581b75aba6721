import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Each stored answer names the version of the rendering that made it (src/delivery/storedField.ts,
 * RENDERER), indexed so the start-up check for older answers is a lookup. Answers stored before
 * name none: they are not read (the document is rendered at read time) and the jobs the server
 * queues at start make them again.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_items_delivered_answers\` ADD \`renderer\` numeric;`)
  await db.run(sql`CREATE INDEX \`news_items_delivered_answers_renderer_idx\` ON \`news_items_delivered_answers\` (\`renderer\`);`)
  await db.run(sql`ALTER TABLE \`_news_items_v_version_delivered_answers\` ADD \`renderer\` numeric;`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_delivered_answers_renderer_idx\` ON \`_news_items_v_version_delivered_answers\` (\`renderer\`);`)
  await db.run(sql`ALTER TABLE \`press_releases_delivered_answers\` ADD \`renderer\` numeric;`)
  await db.run(sql`CREATE INDEX \`press_releases_delivered_answers_renderer_idx\` ON \`press_releases_delivered_answers\` (\`renderer\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_version_delivered_answers\` ADD \`renderer\` numeric;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_delivered_answers_renderer_idx\` ON \`_press_releases_v_version_delivered_answers\` (\`renderer\`);`)
  await db.run(sql`ALTER TABLE \`campaigns_delivered_answers\` ADD \`renderer\` numeric;`)
  await db.run(sql`CREATE INDEX \`campaigns_delivered_answers_renderer_idx\` ON \`campaigns_delivered_answers\` (\`renderer\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_delivered_answers\` ADD \`renderer\` numeric;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_delivered_answers_renderer_idx\` ON \`_campaigns_v_version_delivered_answers\` (\`renderer\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_items_delivered_answers_renderer_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_items_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`DROP INDEX \`_news_items_v_version_delivered_answers_renderer_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_items_v_version_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`DROP INDEX \`press_releases_delivered_answers_renderer_idx\`;`)
  await db.run(sql`ALTER TABLE \`press_releases_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_version_delivered_answers_renderer_idx\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_version_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`DROP INDEX \`campaigns_delivered_answers_renderer_idx\`;`)
  await db.run(sql`ALTER TABLE \`campaigns_delivered_answers\` DROP COLUMN \`renderer\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_version_delivered_answers_renderer_idx\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_delivered_answers\` DROP COLUMN \`renderer\`;`)
}
