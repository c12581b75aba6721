import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`foi_requests\` ADD \`closed_at\` text;`)
  await db.run(sql`ALTER TABLE \`foi_requests\` ADD \`personal_data_erased_at\` text;`)
  await db.run(sql`CREATE INDEX \`foi_requests_closed_at_idx\` ON \`foi_requests\` (\`closed_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`foi_requests_closed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`foi_requests\` DROP COLUMN \`closed_at\`;`)
  await db.run(sql`ALTER TABLE \`foi_requests\` DROP COLUMN \`personal_data_erased_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
