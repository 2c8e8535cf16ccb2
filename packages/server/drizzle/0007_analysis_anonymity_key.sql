ALTER TABLE "analyses" ADD COLUMN "anonymity_key" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
-- Maps laid out before this started their layout from each node's index, which is the order of
-- person ids: the positions could be lined up with the people. The runner lays them out again.
DELETE FROM "analysis_maps";
