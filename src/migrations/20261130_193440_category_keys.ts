import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Category keys on the content rows (src/delivery/categoryKeys.ts), at the end of the public list
 * index, so a list filtered by category reads the index alone. Generated, then put in order:
 * Payload names some compound indexes `compound_index_N_idx` by their place in the config, so a
 * new index may take an old one's name, and every old index is dropped before any is made. The
 * live rows get their keys from their relation rows (versions keep theirs empty until saved: no
 * read uses them).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_organization_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_organization_publishedAt_createdAt_embargoUntil_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_items\` ADD \`category_keys\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`category_keys\` text;`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` ADD \`version_category_keys\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_category_keys\` text;`)
  await fillCategoryKeys(db)
  await db.run(sql`CREATE INDEX \`_status_organization_publishedAt_createdAt_categoryKeys_idx\` ON \`news_items\` (\`_status\`,\`organization_id\`,\`published_at\`,\`created_at\`,\`category_keys\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`press_releases\` (\`_status\`,\`organization_id\`,\`published_at\`,\`created_at\`,\`embargo_until\`,\`category_keys\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_news_items_v\` (\`version__status\`,\`version_organization_id\`,\`version_published_at\`,\`version_created_at\`,\`version_category_keys\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_organization_id\`,\`version_published_at\`,\`version_created_at\`,\`version_embargo_until\`,\`version_category_keys\`);`)
}

/** Each live row's keys from its relation rows, as src/delivery/categoryKeys.ts writes them: `,2,5,`, or `,` for none. */
export async function fillCategoryKeys(db: MigrateUpArgs['db']): Promise<void> {
  for (const table of ['news_items', 'press_releases']) {
    const rows = sql.identifier(table)
    const rels = sql.identifier(`${table}_rels`)
    await db.run(sql`UPDATE ${rows} SET category_keys = ',' || coalesce((
      SELECT group_concat(categories_id || ',', '') FROM (
        SELECT categories_id FROM ${rels} r WHERE r.parent_id = ${rows}.id AND r.path = 'categories' AND r.categories_id IS NOT NULL ORDER BY r."order"
      )), '')`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_organization_publishedAt_createdAt_categoryKeys_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_items\` DROP COLUMN \`category_keys\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`category_keys\`;`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` DROP COLUMN \`version_category_keys\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_category_keys\`;`)
  await db.run(sql`CREATE INDEX \`_status_organization_publishedAt_createdAt_idx\` ON \`news_items\` (\`_status\`,\`organization_id\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_organization_publishedAt_createdAt_embargoUntil_idx\` ON \`press_releases\` (\`_status\`,\`organization_id\`,\`published_at\`,\`created_at\`,\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_news_items_v\` (\`version__status\`,\`version_organization_id\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_organization_id\`,\`version_published_at\`,\`version_created_at\`,\`version_embargo_until\`);`)
}
