-- Resource search: text search configurations that fold accents before stemming.
-- Snowball's Spanish stemmer gives "evaluación" → evalu but "evaluacion" → evaluacion, so a query
-- typed without accents would miss accented text under plain `spanish`. trellis_es unaccents each
-- word first; resources in Spanish are indexed with both (see the `search` column), so a query
-- matches whichever way it was typed. trellis_en does the same for English (loanwords, names).
-- Dictionaries are schema-qualified because generated columns and index builds may run with a
-- restricted search_path.
CREATE TEXT SEARCH CONFIGURATION public.trellis_es (COPY = pg_catalog.spanish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.trellis_es
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.spanish_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.trellis_en (COPY = pg_catalog.english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.trellis_en
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.english_stem;--> statement-breakpoint
-- array_to_string is STABLE (element output functions may depend on settings), so a generated
-- column refuses it; for text[] its result is fixed, which makes this IMMUTABLE wrapper safe.
CREATE OR REPLACE FUNCTION trellis_join_words(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT pg_catalog.array_to_string($1, ' ') $$;
