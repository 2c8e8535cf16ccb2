CREATE TYPE "public"."content_language" AS ENUM('es', 'en');--> statement-breakpoint
CREATE TYPE "public"."resource_licence" AS ENUM('CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-ND-4.0');--> statement-breakpoint
CREATE TYPE "public"."resource_stage" AS ENUM('early_years', 'primary', 'secondary', 'upper_secondary', 'vocational', 'adult', 'all');--> statement-breakpoint
CREATE TYPE "public"."resource_type" AS ENUM('card', 'plan', 'project', 'protocol', 'programme', 'lesson', 'toolkit');--> statement-breakpoint
CREATE TYPE "public"."resource_visibility" AS ENUM('draft', 'network', 'public');--> statement-breakpoint
CREATE TABLE "resource_authors" (
	"resource_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "resource_authors_resource_id_person_id_pk" PRIMARY KEY("resource_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "resource_versions" (
	"resource_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"edited_by_id" uuid,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_versions_resource_id_version_pk" PRIMARY KEY("resource_id","version")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "resource_type" NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"language" "content_language" NOT NULL,
	"stages" "resource_stage"[] DEFAULT '{}' NOT NULL,
	"subjects" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"licence" "resource_licence" NOT NULL,
	"visibility" "resource_visibility" DEFAULT 'draft' NOT NULL,
	"network_id" uuid,
	"organisation_id" uuid,
	"based_on_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resource_authors" ADD CONSTRAINT "resource_authors_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_authors" ADD CONSTRAINT "resource_authors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_versions" ADD CONSTRAINT "resource_versions_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_versions" ADD CONSTRAINT "resource_versions_edited_by_id_people_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_based_on_id_resources_id_fk" FOREIGN KEY ("based_on_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resource_authors_person_idx" ON "resource_authors" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "resources_network_idx" ON "resources" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "resources_based_on_idx" ON "resources" USING btree ("based_on_id");--> statement-breakpoint
CREATE INDEX "resources_updated_idx" ON "resources" USING btree ("updated_at","id");