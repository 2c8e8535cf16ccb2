ALTER TABLE "networks" ADD COLUMN "purpose_es" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "goal_es" text DEFAULT '' NOT NULL;