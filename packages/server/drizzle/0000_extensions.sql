-- Name search: trigram similarity over accent-free, lower-cased names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is STABLE (it reads a dictionary), so PostgreSQL will not index it; this wrapper
-- names the dictionary explicitly, which makes declaring it IMMUTABLE safe. Both are schema-qualified
-- because index builds run with a restricted search_path.
CREATE OR REPLACE FUNCTION trellis_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
