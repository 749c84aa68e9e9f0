import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_sources_order_idx\` ON \`pages_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_sources_parent_id_idx\` ON \`pages_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_change_notes_order_idx\` ON \`pages_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_change_notes_parent_id_idx\` ON \`pages_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_sources_order_idx\` ON \`_pages_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_sources_parent_id_idx\` ON \`_pages_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_change_notes_order_idx\` ON \`_pages_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_change_notes_parent_id_idx\` ON \`_pages_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks_progress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`region_id\` integer,
  	\`status\` text,
  	\`note\` text,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`building_blocks_progress_order_idx\` ON \`building_blocks_progress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_progress_parent_id_idx\` ON \`building_blocks_progress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_progress_region_idx\` ON \`building_blocks_progress\` (\`region_id\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`building_blocks_sources_order_idx\` ON \`building_blocks_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_sources_parent_id_idx\` ON \`building_blocks_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`building_blocks_change_notes_order_idx\` ON \`building_blocks_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_change_notes_parent_id_idx\` ON \`building_blocks_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`number\` numeric,
  	\`aim\` text,
  	\`phase\` text DEFAULT 'in-ontwikkeling',
  	\`owner\` text,
  	\`open_questions\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`building_blocks_slug_idx\` ON \`building_blocks\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`building_blocks_number_idx\` ON \`building_blocks\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_updated_at_idx\` ON \`building_blocks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_created_at_idx\` ON \`building_blocks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks__status_idx\` ON \`building_blocks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v_version_progress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`region_id\` integer,
  	\`status\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_building_blocks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_progress_order_idx\` ON \`_building_blocks_v_version_progress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_progress_parent_id_idx\` ON \`_building_blocks_v_version_progress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_progress_region_idx\` ON \`_building_blocks_v_version_progress\` (\`region_id\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_building_blocks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_sources_order_idx\` ON \`_building_blocks_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_sources_parent_id_idx\` ON \`_building_blocks_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_building_blocks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_change_notes_order_idx\` ON \`_building_blocks_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_change_notes_parent_id_idx\` ON \`_building_blocks_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_number\` numeric,
  	\`version_aim\` text,
  	\`version_phase\` text DEFAULT 'in-ontwikkeling',
  	\`version_owner\` text,
  	\`version_open_questions\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_parent_idx\` ON \`_building_blocks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_slug_idx\` ON \`_building_blocks_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_number_idx\` ON \`_building_blocks_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_updated_at_idx\` ON \`_building_blocks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_created_at_idx\` ON \`_building_blocks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version__status_idx\` ON \`_building_blocks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_created_at_idx\` ON \`_building_blocks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_updated_at_idx\` ON \`_building_blocks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_latest_idx\` ON \`_building_blocks_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`working_methods_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_methods_audiences_order_idx\` ON \`working_methods_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_audiences_parent_idx\` ON \`working_methods_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_methods_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`who\` text,
  	\`action\` text,
  	\`timeframe\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_methods_steps_order_idx\` ON \`working_methods_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_steps_parent_id_idx\` ON \`working_methods_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_methods_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_methods_sources_order_idx\` ON \`working_methods_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_sources_parent_id_idx\` ON \`working_methods_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_methods_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_methods_change_notes_order_idx\` ON \`working_methods_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_change_notes_parent_id_idx\` ON \`working_methods_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_methods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`scope\` text DEFAULT 'gelderland',
  	\`region_id\` integer,
  	\`parent_info\` text,
  	\`basis\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`working_methods_slug_idx\` ON \`working_methods\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_region_idx\` ON \`working_methods\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_updated_at_idx\` ON \`working_methods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_created_at_idx\` ON \`working_methods\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`working_methods__status_idx\` ON \`working_methods\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`working_methods_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_methods_rels_order_idx\` ON \`working_methods_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_rels_parent_idx\` ON \`working_methods_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_rels_path_idx\` ON \`working_methods_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_rels_building_blocks_id_idx\` ON \`working_methods_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`working_methods_rels_media_id_idx\` ON \`working_methods_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_working_methods_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_working_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_audiences_order_idx\` ON \`_working_methods_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_audiences_parent_idx\` ON \`_working_methods_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_working_methods_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`who\` text,
  	\`action\` text,
  	\`timeframe\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_working_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_steps_order_idx\` ON \`_working_methods_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_steps_parent_id_idx\` ON \`_working_methods_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_working_methods_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_working_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_sources_order_idx\` ON \`_working_methods_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_sources_parent_id_idx\` ON \`_working_methods_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_working_methods_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_working_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_change_notes_order_idx\` ON \`_working_methods_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_change_notes_parent_id_idx\` ON \`_working_methods_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_working_methods_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_scope\` text DEFAULT 'gelderland',
  	\`version_region_id\` integer,
  	\`version_parent_info\` text,
  	\`version_basis\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_methods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_methods_v_parent_idx\` ON \`_working_methods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_version_slug_idx\` ON \`_working_methods_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_version_region_idx\` ON \`_working_methods_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_version_updated_at_idx\` ON \`_working_methods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_version_created_at_idx\` ON \`_working_methods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_version_version__status_idx\` ON \`_working_methods_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_created_at_idx\` ON \`_working_methods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_updated_at_idx\` ON \`_working_methods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_latest_idx\` ON \`_working_methods_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_working_methods_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_working_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_methods_v_rels_order_idx\` ON \`_working_methods_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_rels_parent_idx\` ON \`_working_methods_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_rels_path_idx\` ON \`_working_methods_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_rels_building_blocks_id_idx\` ON \`_working_methods_v_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_methods_v_rels_media_id_idx\` ON \`_working_methods_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_sources_order_idx\` ON \`glossary_terms_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_sources_parent_id_idx\` ON \`glossary_terms_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_change_notes_order_idx\` ON \`glossary_terms_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_change_notes_parent_id_idx\` ON \`glossary_terms_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`abbreviation\` text,
  	\`definition\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_slug_idx\` ON \`glossary_terms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_abbreviation_idx\` ON \`glossary_terms\` (\`abbreviation\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_updated_at_idx\` ON \`glossary_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_created_at_idx\` ON \`glossary_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms__status_idx\` ON \`glossary_terms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_texts_order_parent\` ON \`glossary_terms_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_sources_order_idx\` ON \`_glossary_terms_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_sources_parent_id_idx\` ON \`_glossary_terms_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_change_notes_order_idx\` ON \`_glossary_terms_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_change_notes_parent_id_idx\` ON \`_glossary_terms_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_abbreviation\` text,
  	\`version_definition\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_parent_idx\` ON \`_glossary_terms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_slug_idx\` ON \`_glossary_terms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_abbreviation_idx\` ON \`_glossary_terms_v\` (\`version_abbreviation\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_updated_at_idx\` ON \`_glossary_terms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_created_at_idx\` ON \`_glossary_terms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version__status_idx\` ON \`_glossary_terms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_created_at_idx\` ON \`_glossary_terms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_updated_at_idx\` ON \`_glossary_terms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_latest_idx\` ON \`_glossary_terms_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_texts_order_parent\` ON \`_glossary_terms_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regions_contact_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`name\` text,
  	\`description\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`hours\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_contact_points_order_idx\` ON \`regions_contact_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`regions_contact_points_parent_id_idx\` ON \`regions_contact_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regions_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_sources_order_idx\` ON \`regions_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`regions_sources_parent_id_idx\` ON \`regions_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regions_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_change_notes_order_idx\` ON \`regions_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`regions_change_notes_parent_id_idx\` ON \`regions_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`regions__status_idx\` ON \`regions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`regions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`regions_texts_order_parent\` ON \`regions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_regions_v_version_contact_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`name\` text,
  	\`description\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`hours\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_regions_v_version_contact_points_order_idx\` ON \`_regions_v_version_contact_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_contact_points_parent_id_idx\` ON \`_regions_v_version_contact_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_regions_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_regions_v_version_sources_order_idx\` ON \`_regions_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_sources_parent_id_idx\` ON \`_regions_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_regions_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_regions_v_version_change_notes_order_idx\` ON \`_regions_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_change_notes_parent_id_idx\` ON \`_regions_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_regions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_regions_v_parent_idx\` ON \`_regions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version_slug_idx\` ON \`_regions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version_updated_at_idx\` ON \`_regions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version_created_at_idx\` ON \`_regions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_version_version__status_idx\` ON \`_regions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_created_at_idx\` ON \`_regions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_updated_at_idx\` ON \`_regions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_latest_idx\` ON \`_regions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_regions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_regions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_regions_v_texts_order_parent\` ON \`_regions_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_agreements_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_agreements_sources_order_idx\` ON \`local_agreements_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_sources_parent_id_idx\` ON \`local_agreements_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_agreements_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`local_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_agreements_change_notes_order_idx\` ON \`local_agreements_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_change_notes_parent_id_idx\` ON \`local_agreements_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_agreements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`region_id\` integer,
  	\`valid_from\` text,
  	\`valid_until\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`local_agreements_slug_idx\` ON \`local_agreements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_region_idx\` ON \`local_agreements\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_updated_at_idx\` ON \`local_agreements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_created_at_idx\` ON \`local_agreements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements__status_idx\` ON \`local_agreements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`local_agreements_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_agreements_texts_order_parent\` ON \`local_agreements_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`local_agreements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`local_agreements_rels_order_idx\` ON \`local_agreements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_rels_parent_idx\` ON \`local_agreements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_rels_path_idx\` ON \`local_agreements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_rels_building_blocks_id_idx\` ON \`local_agreements_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`local_agreements_rels_organisations_id_idx\` ON \`local_agreements_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_agreements_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_sources_order_idx\` ON \`_local_agreements_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_sources_parent_id_idx\` ON \`_local_agreements_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_agreements_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_local_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_change_notes_order_idx\` ON \`_local_agreements_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_change_notes_parent_id_idx\` ON \`_local_agreements_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_agreements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_region_id\` integer,
  	\`version_valid_from\` text,
  	\`version_valid_until\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`local_agreements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_parent_idx\` ON \`_local_agreements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_version_slug_idx\` ON \`_local_agreements_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_version_region_idx\` ON \`_local_agreements_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_version_updated_at_idx\` ON \`_local_agreements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_version_created_at_idx\` ON \`_local_agreements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_version_version__status_idx\` ON \`_local_agreements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_created_at_idx\` ON \`_local_agreements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_updated_at_idx\` ON \`_local_agreements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_latest_idx\` ON \`_local_agreements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_local_agreements_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_local_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_texts_order_parent\` ON \`_local_agreements_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_local_agreements_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_local_agreements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_rels_order_idx\` ON \`_local_agreements_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_rels_parent_idx\` ON \`_local_agreements_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_rels_path_idx\` ON \`_local_agreements_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_rels_building_blocks_id_idx\` ON \`_local_agreements_v_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`_local_agreements_v_rels_organisations_id_idx\` ON \`_local_agreements_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pilots_results_order_idx\` ON \`pilots_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pilots_results_parent_id_idx\` ON \`pilots_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`lesson\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pilots_lessons_order_idx\` ON \`pilots_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pilots_lessons_parent_id_idx\` ON \`pilots_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pilots_sources_order_idx\` ON \`pilots_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pilots_sources_parent_id_idx\` ON \`pilots_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pilots_change_notes_order_idx\` ON \`pilots_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pilots_change_notes_parent_id_idx\` ON \`pilots_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`region_id\` integer,
  	\`pilot_status\` text DEFAULT 'lopend',
  	\`start_date\` text,
  	\`end_date\` text,
  	\`aim\` text,
  	\`approach\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pilots_slug_idx\` ON \`pilots\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pilots_region_idx\` ON \`pilots\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`pilots_updated_at_idx\` ON \`pilots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pilots_created_at_idx\` ON \`pilots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pilots__status_idx\` ON \`pilots\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pilots_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pilots_texts_order_parent\` ON \`pilots_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pilots_rels_order_idx\` ON \`pilots_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_parent_idx\` ON \`pilots_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_path_idx\` ON \`pilots_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_building_blocks_id_idx\` ON \`pilots_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_organisations_id_idx\` ON \`pilots_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_version_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_results_order_idx\` ON \`_pilots_v_version_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_results_parent_id_idx\` ON \`_pilots_v_version_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_version_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`lesson\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_lessons_order_idx\` ON \`_pilots_v_version_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_lessons_parent_id_idx\` ON \`_pilots_v_version_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_sources_order_idx\` ON \`_pilots_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_sources_parent_id_idx\` ON \`_pilots_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_change_notes_order_idx\` ON \`_pilots_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_change_notes_parent_id_idx\` ON \`_pilots_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_region_id\` integer,
  	\`version_pilot_status\` text DEFAULT 'lopend',
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_aim\` text,
  	\`version_approach\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_parent_idx\` ON \`_pilots_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_slug_idx\` ON \`_pilots_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_region_idx\` ON \`_pilots_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_updated_at_idx\` ON \`_pilots_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_created_at_idx\` ON \`_pilots_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version__status_idx\` ON \`_pilots_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_created_at_idx\` ON \`_pilots_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_updated_at_idx\` ON \`_pilots_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_latest_idx\` ON \`_pilots_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_texts_order_parent\` ON \`_pilots_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_order_idx\` ON \`_pilots_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_parent_idx\` ON \`_pilots_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_path_idx\` ON \`_pilots_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_building_blocks_id_idx\` ON \`_pilots_v_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_organisations_id_idx\` ON \`_pilots_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_sources_order_idx\` ON \`organisations_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_sources_parent_id_idx\` ON \`organisations_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_change_notes_order_idx\` ON \`organisations_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_change_notes_parent_id_idx\` ON \`organisations_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`abbreviation\` text,
  	\`type\` text,
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organisations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_rels_order_idx\` ON \`organisations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_parent_idx\` ON \`organisations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_path_idx\` ON \`organisations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_regions_id_idx\` ON \`organisations_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_sources_order_idx\` ON \`_organisations_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_sources_parent_id_idx\` ON \`_organisations_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_change_notes_order_idx\` ON \`_organisations_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_change_notes_parent_id_idx\` ON \`_organisations_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_abbreviation\` text,
  	\`version_type\` text,
  	\`version_website\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_order_idx\` ON \`_organisations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_parent_idx\` ON \`_organisations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_path_idx\` ON \`_organisations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_regions_id_idx\` ON \`_organisations_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_audiences_order_idx\` ON \`trainings_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_audiences_parent_idx\` ON \`trainings_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_sources_order_idx\` ON \`trainings_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_sources_parent_id_idx\` ON \`trainings_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_change_notes_order_idx\` ON \`trainings_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_change_notes_parent_id_idx\` ON \`trainings_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`provider_id\` integer,
  	\`format\` text DEFAULT 'klassikaal',
  	\`skj_points\` numeric,
  	\`duration_text\` text,
  	\`costs\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_slug_idx\` ON \`trainings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`trainings_provider_idx\` ON \`trainings\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_updated_at_idx\` ON \`trainings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings_created_at_idx\` ON \`trainings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings__status_idx\` ON \`trainings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`trainings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`building_blocks_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_rels_order_idx\` ON \`trainings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_parent_idx\` ON \`trainings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_path_idx\` ON \`trainings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_users_id_idx\` ON \`trainings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_building_blocks_id_idx\` ON \`trainings_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_regions_id_idx\` ON \`trainings_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_audiences_order_idx\` ON \`_trainings_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_audiences_parent_idx\` ON \`_trainings_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_sources_order_idx\` ON \`_trainings_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_sources_parent_id_idx\` ON \`_trainings_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_change_notes_order_idx\` ON \`_trainings_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_change_notes_parent_id_idx\` ON \`_trainings_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_provider_id\` integer,
  	\`version_format\` text DEFAULT 'klassikaal',
  	\`version_skj_points\` numeric,
  	\`version_duration_text\` text,
  	\`version_costs\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_provider_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_parent_idx\` ON \`_trainings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_slug_idx\` ON \`_trainings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_provider_idx\` ON \`_trainings_v\` (\`version_provider_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_updated_at_idx\` ON \`_trainings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_created_at_idx\` ON \`_trainings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version__status_idx\` ON \`_trainings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_created_at_idx\` ON \`_trainings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_updated_at_idx\` ON \`_trainings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_latest_idx\` ON \`_trainings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`building_blocks_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_order_idx\` ON \`_trainings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_parent_idx\` ON \`_trainings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_path_idx\` ON \`_trainings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_users_id_idx\` ON \`_trainings_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_building_blocks_id_idx\` ON \`_trainings_v_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_regions_id_idx\` ON \`_trainings_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`training_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`training_id\` integer NOT NULL,
  	\`label\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`mode\` text DEFAULT 'locatie' NOT NULL,
  	\`location\` text NOT NULL,
  	\`capacity\` numeric NOT NULL,
  	\`registration_opens_at\` text NOT NULL,
  	\`registration_closes_at\` text NOT NULL,
  	\`status\` text DEFAULT 'scheduled' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`training_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`training_sessions_training_idx\` ON \`training_sessions\` (\`training_id\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_starts_at_idx\` ON \`training_sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_updated_at_idx\` ON \`training_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_sessions_created_at_idx\` ON \`training_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`session_id\` integer NOT NULL,
  	\`training_id\` integer,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`function\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`cancel_token_hash\` text,
  	\`erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`training_sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`training_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_session_idx\` ON \`registrations\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_training_idx\` ON \`registrations\` (\`training_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`vacancies_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vacancies_sources_order_idx\` ON \`vacancies_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_sources_parent_id_idx\` ON \`vacancies_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`vacancies_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vacancies_change_notes_order_idx\` ON \`vacancies_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_change_notes_parent_id_idx\` ON \`vacancies_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`vacancies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`organisation_id\` integer,
  	\`function\` text,
  	\`hours_min\` numeric,
  	\`hours_max\` numeric,
  	\`cao_scale\` text,
  	\`skj_required\` integer DEFAULT true,
  	\`joint_recruitment\` integer DEFAULT false,
  	\`traineeship\` integer DEFAULT false,
  	\`posted_at\` text,
  	\`closing_date\` text,
  	\`how_to_apply\` text,
  	\`apply_url\` text,
  	\`apply_email\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`vacancies_slug_idx\` ON \`vacancies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_organisation_idx\` ON \`vacancies\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_closing_date_idx\` ON \`vacancies\` (\`closing_date\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_updated_at_idx\` ON \`vacancies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_created_at_idx\` ON \`vacancies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`vacancies__status_idx\` ON \`vacancies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`vacancies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vacancies_rels_order_idx\` ON \`vacancies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_rels_parent_idx\` ON \`vacancies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_rels_path_idx\` ON \`vacancies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_rels_regions_id_idx\` ON \`vacancies_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_vacancies_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_vacancies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_sources_order_idx\` ON \`_vacancies_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_sources_parent_id_idx\` ON \`_vacancies_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_vacancies_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_vacancies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_change_notes_order_idx\` ON \`_vacancies_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_change_notes_parent_id_idx\` ON \`_vacancies_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_vacancies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_organisation_id\` integer,
  	\`version_function\` text,
  	\`version_hours_min\` numeric,
  	\`version_hours_max\` numeric,
  	\`version_cao_scale\` text,
  	\`version_skj_required\` integer DEFAULT true,
  	\`version_joint_recruitment\` integer DEFAULT false,
  	\`version_traineeship\` integer DEFAULT false,
  	\`version_posted_at\` text,
  	\`version_closing_date\` text,
  	\`version_how_to_apply\` text,
  	\`version_apply_url\` text,
  	\`version_apply_email\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_vacancies_v_parent_idx\` ON \`_vacancies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_version_slug_idx\` ON \`_vacancies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_version_organisation_idx\` ON \`_vacancies_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_version_closing_date_idx\` ON \`_vacancies_v\` (\`version_closing_date\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_version_updated_at_idx\` ON \`_vacancies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_version_created_at_idx\` ON \`_vacancies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_version_version__status_idx\` ON \`_vacancies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_created_at_idx\` ON \`_vacancies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_updated_at_idx\` ON \`_vacancies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_latest_idx\` ON \`_vacancies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_vacancies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_vacancies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_vacancies_v_rels_order_idx\` ON \`_vacancies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_rels_parent_idx\` ON \`_vacancies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_rels_path_idx\` ON \`_vacancies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_vacancies_v_rels_regions_id_idx\` ON \`_vacancies_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_sources_order_idx\` ON \`indicators_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_sources_parent_id_idx\` ON \`indicators_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_change_notes_order_idx\` ON \`indicators_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_change_notes_parent_id_idx\` ON \`indicators_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`number\` numeric,
  	\`definition\` text,
  	\`unit\` text,
  	\`direction\` text DEFAULT 'neutraal',
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_number_idx\` ON \`indicators\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators__status_idx\` ON \`indicators\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_sources_order_idx\` ON \`_indicators_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_sources_parent_id_idx\` ON \`_indicators_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_change_notes_order_idx\` ON \`_indicators_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_change_notes_parent_id_idx\` ON \`_indicators_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_number\` numeric,
  	\`version_definition\` text,
  	\`version_unit\` text,
  	\`version_direction\` text DEFAULT 'neutraal',
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_slug_idx\` ON \`_indicators_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_number_idx\` ON \`_indicators_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_updated_at_idx\` ON \`_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_created_at_idx\` ON \`_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version__status_idx\` ON \`_indicators_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_created_at_idx\` ON \`_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_updated_at_idx\` ON \`_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_latest_idx\` ON \`_indicators_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`measurements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`region_id\` integer NOT NULL,
  	\`period\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`note\` text,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`measurements_indicator_idx\` ON \`measurements\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_region_idx\` ON \`measurements\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`measurements_period_idx\` ON \`measurements\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`measurements_updated_at_idx\` ON \`measurements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`measurements_created_at_idx\` ON \`measurements\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicator_region_period_idx\` ON \`measurements\` (\`indicator_id\`,\`region_id\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'professional' NOT NULL,
  	\`region_id\` integer,
  	\`organisation_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_region_idx\` ON \`users\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
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
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`building_blocks_id\` integer,
  	\`working_methods_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`regions_id\` integer,
  	\`local_agreements_id\` integer,
  	\`pilots_id\` integer,
  	\`organisations_id\` integer,
  	\`trainings_id\` integer,
  	\`training_sessions_id\` integer,
  	\`registrations_id\` integer,
  	\`vacancies_id\` integer,
  	\`indicators_id\` integer,
  	\`measurements_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_methods_id\`) REFERENCES \`working_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`local_agreements_id\`) REFERENCES \`local_agreements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pilots_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_sessions_id\`) REFERENCES \`training_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vacancies_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`measurements_id\`) REFERENCES \`measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_building_blocks_id_idx\` ON \`payload_locked_documents_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_methods_id_idx\` ON \`payload_locked_documents_rels\` (\`working_methods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_agreements_id_idx\` ON \`payload_locked_documents_rels\` (\`local_agreements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pilots_id_idx\` ON \`payload_locked_documents_rels\` (\`pilots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`training_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vacancies_id_idx\` ON \`payload_locked_documents_rels\` (\`vacancies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_measurements_id_idx\` ON \`payload_locked_documents_rels\` (\`measurements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`vision_core_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`vision\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vision_core_values_order_idx\` ON \`vision_core_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`vision_core_values_parent_id_idx\` ON \`vision_core_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`vision_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`vision\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vision_sources_order_idx\` ON \`vision_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`vision_sources_parent_id_idx\` ON \`vision_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`vision_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`vision\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vision_change_notes_order_idx\` ON \`vision_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`vision_change_notes_parent_id_idx\` ON \`vision_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`vision\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`aim\` text,
  	\`adopted_on\` text,
  	\`document_id\` integer,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`vision_slug_idx\` ON \`vision\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`vision_document_idx\` ON \`vision\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`vision__status_idx\` ON \`vision\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`vision_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`vision\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vision_texts_order_parent\` ON \`vision_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_vision_v_version_core_values\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_vision_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_vision_v_version_core_values_order_idx\` ON \`_vision_v_version_core_values\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_version_core_values_parent_id_idx\` ON \`_vision_v_version_core_values\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_vision_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_vision_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_vision_v_version_sources_order_idx\` ON \`_vision_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_version_sources_parent_id_idx\` ON \`_vision_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_vision_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_vision_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_vision_v_version_change_notes_order_idx\` ON \`_vision_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_version_change_notes_parent_id_idx\` ON \`_vision_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_vision_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_aim\` text,
  	\`version_adopted_on\` text,
  	\`version_document_id\` integer,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_vision_v_version_version_slug_idx\` ON \`_vision_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_version_version_document_idx\` ON \`_vision_v\` (\`version_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_version_version__status_idx\` ON \`_vision_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_created_at_idx\` ON \`_vision_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_updated_at_idx\` ON \`_vision_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_vision_v_latest_idx\` ON \`_vision_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_vision_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_vision_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_vision_v_texts_order_parent\` ON \`_vision_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`escalation_model_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`escalation_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`escalation_model_criteria_order_idx\` ON \`escalation_model_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`escalation_model_criteria_parent_id_idx\` ON \`escalation_model_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`escalation_model_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`who\` text,
  	\`to\` text,
  	\`within_working_days\` numeric,
  	\`expected_outcome\` text,
  	\`question\` text,
  	\`contact\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`escalation_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`escalation_model_levels_order_idx\` ON \`escalation_model_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`escalation_model_levels_parent_id_idx\` ON \`escalation_model_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`escalation_model_principles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`escalation_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`escalation_model_principles_order_idx\` ON \`escalation_model_principles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`escalation_model_principles_parent_id_idx\` ON \`escalation_model_principles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`escalation_model_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`escalation_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`escalation_model_sources_order_idx\` ON \`escalation_model_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`escalation_model_sources_parent_id_idx\` ON \`escalation_model_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`escalation_model_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`escalation_model\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`escalation_model_change_notes_order_idx\` ON \`escalation_model_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`escalation_model_change_notes_parent_id_idx\` ON \`escalation_model_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`escalation_model\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`is_example\` integer DEFAULT false,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`escalation_model_slug_idx\` ON \`escalation_model\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`escalation_model__status_idx\` ON \`escalation_model\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_escalation_model_v_version_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_escalation_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_criteria_order_idx\` ON \`_escalation_model_v_version_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_criteria_parent_id_idx\` ON \`_escalation_model_v_version_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_escalation_model_v_version_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`who\` text,
  	\`to\` text,
  	\`within_working_days\` numeric,
  	\`expected_outcome\` text,
  	\`question\` text,
  	\`contact\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_escalation_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_levels_order_idx\` ON \`_escalation_model_v_version_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_levels_parent_id_idx\` ON \`_escalation_model_v_version_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_escalation_model_v_version_principles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_escalation_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_principles_order_idx\` ON \`_escalation_model_v_version_principles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_principles_parent_id_idx\` ON \`_escalation_model_v_version_principles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_escalation_model_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_escalation_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_sources_order_idx\` ON \`_escalation_model_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_sources_parent_id_idx\` ON \`_escalation_model_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_escalation_model_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_escalation_model_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_change_notes_order_idx\` ON \`_escalation_model_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_change_notes_parent_id_idx\` ON \`_escalation_model_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_escalation_model_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due\` text,
  	\`version_is_example\` integer DEFAULT false,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_version_slug_idx\` ON \`_escalation_model_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_version_version__status_idx\` ON \`_escalation_model_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_created_at_idx\` ON \`_escalation_model_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_updated_at_idx\` ON \`_escalation_model_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_escalation_model_v_latest_idx\` ON \`_escalation_model_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`site_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_navigation_order_idx\` ON \`site_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_navigation_parent_id_idx\` ON \`site_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_footer_links_order_idx\` ON \`site_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_footer_links_parent_id_idx\` ON \`site_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text DEFAULT 'Kennisportaal Jeugdbescherming Gelderland' NOT NULL,
  	\`tagline\` text,
  	\`footer_text\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_text\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_sources\`;`)
  await db.run(sql`DROP TABLE \`pages_change_notes\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`building_blocks_progress\`;`)
  await db.run(sql`DROP TABLE \`building_blocks_sources\`;`)
  await db.run(sql`DROP TABLE \`building_blocks_change_notes\`;`)
  await db.run(sql`DROP TABLE \`building_blocks\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v_version_progress\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v\`;`)
  await db.run(sql`DROP TABLE \`working_methods_audiences\`;`)
  await db.run(sql`DROP TABLE \`working_methods_steps\`;`)
  await db.run(sql`DROP TABLE \`working_methods_sources\`;`)
  await db.run(sql`DROP TABLE \`working_methods_change_notes\`;`)
  await db.run(sql`DROP TABLE \`working_methods\`;`)
  await db.run(sql`DROP TABLE \`working_methods_rels\`;`)
  await db.run(sql`DROP TABLE \`_working_methods_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_working_methods_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_working_methods_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_working_methods_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_working_methods_v\`;`)
  await db.run(sql`DROP TABLE \`_working_methods_v_rels\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_sources\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_change_notes\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_texts\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_texts\`;`)
  await db.run(sql`DROP TABLE \`regions_contact_points\`;`)
  await db.run(sql`DROP TABLE \`regions_sources\`;`)
  await db.run(sql`DROP TABLE \`regions_change_notes\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`regions_texts\`;`)
  await db.run(sql`DROP TABLE \`_regions_v_version_contact_points\`;`)
  await db.run(sql`DROP TABLE \`_regions_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_regions_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_regions_v\`;`)
  await db.run(sql`DROP TABLE \`_regions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`local_agreements_sources\`;`)
  await db.run(sql`DROP TABLE \`local_agreements_change_notes\`;`)
  await db.run(sql`DROP TABLE \`local_agreements\`;`)
  await db.run(sql`DROP TABLE \`local_agreements_texts\`;`)
  await db.run(sql`DROP TABLE \`local_agreements_rels\`;`)
  await db.run(sql`DROP TABLE \`_local_agreements_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_local_agreements_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_local_agreements_v\`;`)
  await db.run(sql`DROP TABLE \`_local_agreements_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_local_agreements_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pilots_results\`;`)
  await db.run(sql`DROP TABLE \`pilots_lessons\`;`)
  await db.run(sql`DROP TABLE \`pilots_sources\`;`)
  await db.run(sql`DROP TABLE \`pilots_change_notes\`;`)
  await db.run(sql`DROP TABLE \`pilots\`;`)
  await db.run(sql`DROP TABLE \`pilots_texts\`;`)
  await db.run(sql`DROP TABLE \`pilots_rels\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_version_results\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_version_lessons\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations_sources\`;`)
  await db.run(sql`DROP TABLE \`organisations_change_notes\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations_rels\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`trainings_audiences\`;`)
  await db.run(sql`DROP TABLE \`trainings_sources\`;`)
  await db.run(sql`DROP TABLE \`trainings_change_notes\`;`)
  await db.run(sql`DROP TABLE \`trainings\`;`)
  await db.run(sql`DROP TABLE \`trainings_rels\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`training_sessions\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`DROP TABLE \`vacancies_sources\`;`)
  await db.run(sql`DROP TABLE \`vacancies_change_notes\`;`)
  await db.run(sql`DROP TABLE \`vacancies\`;`)
  await db.run(sql`DROP TABLE \`vacancies_rels\`;`)
  await db.run(sql`DROP TABLE \`_vacancies_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_vacancies_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_vacancies_v\`;`)
  await db.run(sql`DROP TABLE \`_vacancies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`indicators_sources\`;`)
  await db.run(sql`DROP TABLE \`indicators_change_notes\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`measurements\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`vision_core_values\`;`)
  await db.run(sql`DROP TABLE \`vision_sources\`;`)
  await db.run(sql`DROP TABLE \`vision_change_notes\`;`)
  await db.run(sql`DROP TABLE \`vision\`;`)
  await db.run(sql`DROP TABLE \`vision_texts\`;`)
  await db.run(sql`DROP TABLE \`_vision_v_version_core_values\`;`)
  await db.run(sql`DROP TABLE \`_vision_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_vision_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_vision_v\`;`)
  await db.run(sql`DROP TABLE \`_vision_v_texts\`;`)
  await db.run(sql`DROP TABLE \`escalation_model_criteria\`;`)
  await db.run(sql`DROP TABLE \`escalation_model_levels\`;`)
  await db.run(sql`DROP TABLE \`escalation_model_principles\`;`)
  await db.run(sql`DROP TABLE \`escalation_model_sources\`;`)
  await db.run(sql`DROP TABLE \`escalation_model_change_notes\`;`)
  await db.run(sql`DROP TABLE \`escalation_model\`;`)
  await db.run(sql`DROP TABLE \`_escalation_model_v_version_criteria\`;`)
  await db.run(sql`DROP TABLE \`_escalation_model_v_version_levels\`;`)
  await db.run(sql`DROP TABLE \`_escalation_model_v_version_principles\`;`)
  await db.run(sql`DROP TABLE \`_escalation_model_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_escalation_model_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_escalation_model_v\`;`)
  await db.run(sql`DROP TABLE \`site_navigation\`;`)
  await db.run(sql`DROP TABLE \`site_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site\`;`)
}
