-- Typo search compared the query with trellis_unaccent(lower(title)), recomputed for every candidate
-- row the trigram index returned (its recheck, then word_similarity): most of a typo search's time.
-- The folded title is now stored once per write and indexed itself.
DROP INDEX "resources_title_search_idx";--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (trellis_unaccent(lower(title))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "resources_title_folded_idx" ON "resources" USING gin ("title_folded" gin_trgm_ops);