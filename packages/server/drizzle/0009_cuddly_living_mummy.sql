CREATE TYPE "public"."respondent_choice" AS ENUM('everyone', 'organisations', 'roles', 'people');--> statement-breakpoint
CREATE TABLE "survey_wave_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" uuid NOT NULL,
	"organisation_id" uuid,
	"person_id" uuid,
	CONSTRAINT "survey_wave_targets_one" CHECK (("survey_wave_targets"."organisation_id" is null) <> ("survey_wave_targets"."person_id" is null))
);
--> statement-breakpoint
ALTER TABLE "survey_questions" ADD COLUMN "frequency_scale_es" text[];--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "respondents" "respondent_choice" DEFAULT 'everyone' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "respondent_roles" "membership_role"[];--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "title_es" text;--> statement-breakpoint
ALTER TABLE "survey_wave_targets" ADD CONSTRAINT "survey_wave_targets_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_wave_targets" ADD CONSTRAINT "survey_wave_targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_wave_targets" ADD CONSTRAINT "survey_wave_targets_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_wave_targets_organisation_key" ON "survey_wave_targets" USING btree ("wave_id","organisation_id") WHERE "survey_wave_targets"."organisation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_wave_targets_person_key" ON "survey_wave_targets" USING btree ("wave_id","person_id") WHERE "survey_wave_targets"."person_id" is not null;