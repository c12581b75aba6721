import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news_items_delivered_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`cards\` text,
  	\`articles\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_items_delivered_answers_order_idx\` ON \`news_items_delivered_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_items_delivered_answers_parent_id_idx\` ON \`news_items_delivered_answers\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`_news_items_v_version_delivered_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cards\` text,
  	\`articles\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_delivered_answers_order_idx\` ON \`_news_items_v_version_delivered_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_delivered_answers_parent_id_idx\` ON \`_news_items_v_version_delivered_answers\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`press_releases_delivered_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`cards\` text,
  	\`articles\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_delivered_answers_order_idx\` ON \`press_releases_delivered_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_delivered_answers_parent_id_idx\` ON \`press_releases_delivered_answers\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_delivered_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cards\` text,
  	\`articles\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_delivered_answers_order_idx\` ON \`_press_releases_v_version_delivered_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_delivered_answers_parent_id_idx\` ON \`_press_releases_v_version_delivered_answers\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`campaigns_delivered_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`cards\` text,
  	\`articles\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_delivered_answers_order_idx\` ON \`campaigns_delivered_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_delivered_answers_parent_id_idx\` ON \`campaigns_delivered_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_delivered_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cards\` text,
  	\`articles\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_delivered_answers_order_idx\` ON \`_campaigns_v_version_delivered_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_delivered_answers_parent_id_idx\` ON \`_campaigns_v_version_delivered_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_organization_publishedAt_createdAt_idx\` ON \`news_items\` (\`_status\`,\`organization_id\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_news_items_v\` (\`version__status\`,\`version_organization_id\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_organization_publishedAt_createdAt_embargoUntil_idx\` ON \`press_releases\` (\`_status\`,\`organization_id\`,\`published_at\`,\`created_at\`,\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_organization_id\`,\`version_published_at\`,\`version_created_at\`,\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_texts_text_idx\` ON \`campaigns_texts\` (\`text\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news_items_delivered_answers\`;`)
  await db.run(sql`DROP TABLE \`news_items_texts\`;`)
  await db.run(sql`DROP TABLE \`_news_items_v_version_delivered_answers\`;`)
  await db.run(sql`DROP TABLE \`_news_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`press_releases_delivered_answers\`;`)
  await db.run(sql`DROP TABLE \`press_releases_texts\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_delivered_answers\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_texts\`;`)
  await db.run(sql`DROP TABLE \`campaigns_delivered_answers\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_delivered_answers\`;`)
  await db.run(sql`DROP INDEX \`_status_organization_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_organization_publishedAt_createdAt_embargoUntil_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`campaigns_texts_text_idx\`;`)
}
