import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_building_blocks_progress_status" AS ENUM('gereed', 'in-uitvoering', 'in-ontwikkeling', 'niet-gestart');
  CREATE TYPE "public"."enum_building_blocks_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_building_blocks_phase" AS ENUM('gereed', 'in-uitvoering', 'in-ontwikkeling', 'niet-gestart');
  CREATE TYPE "public"."enum_building_blocks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__building_blocks_v_version_progress_status" AS ENUM('gereed', 'in-uitvoering', 'in-ontwikkeling', 'niet-gestart');
  CREATE TYPE "public"."enum__building_blocks_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__building_blocks_v_version_phase" AS ENUM('gereed', 'in-uitvoering', 'in-ontwikkeling', 'niet-gestart');
  CREATE TYPE "public"."enum__building_blocks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_working_methods_audiences" AS ENUM('jeugdbeschermer', 'jeugdreclasseerder', 'lokaal-team', 'veilig-thuis', 'raad', 'huisarts', 'onderwijs', 'zorgaanbieder', 'gemeente', 'ouders');
  CREATE TYPE "public"."enum_working_methods_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_working_methods_scope" AS ENUM('gelderland', 'regio');
  CREATE TYPE "public"."enum_working_methods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__working_methods_v_version_audiences" AS ENUM('jeugdbeschermer', 'jeugdreclasseerder', 'lokaal-team', 'veilig-thuis', 'raad', 'huisarts', 'onderwijs', 'zorgaanbieder', 'gemeente', 'ouders');
  CREATE TYPE "public"."enum__working_methods_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__working_methods_v_version_scope" AS ENUM('gelderland', 'regio');
  CREATE TYPE "public"."enum__working_methods_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_glossary_terms_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_glossary_terms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__glossary_terms_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_regions_contact_points_kind" AS ENUM('ret', 'jeugdbeschermingstafel', 'veilig-thuis', 'raad', 'escalatie', 'overig');
  CREATE TYPE "public"."enum_regions_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_regions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regions_v_version_contact_points_kind" AS ENUM('ret', 'jeugdbeschermingstafel', 'veilig-thuis', 'raad', 'escalatie', 'overig');
  CREATE TYPE "public"."enum__regions_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__regions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_local_agreements_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_local_agreements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__local_agreements_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__local_agreements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pilots_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_pilots_pilot_status" AS ENUM('voorbereiding', 'lopend', 'afgerond');
  CREATE TYPE "public"."enum_pilots_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pilots_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__pilots_v_version_pilot_status" AS ENUM('voorbereiding', 'lopend', 'afgerond');
  CREATE TYPE "public"."enum__pilots_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organisations_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('gi', 'veilig-thuis', 'raad', 'lokaal-team', 'gemeente', 'zorgaanbieder', 'overig');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__organisations_v_version_type" AS ENUM('gi', 'veilig-thuis', 'raad', 'lokaal-team', 'gemeente', 'zorgaanbieder', 'overig');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_trainings_audiences" AS ENUM('jeugdbeschermer', 'jeugdreclasseerder', 'lokaal-team', 'veilig-thuis', 'raad', 'huisarts', 'onderwijs', 'zorgaanbieder', 'gemeente', 'ouders');
  CREATE TYPE "public"."enum_trainings_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_trainings_format" AS ENUM('klassikaal', 'online', 'blended');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_audiences" AS ENUM('jeugdbeschermer', 'jeugdreclasseerder', 'lokaal-team', 'veilig-thuis', 'raad', 'huisarts', 'onderwijs', 'zorgaanbieder', 'gemeente', 'ouders');
  CREATE TYPE "public"."enum__trainings_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__trainings_v_version_format" AS ENUM('klassikaal', 'online', 'blended');
  CREATE TYPE "public"."enum__trainings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_training_sessions_mode" AS ENUM('locatie', 'online');
  CREATE TYPE "public"."enum_training_sessions_status" AS ENUM('scheduled', 'cancelled');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlist', 'cancelled', 'attended');
  CREATE TYPE "public"."enum_vacancies_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_vacancies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__vacancies_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__vacancies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_indicators_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_indicators_unit" AS ENUM('aantal', 'procent', 'dagen', 'weken');
  CREATE TYPE "public"."enum_indicators_direction" AS ENUM('hoger', 'lager', 'neutraal');
  CREATE TYPE "public"."enum_indicators_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__indicators_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__indicators_v_version_unit" AS ENUM('aantal', 'procent', 'dagen', 'weken');
  CREATE TYPE "public"."enum__indicators_v_version_direction" AS ENUM('hoger', 'lager', 'neutraal');
  CREATE TYPE "public"."enum__indicators_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'redacteur', 'regioredacteur', 'trainer', 'werver', 'professional');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_vision_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_vision_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__vision_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__vision_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_escalation_model_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum_escalation_model_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__escalation_model_v_version_sources_document" AS ENUM('inkoop-jb-gelderland', 'gvjb-voortgang-2021', 'rondetafels-jeugdwet-2018', 'drenthe-2012', 'visie-noord-holland', 'gvjb-website', 'besluit', 'voorbeeld');
  CREATE TYPE "public"."enum__escalation_model_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "pages_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_pages_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "pages_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__pages_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "building_blocks_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"region_id" integer,
  	"status" "enum_building_blocks_progress_status",
  	"note" varchar
  );
  
  CREATE TABLE "building_blocks_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_building_blocks_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "building_blocks_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "building_blocks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"number" numeric,
  	"aim" varchar,
  	"phase" "enum_building_blocks_phase" DEFAULT 'in-ontwikkeling',
  	"owner" varchar,
  	"open_questions" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_building_blocks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_building_blocks_v_version_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"region_id" integer,
  	"status" "enum__building_blocks_v_version_progress_status",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_building_blocks_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__building_blocks_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_building_blocks_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_building_blocks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_number" numeric,
  	"version_aim" varchar,
  	"version_phase" "enum__building_blocks_v_version_phase" DEFAULT 'in-ontwikkeling',
  	"version_owner" varchar,
  	"version_open_questions" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__building_blocks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "working_methods_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_working_methods_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "working_methods_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"who" varchar,
  	"action" varchar,
  	"timeframe" varchar
  );
  
  CREATE TABLE "working_methods_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_working_methods_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "working_methods_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "working_methods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"scope" "enum_working_methods_scope" DEFAULT 'gelderland',
  	"region_id" integer,
  	"parent_info" varchar,
  	"basis" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_working_methods_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "working_methods_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_working_methods_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__working_methods_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_working_methods_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"who" varchar,
  	"action" varchar,
  	"timeframe" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_working_methods_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__working_methods_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_working_methods_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_working_methods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_scope" "enum__working_methods_v_version_scope" DEFAULT 'gelderland',
  	"version_region_id" integer,
  	"version_parent_info" varchar,
  	"version_basis" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__working_methods_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_working_methods_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "glossary_terms_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_glossary_terms_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "glossary_terms_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"abbreviation" varchar,
  	"definition" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_glossary_terms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "glossary_terms_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_glossary_terms_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__glossary_terms_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_glossary_terms_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_glossary_terms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_abbreviation" varchar,
  	"version_definition" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__glossary_terms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_glossary_terms_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "regions_contact_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_regions_contact_points_kind",
  	"name" varchar,
  	"description" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"hours" varchar
  );
  
  CREATE TABLE "regions_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_regions_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "regions_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_regions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "regions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_regions_v_version_contact_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__regions_v_version_contact_points_kind",
  	"name" varchar,
  	"description" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"hours" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_regions_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__regions_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_regions_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_regions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__regions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_regions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "local_agreements_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_local_agreements_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "local_agreements_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "local_agreements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"region_id" integer,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_local_agreements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "local_agreements_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "local_agreements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_local_agreements_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__local_agreements_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_local_agreements_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_local_agreements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_region_id" integer,
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__local_agreements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_local_agreements_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_local_agreements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "pilots_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "pilots_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"lesson" varchar
  );
  
  CREATE TABLE "pilots_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_pilots_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "pilots_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "pilots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"region_id" integer,
  	"pilot_status" "enum_pilots_pilot_status" DEFAULT 'lopend',
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"aim" varchar,
  	"approach" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pilots_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pilots_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "pilots_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_pilots_v_version_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pilots_v_version_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"lesson" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pilots_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__pilots_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pilots_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pilots_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_region_id" integer,
  	"version_pilot_status" "enum__pilots_v_version_pilot_status" DEFAULT 'lopend',
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_aim" varchar,
  	"version_approach" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pilots_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_pilots_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_pilots_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"building_blocks_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "organisations_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_organisations_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "organisations_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"abbreviation" varchar,
  	"type" "enum_organisations_type",
  	"website" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organisations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "_organisations_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__organisations_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_abbreviation" varchar,
  	"version_type" "enum__organisations_v_version_type",
  	"version_website" varchar,
  	"version_email" varchar,
  	"version_phone" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_organisations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "trainings_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_trainings_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trainings_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_trainings_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "trainings_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"provider_id" integer,
  	"format" "enum_trainings_format" DEFAULT 'klassikaal',
  	"skj_points" numeric,
  	"duration_text" varchar,
  	"costs" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trainings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trainings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"building_blocks_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_trainings_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__trainings_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_trainings_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__trainings_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_provider_id" integer,
  	"version_format" "enum__trainings_v_version_format" DEFAULT 'klassikaal',
  	"version_skj_points" numeric,
  	"version_duration_text" varchar,
  	"version_costs" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trainings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_trainings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"building_blocks_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "training_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"training_id" integer NOT NULL,
  	"label" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"mode" "enum_training_sessions_mode" DEFAULT 'locatie' NOT NULL,
  	"location" varchar NOT NULL,
  	"capacity" numeric NOT NULL,
  	"registration_opens_at" timestamp(3) with time zone NOT NULL,
  	"registration_closes_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_training_sessions_status" DEFAULT 'scheduled' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"session_id" integer NOT NULL,
  	"training_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organisation" varchar NOT NULL,
  	"function" varchar NOT NULL,
  	"consent" boolean DEFAULT false NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"cancel_token_hash" varchar,
  	"erased_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vacancies_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_vacancies_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "vacancies_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "vacancies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"organisation_id" integer,
  	"function" varchar,
  	"hours_min" numeric,
  	"hours_max" numeric,
  	"cao_scale" varchar,
  	"skj_required" boolean DEFAULT true,
  	"joint_recruitment" boolean DEFAULT false,
  	"traineeship" boolean DEFAULT false,
  	"posted_at" timestamp(3) with time zone,
  	"closing_date" timestamp(3) with time zone,
  	"how_to_apply" varchar,
  	"apply_url" varchar,
  	"apply_email" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_vacancies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "vacancies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "_vacancies_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__vacancies_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_vacancies_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_vacancies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_organisation_id" integer,
  	"version_function" varchar,
  	"version_hours_min" numeric,
  	"version_hours_max" numeric,
  	"version_cao_scale" varchar,
  	"version_skj_required" boolean DEFAULT true,
  	"version_joint_recruitment" boolean DEFAULT false,
  	"version_traineeship" boolean DEFAULT false,
  	"version_posted_at" timestamp(3) with time zone,
  	"version_closing_date" timestamp(3) with time zone,
  	"version_how_to_apply" varchar,
  	"version_apply_url" varchar,
  	"version_apply_email" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__vacancies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_vacancies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "indicators_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_indicators_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "indicators_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"number" numeric,
  	"definition" varchar,
  	"unit" "enum_indicators_unit",
  	"direction" "enum_indicators_direction" DEFAULT 'neutraal',
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_indicators_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_indicators_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__indicators_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_indicators_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_indicators_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_number" numeric,
  	"version_definition" varchar,
  	"version_unit" "enum__indicators_v_version_unit",
  	"version_direction" "enum__indicators_v_version_direction" DEFAULT 'neutraal',
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__indicators_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "measurements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"region_id" integer NOT NULL,
  	"period" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"note" varchar,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'professional' NOT NULL,
  	"region_id" integer,
  	"organisation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"building_blocks_id" integer,
  	"working_methods_id" integer,
  	"glossary_terms_id" integer,
  	"regions_id" integer,
  	"local_agreements_id" integer,
  	"pilots_id" integer,
  	"organisations_id" integer,
  	"trainings_id" integer,
  	"training_sessions_id" integer,
  	"registrations_id" integer,
  	"vacancies_id" integer,
  	"indicators_id" integer,
  	"measurements_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vision_core_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "vision_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_vision_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "vision_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "vision" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"aim" varchar,
  	"adopted_on" timestamp(3) with time zone,
  	"document_id" integer,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"_status" "enum_vision_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "vision_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_vision_v_version_core_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_vision_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__vision_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_vision_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_vision_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_aim" varchar,
  	"version_adopted_on" timestamp(3) with time zone,
  	"version_document_id" integer,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version__status" "enum__vision_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_vision_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "escalation_model_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "escalation_model_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"who" varchar,
  	"to" varchar,
  	"within_working_days" numeric,
  	"expected_outcome" varchar,
  	"question" varchar,
  	"contact" varchar
  );
  
  CREATE TABLE "escalation_model_principles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "escalation_model_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document" "enum_escalation_model_sources_document",
  	"detail" varchar
  );
  
  CREATE TABLE "escalation_model_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "escalation_model" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"is_example" boolean DEFAULT false,
  	"_status" "enum_escalation_model_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_escalation_model_v_version_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_escalation_model_v_version_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"who" varchar,
  	"to" varchar,
  	"within_working_days" numeric,
  	"expected_outcome" varchar,
  	"question" varchar,
  	"contact" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_escalation_model_v_version_principles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_escalation_model_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" "enum__escalation_model_v_version_sources_document",
  	"detail" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_escalation_model_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_escalation_model_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_is_example" boolean DEFAULT false,
  	"version__status" "enum__escalation_model_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "site_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar DEFAULT 'Kennisportaal Jeugdbescherming Gelderland' NOT NULL,
  	"tagline" varchar,
  	"footer_text" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_text" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "pages_sources" ADD CONSTRAINT "pages_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_change_notes" ADD CONSTRAINT "pages_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_sources" ADD CONSTRAINT "_pages_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_change_notes" ADD CONSTRAINT "_pages_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "building_blocks_progress" ADD CONSTRAINT "building_blocks_progress_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "building_blocks_progress" ADD CONSTRAINT "building_blocks_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_sources" ADD CONSTRAINT "building_blocks_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "building_blocks_change_notes" ADD CONSTRAINT "building_blocks_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_progress" ADD CONSTRAINT "_building_blocks_v_version_progress_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_progress" ADD CONSTRAINT "_building_blocks_v_version_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_sources" ADD CONSTRAINT "_building_blocks_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v_version_change_notes" ADD CONSTRAINT "_building_blocks_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_building_blocks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_building_blocks_v" ADD CONSTRAINT "_building_blocks_v_parent_id_building_blocks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."building_blocks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_methods_audiences" ADD CONSTRAINT "working_methods_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_methods_steps" ADD CONSTRAINT "working_methods_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."working_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_methods_sources" ADD CONSTRAINT "working_methods_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."working_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_methods_change_notes" ADD CONSTRAINT "working_methods_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."working_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_methods" ADD CONSTRAINT "working_methods_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "working_methods_rels" ADD CONSTRAINT "working_methods_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_methods_rels" ADD CONSTRAINT "working_methods_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "working_methods_rels" ADD CONSTRAINT "working_methods_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_methods_v_version_audiences" ADD CONSTRAINT "_working_methods_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_working_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_methods_v_version_steps" ADD CONSTRAINT "_working_methods_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_working_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_methods_v_version_sources" ADD CONSTRAINT "_working_methods_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_working_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_methods_v_version_change_notes" ADD CONSTRAINT "_working_methods_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_working_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_methods_v" ADD CONSTRAINT "_working_methods_v_parent_id_working_methods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."working_methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_working_methods_v" ADD CONSTRAINT "_working_methods_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_working_methods_v_rels" ADD CONSTRAINT "_working_methods_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_working_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_methods_v_rels" ADD CONSTRAINT "_working_methods_v_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_working_methods_v_rels" ADD CONSTRAINT "_working_methods_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_sources" ADD CONSTRAINT "glossary_terms_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_change_notes" ADD CONSTRAINT "glossary_terms_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_texts" ADD CONSTRAINT "glossary_terms_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_sources" ADD CONSTRAINT "_glossary_terms_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_change_notes" ADD CONSTRAINT "_glossary_terms_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_parent_id_glossary_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_texts" ADD CONSTRAINT "_glossary_terms_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_contact_points" ADD CONSTRAINT "regions_contact_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_sources" ADD CONSTRAINT "regions_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_change_notes" ADD CONSTRAINT "regions_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_texts" ADD CONSTRAINT "regions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regions_v_version_contact_points" ADD CONSTRAINT "_regions_v_version_contact_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regions_v_version_sources" ADD CONSTRAINT "_regions_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regions_v_version_change_notes" ADD CONSTRAINT "_regions_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regions_v" ADD CONSTRAINT "_regions_v_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regions_v_texts" ADD CONSTRAINT "_regions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_regions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_agreements_sources" ADD CONSTRAINT "local_agreements_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_agreements_change_notes" ADD CONSTRAINT "local_agreements_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."local_agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_agreements" ADD CONSTRAINT "local_agreements_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "local_agreements_texts" ADD CONSTRAINT "local_agreements_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_agreements_rels" ADD CONSTRAINT "local_agreements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_agreements_rels" ADD CONSTRAINT "local_agreements_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "local_agreements_rels" ADD CONSTRAINT "local_agreements_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_agreements_v_version_sources" ADD CONSTRAINT "_local_agreements_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_agreements_v_version_change_notes" ADD CONSTRAINT "_local_agreements_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_local_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_agreements_v" ADD CONSTRAINT "_local_agreements_v_parent_id_local_agreements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."local_agreements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_agreements_v" ADD CONSTRAINT "_local_agreements_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_local_agreements_v_texts" ADD CONSTRAINT "_local_agreements_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_local_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_agreements_v_rels" ADD CONSTRAINT "_local_agreements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_local_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_agreements_v_rels" ADD CONSTRAINT "_local_agreements_v_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_local_agreements_v_rels" ADD CONSTRAINT "_local_agreements_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_results" ADD CONSTRAINT "pilots_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_lessons" ADD CONSTRAINT "pilots_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_sources" ADD CONSTRAINT "pilots_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_change_notes" ADD CONSTRAINT "pilots_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots" ADD CONSTRAINT "pilots_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pilots_texts" ADD CONSTRAINT "pilots_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_rels" ADD CONSTRAINT "pilots_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_rels" ADD CONSTRAINT "pilots_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_rels" ADD CONSTRAINT "pilots_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_results" ADD CONSTRAINT "_pilots_v_version_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_lessons" ADD CONSTRAINT "_pilots_v_version_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_sources" ADD CONSTRAINT "_pilots_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_version_change_notes" ADD CONSTRAINT "_pilots_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v" ADD CONSTRAINT "_pilots_v_parent_id_pilots_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pilots_v" ADD CONSTRAINT "_pilots_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pilots_v_texts" ADD CONSTRAINT "_pilots_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_rels" ADD CONSTRAINT "_pilots_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_rels" ADD CONSTRAINT "_pilots_v_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_rels" ADD CONSTRAINT "_pilots_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_sources" ADD CONSTRAINT "organisations_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_change_notes" ADD CONSTRAINT "organisations_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_rels" ADD CONSTRAINT "organisations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_rels" ADD CONSTRAINT "organisations_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_sources" ADD CONSTRAINT "_organisations_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_change_notes" ADD CONSTRAINT "_organisations_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v_rels" ADD CONSTRAINT "_organisations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_rels" ADD CONSTRAINT "_organisations_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_audiences" ADD CONSTRAINT "trainings_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_sources" ADD CONSTRAINT "trainings_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_change_notes" ADD CONSTRAINT "trainings_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_audiences" ADD CONSTRAINT "_trainings_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_sources" ADD CONSTRAINT "_trainings_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_change_notes" ADD CONSTRAINT "_trainings_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_parent_id_trainings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_provider_id_organisations_id_fk" FOREIGN KEY ("version_provider_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vacancies_sources" ADD CONSTRAINT "vacancies_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vacancies_change_notes" ADD CONSTRAINT "vacancies_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vacancies_rels" ADD CONSTRAINT "vacancies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vacancies_rels" ADD CONSTRAINT "vacancies_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vacancies_v_version_sources" ADD CONSTRAINT "_vacancies_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_vacancies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vacancies_v_version_change_notes" ADD CONSTRAINT "_vacancies_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_vacancies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vacancies_v" ADD CONSTRAINT "_vacancies_v_parent_id_vacancies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."vacancies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_vacancies_v" ADD CONSTRAINT "_vacancies_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_vacancies_v_rels" ADD CONSTRAINT "_vacancies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_vacancies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vacancies_v_rels" ADD CONSTRAINT "_vacancies_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_sources" ADD CONSTRAINT "indicators_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_change_notes" ADD CONSTRAINT "indicators_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicators_v_version_sources" ADD CONSTRAINT "_indicators_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_indicators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicators_v_version_change_notes" ADD CONSTRAINT "_indicators_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_indicators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_indicators_v" ADD CONSTRAINT "_indicators_v_parent_id_indicators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "measurements" ADD CONSTRAINT "measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "measurements" ADD CONSTRAINT "measurements_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_building_blocks_fk" FOREIGN KEY ("building_blocks_id") REFERENCES "public"."building_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_working_methods_fk" FOREIGN KEY ("working_methods_id") REFERENCES "public"."working_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_local_agreements_fk" FOREIGN KEY ("local_agreements_id") REFERENCES "public"."local_agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_sessions_fk" FOREIGN KEY ("training_sessions_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vacancies_fk" FOREIGN KEY ("vacancies_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_measurements_fk" FOREIGN KEY ("measurements_id") REFERENCES "public"."measurements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vision_core_values" ADD CONSTRAINT "vision_core_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."vision"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vision_sources" ADD CONSTRAINT "vision_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."vision"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vision_change_notes" ADD CONSTRAINT "vision_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."vision"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vision" ADD CONSTRAINT "vision_document_id_media_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vision_texts" ADD CONSTRAINT "vision_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."vision"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vision_v_version_core_values" ADD CONSTRAINT "_vision_v_version_core_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_vision_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vision_v_version_sources" ADD CONSTRAINT "_vision_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_vision_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vision_v_version_change_notes" ADD CONSTRAINT "_vision_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_vision_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vision_v" ADD CONSTRAINT "_vision_v_version_document_id_media_id_fk" FOREIGN KEY ("version_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_vision_v_texts" ADD CONSTRAINT "_vision_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_vision_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "escalation_model_criteria" ADD CONSTRAINT "escalation_model_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."escalation_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "escalation_model_levels" ADD CONSTRAINT "escalation_model_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."escalation_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "escalation_model_principles" ADD CONSTRAINT "escalation_model_principles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."escalation_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "escalation_model_sources" ADD CONSTRAINT "escalation_model_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."escalation_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "escalation_model_change_notes" ADD CONSTRAINT "escalation_model_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."escalation_model"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_escalation_model_v_version_criteria" ADD CONSTRAINT "_escalation_model_v_version_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_escalation_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_escalation_model_v_version_levels" ADD CONSTRAINT "_escalation_model_v_version_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_escalation_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_escalation_model_v_version_principles" ADD CONSTRAINT "_escalation_model_v_version_principles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_escalation_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_escalation_model_v_version_sources" ADD CONSTRAINT "_escalation_model_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_escalation_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_escalation_model_v_version_change_notes" ADD CONSTRAINT "_escalation_model_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_escalation_model_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_navigation" ADD CONSTRAINT "site_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_footer_links" ADD CONSTRAINT "site_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_sources_order_idx" ON "pages_sources" USING btree ("_order");
  CREATE INDEX "pages_sources_parent_id_idx" ON "pages_sources" USING btree ("_parent_id");
  CREATE INDEX "pages_change_notes_order_idx" ON "pages_change_notes" USING btree ("_order");
  CREATE INDEX "pages_change_notes_parent_id_idx" ON "pages_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_version_sources_order_idx" ON "_pages_v_version_sources" USING btree ("_order");
  CREATE INDEX "_pages_v_version_sources_parent_id_idx" ON "_pages_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_change_notes_order_idx" ON "_pages_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_pages_v_version_change_notes_parent_id_idx" ON "_pages_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "building_blocks_progress_order_idx" ON "building_blocks_progress" USING btree ("_order");
  CREATE INDEX "building_blocks_progress_parent_id_idx" ON "building_blocks_progress" USING btree ("_parent_id");
  CREATE INDEX "building_blocks_progress_region_idx" ON "building_blocks_progress" USING btree ("region_id");
  CREATE INDEX "building_blocks_sources_order_idx" ON "building_blocks_sources" USING btree ("_order");
  CREATE INDEX "building_blocks_sources_parent_id_idx" ON "building_blocks_sources" USING btree ("_parent_id");
  CREATE INDEX "building_blocks_change_notes_order_idx" ON "building_blocks_change_notes" USING btree ("_order");
  CREATE INDEX "building_blocks_change_notes_parent_id_idx" ON "building_blocks_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "building_blocks_slug_idx" ON "building_blocks" USING btree ("slug");
  CREATE UNIQUE INDEX "building_blocks_number_idx" ON "building_blocks" USING btree ("number");
  CREATE INDEX "building_blocks_updated_at_idx" ON "building_blocks" USING btree ("updated_at");
  CREATE INDEX "building_blocks_created_at_idx" ON "building_blocks" USING btree ("created_at");
  CREATE INDEX "building_blocks__status_idx" ON "building_blocks" USING btree ("_status");
  CREATE INDEX "_building_blocks_v_version_progress_order_idx" ON "_building_blocks_v_version_progress" USING btree ("_order");
  CREATE INDEX "_building_blocks_v_version_progress_parent_id_idx" ON "_building_blocks_v_version_progress" USING btree ("_parent_id");
  CREATE INDEX "_building_blocks_v_version_progress_region_idx" ON "_building_blocks_v_version_progress" USING btree ("region_id");
  CREATE INDEX "_building_blocks_v_version_sources_order_idx" ON "_building_blocks_v_version_sources" USING btree ("_order");
  CREATE INDEX "_building_blocks_v_version_sources_parent_id_idx" ON "_building_blocks_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_building_blocks_v_version_change_notes_order_idx" ON "_building_blocks_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_building_blocks_v_version_change_notes_parent_id_idx" ON "_building_blocks_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_building_blocks_v_parent_idx" ON "_building_blocks_v" USING btree ("parent_id");
  CREATE INDEX "_building_blocks_v_version_version_slug_idx" ON "_building_blocks_v" USING btree ("version_slug");
  CREATE INDEX "_building_blocks_v_version_version_number_idx" ON "_building_blocks_v" USING btree ("version_number");
  CREATE INDEX "_building_blocks_v_version_version_updated_at_idx" ON "_building_blocks_v" USING btree ("version_updated_at");
  CREATE INDEX "_building_blocks_v_version_version_created_at_idx" ON "_building_blocks_v" USING btree ("version_created_at");
  CREATE INDEX "_building_blocks_v_version_version__status_idx" ON "_building_blocks_v" USING btree ("version__status");
  CREATE INDEX "_building_blocks_v_created_at_idx" ON "_building_blocks_v" USING btree ("created_at");
  CREATE INDEX "_building_blocks_v_updated_at_idx" ON "_building_blocks_v" USING btree ("updated_at");
  CREATE INDEX "_building_blocks_v_latest_idx" ON "_building_blocks_v" USING btree ("latest");
  CREATE INDEX "working_methods_audiences_order_idx" ON "working_methods_audiences" USING btree ("order");
  CREATE INDEX "working_methods_audiences_parent_idx" ON "working_methods_audiences" USING btree ("parent_id");
  CREATE INDEX "working_methods_steps_order_idx" ON "working_methods_steps" USING btree ("_order");
  CREATE INDEX "working_methods_steps_parent_id_idx" ON "working_methods_steps" USING btree ("_parent_id");
  CREATE INDEX "working_methods_sources_order_idx" ON "working_methods_sources" USING btree ("_order");
  CREATE INDEX "working_methods_sources_parent_id_idx" ON "working_methods_sources" USING btree ("_parent_id");
  CREATE INDEX "working_methods_change_notes_order_idx" ON "working_methods_change_notes" USING btree ("_order");
  CREATE INDEX "working_methods_change_notes_parent_id_idx" ON "working_methods_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "working_methods_slug_idx" ON "working_methods" USING btree ("slug");
  CREATE INDEX "working_methods_region_idx" ON "working_methods" USING btree ("region_id");
  CREATE INDEX "working_methods_updated_at_idx" ON "working_methods" USING btree ("updated_at");
  CREATE INDEX "working_methods_created_at_idx" ON "working_methods" USING btree ("created_at");
  CREATE INDEX "working_methods__status_idx" ON "working_methods" USING btree ("_status");
  CREATE INDEX "working_methods_rels_order_idx" ON "working_methods_rels" USING btree ("order");
  CREATE INDEX "working_methods_rels_parent_idx" ON "working_methods_rels" USING btree ("parent_id");
  CREATE INDEX "working_methods_rels_path_idx" ON "working_methods_rels" USING btree ("path");
  CREATE INDEX "working_methods_rels_building_blocks_id_idx" ON "working_methods_rels" USING btree ("building_blocks_id");
  CREATE INDEX "working_methods_rels_media_id_idx" ON "working_methods_rels" USING btree ("media_id");
  CREATE INDEX "_working_methods_v_version_audiences_order_idx" ON "_working_methods_v_version_audiences" USING btree ("order");
  CREATE INDEX "_working_methods_v_version_audiences_parent_idx" ON "_working_methods_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_working_methods_v_version_steps_order_idx" ON "_working_methods_v_version_steps" USING btree ("_order");
  CREATE INDEX "_working_methods_v_version_steps_parent_id_idx" ON "_working_methods_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_working_methods_v_version_sources_order_idx" ON "_working_methods_v_version_sources" USING btree ("_order");
  CREATE INDEX "_working_methods_v_version_sources_parent_id_idx" ON "_working_methods_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_working_methods_v_version_change_notes_order_idx" ON "_working_methods_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_working_methods_v_version_change_notes_parent_id_idx" ON "_working_methods_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_working_methods_v_parent_idx" ON "_working_methods_v" USING btree ("parent_id");
  CREATE INDEX "_working_methods_v_version_version_slug_idx" ON "_working_methods_v" USING btree ("version_slug");
  CREATE INDEX "_working_methods_v_version_version_region_idx" ON "_working_methods_v" USING btree ("version_region_id");
  CREATE INDEX "_working_methods_v_version_version_updated_at_idx" ON "_working_methods_v" USING btree ("version_updated_at");
  CREATE INDEX "_working_methods_v_version_version_created_at_idx" ON "_working_methods_v" USING btree ("version_created_at");
  CREATE INDEX "_working_methods_v_version_version__status_idx" ON "_working_methods_v" USING btree ("version__status");
  CREATE INDEX "_working_methods_v_created_at_idx" ON "_working_methods_v" USING btree ("created_at");
  CREATE INDEX "_working_methods_v_updated_at_idx" ON "_working_methods_v" USING btree ("updated_at");
  CREATE INDEX "_working_methods_v_latest_idx" ON "_working_methods_v" USING btree ("latest");
  CREATE INDEX "_working_methods_v_rels_order_idx" ON "_working_methods_v_rels" USING btree ("order");
  CREATE INDEX "_working_methods_v_rels_parent_idx" ON "_working_methods_v_rels" USING btree ("parent_id");
  CREATE INDEX "_working_methods_v_rels_path_idx" ON "_working_methods_v_rels" USING btree ("path");
  CREATE INDEX "_working_methods_v_rels_building_blocks_id_idx" ON "_working_methods_v_rels" USING btree ("building_blocks_id");
  CREATE INDEX "_working_methods_v_rels_media_id_idx" ON "_working_methods_v_rels" USING btree ("media_id");
  CREATE INDEX "glossary_terms_sources_order_idx" ON "glossary_terms_sources" USING btree ("_order");
  CREATE INDEX "glossary_terms_sources_parent_id_idx" ON "glossary_terms_sources" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_change_notes_order_idx" ON "glossary_terms_change_notes" USING btree ("_order");
  CREATE INDEX "glossary_terms_change_notes_parent_id_idx" ON "glossary_terms_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_slug_idx" ON "glossary_terms" USING btree ("slug");
  CREATE INDEX "glossary_terms_abbreviation_idx" ON "glossary_terms" USING btree ("abbreviation");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "glossary_terms__status_idx" ON "glossary_terms" USING btree ("_status");
  CREATE INDEX "glossary_terms_texts_order_parent" ON "glossary_terms_texts" USING btree ("order","parent_id");
  CREATE INDEX "_glossary_terms_v_version_sources_order_idx" ON "_glossary_terms_v_version_sources" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_sources_parent_id_idx" ON "_glossary_terms_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_version_change_notes_order_idx" ON "_glossary_terms_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_change_notes_parent_id_idx" ON "_glossary_terms_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_parent_idx" ON "_glossary_terms_v" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_version_version_slug_idx" ON "_glossary_terms_v" USING btree ("version_slug");
  CREATE INDEX "_glossary_terms_v_version_version_abbreviation_idx" ON "_glossary_terms_v" USING btree ("version_abbreviation");
  CREATE INDEX "_glossary_terms_v_version_version_updated_at_idx" ON "_glossary_terms_v" USING btree ("version_updated_at");
  CREATE INDEX "_glossary_terms_v_version_version_created_at_idx" ON "_glossary_terms_v" USING btree ("version_created_at");
  CREATE INDEX "_glossary_terms_v_version_version__status_idx" ON "_glossary_terms_v" USING btree ("version__status");
  CREATE INDEX "_glossary_terms_v_created_at_idx" ON "_glossary_terms_v" USING btree ("created_at");
  CREATE INDEX "_glossary_terms_v_updated_at_idx" ON "_glossary_terms_v" USING btree ("updated_at");
  CREATE INDEX "_glossary_terms_v_latest_idx" ON "_glossary_terms_v" USING btree ("latest");
  CREATE INDEX "_glossary_terms_v_texts_order_parent" ON "_glossary_terms_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "regions_contact_points_order_idx" ON "regions_contact_points" USING btree ("_order");
  CREATE INDEX "regions_contact_points_parent_id_idx" ON "regions_contact_points" USING btree ("_parent_id");
  CREATE INDEX "regions_sources_order_idx" ON "regions_sources" USING btree ("_order");
  CREATE INDEX "regions_sources_parent_id_idx" ON "regions_sources" USING btree ("_parent_id");
  CREATE INDEX "regions_change_notes_order_idx" ON "regions_change_notes" USING btree ("_order");
  CREATE INDEX "regions_change_notes_parent_id_idx" ON "regions_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "regions_slug_idx" ON "regions" USING btree ("slug");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE INDEX "regions__status_idx" ON "regions" USING btree ("_status");
  CREATE INDEX "regions_texts_order_parent" ON "regions_texts" USING btree ("order","parent_id");
  CREATE INDEX "_regions_v_version_contact_points_order_idx" ON "_regions_v_version_contact_points" USING btree ("_order");
  CREATE INDEX "_regions_v_version_contact_points_parent_id_idx" ON "_regions_v_version_contact_points" USING btree ("_parent_id");
  CREATE INDEX "_regions_v_version_sources_order_idx" ON "_regions_v_version_sources" USING btree ("_order");
  CREATE INDEX "_regions_v_version_sources_parent_id_idx" ON "_regions_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_regions_v_version_change_notes_order_idx" ON "_regions_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_regions_v_version_change_notes_parent_id_idx" ON "_regions_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_regions_v_parent_idx" ON "_regions_v" USING btree ("parent_id");
  CREATE INDEX "_regions_v_version_version_slug_idx" ON "_regions_v" USING btree ("version_slug");
  CREATE INDEX "_regions_v_version_version_updated_at_idx" ON "_regions_v" USING btree ("version_updated_at");
  CREATE INDEX "_regions_v_version_version_created_at_idx" ON "_regions_v" USING btree ("version_created_at");
  CREATE INDEX "_regions_v_version_version__status_idx" ON "_regions_v" USING btree ("version__status");
  CREATE INDEX "_regions_v_created_at_idx" ON "_regions_v" USING btree ("created_at");
  CREATE INDEX "_regions_v_updated_at_idx" ON "_regions_v" USING btree ("updated_at");
  CREATE INDEX "_regions_v_latest_idx" ON "_regions_v" USING btree ("latest");
  CREATE INDEX "_regions_v_texts_order_parent" ON "_regions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "local_agreements_sources_order_idx" ON "local_agreements_sources" USING btree ("_order");
  CREATE INDEX "local_agreements_sources_parent_id_idx" ON "local_agreements_sources" USING btree ("_parent_id");
  CREATE INDEX "local_agreements_change_notes_order_idx" ON "local_agreements_change_notes" USING btree ("_order");
  CREATE INDEX "local_agreements_change_notes_parent_id_idx" ON "local_agreements_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "local_agreements_slug_idx" ON "local_agreements" USING btree ("slug");
  CREATE INDEX "local_agreements_region_idx" ON "local_agreements" USING btree ("region_id");
  CREATE INDEX "local_agreements_updated_at_idx" ON "local_agreements" USING btree ("updated_at");
  CREATE INDEX "local_agreements_created_at_idx" ON "local_agreements" USING btree ("created_at");
  CREATE INDEX "local_agreements__status_idx" ON "local_agreements" USING btree ("_status");
  CREATE INDEX "local_agreements_texts_order_parent" ON "local_agreements_texts" USING btree ("order","parent_id");
  CREATE INDEX "local_agreements_rels_order_idx" ON "local_agreements_rels" USING btree ("order");
  CREATE INDEX "local_agreements_rels_parent_idx" ON "local_agreements_rels" USING btree ("parent_id");
  CREATE INDEX "local_agreements_rels_path_idx" ON "local_agreements_rels" USING btree ("path");
  CREATE INDEX "local_agreements_rels_building_blocks_id_idx" ON "local_agreements_rels" USING btree ("building_blocks_id");
  CREATE INDEX "local_agreements_rels_organisations_id_idx" ON "local_agreements_rels" USING btree ("organisations_id");
  CREATE INDEX "_local_agreements_v_version_sources_order_idx" ON "_local_agreements_v_version_sources" USING btree ("_order");
  CREATE INDEX "_local_agreements_v_version_sources_parent_id_idx" ON "_local_agreements_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_local_agreements_v_version_change_notes_order_idx" ON "_local_agreements_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_local_agreements_v_version_change_notes_parent_id_idx" ON "_local_agreements_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_local_agreements_v_parent_idx" ON "_local_agreements_v" USING btree ("parent_id");
  CREATE INDEX "_local_agreements_v_version_version_slug_idx" ON "_local_agreements_v" USING btree ("version_slug");
  CREATE INDEX "_local_agreements_v_version_version_region_idx" ON "_local_agreements_v" USING btree ("version_region_id");
  CREATE INDEX "_local_agreements_v_version_version_updated_at_idx" ON "_local_agreements_v" USING btree ("version_updated_at");
  CREATE INDEX "_local_agreements_v_version_version_created_at_idx" ON "_local_agreements_v" USING btree ("version_created_at");
  CREATE INDEX "_local_agreements_v_version_version__status_idx" ON "_local_agreements_v" USING btree ("version__status");
  CREATE INDEX "_local_agreements_v_created_at_idx" ON "_local_agreements_v" USING btree ("created_at");
  CREATE INDEX "_local_agreements_v_updated_at_idx" ON "_local_agreements_v" USING btree ("updated_at");
  CREATE INDEX "_local_agreements_v_latest_idx" ON "_local_agreements_v" USING btree ("latest");
  CREATE INDEX "_local_agreements_v_texts_order_parent" ON "_local_agreements_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_local_agreements_v_rels_order_idx" ON "_local_agreements_v_rels" USING btree ("order");
  CREATE INDEX "_local_agreements_v_rels_parent_idx" ON "_local_agreements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_local_agreements_v_rels_path_idx" ON "_local_agreements_v_rels" USING btree ("path");
  CREATE INDEX "_local_agreements_v_rels_building_blocks_id_idx" ON "_local_agreements_v_rels" USING btree ("building_blocks_id");
  CREATE INDEX "_local_agreements_v_rels_organisations_id_idx" ON "_local_agreements_v_rels" USING btree ("organisations_id");
  CREATE INDEX "pilots_results_order_idx" ON "pilots_results" USING btree ("_order");
  CREATE INDEX "pilots_results_parent_id_idx" ON "pilots_results" USING btree ("_parent_id");
  CREATE INDEX "pilots_lessons_order_idx" ON "pilots_lessons" USING btree ("_order");
  CREATE INDEX "pilots_lessons_parent_id_idx" ON "pilots_lessons" USING btree ("_parent_id");
  CREATE INDEX "pilots_sources_order_idx" ON "pilots_sources" USING btree ("_order");
  CREATE INDEX "pilots_sources_parent_id_idx" ON "pilots_sources" USING btree ("_parent_id");
  CREATE INDEX "pilots_change_notes_order_idx" ON "pilots_change_notes" USING btree ("_order");
  CREATE INDEX "pilots_change_notes_parent_id_idx" ON "pilots_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pilots_slug_idx" ON "pilots" USING btree ("slug");
  CREATE INDEX "pilots_region_idx" ON "pilots" USING btree ("region_id");
  CREATE INDEX "pilots_updated_at_idx" ON "pilots" USING btree ("updated_at");
  CREATE INDEX "pilots_created_at_idx" ON "pilots" USING btree ("created_at");
  CREATE INDEX "pilots__status_idx" ON "pilots" USING btree ("_status");
  CREATE INDEX "pilots_texts_order_parent" ON "pilots_texts" USING btree ("order","parent_id");
  CREATE INDEX "pilots_rels_order_idx" ON "pilots_rels" USING btree ("order");
  CREATE INDEX "pilots_rels_parent_idx" ON "pilots_rels" USING btree ("parent_id");
  CREATE INDEX "pilots_rels_path_idx" ON "pilots_rels" USING btree ("path");
  CREATE INDEX "pilots_rels_building_blocks_id_idx" ON "pilots_rels" USING btree ("building_blocks_id");
  CREATE INDEX "pilots_rels_organisations_id_idx" ON "pilots_rels" USING btree ("organisations_id");
  CREATE INDEX "_pilots_v_version_results_order_idx" ON "_pilots_v_version_results" USING btree ("_order");
  CREATE INDEX "_pilots_v_version_results_parent_id_idx" ON "_pilots_v_version_results" USING btree ("_parent_id");
  CREATE INDEX "_pilots_v_version_lessons_order_idx" ON "_pilots_v_version_lessons" USING btree ("_order");
  CREATE INDEX "_pilots_v_version_lessons_parent_id_idx" ON "_pilots_v_version_lessons" USING btree ("_parent_id");
  CREATE INDEX "_pilots_v_version_sources_order_idx" ON "_pilots_v_version_sources" USING btree ("_order");
  CREATE INDEX "_pilots_v_version_sources_parent_id_idx" ON "_pilots_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_pilots_v_version_change_notes_order_idx" ON "_pilots_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_pilots_v_version_change_notes_parent_id_idx" ON "_pilots_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_pilots_v_parent_idx" ON "_pilots_v" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_version_version_slug_idx" ON "_pilots_v" USING btree ("version_slug");
  CREATE INDEX "_pilots_v_version_version_region_idx" ON "_pilots_v" USING btree ("version_region_id");
  CREATE INDEX "_pilots_v_version_version_updated_at_idx" ON "_pilots_v" USING btree ("version_updated_at");
  CREATE INDEX "_pilots_v_version_version_created_at_idx" ON "_pilots_v" USING btree ("version_created_at");
  CREATE INDEX "_pilots_v_version_version__status_idx" ON "_pilots_v" USING btree ("version__status");
  CREATE INDEX "_pilots_v_created_at_idx" ON "_pilots_v" USING btree ("created_at");
  CREATE INDEX "_pilots_v_updated_at_idx" ON "_pilots_v" USING btree ("updated_at");
  CREATE INDEX "_pilots_v_latest_idx" ON "_pilots_v" USING btree ("latest");
  CREATE INDEX "_pilots_v_texts_order_parent" ON "_pilots_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_pilots_v_rels_order_idx" ON "_pilots_v_rels" USING btree ("order");
  CREATE INDEX "_pilots_v_rels_parent_idx" ON "_pilots_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_rels_path_idx" ON "_pilots_v_rels" USING btree ("path");
  CREATE INDEX "_pilots_v_rels_building_blocks_id_idx" ON "_pilots_v_rels" USING btree ("building_blocks_id");
  CREATE INDEX "_pilots_v_rels_organisations_id_idx" ON "_pilots_v_rels" USING btree ("organisations_id");
  CREATE INDEX "organisations_sources_order_idx" ON "organisations_sources" USING btree ("_order");
  CREATE INDEX "organisations_sources_parent_id_idx" ON "organisations_sources" USING btree ("_parent_id");
  CREATE INDEX "organisations_change_notes_order_idx" ON "organisations_change_notes" USING btree ("_order");
  CREATE INDEX "organisations_change_notes_parent_id_idx" ON "organisations_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE INDEX "organisations_rels_order_idx" ON "organisations_rels" USING btree ("order");
  CREATE INDEX "organisations_rels_parent_idx" ON "organisations_rels" USING btree ("parent_id");
  CREATE INDEX "organisations_rels_path_idx" ON "organisations_rels" USING btree ("path");
  CREATE INDEX "organisations_rels_regions_id_idx" ON "organisations_rels" USING btree ("regions_id");
  CREATE INDEX "_organisations_v_version_sources_order_idx" ON "_organisations_v_version_sources" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_sources_parent_id_idx" ON "_organisations_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_version_change_notes_order_idx" ON "_organisations_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_change_notes_parent_id_idx" ON "_organisations_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_version_slug_idx" ON "_organisations_v" USING btree ("version_slug");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE INDEX "_organisations_v_rels_order_idx" ON "_organisations_v_rels" USING btree ("order");
  CREATE INDEX "_organisations_v_rels_parent_idx" ON "_organisations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_rels_path_idx" ON "_organisations_v_rels" USING btree ("path");
  CREATE INDEX "_organisations_v_rels_regions_id_idx" ON "_organisations_v_rels" USING btree ("regions_id");
  CREATE INDEX "trainings_audiences_order_idx" ON "trainings_audiences" USING btree ("order");
  CREATE INDEX "trainings_audiences_parent_idx" ON "trainings_audiences" USING btree ("parent_id");
  CREATE INDEX "trainings_sources_order_idx" ON "trainings_sources" USING btree ("_order");
  CREATE INDEX "trainings_sources_parent_id_idx" ON "trainings_sources" USING btree ("_parent_id");
  CREATE INDEX "trainings_change_notes_order_idx" ON "trainings_change_notes" USING btree ("_order");
  CREATE INDEX "trainings_change_notes_parent_id_idx" ON "trainings_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "trainings_slug_idx" ON "trainings" USING btree ("slug");
  CREATE INDEX "trainings_provider_idx" ON "trainings" USING btree ("provider_id");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "trainings__status_idx" ON "trainings" USING btree ("_status");
  CREATE INDEX "trainings_rels_order_idx" ON "trainings_rels" USING btree ("order");
  CREATE INDEX "trainings_rels_parent_idx" ON "trainings_rels" USING btree ("parent_id");
  CREATE INDEX "trainings_rels_path_idx" ON "trainings_rels" USING btree ("path");
  CREATE INDEX "trainings_rels_users_id_idx" ON "trainings_rels" USING btree ("users_id");
  CREATE INDEX "trainings_rels_building_blocks_id_idx" ON "trainings_rels" USING btree ("building_blocks_id");
  CREATE INDEX "trainings_rels_regions_id_idx" ON "trainings_rels" USING btree ("regions_id");
  CREATE INDEX "_trainings_v_version_audiences_order_idx" ON "_trainings_v_version_audiences" USING btree ("order");
  CREATE INDEX "_trainings_v_version_audiences_parent_idx" ON "_trainings_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_sources_order_idx" ON "_trainings_v_version_sources" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_sources_parent_id_idx" ON "_trainings_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_version_change_notes_order_idx" ON "_trainings_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_change_notes_parent_id_idx" ON "_trainings_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_parent_idx" ON "_trainings_v" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_version_slug_idx" ON "_trainings_v" USING btree ("version_slug");
  CREATE INDEX "_trainings_v_version_version_provider_idx" ON "_trainings_v" USING btree ("version_provider_id");
  CREATE INDEX "_trainings_v_version_version_updated_at_idx" ON "_trainings_v" USING btree ("version_updated_at");
  CREATE INDEX "_trainings_v_version_version_created_at_idx" ON "_trainings_v" USING btree ("version_created_at");
  CREATE INDEX "_trainings_v_version_version__status_idx" ON "_trainings_v" USING btree ("version__status");
  CREATE INDEX "_trainings_v_created_at_idx" ON "_trainings_v" USING btree ("created_at");
  CREATE INDEX "_trainings_v_updated_at_idx" ON "_trainings_v" USING btree ("updated_at");
  CREATE INDEX "_trainings_v_latest_idx" ON "_trainings_v" USING btree ("latest");
  CREATE INDEX "_trainings_v_rels_order_idx" ON "_trainings_v_rels" USING btree ("order");
  CREATE INDEX "_trainings_v_rels_parent_idx" ON "_trainings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_rels_path_idx" ON "_trainings_v_rels" USING btree ("path");
  CREATE INDEX "_trainings_v_rels_users_id_idx" ON "_trainings_v_rels" USING btree ("users_id");
  CREATE INDEX "_trainings_v_rels_building_blocks_id_idx" ON "_trainings_v_rels" USING btree ("building_blocks_id");
  CREATE INDEX "_trainings_v_rels_regions_id_idx" ON "_trainings_v_rels" USING btree ("regions_id");
  CREATE INDEX "training_sessions_training_idx" ON "training_sessions" USING btree ("training_id");
  CREATE INDEX "training_sessions_starts_at_idx" ON "training_sessions" USING btree ("starts_at");
  CREATE INDEX "training_sessions_updated_at_idx" ON "training_sessions" USING btree ("updated_at");
  CREATE INDEX "training_sessions_created_at_idx" ON "training_sessions" USING btree ("created_at");
  CREATE INDEX "registrations_session_idx" ON "registrations" USING btree ("session_id");
  CREATE INDEX "registrations_training_idx" ON "registrations" USING btree ("training_id");
  CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE INDEX "vacancies_sources_order_idx" ON "vacancies_sources" USING btree ("_order");
  CREATE INDEX "vacancies_sources_parent_id_idx" ON "vacancies_sources" USING btree ("_parent_id");
  CREATE INDEX "vacancies_change_notes_order_idx" ON "vacancies_change_notes" USING btree ("_order");
  CREATE INDEX "vacancies_change_notes_parent_id_idx" ON "vacancies_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "vacancies_slug_idx" ON "vacancies" USING btree ("slug");
  CREATE INDEX "vacancies_organisation_idx" ON "vacancies" USING btree ("organisation_id");
  CREATE INDEX "vacancies_closing_date_idx" ON "vacancies" USING btree ("closing_date");
  CREATE INDEX "vacancies_updated_at_idx" ON "vacancies" USING btree ("updated_at");
  CREATE INDEX "vacancies_created_at_idx" ON "vacancies" USING btree ("created_at");
  CREATE INDEX "vacancies__status_idx" ON "vacancies" USING btree ("_status");
  CREATE INDEX "vacancies_rels_order_idx" ON "vacancies_rels" USING btree ("order");
  CREATE INDEX "vacancies_rels_parent_idx" ON "vacancies_rels" USING btree ("parent_id");
  CREATE INDEX "vacancies_rels_path_idx" ON "vacancies_rels" USING btree ("path");
  CREATE INDEX "vacancies_rels_regions_id_idx" ON "vacancies_rels" USING btree ("regions_id");
  CREATE INDEX "_vacancies_v_version_sources_order_idx" ON "_vacancies_v_version_sources" USING btree ("_order");
  CREATE INDEX "_vacancies_v_version_sources_parent_id_idx" ON "_vacancies_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_vacancies_v_version_change_notes_order_idx" ON "_vacancies_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_vacancies_v_version_change_notes_parent_id_idx" ON "_vacancies_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_vacancies_v_parent_idx" ON "_vacancies_v" USING btree ("parent_id");
  CREATE INDEX "_vacancies_v_version_version_slug_idx" ON "_vacancies_v" USING btree ("version_slug");
  CREATE INDEX "_vacancies_v_version_version_organisation_idx" ON "_vacancies_v" USING btree ("version_organisation_id");
  CREATE INDEX "_vacancies_v_version_version_closing_date_idx" ON "_vacancies_v" USING btree ("version_closing_date");
  CREATE INDEX "_vacancies_v_version_version_updated_at_idx" ON "_vacancies_v" USING btree ("version_updated_at");
  CREATE INDEX "_vacancies_v_version_version_created_at_idx" ON "_vacancies_v" USING btree ("version_created_at");
  CREATE INDEX "_vacancies_v_version_version__status_idx" ON "_vacancies_v" USING btree ("version__status");
  CREATE INDEX "_vacancies_v_created_at_idx" ON "_vacancies_v" USING btree ("created_at");
  CREATE INDEX "_vacancies_v_updated_at_idx" ON "_vacancies_v" USING btree ("updated_at");
  CREATE INDEX "_vacancies_v_latest_idx" ON "_vacancies_v" USING btree ("latest");
  CREATE INDEX "_vacancies_v_rels_order_idx" ON "_vacancies_v_rels" USING btree ("order");
  CREATE INDEX "_vacancies_v_rels_parent_idx" ON "_vacancies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_vacancies_v_rels_path_idx" ON "_vacancies_v_rels" USING btree ("path");
  CREATE INDEX "_vacancies_v_rels_regions_id_idx" ON "_vacancies_v_rels" USING btree ("regions_id");
  CREATE INDEX "indicators_sources_order_idx" ON "indicators_sources" USING btree ("_order");
  CREATE INDEX "indicators_sources_parent_id_idx" ON "indicators_sources" USING btree ("_parent_id");
  CREATE INDEX "indicators_change_notes_order_idx" ON "indicators_change_notes" USING btree ("_order");
  CREATE INDEX "indicators_change_notes_parent_id_idx" ON "indicators_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "indicators_slug_idx" ON "indicators" USING btree ("slug");
  CREATE UNIQUE INDEX "indicators_number_idx" ON "indicators" USING btree ("number");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "indicators__status_idx" ON "indicators" USING btree ("_status");
  CREATE INDEX "_indicators_v_version_sources_order_idx" ON "_indicators_v_version_sources" USING btree ("_order");
  CREATE INDEX "_indicators_v_version_sources_parent_id_idx" ON "_indicators_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_indicators_v_version_change_notes_order_idx" ON "_indicators_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_indicators_v_version_change_notes_parent_id_idx" ON "_indicators_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_indicators_v_parent_idx" ON "_indicators_v" USING btree ("parent_id");
  CREATE INDEX "_indicators_v_version_version_slug_idx" ON "_indicators_v" USING btree ("version_slug");
  CREATE INDEX "_indicators_v_version_version_number_idx" ON "_indicators_v" USING btree ("version_number");
  CREATE INDEX "_indicators_v_version_version_updated_at_idx" ON "_indicators_v" USING btree ("version_updated_at");
  CREATE INDEX "_indicators_v_version_version_created_at_idx" ON "_indicators_v" USING btree ("version_created_at");
  CREATE INDEX "_indicators_v_version_version__status_idx" ON "_indicators_v" USING btree ("version__status");
  CREATE INDEX "_indicators_v_created_at_idx" ON "_indicators_v" USING btree ("created_at");
  CREATE INDEX "_indicators_v_updated_at_idx" ON "_indicators_v" USING btree ("updated_at");
  CREATE INDEX "_indicators_v_latest_idx" ON "_indicators_v" USING btree ("latest");
  CREATE INDEX "measurements_indicator_idx" ON "measurements" USING btree ("indicator_id");
  CREATE INDEX "measurements_region_idx" ON "measurements" USING btree ("region_id");
  CREATE INDEX "measurements_period_idx" ON "measurements" USING btree ("period");
  CREATE INDEX "measurements_updated_at_idx" ON "measurements" USING btree ("updated_at");
  CREATE INDEX "measurements_created_at_idx" ON "measurements" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_region_period_idx" ON "measurements" USING btree ("indicator_id","region_id","period");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_region_idx" ON "users" USING btree ("region_id");
  CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_building_blocks_id_idx" ON "payload_locked_documents_rels" USING btree ("building_blocks_id");
  CREATE INDEX "payload_locked_documents_rels_working_methods_id_idx" ON "payload_locked_documents_rels" USING btree ("working_methods_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_local_agreements_id_idx" ON "payload_locked_documents_rels" USING btree ("local_agreements_id");
  CREATE INDEX "payload_locked_documents_rels_pilots_id_idx" ON "payload_locked_documents_rels" USING btree ("pilots_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_training_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("training_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_vacancies_id_idx" ON "payload_locked_documents_rels" USING btree ("vacancies_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_measurements_id_idx" ON "payload_locked_documents_rels" USING btree ("measurements_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "vision_core_values_order_idx" ON "vision_core_values" USING btree ("_order");
  CREATE INDEX "vision_core_values_parent_id_idx" ON "vision_core_values" USING btree ("_parent_id");
  CREATE INDEX "vision_sources_order_idx" ON "vision_sources" USING btree ("_order");
  CREATE INDEX "vision_sources_parent_id_idx" ON "vision_sources" USING btree ("_parent_id");
  CREATE INDEX "vision_change_notes_order_idx" ON "vision_change_notes" USING btree ("_order");
  CREATE INDEX "vision_change_notes_parent_id_idx" ON "vision_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "vision_slug_idx" ON "vision" USING btree ("slug");
  CREATE INDEX "vision_document_idx" ON "vision" USING btree ("document_id");
  CREATE INDEX "vision__status_idx" ON "vision" USING btree ("_status");
  CREATE INDEX "vision_texts_order_parent" ON "vision_texts" USING btree ("order","parent_id");
  CREATE INDEX "_vision_v_version_core_values_order_idx" ON "_vision_v_version_core_values" USING btree ("_order");
  CREATE INDEX "_vision_v_version_core_values_parent_id_idx" ON "_vision_v_version_core_values" USING btree ("_parent_id");
  CREATE INDEX "_vision_v_version_sources_order_idx" ON "_vision_v_version_sources" USING btree ("_order");
  CREATE INDEX "_vision_v_version_sources_parent_id_idx" ON "_vision_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_vision_v_version_change_notes_order_idx" ON "_vision_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_vision_v_version_change_notes_parent_id_idx" ON "_vision_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_vision_v_version_version_slug_idx" ON "_vision_v" USING btree ("version_slug");
  CREATE INDEX "_vision_v_version_version_document_idx" ON "_vision_v" USING btree ("version_document_id");
  CREATE INDEX "_vision_v_version_version__status_idx" ON "_vision_v" USING btree ("version__status");
  CREATE INDEX "_vision_v_created_at_idx" ON "_vision_v" USING btree ("created_at");
  CREATE INDEX "_vision_v_updated_at_idx" ON "_vision_v" USING btree ("updated_at");
  CREATE INDEX "_vision_v_latest_idx" ON "_vision_v" USING btree ("latest");
  CREATE INDEX "_vision_v_texts_order_parent" ON "_vision_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "escalation_model_criteria_order_idx" ON "escalation_model_criteria" USING btree ("_order");
  CREATE INDEX "escalation_model_criteria_parent_id_idx" ON "escalation_model_criteria" USING btree ("_parent_id");
  CREATE INDEX "escalation_model_levels_order_idx" ON "escalation_model_levels" USING btree ("_order");
  CREATE INDEX "escalation_model_levels_parent_id_idx" ON "escalation_model_levels" USING btree ("_parent_id");
  CREATE INDEX "escalation_model_principles_order_idx" ON "escalation_model_principles" USING btree ("_order");
  CREATE INDEX "escalation_model_principles_parent_id_idx" ON "escalation_model_principles" USING btree ("_parent_id");
  CREATE INDEX "escalation_model_sources_order_idx" ON "escalation_model_sources" USING btree ("_order");
  CREATE INDEX "escalation_model_sources_parent_id_idx" ON "escalation_model_sources" USING btree ("_parent_id");
  CREATE INDEX "escalation_model_change_notes_order_idx" ON "escalation_model_change_notes" USING btree ("_order");
  CREATE INDEX "escalation_model_change_notes_parent_id_idx" ON "escalation_model_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "escalation_model_slug_idx" ON "escalation_model" USING btree ("slug");
  CREATE INDEX "escalation_model__status_idx" ON "escalation_model" USING btree ("_status");
  CREATE INDEX "_escalation_model_v_version_criteria_order_idx" ON "_escalation_model_v_version_criteria" USING btree ("_order");
  CREATE INDEX "_escalation_model_v_version_criteria_parent_id_idx" ON "_escalation_model_v_version_criteria" USING btree ("_parent_id");
  CREATE INDEX "_escalation_model_v_version_levels_order_idx" ON "_escalation_model_v_version_levels" USING btree ("_order");
  CREATE INDEX "_escalation_model_v_version_levels_parent_id_idx" ON "_escalation_model_v_version_levels" USING btree ("_parent_id");
  CREATE INDEX "_escalation_model_v_version_principles_order_idx" ON "_escalation_model_v_version_principles" USING btree ("_order");
  CREATE INDEX "_escalation_model_v_version_principles_parent_id_idx" ON "_escalation_model_v_version_principles" USING btree ("_parent_id");
  CREATE INDEX "_escalation_model_v_version_sources_order_idx" ON "_escalation_model_v_version_sources" USING btree ("_order");
  CREATE INDEX "_escalation_model_v_version_sources_parent_id_idx" ON "_escalation_model_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_escalation_model_v_version_change_notes_order_idx" ON "_escalation_model_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_escalation_model_v_version_change_notes_parent_id_idx" ON "_escalation_model_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_escalation_model_v_version_version_slug_idx" ON "_escalation_model_v" USING btree ("version_slug");
  CREATE INDEX "_escalation_model_v_version_version__status_idx" ON "_escalation_model_v" USING btree ("version__status");
  CREATE INDEX "_escalation_model_v_created_at_idx" ON "_escalation_model_v" USING btree ("created_at");
  CREATE INDEX "_escalation_model_v_updated_at_idx" ON "_escalation_model_v" USING btree ("updated_at");
  CREATE INDEX "_escalation_model_v_latest_idx" ON "_escalation_model_v" USING btree ("latest");
  CREATE INDEX "site_navigation_order_idx" ON "site_navigation" USING btree ("_order");
  CREATE INDEX "site_navigation_parent_id_idx" ON "site_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_footer_links_order_idx" ON "site_footer_links" USING btree ("_order");
  CREATE INDEX "site_footer_links_parent_id_idx" ON "site_footer_links" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages_sources" CASCADE;
  DROP TABLE "pages_change_notes" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v_version_sources" CASCADE;
  DROP TABLE "_pages_v_version_change_notes" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "building_blocks_progress" CASCADE;
  DROP TABLE "building_blocks_sources" CASCADE;
  DROP TABLE "building_blocks_change_notes" CASCADE;
  DROP TABLE "building_blocks" CASCADE;
  DROP TABLE "_building_blocks_v_version_progress" CASCADE;
  DROP TABLE "_building_blocks_v_version_sources" CASCADE;
  DROP TABLE "_building_blocks_v_version_change_notes" CASCADE;
  DROP TABLE "_building_blocks_v" CASCADE;
  DROP TABLE "working_methods_audiences" CASCADE;
  DROP TABLE "working_methods_steps" CASCADE;
  DROP TABLE "working_methods_sources" CASCADE;
  DROP TABLE "working_methods_change_notes" CASCADE;
  DROP TABLE "working_methods" CASCADE;
  DROP TABLE "working_methods_rels" CASCADE;
  DROP TABLE "_working_methods_v_version_audiences" CASCADE;
  DROP TABLE "_working_methods_v_version_steps" CASCADE;
  DROP TABLE "_working_methods_v_version_sources" CASCADE;
  DROP TABLE "_working_methods_v_version_change_notes" CASCADE;
  DROP TABLE "_working_methods_v" CASCADE;
  DROP TABLE "_working_methods_v_rels" CASCADE;
  DROP TABLE "glossary_terms_sources" CASCADE;
  DROP TABLE "glossary_terms_change_notes" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary_terms_texts" CASCADE;
  DROP TABLE "_glossary_terms_v_version_sources" CASCADE;
  DROP TABLE "_glossary_terms_v_version_change_notes" CASCADE;
  DROP TABLE "_glossary_terms_v" CASCADE;
  DROP TABLE "_glossary_terms_v_texts" CASCADE;
  DROP TABLE "regions_contact_points" CASCADE;
  DROP TABLE "regions_sources" CASCADE;
  DROP TABLE "regions_change_notes" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "regions_texts" CASCADE;
  DROP TABLE "_regions_v_version_contact_points" CASCADE;
  DROP TABLE "_regions_v_version_sources" CASCADE;
  DROP TABLE "_regions_v_version_change_notes" CASCADE;
  DROP TABLE "_regions_v" CASCADE;
  DROP TABLE "_regions_v_texts" CASCADE;
  DROP TABLE "local_agreements_sources" CASCADE;
  DROP TABLE "local_agreements_change_notes" CASCADE;
  DROP TABLE "local_agreements" CASCADE;
  DROP TABLE "local_agreements_texts" CASCADE;
  DROP TABLE "local_agreements_rels" CASCADE;
  DROP TABLE "_local_agreements_v_version_sources" CASCADE;
  DROP TABLE "_local_agreements_v_version_change_notes" CASCADE;
  DROP TABLE "_local_agreements_v" CASCADE;
  DROP TABLE "_local_agreements_v_texts" CASCADE;
  DROP TABLE "_local_agreements_v_rels" CASCADE;
  DROP TABLE "pilots_results" CASCADE;
  DROP TABLE "pilots_lessons" CASCADE;
  DROP TABLE "pilots_sources" CASCADE;
  DROP TABLE "pilots_change_notes" CASCADE;
  DROP TABLE "pilots" CASCADE;
  DROP TABLE "pilots_texts" CASCADE;
  DROP TABLE "pilots_rels" CASCADE;
  DROP TABLE "_pilots_v_version_results" CASCADE;
  DROP TABLE "_pilots_v_version_lessons" CASCADE;
  DROP TABLE "_pilots_v_version_sources" CASCADE;
  DROP TABLE "_pilots_v_version_change_notes" CASCADE;
  DROP TABLE "_pilots_v" CASCADE;
  DROP TABLE "_pilots_v_texts" CASCADE;
  DROP TABLE "_pilots_v_rels" CASCADE;
  DROP TABLE "organisations_sources" CASCADE;
  DROP TABLE "organisations_change_notes" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_rels" CASCADE;
  DROP TABLE "_organisations_v_version_sources" CASCADE;
  DROP TABLE "_organisations_v_version_change_notes" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "_organisations_v_rels" CASCADE;
  DROP TABLE "trainings_audiences" CASCADE;
  DROP TABLE "trainings_sources" CASCADE;
  DROP TABLE "trainings_change_notes" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "trainings_rels" CASCADE;
  DROP TABLE "_trainings_v_version_audiences" CASCADE;
  DROP TABLE "_trainings_v_version_sources" CASCADE;
  DROP TABLE "_trainings_v_version_change_notes" CASCADE;
  DROP TABLE "_trainings_v" CASCADE;
  DROP TABLE "_trainings_v_rels" CASCADE;
  DROP TABLE "training_sessions" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "vacancies_sources" CASCADE;
  DROP TABLE "vacancies_change_notes" CASCADE;
  DROP TABLE "vacancies" CASCADE;
  DROP TABLE "vacancies_rels" CASCADE;
  DROP TABLE "_vacancies_v_version_sources" CASCADE;
  DROP TABLE "_vacancies_v_version_change_notes" CASCADE;
  DROP TABLE "_vacancies_v" CASCADE;
  DROP TABLE "_vacancies_v_rels" CASCADE;
  DROP TABLE "indicators_sources" CASCADE;
  DROP TABLE "indicators_change_notes" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "_indicators_v_version_sources" CASCADE;
  DROP TABLE "_indicators_v_version_change_notes" CASCADE;
  DROP TABLE "_indicators_v" CASCADE;
  DROP TABLE "measurements" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "vision_core_values" CASCADE;
  DROP TABLE "vision_sources" CASCADE;
  DROP TABLE "vision_change_notes" CASCADE;
  DROP TABLE "vision" CASCADE;
  DROP TABLE "vision_texts" CASCADE;
  DROP TABLE "_vision_v_version_core_values" CASCADE;
  DROP TABLE "_vision_v_version_sources" CASCADE;
  DROP TABLE "_vision_v_version_change_notes" CASCADE;
  DROP TABLE "_vision_v" CASCADE;
  DROP TABLE "_vision_v_texts" CASCADE;
  DROP TABLE "escalation_model_criteria" CASCADE;
  DROP TABLE "escalation_model_levels" CASCADE;
  DROP TABLE "escalation_model_principles" CASCADE;
  DROP TABLE "escalation_model_sources" CASCADE;
  DROP TABLE "escalation_model_change_notes" CASCADE;
  DROP TABLE "escalation_model" CASCADE;
  DROP TABLE "_escalation_model_v_version_criteria" CASCADE;
  DROP TABLE "_escalation_model_v_version_levels" CASCADE;
  DROP TABLE "_escalation_model_v_version_principles" CASCADE;
  DROP TABLE "_escalation_model_v_version_sources" CASCADE;
  DROP TABLE "_escalation_model_v_version_change_notes" CASCADE;
  DROP TABLE "_escalation_model_v" CASCADE;
  DROP TABLE "site_navigation" CASCADE;
  DROP TABLE "site_footer_links" CASCADE;
  DROP TABLE "site" CASCADE;
  DROP TYPE "public"."enum_pages_sources_document";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_sources_document";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_building_blocks_progress_status";
  DROP TYPE "public"."enum_building_blocks_sources_document";
  DROP TYPE "public"."enum_building_blocks_phase";
  DROP TYPE "public"."enum_building_blocks_status";
  DROP TYPE "public"."enum__building_blocks_v_version_progress_status";
  DROP TYPE "public"."enum__building_blocks_v_version_sources_document";
  DROP TYPE "public"."enum__building_blocks_v_version_phase";
  DROP TYPE "public"."enum__building_blocks_v_version_status";
  DROP TYPE "public"."enum_working_methods_audiences";
  DROP TYPE "public"."enum_working_methods_sources_document";
  DROP TYPE "public"."enum_working_methods_scope";
  DROP TYPE "public"."enum_working_methods_status";
  DROP TYPE "public"."enum__working_methods_v_version_audiences";
  DROP TYPE "public"."enum__working_methods_v_version_sources_document";
  DROP TYPE "public"."enum__working_methods_v_version_scope";
  DROP TYPE "public"."enum__working_methods_v_version_status";
  DROP TYPE "public"."enum_glossary_terms_sources_document";
  DROP TYPE "public"."enum_glossary_terms_status";
  DROP TYPE "public"."enum__glossary_terms_v_version_sources_document";
  DROP TYPE "public"."enum__glossary_terms_v_version_status";
  DROP TYPE "public"."enum_regions_contact_points_kind";
  DROP TYPE "public"."enum_regions_sources_document";
  DROP TYPE "public"."enum_regions_status";
  DROP TYPE "public"."enum__regions_v_version_contact_points_kind";
  DROP TYPE "public"."enum__regions_v_version_sources_document";
  DROP TYPE "public"."enum__regions_v_version_status";
  DROP TYPE "public"."enum_local_agreements_sources_document";
  DROP TYPE "public"."enum_local_agreements_status";
  DROP TYPE "public"."enum__local_agreements_v_version_sources_document";
  DROP TYPE "public"."enum__local_agreements_v_version_status";
  DROP TYPE "public"."enum_pilots_sources_document";
  DROP TYPE "public"."enum_pilots_pilot_status";
  DROP TYPE "public"."enum_pilots_status";
  DROP TYPE "public"."enum__pilots_v_version_sources_document";
  DROP TYPE "public"."enum__pilots_v_version_pilot_status";
  DROP TYPE "public"."enum__pilots_v_version_status";
  DROP TYPE "public"."enum_organisations_sources_document";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_sources_document";
  DROP TYPE "public"."enum__organisations_v_version_type";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum_trainings_audiences";
  DROP TYPE "public"."enum_trainings_sources_document";
  DROP TYPE "public"."enum_trainings_format";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum__trainings_v_version_audiences";
  DROP TYPE "public"."enum__trainings_v_version_sources_document";
  DROP TYPE "public"."enum__trainings_v_version_format";
  DROP TYPE "public"."enum__trainings_v_version_status";
  DROP TYPE "public"."enum_training_sessions_mode";
  DROP TYPE "public"."enum_training_sessions_status";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_vacancies_sources_document";
  DROP TYPE "public"."enum_vacancies_status";
  DROP TYPE "public"."enum__vacancies_v_version_sources_document";
  DROP TYPE "public"."enum__vacancies_v_version_status";
  DROP TYPE "public"."enum_indicators_sources_document";
  DROP TYPE "public"."enum_indicators_unit";
  DROP TYPE "public"."enum_indicators_direction";
  DROP TYPE "public"."enum_indicators_status";
  DROP TYPE "public"."enum__indicators_v_version_sources_document";
  DROP TYPE "public"."enum__indicators_v_version_unit";
  DROP TYPE "public"."enum__indicators_v_version_direction";
  DROP TYPE "public"."enum__indicators_v_version_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_vision_sources_document";
  DROP TYPE "public"."enum_vision_status";
  DROP TYPE "public"."enum__vision_v_version_sources_document";
  DROP TYPE "public"."enum__vision_v_version_status";
  DROP TYPE "public"."enum_escalation_model_sources_document";
  DROP TYPE "public"."enum_escalation_model_status";
  DROP TYPE "public"."enum__escalation_model_v_version_sources_document";
  DROP TYPE "public"."enum__escalation_model_v_version_status";`)
}
