CREATE TYPE "public"."membership_role" AS ENUM('coordinator', 'coordinating_committee', 'facilitator', 'evaluator', 'member', 'external_partner', 'observer');--> statement-breakpoint
CREATE TYPE "public"."network_approach" AS ENUM('enabled', 'directive');--> statement-breakpoint
CREATE TYPE "public"."network_kind" AS ENUM('pln', 'school_to_school', 'socio_educational', 'inter_sectoral', 'university_school', 'rural_micro_centre', 'trust_federation', 'alliance', 'network_of_networks');--> statement-breakpoint
CREATE TYPE "public"."network_scope" AS ENUM('within', 'between', 'beyond');--> statement-breakpoint
CREATE TYPE "public"."network_status" AS ENUM('forming', 'active', 'paused', 'closed');--> statement-breakpoint
CREATE TYPE "public"."network_visibility" AS ENUM('public', 'members');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('school', 'university', 'ngo', 'local_service', 'family_association', 'teacher_centre', 'authority', 'other');--> statement-breakpoint
CREATE TYPE "public"."school_sector" AS ENUM('public', 'publicly_funded_private', 'private');--> statement-breakpoint
CREATE TYPE "public"."school_stage" AS ENUM('early_childhood', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'adult', 'special_education');--> statement-breakpoint
CREATE TYPE "public"."size_band" AS ENUM('xs', 's', 'm', 'l', 'xl');--> statement-breakpoint
CREATE TYPE "public"."person_kind" AS ENUM('teacher', 'leader', 'advisor', 'researcher', 'family_member', 'student', 'community_agent', 'administrator');--> statement-breakpoint
CREATE TABLE "accounts" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"password_hash" text NOT NULL,
	"is_admin" boolean DEFAULT false NOT NULL,
	"locale" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"client_address" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"organisation_id" uuid,
	"person_id" uuid,
	"role" "membership_role" DEFAULT 'member' NOT NULL,
	"start_date" date,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_one_member" CHECK (num_nonnulls("network_memberships"."organisation_id", "network_memberships"."person_id") = 1),
	CONSTRAINT "memberships_dates_ordered" CHECK ("network_memberships"."end_date" is null or "network_memberships"."start_date" is null or "network_memberships"."end_date" >= "network_memberships"."start_date")
);
--> statement-breakpoint
CREATE TABLE "network_parents" (
	"child_id" uuid NOT NULL,
	"parent_id" uuid NOT NULL,
	CONSTRAINT "network_parents_child_id_parent_id_pk" PRIMARY KEY("child_id","parent_id"),
	CONSTRAINT "network_parents_not_self" CHECK ("network_parents"."child_id" <> "network_parents"."parent_id")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"kind" "network_kind" NOT NULL,
	"level" smallint NOT NULL,
	"scopes" "network_scope"[] DEFAULT '{}' NOT NULL,
	"approach" "network_approach" NOT NULL,
	"country" text,
	"region" text,
	"municipality" text,
	"status" "network_status" DEFAULT 'active' NOT NULL,
	"visibility" "network_visibility" DEFAULT 'public' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "networks_level_range" CHECK ("networks"."level" between 1 and 5),
	CONSTRAINT "networks_slug_format" CHECK ("networks"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"country" text,
	"region" text,
	"municipality" text,
	"stages" "school_stage"[] DEFAULT '{}' NOT NULL,
	"sector" "school_sector",
	"rural" boolean,
	"disadvantaged" boolean,
	"size_band" "size_band",
	"national_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"start_date" date,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"kinds" "person_kind"[] DEFAULT '{}' NOT NULL,
	"expertise" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_memberships" ADD CONSTRAINT "network_memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_parents" ADD CONSTRAINT "network_parents_child_id_networks_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_parents" ADD CONSTRAINT "network_parents_parent_id_networks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_person_idx" ON "sessions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_client_idx" ON "sign_in_attempts" USING btree ("client_address","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_current_person_key" ON "network_memberships" USING btree ("network_id","person_id") WHERE "network_memberships"."person_id" is not null and "network_memberships"."end_date" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_current_organisation_key" ON "network_memberships" USING btree ("network_id","organisation_id") WHERE "network_memberships"."organisation_id" is not null and "network_memberships"."end_date" is null;--> statement-breakpoint
CREATE INDEX "memberships_network_role_idx" ON "network_memberships" USING btree ("network_id","role");--> statement-breakpoint
CREATE INDEX "memberships_person_idx" ON "network_memberships" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "network_memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "network_parents_parent_idx" ON "network_parents" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "networks_slug_key" ON "networks" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "networks_name_search_idx" ON "networks" USING gin (trellis_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "networks_name_order_idx" ON "networks" USING btree ("name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_national_code_key" ON "organisations" USING btree ("national_code");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_region_idx" ON "organisations" USING btree ("region","municipality");--> statement-breakpoint
CREATE INDEX "organisations_name_search_idx" ON "organisations" USING gin (trellis_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_order_idx" ON "organisations" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "affiliations_person_idx" ON "affiliations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "affiliations_organisation_idx" ON "affiliations" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_key" ON "people" USING btree ("email");--> statement-breakpoint
CREATE INDEX "people_name_search_idx" ON "people" USING gin (trellis_unaccent(lower("display_name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_name_order_idx" ON "people" USING btree ("display_name","id");