-- Collaborative inquiry (issue 13, inquiry/): inquiries and their teams, driver diagrams, PDSA cycles, measures, their points and per-series summaries.
CREATE TYPE "public"."inquiry_model" AS ENUM('spiral', 'improvement');--> statement-breakpoint
CREATE TYPE "public"."inquiry_phase" AS ENUM('scanning', 'focusing', 'hunch', 'learning', 'action', 'checking', 'aim', 'measures', 'change_ideas', 'testing', 'spreading');--> statement-breakpoint
CREATE TYPE "public"."inquiry_status" AS ENUM('active', 'paused', 'concluded');--> statement-breakpoint
CREATE TYPE "public"."inquiry_team_role" AS ENUM('lead', 'member');--> statement-breakpoint
CREATE TYPE "public"."inquiry_visibility" AS ENUM('team', 'network');--> statement-breakpoint
CREATE TYPE "public"."outcome_area" AS ENUM('literacy', 'numeracy', 'science', 'languages', 'attendance', 'wellbeing', 'belonging', 'transitions', 'completion', 'other');--> statement-breakpoint
CREATE TYPE "public"."driver_level" AS ENUM('primary', 'secondary');--> statement-breakpoint
CREATE TYPE "public"."pdsa_decision" AS ENUM('adopt', 'adapt', 'abandon', 'scale_up');--> statement-breakpoint
CREATE TYPE "public"."pdsa_purpose" AS ENUM('collect_information', 'develop', 'test', 'implement');--> statement-breakpoint
CREATE TYPE "public"."measure_direction" AS ENUM('up', 'down');--> statement-breakpoint
CREATE TYPE "public"."measure_kind" AS ENUM('outcome', 'process', 'balancing');--> statement-breakpoint
CREATE TYPE "public"."measure_population" AS ENUM('pupils', 'teachers', 'families', 'other');--> statement-breakpoint
CREATE TYPE "public"."measure_type" AS ENUM('value', 'proportion');--> statement-breakpoint
CREATE TABLE "inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"outcome" "outcome_area" NOT NULL,
	"aim_what" text DEFAULT '' NOT NULL,
	"aim_how_much" text DEFAULT '' NOT NULL,
	"aim_by_when" date,
	"aim_for_whom" text DEFAULT '' NOT NULL,
	"model" "inquiry_model" NOT NULL,
	"phase" "inquiry_phase" NOT NULL,
	"status" "inquiry_status" DEFAULT 'active' NOT NULL,
	"visibility" "inquiry_visibility" DEFAULT 'team' NOT NULL,
	"language" "content_language" NOT NULL,
	"progress_score" numeric(2, 1),
	"progress_reason" text,
	"progress_confirmed_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inquiries_progress_score" CHECK ("inquiries"."progress_score" is null or ("inquiries"."progress_score" between 0.5 and 5 and mod("inquiries"."progress_score" * 2, 1) = 0))
);
--> statement-breakpoint
CREATE TABLE "inquiry_people" (
	"inquiry_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "inquiry_team_role" DEFAULT 'member' NOT NULL,
	CONSTRAINT "inquiry_people_inquiry_id_person_id_pk" PRIMARY KEY("inquiry_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "inquiry_phases" (
	"inquiry_id" uuid NOT NULL,
	"phase" "inquiry_phase" NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inquiry_phases_inquiry_id_phase_pk" PRIMARY KEY("inquiry_id","phase"),
	CONSTRAINT "inquiry_phases_dates" CHECK ("inquiry_phases"."ended_on" is null or "inquiry_phases"."ended_on" >= "inquiry_phases"."started_on")
);
--> statement-breakpoint
CREATE TABLE "inquiry_schools" (
	"inquiry_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "inquiry_schools_inquiry_id_organisation_id_pk" PRIMARY KEY("inquiry_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "change_idea_drivers" (
	"change_idea_id" uuid NOT NULL,
	"driver_id" uuid NOT NULL,
	CONSTRAINT "change_idea_drivers_change_idea_id_driver_id_pk" PRIMARY KEY("change_idea_id","driver_id")
);
--> statement-breakpoint
CREATE TABLE "change_idea_practices" (
	"change_idea_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	CONSTRAINT "change_idea_practices_change_idea_id_practice_id_pk" PRIMARY KEY("change_idea_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "change_idea_resources" (
	"change_idea_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	CONSTRAINT "change_idea_resources_change_idea_id_resource_id_pk" PRIMARY KEY("change_idea_id","resource_id")
);
--> statement-breakpoint
CREATE TABLE "change_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drivers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"level" "driver_level" NOT NULL,
	"parent_id" uuid,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "drivers_parent_by_level" CHECK (("drivers"."level" = 'primary' and "drivers"."parent_id" is null) or ("drivers"."level" = 'secondary' and "drivers"."parent_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "pdsa_cycle_schools" (
	"cycle_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "pdsa_cycle_schools_cycle_id_organisation_id_pk" PRIMARY KEY("cycle_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "pdsa_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"change_idea_id" uuid NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" "pdsa_purpose" NOT NULL,
	"plan" text DEFAULT '' NOT NULL,
	"data_plan" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"observations" text DEFAULT '' NOT NULL,
	"comparison" text DEFAULT '' NOT NULL,
	"decision" "pdsa_decision",
	"decision_note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pdsa_cycles_dates" CHECK ("pdsa_cycles"."ends_on" >= "pdsa_cycles"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "pdsa_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"question" text NOT NULL,
	"prediction" text NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_annotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"period" date NOT NULL,
	"text" text NOT NULL,
	"cycle_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"label" text NOT NULL,
	"cycle_id" uuid,
	"confirmed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"period" date NOT NULL,
	"value" double precision,
	"numerator" integer,
	"denominator" integer,
	"note" text DEFAULT '' NOT NULL,
	"entered_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_points_value_or_fraction" CHECK (("measure_points"."value" is not null and "measure_points"."numerator" is null and "measure_points"."denominator" is null)
        or ("measure_points"."value" is null and "measure_points"."numerator" >= 0 and "measure_points"."denominator" > 0 and "measure_points"."numerator" <= "measure_points"."denominator"))
);
--> statement-breakpoint
CREATE TABLE "measure_series" (
	"measure_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"first_period" date NOT NULL,
	"last_period" date NOT NULL,
	"better" boolean NOT NULL,
	"worse" boolean NOT NULL,
	"judged" boolean NOT NULL,
	"recent" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_series_measure_id_school_id_pk" PRIMARY KEY("measure_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"change_idea_id" uuid,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"kind" "measure_kind" NOT NULL,
	"type" "measure_type" NOT NULL,
	"direction" "measure_direction" NOT NULL,
	"population" "measure_population" NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"target" double precision,
	"baseline_ends_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_people" ADD CONSTRAINT "inquiry_people_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_people" ADD CONSTRAINT "inquiry_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_phases" ADD CONSTRAINT "inquiry_phases_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_schools" ADD CONSTRAINT "inquiry_schools_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiry_schools" ADD CONSTRAINT "inquiry_schools_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_idea_drivers" ADD CONSTRAINT "change_idea_drivers_change_idea_id_change_ideas_id_fk" FOREIGN KEY ("change_idea_id") REFERENCES "public"."change_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_idea_drivers" ADD CONSTRAINT "change_idea_drivers_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_idea_practices" ADD CONSTRAINT "change_idea_practices_change_idea_id_change_ideas_id_fk" FOREIGN KEY ("change_idea_id") REFERENCES "public"."change_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_idea_practices" ADD CONSTRAINT "change_idea_practices_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_idea_resources" ADD CONSTRAINT "change_idea_resources_change_idea_id_change_ideas_id_fk" FOREIGN KEY ("change_idea_id") REFERENCES "public"."change_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_idea_resources" ADD CONSTRAINT "change_idea_resources_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_ideas" ADD CONSTRAINT "change_ideas_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drivers" ADD CONSTRAINT "drivers_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drivers" ADD CONSTRAINT "drivers_parent_id_drivers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pdsa_cycle_schools" ADD CONSTRAINT "pdsa_cycle_schools_cycle_id_pdsa_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."pdsa_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pdsa_cycle_schools" ADD CONSTRAINT "pdsa_cycle_schools_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pdsa_cycles" ADD CONSTRAINT "pdsa_cycles_change_idea_id_change_ideas_id_fk" FOREIGN KEY ("change_idea_id") REFERENCES "public"."change_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pdsa_cycles" ADD CONSTRAINT "pdsa_cycles_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pdsa_cycles" ADD CONSTRAINT "pdsa_cycles_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pdsa_questions" ADD CONSTRAINT "pdsa_questions_cycle_id_pdsa_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."pdsa_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_annotations" ADD CONSTRAINT "measure_annotations_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_annotations" ADD CONSTRAINT "measure_annotations_cycle_id_pdsa_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."pdsa_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_annotations" ADD CONSTRAINT "measure_annotations_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_phases" ADD CONSTRAINT "measure_phases_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_phases" ADD CONSTRAINT "measure_phases_cycle_id_pdsa_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."pdsa_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_phases" ADD CONSTRAINT "measure_phases_confirmed_by_id_people_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_points" ADD CONSTRAINT "measure_points_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_points" ADD CONSTRAINT "measure_points_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_points" ADD CONSTRAINT "measure_points_entered_by_id_people_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_series" ADD CONSTRAINT "measure_series_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_series" ADD CONSTRAINT "measure_series_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_change_idea_id_change_ideas_id_fk" FOREIGN KEY ("change_idea_id") REFERENCES "public"."change_ideas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inquiries_network_idx" ON "inquiries" USING btree ("network_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "inquiries_title_search_idx" ON "inquiries" USING gin (trellis_unaccent(lower("title")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "inquiry_people_person_idx" ON "inquiry_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "inquiry_schools_organisation_idx" ON "inquiry_schools" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "change_idea_drivers_driver_idx" ON "change_idea_drivers" USING btree ("driver_id");--> statement-breakpoint
CREATE INDEX "change_idea_practices_practice_idx" ON "change_idea_practices" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "change_idea_resources_resource_idx" ON "change_idea_resources" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "change_ideas_inquiry_idx" ON "change_ideas" USING btree ("inquiry_id","position");--> statement-breakpoint
CREATE INDEX "drivers_inquiry_idx" ON "drivers" USING btree ("inquiry_id","position");--> statement-breakpoint
CREATE INDEX "pdsa_cycle_schools_organisation_idx" ON "pdsa_cycle_schools" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "pdsa_cycles_inquiry_idx" ON "pdsa_cycles" USING btree ("inquiry_id","starts_on");--> statement-breakpoint
CREATE INDEX "pdsa_cycles_change_idea_idx" ON "pdsa_cycles" USING btree ("change_idea_id","starts_on");--> statement-breakpoint
CREATE INDEX "pdsa_questions_cycle_idx" ON "pdsa_questions" USING btree ("cycle_id","position");--> statement-breakpoint
CREATE INDEX "measure_annotations_measure_idx" ON "measure_annotations" USING btree ("measure_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_phases_start_key" ON "measure_phases" USING btree ("measure_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_points_series_key" ON "measure_points" USING btree ("measure_id","school_id","period");--> statement-breakpoint
CREATE INDEX "measure_series_school_idx" ON "measure_series" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "measures_inquiry_idx" ON "measures" USING btree ("inquiry_id","position");