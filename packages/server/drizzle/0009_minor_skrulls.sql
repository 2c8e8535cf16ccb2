CREATE TABLE "network_analysis_settings" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"main_survey_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_analysis_settings" ADD CONSTRAINT "network_analysis_settings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_analysis_settings" ADD CONSTRAINT "network_analysis_settings_main_survey_id_surveys_id_fk" FOREIGN KEY ("main_survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_analysis_settings" ADD CONSTRAINT "network_analysis_settings_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;