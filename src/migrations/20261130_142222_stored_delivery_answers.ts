import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news_items_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_items_texts_order_parent\` ON \`news_items_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_items_texts_text_idx\` ON \`news_items_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`news_items_texts_parent_idx\` ON \`news_items_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_items_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_items_v_texts_order_parent\` ON \`_news_items_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_texts_parent_idx\` ON \`_news_items_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_texts_order_parent\` ON \`press_releases_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_texts_text_idx\` ON \`press_releases_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_texts_parent_idx\` ON \`press_releases_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_texts_order_parent\` ON \`_press_releases_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_texts_parent_idx\` ON \`_press_releases_v_texts\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`news_items\` ADD \`delivered_cards\` text;`)
  await db.run(sql`ALTER TABLE \`news_items\` ADD \`delivered_articles\` text;`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` ADD \`version_delivered_cards\` text;`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` ADD \`version_delivered_articles\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`delivered_cards\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`delivered_articles\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_delivered_cards\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_delivered_articles\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`delivered_cards\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`delivered_articles\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_delivered_cards\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_delivered_articles\` text;`)
  await db.run(sql`CREATE INDEX \`campaigns_texts_text_idx\` ON \`campaigns_texts\` (\`text\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news_items_texts\`;`)
  await db.run(sql`DROP TABLE \`_news_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`press_releases_texts\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_texts\`;`)
  await db.run(sql`DROP INDEX \`campaigns_texts_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_items\` DROP COLUMN \`delivered_cards\`;`)
  await db.run(sql`ALTER TABLE \`news_items\` DROP COLUMN \`delivered_articles\`;`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` DROP COLUMN \`version_delivered_cards\`;`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` DROP COLUMN \`version_delivered_articles\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`delivered_cards\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`delivered_articles\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_delivered_cards\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_delivered_articles\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`delivered_cards\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`delivered_articles\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_delivered_cards\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_delivered_articles\`;`)
}
