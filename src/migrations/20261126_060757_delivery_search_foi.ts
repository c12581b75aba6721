import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_events_order_idx\` ON \`webhooks_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_events_parent_idx\` ON \`webhooks_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text NOT NULL,
  	\`province_id\` integer,
  	\`secret\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_province_idx\` ON \`webhooks\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_active_idx\` ON \`webhooks\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webhook_id\` integer,
  	\`event\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text,
  	\`attempt\` numeric NOT NULL,
  	\`status\` numeric,
  	\`duration_ms\` numeric,
  	\`error\` text,
  	\`ok\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_document_id_idx\` ON \`webhook_deliveries\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_ok_idx\` ON \`webhook_deliveries\` (\`ok\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news_items_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`news_items_search_text_idx\` ON \`news_items_locales\` (\`search_text\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_news_items_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_search_text_idx\` ON \`_news_items_v_locales\` (\`version_search_text\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`press_releases_search_text_idx\` ON \`press_releases_locales\` (\`search_text\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_search_text_idx\` ON \`_press_releases_v_locales\` (\`version_search_text\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`campaigns_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`campaigns_search_text_idx\` ON \`campaigns_locales\` (\`search_text\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_search_text_idx\` ON \`_campaigns_v_locales\` (\`version_search_text\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`foi_url\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhooks_id\` integer REFERENCES webhooks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_deliveries_id\` integer REFERENCES webhook_deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_items_id\` integer,
  	\`press_releases_id\` integer,
  	\`campaigns_id\` integer,
  	\`media_id\` integer,
  	\`attachments_id\` integer,
  	\`categories_id\` integer,
  	\`comments_id\` integer,
  	\`organizations_id\` integer,
  	\`users_id\` integer,
  	\`workflow_transitions_id\` integer,
  	\`audit_log_id\` integer,
  	\`notifications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_items_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_transitions_id\`) REFERENCES \`workflow_transitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id", "media_id", "attachments_id", "categories_id", "comments_id", "organizations_id", "users_id", "workflow_transitions_id", "audit_log_id", "notifications_id") SELECT "id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id", "media_id", "attachments_id", "categories_id", "comments_id", "organizations_id", "users_id", "workflow_transitions_id", "audit_log_id", "notifications_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_items_id_idx\` ON \`payload_locked_documents_rels\` (\`news_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_transitions_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_transitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`DROP INDEX \`news_items_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_items_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_news_items_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_items_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`press_releases_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`campaigns_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`campaigns_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`foi_url\`;`)
}
