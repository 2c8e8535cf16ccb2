CREATE TYPE "public"."relation_type" AS ENUM('advice', 'collaboration', 'resource_sharing', 'trust', 'other');--> statement-breakpoint
CREATE TYPE "public"."response_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."survey_status" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."wave_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."tie_source" AS ENUM('survey', 'import', 'activity');--> statement-breakpoint
CREATE TABLE "survey_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"nominee_id" uuid,
	"outside_name" text,
	"outside_organisation" text,
	"frequency" smallint,
	CONSTRAINT "survey_nominations_one_nominee" CHECK (("survey_nominations"."nominee_id" is null) <> ("survey_nominations"."outside_name" is null))
);
--> statement-breakpoint
CREATE TABLE "survey_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"relation" "relation_type" NOT NULL,
	"prompt_en" text NOT NULL,
	"prompt_es" text NOT NULL,
	"max_nominations" smallint NOT NULL,
	"frequency_scale" text[],
	CONSTRAINT "survey_questions_max_nominations" CHECK ("survey_questions"."max_nominations" between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"status" "response_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_waves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"status" "wave_status" DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_waves_dates_ordered" CHECK ("survey_waves"."closes_on" >= "survey_waves"."opens_on")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" "survey_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"wave_id" uuid,
	"from_person_id" uuid NOT NULL,
	"to_person_id" uuid,
	"to_outside_name" text,
	"to_outside_organisation" text,
	"relation" "relation_type" NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	"source" "tie_source" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ties_one_target" CHECK (("ties"."to_person_id" is null) <> ("ties"."to_outside_name" is null)),
	CONSTRAINT "ties_positive_weight" CHECK ("ties"."weight" > 0)
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "named_map_for_members" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_nominations" ADD CONSTRAINT "survey_nominations_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_nominations" ADD CONSTRAINT "survey_nominations_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_nominations" ADD CONSTRAINT "survey_nominations_nominee_id_people_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_respondent_id_people_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ties" ADD CONSTRAINT "ties_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ties" ADD CONSTRAINT "ties_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ties" ADD CONSTRAINT "ties_from_person_id_people_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ties" ADD CONSTRAINT "ties_to_person_id_people_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_nominations_person_key" ON "survey_nominations" USING btree ("response_id","question_id","nominee_id") WHERE "survey_nominations"."nominee_id" is not null;--> statement-breakpoint
CREATE INDEX "survey_nominations_response_idx" ON "survey_nominations" USING btree ("response_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_questions_position_key" ON "survey_questions" USING btree ("survey_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_respondent_key" ON "survey_responses" USING btree ("wave_id","respondent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_waves_number_key" ON "survey_waves" USING btree ("survey_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_waves_one_open_key" ON "survey_waves" USING btree ("survey_id") WHERE "survey_waves"."status" = 'open';--> statement-breakpoint
CREATE INDEX "surveys_network_idx" ON "surveys" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "ties_network_wave_idx" ON "ties" USING btree ("network_id","wave_id","relation");--> statement-breakpoint
CREATE INDEX "ties_from_idx" ON "ties" USING btree ("from_person_id");--> statement-breakpoint
CREATE INDEX "ties_to_idx" ON "ties" USING btree ("to_person_id");