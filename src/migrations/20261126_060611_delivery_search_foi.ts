import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news_items_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_items_texts_order_parent\` ON \`news_items_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_items_texts_text_idx\` ON \`news_items_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`news_items_texts_locale_parent\` ON \`news_items_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_items_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_items_v_texts_order_parent\` ON \`_news_items_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_texts_locale_parent\` ON \`_news_items_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_texts_order_parent\` ON \`press_releases_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_texts_text_idx\` ON \`press_releases_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_texts_locale_parent\` ON \`press_releases_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_texts_order_parent\` ON \`_press_releases_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_texts_locale_parent\` ON \`_press_releases_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns_texts\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`campaigns_texts_text_idx\` ON \`campaigns_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_texts_locale_parent\` ON \`campaigns_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_texts\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_texts_locale_parent\` ON \`_campaigns_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`foi_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news_items_texts\`;`)
  await db.run(sql`DROP TABLE \`_news_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`press_releases_texts\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_texts\`;`)
  await db.run(sql`DROP INDEX \`campaigns_texts_text_idx\`;`)
  await db.run(sql`DROP INDEX \`campaigns_texts_locale_parent\`;`)
  await db.run(sql`ALTER TABLE \`campaigns_texts\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_texts_locale_parent\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_texts\` DROP COLUMN \`locale\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`foi_url\`;`)
}
