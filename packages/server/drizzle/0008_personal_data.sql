CREATE TYPE "public"."erased_ties_choice" AS ENUM('tombstone', 'remove');--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "erased_ties" "erased_ties_choice" DEFAULT 'tombstone' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "erased_at" timestamp with time zone;