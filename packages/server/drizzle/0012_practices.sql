CREATE TYPE "public"."adoption_mode" AS ENUM('adopted', 'adapted', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."evidence_direction" AS ENUM('supports', 'contrasts', 'mixed');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('study', 'platform_data', 'testimony');--> statement-breakpoint
CREATE TABLE "adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"from_school_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"mode" "adoption_mode" NOT NULL,
	"adaptation" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adoptions_not_from_itself" CHECK ("adoptions"."school_id" <> "adoptions"."from_school_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"direction" "evidence_direction" NOT NULL,
	"kind" "evidence_kind" NOT NULL,
	"level" smallint NOT NULL,
	"summary" text NOT NULL,
	"setting" text DEFAULT '' NOT NULL,
	"participants" integer,
	"schools" integer,
	"effect" text,
	"url" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_items_level" CHECK ("evidence_items"."level" between 1 and 5),
	CONSTRAINT "evidence_items_participants" CHECK ("evidence_items"."participants" is null or "evidence_items"."participants" >= 0),
	CONSTRAINT "evidence_items_schools" CHECK ("evidence_items"."schools" is null or "evidence_items"."schools" >= 0)
);
--> statement-breakpoint
CREATE TABLE "practice_resources" (
	"practice_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "practice_resources_practice_id_resource_id_pk" PRIMARY KEY("practice_id","resource_id")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"claim" text NOT NULL,
	"components" text[] DEFAULT '{}' NOT NULL,
	"language" "content_language" NOT NULL,
	"school_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_from_school_id_organisations_id_fk" FOREIGN KEY ("from_school_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_resources" ADD CONSTRAINT "practice_resources_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_resources" ADD CONSTRAINT "practice_resources_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "adoptions_practice_school_key" ON "adoptions" USING btree ("practice_id","school_id");--> statement-breakpoint
CREATE INDEX "adoptions_practice_started_idx" ON "adoptions" USING btree ("practice_id","started_on");--> statement-breakpoint
CREATE INDEX "evidence_items_practice_idx" ON "evidence_items" USING btree ("practice_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_resources_resource_idx" ON "practice_resources" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "practices_network_idx" ON "practices" USING btree ("network_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "practices_school_idx" ON "practices" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "practices_title_search_idx" ON "practices" USING gin (trellis_unaccent(lower("title")) gin_trgm_ops);