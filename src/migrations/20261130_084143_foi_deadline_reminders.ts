import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`foi_requests_id\` integer REFERENCES foi_requests(id);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_foi_requests_id_idx\` ON \`notifications_rels\` (\`foi_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_items_id\` integer,
  	\`press_releases_id\` integer,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_items_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id") SELECT "id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id" FROM \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_rels\` RENAME TO \`notifications_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_news_items_id_idx\` ON \`notifications_rels\` (\`news_items_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_press_releases_id_idx\` ON \`notifications_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_campaigns_id_idx\` ON \`notifications_rels\` (\`campaigns_id\`);`)
}
