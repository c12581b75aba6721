import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`foi_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text,
  	\`organization_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'registered',
  	\`outcome\` text,
  	\`registered_at\` text,
  	\`due_at\` text,
  	\`channel\` text DEFAULT 'in-person' NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`subject\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`publish_consent\` integer DEFAULT false,
  	\`hazard_information\` integer DEFAULT false,
  	\`assignee_id\` integer,
  	\`answer\` text,
  	\`responded_at\` text,
  	\`legal_ground\` text,
  	\`reason\` text,
  	\`referred_to_id\` integer,
  	\`referred_from_id\` integer,
  	\`complaint_filed_at\` text,
  	\`complaint_outcome\` text,
  	\`complaint_decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referred_to_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`referred_from_id\`) REFERENCES \`foi_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`foi_requests_tracking_code_idx\` ON \`foi_requests\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_organization_idx\` ON \`foi_requests\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_status_idx\` ON \`foi_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_outcome_idx\` ON \`foi_requests\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_due_at_idx\` ON \`foi_requests\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_assignee_idx\` ON \`foi_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_referred_to_idx\` ON \`foi_requests\` (\`referred_to_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_referred_from_idx\` ON \`foi_requests\` (\`referred_from_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_updated_at_idx\` ON \`foi_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_created_at_idx\` ON \`foi_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`foi_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`foi_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`foi_requests_rels_order_idx\` ON \`foi_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_rels_parent_idx\` ON \`foi_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_rels_path_idx\` ON \`foi_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`foi_requests_rels_attachments_id_idx\` ON \`foi_requests_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`foi_transitions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`organization_id\` integer,
  	\`actor_id\` integer,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`legal_ground\` text,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`foi_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`foi_transitions_request_idx\` ON \`foi_transitions\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_transitions_organization_idx\` ON \`foi_transitions\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_transitions_actor_idx\` ON \`foi_transitions\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`foi_transitions_updated_at_idx\` ON \`foi_transitions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`foi_transitions_created_at_idx\` ON \`foi_transitions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`foi_filings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`client\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`foi_filings_client_idx\` ON \`foi_filings\` (\`client\`);`)
  await db.run(sql`CREATE INDEX \`foi_filings_updated_at_idx\` ON \`foi_filings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`foi_filings_created_at_idx\` ON \`foi_filings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`foi_calendar_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`foi_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`foi_calendar_holidays_order_idx\` ON \`foi_calendar_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`foi_calendar_holidays_parent_id_idx\` ON \`foi_calendar_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`foi_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`foi_requests_id\` integer REFERENCES foi_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`foi_transitions_id\` integer REFERENCES foi_transitions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`foi_filings_id\` integer REFERENCES foi_filings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_foi_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`foi_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_foi_transitions_id_idx\` ON \`payload_locked_documents_rels\` (\`foi_transitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_foi_filings_id_idx\` ON \`payload_locked_documents_rels\` (\`foi_filings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`foi_requests\`;`)
  await db.run(sql`DROP TABLE \`foi_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`foi_transitions\`;`)
  await db.run(sql`DROP TABLE \`foi_filings\`;`)
  await db.run(sql`DROP TABLE \`foi_calendar_holidays\`;`)
  await db.run(sql`DROP TABLE \`foi_calendar\`;`)
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
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
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
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id", "media_id", "attachments_id", "categories_id", "comments_id", "organizations_id", "users_id", "workflow_transitions_id", "audit_log_id", "notifications_id", "webhooks_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "news_items_id", "press_releases_id", "campaigns_id", "media_id", "attachments_id", "categories_id", "comments_id", "organizations_id", "users_id", "workflow_transitions_id", "audit_log_id", "notifications_id", "webhooks_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}
