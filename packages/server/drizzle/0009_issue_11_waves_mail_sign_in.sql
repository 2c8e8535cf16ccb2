CREATE TYPE "public"."account_link_purpose" AS ENUM('invitation', 'password_reset', 'email_change');--> statement-breakpoint
CREATE TYPE "public"."respondent_choice" AS ENUM('everyone', 'organisations', 'roles', 'people');--> statement-breakpoint
CREATE TYPE "public"."mail_category" AS ENUM('surveys', 'introductions');--> statement-breakpoint
CREATE TYPE "public"."mail_kind" AS ENUM('account_invitation', 'network_added', 'password_reset', 'email_change_confirm', 'email_change_notice', 'survey_invitation', 'survey_reminder', 'introduction_request', 'introduction_accepted');--> statement-breakpoint
CREATE TYPE "public"."mail_status" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "oidc_identities" (
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oidc_identities_issuer_subject_pk" PRIMARY KEY("issuer","subject")
);
--> statement-breakpoint
CREATE TABLE "oidc_logins" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"next" text,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" "account_link_purpose" NOT NULL,
	"new_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "survey_wave_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" uuid NOT NULL,
	"organisation_id" uuid,
	"person_id" uuid,
	CONSTRAINT "survey_wave_targets_one" CHECK (("survey_wave_targets"."organisation_id" is null) <> ("survey_wave_targets"."person_id" is null))
);
--> statement-breakpoint
CREATE TABLE "network_analysis_settings" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"main_survey_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_signing_key" (
	"id" integer PRIMARY KEY NOT NULL,
	"key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_unsubscribes" (
	"person_id" uuid NOT NULL,
	"category" "mail_category" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_unsubscribes_person_id_category_pk" PRIMARY KEY("person_id","category")
);
--> statement-breakpoint
CREATE TABLE "mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "mail_kind" NOT NULL,
	"person_id" uuid,
	"to_address" text NOT NULL,
	"locale" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" "mail_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"network_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"declined_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD COLUMN "frequency_scale_es" text[];--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "respondents" "respondent_choice" DEFAULT 'everyone' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "respondent_roles" "membership_role"[];--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "title_es" text;--> statement-breakpoint
ALTER TABLE "oidc_identities" ADD CONSTRAINT "oidc_identities_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_links" ADD CONSTRAINT "account_links_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_wave_targets" ADD CONSTRAINT "survey_wave_targets_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_wave_targets" ADD CONSTRAINT "survey_wave_targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_wave_targets" ADD CONSTRAINT "survey_wave_targets_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_analysis_settings" ADD CONSTRAINT "network_analysis_settings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_analysis_settings" ADD CONSTRAINT "network_analysis_settings_main_survey_id_surveys_id_fk" FOREIGN KEY ("main_survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_analysis_settings" ADD CONSTRAINT "network_analysis_settings_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_unsubscribes" ADD CONSTRAINT "mail_unsubscribes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mails" ADD CONSTRAINT "mails_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_target_id_people_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oidc_identities_person_idx" ON "oidc_identities" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "oidc_logins_expires_idx" ON "oidc_logins" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "account_links_person_idx" ON "account_links" USING btree ("person_id","purpose","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_wave_targets_organisation_key" ON "survey_wave_targets" USING btree ("wave_id","organisation_id") WHERE "survey_wave_targets"."organisation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_wave_targets_person_key" ON "survey_wave_targets" USING btree ("wave_id","person_id") WHERE "survey_wave_targets"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "mails_due_idx" ON "mails" USING btree ("next_attempt_at") WHERE "mails"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "mails_outbox_idx" ON "mails" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "mails_person_idx" ON "mails" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "introductions_requester_idx" ON "introductions" USING btree ("requester_id","created_at");--> statement-breakpoint
CREATE INDEX "introductions_target_idx" ON "introductions" USING btree ("target_id");