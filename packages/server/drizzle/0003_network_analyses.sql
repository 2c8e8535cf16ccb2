CREATE TYPE "public"."analysis_level" AS ENUM('people', 'organisations');--> statement-breakpoint
CREATE TYPE "public"."analysis_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"wave_id" uuid,
	"relation" "relation_type",
	"level" "analysis_level" NOT NULL,
	"status" "analysis_status" DEFAULT 'queued' NOT NULL,
	"graph" jsonb,
	"error" text,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "analysis_nodes" (
	"analysis_id" uuid NOT NULL,
	"index" integer NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"outside_label" text,
	"in_network" boolean NOT NULL,
	"degree" integer NOT NULL,
	"in_degree" integer,
	"out_degree" integer,
	"betweenness" double precision NOT NULL,
	"closeness" double precision NOT NULL,
	"eigenvector" double precision,
	"pagerank" double precision NOT NULL,
	"clustering" double precision NOT NULL,
	"core" integer NOT NULL,
	"constraint" double precision,
	"effective_size" double precision,
	"community" integer NOT NULL,
	"brokerage_role" text,
	"isolate" boolean NOT NULL,
	CONSTRAINT "analysis_nodes_analysis_id_index_pk" PRIMARY KEY("analysis_id","index")
);
--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_nodes" ADD CONSTRAINT "analysis_nodes_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analyses_network_idx" ON "analyses" USING btree ("network_id","requested_at");--> statement-breakpoint
CREATE INDEX "analyses_status_idx" ON "analyses" USING btree ("status");