-- Typo correction (resources/search-correction.ts): the table of the bank's words and the trigger that keeps it.
CREATE TABLE "resource_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "resource_words_trgm_idx" ON "resource_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- The vocabulary a misspelt query is corrected against (resources/search-correction.ts): every
-- word of every resource, lower-cased and accent-free, letters only, 3 to 30 of them.
CREATE OR REPLACE FUNCTION public.trellis_words(text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT DISTINCT folded FROM (
    SELECT public.trellis_unaccent(token) AS folded
    FROM unnest(pg_catalog.tsvector_to_array(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, $1))) AS token
  ) AS tokens WHERE folded ~ '^[a-z]{3,30}$' $$;
--> statement-breakpoint
-- One statement trigger per insert or update, over its transition table: an import of thousands of
-- rows adds its words in one insert. The words go in sorted, so two writers adding the same new
-- words take their locks in the same order and cannot deadlock.
CREATE OR REPLACE FUNCTION public.trellis_collect_resource_words() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.resource_words (word)
  SELECT DISTINCT w FROM changed_rows AS r,
    public.trellis_words(r.title || ' ' || r.summary || ' ' || r.body || ' '
      || public.trellis_join_words(r.subjects) || ' ' || public.trellis_join_words(r.tags)) AS w
  ORDER BY w
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER resources_words_on_insert AFTER INSERT ON "resources"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.trellis_collect_resource_words();
--> statement-breakpoint
CREATE TRIGGER resources_words_on_update AFTER UPDATE ON "resources"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.trellis_collect_resource_words();
--> statement-breakpoint
INSERT INTO "resource_words" (word)
SELECT DISTINCT w FROM "resources" AS r,
  public.trellis_words(r.title || ' ' || r.summary || ' ' || r.body || ' '
    || public.trellis_join_words(r.subjects) || ' ' || public.trellis_join_words(r.tags)) AS w
ON CONFLICT (word) DO NOTHING;
