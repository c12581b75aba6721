import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`organization_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_idx\` ON \`comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_organization_idx\` ON \`comments\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_items_id\` integer,
  	\`press_releases_id\` integer,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_items_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_rels_order_idx\` ON \`comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_parent_idx\` ON \`comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_path_idx\` ON \`comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_news_items_id_idx\` ON \`comments_rels\` (\`news_items_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_press_releases_id_idx\` ON \`comments_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_campaigns_id_idx\` ON \`comments_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_transitions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`actor_id\` integer,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`comment\` text,
  	\`publish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_transitions_organization_idx\` ON \`workflow_transitions\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_actor_idx\` ON \`workflow_transitions\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_updated_at_idx\` ON \`workflow_transitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_created_at_idx\` ON \`workflow_transitions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_transitions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_items_id\` integer,
  	\`press_releases_id\` integer,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workflow_transitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_items_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_transitions_rels_order_idx\` ON \`workflow_transitions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_rels_parent_idx\` ON \`workflow_transitions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_rels_path_idx\` ON \`workflow_transitions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_rels_news_items_id_idx\` ON \`workflow_transitions_rels\` (\`news_items_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_rels_press_releases_id_idx\` ON \`workflow_transitions_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_transitions_rels_campaigns_id_idx\` ON \`workflow_transitions_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`actor_id\` integer,
  	\`actor_email\` text,
  	\`action\` text NOT NULL,
  	\`target_collection\` text,
  	\`document_id\` text,
  	\`ip\` text,
  	\`organization_id\` integer,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_email_idx\` ON \`audit_log\` (\`actor_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_organization_idx\` ON \`audit_log\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_texts_order_parent\` ON \`audit_log_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`message\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`read\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_event_idx\` ON \`notifications\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_idx\` ON \`notifications\` (\`read\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications_rels\` (
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
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_news_items_id_idx\` ON \`notifications_rels\` (\`news_items_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_press_releases_id_idx\` ON \`notifications_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_campaigns_id_idx\` ON \`notifications_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news_items\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news_items\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`news_items\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`news_items_workflow_status_idx\` ON \`news_items\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`news_items_publish_at_idx\` ON \`news_items\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`news_items_created_by_idx\` ON \`news_items\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_items_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_workflow_status_idx\` ON \`_news_items_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_publish_at_idx\` ON \`_news_items_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_created_by_idx\` ON \`_news_items_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`press_releases_workflow_status_idx\` ON \`press_releases\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_publish_at_idx\` ON \`press_releases\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_by_idx\` ON \`press_releases\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_workflow_status_idx\` ON \`_press_releases_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_publish_at_idx\` ON \`_press_releases_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_by_idx\` ON \`_press_releases_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`campaigns_workflow_status_idx\` ON \`campaigns\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_publish_at_idx\` ON \`campaigns\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_by_idx\` ON \`campaigns\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_workflow_status_idx\` ON \`_campaigns_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_publish_at_idx\` ON \`_campaigns_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_by_idx\` ON \`_campaigns_v\` (\`version_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_from\` text;`)
  await db.run(sql`CREATE INDEX \`media_public_from_idx\` ON \`media\` (\`public_from\`);`)
  await db.run(sql`ALTER TABLE \`attachments\` ADD \`public_from\` text;`)
  await db.run(sql`CREATE INDEX \`attachments_public_from_idx\` ON \`attachments\` (\`public_from\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` integer REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_transitions_id\` integer REFERENCES workflow_transitions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_transitions_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_transitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_transitions\`;`)
  await db.run(sql`DROP TABLE \`workflow_transitions_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log_texts\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`campaign_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news_items\`("id", "hero_image_id", "slug", "organization_id", "campaign_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "slug", "organization_id", "campaign_id", "published_at", "updated_at", "created_at", "_status" FROM \`news_items\`;`)
  await db.run(sql`DROP TABLE \`news_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_items\` RENAME TO \`news_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_items_hero_image_idx\` ON \`news_items\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_items_slug_idx\` ON \`news_items\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_items_organization_idx\` ON \`news_items\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`news_items_campaign_idx\` ON \`news_items\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`news_items_published_at_idx\` ON \`news_items\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_items_updated_at_idx\` ON \`news_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_items_created_at_idx\` ON \`news_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news_items__status_idx\` ON \`news_items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_campaign_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_items_v\`("id", "parent_id", "version_hero_image_id", "version_slug", "version_organization_id", "version_campaign_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_slug", "version_organization_id", "version_campaign_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_news_items_v\`;`)
  await db.run(sql`DROP TABLE \`_news_items_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_items_v\` RENAME TO \`_news_items_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_items_v_parent_idx\` ON \`_news_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_hero_image_idx\` ON \`_news_items_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_slug_idx\` ON \`_news_items_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_organization_idx\` ON \`_news_items_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_campaign_idx\` ON \`_news_items_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_published_at_idx\` ON \`_news_items_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_updated_at_idx\` ON \`_news_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version_created_at_idx\` ON \`_news_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_version_version__status_idx\` ON \`_news_items_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_created_at_idx\` ON \`_news_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_updated_at_idx\` ON \`_news_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_snapshot_idx\` ON \`_news_items_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_published_locale_idx\` ON \`_news_items_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_latest_idx\` ON \`_news_items_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_news_items_v_autosave_idx\` ON \`_news_items_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`campaign_id\` integer,
  	\`published_at\` text,
  	\`embargo_until\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases\`("id", "hero_image_id", "slug", "organization_id", "campaign_id", "published_at", "embargo_until", "contact_name", "contact_phone", "contact_email", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "slug", "organization_id", "campaign_id", "published_at", "embargo_until", "contact_name", "contact_phone", "contact_email", "updated_at", "created_at", "_status" FROM \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases\` RENAME TO \`press_releases\`;`)
  await db.run(sql`CREATE INDEX \`press_releases_hero_image_idx\` ON \`press_releases\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_organization_idx\` ON \`press_releases\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_campaign_idx\` ON \`press_releases\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_embargo_until_idx\` ON \`press_releases\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_campaign_id\` integer,
  	\`version_published_at\` text,
  	\`version_embargo_until\` text,
  	\`version_contact_name\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v\`("id", "parent_id", "version_hero_image_id", "version_slug", "version_organization_id", "version_campaign_id", "version_published_at", "version_embargo_until", "version_contact_name", "version_contact_phone", "version_contact_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_slug", "version_organization_id", "version_campaign_id", "version_published_at", "version_embargo_until", "version_contact_name", "version_contact_phone", "version_contact_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v\` RENAME TO \`_press_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_hero_image_idx\` ON \`_press_releases_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_organization_idx\` ON \`_press_releases_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_campaign_idx\` ON \`_press_releases_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_embargo_until_idx\` ON \`_press_releases_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_autosave_idx\` ON \`_press_releases_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`organization_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "slug", "starts_at", "ends_at", "organization_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "starts_at", "ends_at", "organization_id", "updated_at", "created_at", "_status" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_starts_at_idx\` ON \`campaigns\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_ends_at_idx\` ON \`campaigns\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_organization_idx\` ON \`campaigns\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_organization_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__campaigns_v\`("id", "parent_id", "version_slug", "version_starts_at", "version_ends_at", "version_organization_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_starts_at", "version_ends_at", "version_organization_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__campaigns_v\` RENAME TO \`_campaigns_v\`;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_starts_at_idx\` ON \`_campaigns_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_ends_at_idx\` ON \`_campaigns_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_organization_idx\` ON \`_campaigns_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
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
  	\`organizations_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_items_id\`) REFERENCES \`news_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id", "media_id", "attachments_id", "categories_id", "organizations_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id", "media_id", "attachments_id", "categories_id", "organizations_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_items_id_idx\` ON \`payload_locked_documents_rels\` (\`news_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`media_public_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_from\`;`)
  await db.run(sql`DROP INDEX \`attachments_public_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`attachments\` DROP COLUMN \`public_from\`;`)
}
