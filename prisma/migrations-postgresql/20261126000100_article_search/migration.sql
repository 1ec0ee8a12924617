-- Full-text search over headline + text (PostgreSQL tsvector). Only lib/db/search-postgres.ts queries it.
-- One text search configuration per article language, accents folded like FTS5's
-- remove_diacritics: French stemming for "fr", English for "en", no stemming for anything else.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION parallax_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION parallax_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION parallax_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION parallax_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION parallax_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION parallax_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- A STORED generated column needs an IMMUTABLE expression: a CASE over literal configurations is.
CREATE FUNCTION parallax_ts_config(lang TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE lang WHEN 'fr' THEN 'parallax_fr'::regconfig WHEN 'en' THEN 'parallax_en'::regconfig ELSE 'parallax_simple'::regconfig END $$;

ALTER TABLE "articles" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(parallax_ts_config("language"), "headline"), 'A') ||
  setweight(to_tsvector(parallax_ts_config("language"), "text"), 'B')
) STORED;

CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("search");
