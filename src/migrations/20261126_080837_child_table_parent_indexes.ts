import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`news_items_locales_parent_idx\` ON \`news_items_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_locales_parent_idx\` ON \`_news_items_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_locales_parent_idx\` ON \`press_releases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_locales_parent_idx\` ON \`_press_releases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_key_messages_locales_parent_idx\` ON \`campaigns_key_messages_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_locales_parent_idx\` ON \`campaigns_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_texts_parent_idx\` ON \`campaigns_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_key_messages_locales_parent_idx\` ON \`_campaigns_v_version_key_messages_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_locales_parent_idx\` ON \`_campaigns_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_texts_parent_idx\` ON \`_campaigns_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_locales_parent_idx\` ON \`attachments_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_locales_parent_idx\` ON \`categories_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_texts_parent_idx\` ON \`audit_log_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_items_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_items_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`press_releases_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`campaigns_key_messages_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`campaigns_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`campaigns_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_version_key_messages_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`attachments_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`categories_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`organizations_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`audit_log_texts_parent_idx\`;`)
}
