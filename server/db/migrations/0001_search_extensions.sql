-- Trigram search tolerant of typos and of Nordic letters (å ä ö æ ø): pg_trgm and unaccent are
-- trusted extensions (PostgreSQL 13+) and ship with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE; this wrapper with an explicit dictionary is IMMUTABLE so it can be indexed.
-- "Malmö" → "malmo", "Bjørn" → "bjorn", "Ærø" → "aero".
CREATE OR REPLACE FUNCTION korsa_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
