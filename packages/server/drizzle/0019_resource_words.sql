-- Typo correction (resources/search-correction.ts): the table of the bank's words and the trigger that keeps it.
CREATE TABLE "resource_words" (
	"word" text PRIMARY KEY NOT NULL,
	"form" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "resource_words_trgm_idx" ON "resource_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- The vocabulary a misspelt query is corrected against (resources/search-correction.ts): every
-- word of every resource, lower-cased and accent-free, letters only, 3 to 30 of them, with a form
-- it is written in (accents kept, preferred), which a correction shows. The words
-- are told apart by the `simple` parser and made distinct before they are unaccented and checked:
-- unaccenting and matching each row's every word took four times as long (3.6 s for 10,000 rows).
CREATE OR REPLACE FUNCTION public.trellis_collect_resource_words() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- Sorted, so two writers adding the same new words lock them in the same order: no deadlock.
  INSERT INTO public.resource_words (word, form)
  WITH tokens AS MATERIALIZED (
    SELECT DISTINCT token FROM changed_rows AS r,
      unnest(pg_catalog.tsvector_to_array(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig,
        r.title || ' ' || r.summary || ' ' || r.body || ' ' || public.trellis_join_words(r.subjects)
        || ' ' || public.trellis_join_words(r.tags)))) AS token)
  SELECT DISTINCT ON (folded) folded, token FROM (
    SELECT public.trellis_unaccent(token) AS folded, token FROM tokens) AS words
  WHERE folded ~ '^[a-z]{3,30}$'
  ORDER BY folded, token = folded, token
  -- A form with accents is preferred to one without ("mediación" over "mediacion").
  ON CONFLICT (word) DO UPDATE SET form = excluded.form
    WHERE resource_words.form = resource_words.word AND excluded.form <> excluded.word;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- One statement trigger per insert or update, over its transition table: an import of thousands of
-- rows adds its words in one insert.
CREATE TRIGGER resources_words_on_insert AFTER INSERT ON "resources"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.trellis_collect_resource_words();
--> statement-breakpoint
CREATE TRIGGER resources_words_on_update AFTER UPDATE ON "resources"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.trellis_collect_resource_words();
--> statement-breakpoint
-- The words of the resources already written (the trigger's insert, over the whole table).
INSERT INTO "resource_words" (word, form)
WITH tokens AS MATERIALIZED (
  SELECT DISTINCT token FROM "resources" AS r,
    unnest(pg_catalog.tsvector_to_array(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig,
      r.title || ' ' || r.summary || ' ' || r.body || ' ' || public.trellis_join_words(r.subjects)
      || ' ' || public.trellis_join_words(r.tags)))) AS token)
SELECT DISTINCT ON (folded) folded, token FROM (
  SELECT public.trellis_unaccent(token) AS folded, token FROM tokens) AS words
WHERE folded ~ '^[a-z]{3,30}$'
ORDER BY folded, token = folded, token
ON CONFLICT (word) DO NOTHING;
