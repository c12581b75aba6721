import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_items_slug_idx\`;`)
  await db.run(sql`CREATE INDEX \`news_items_slug_idx\` ON \`news_items\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`press_releases_slug_idx\`;`)
  await db.run(sql`CREATE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`campaigns_slug_idx\`;`)
  await db.run(sql`CREATE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_items_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_items_slug_idx\` ON \`news_items\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`press_releases_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`DROP INDEX \`campaigns_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
}
