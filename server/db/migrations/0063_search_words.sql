-- Search's vocabulary (issue 15): the fuzzy path looks a misspelt word up among the distinct words of
-- names (a few thousand, whatever the history), then reads the records that hold the words it found
-- from a GIN index of each name's words — instead of walking a trigram index over every name.
--
-- korsa_words: a text's distinct folded words ("Öresundsvarvet AB, Malmö" → {ab, malmo, oresundsvarvet}).
CREATE OR REPLACE FUNCTION korsa_words(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(array_agg(DISTINCT w), '{}') FROM regexp_split_to_table(public.korsa_fold($1), '[^[:alnum:]]+') AS w WHERE w <> '' $$;
--> statement-breakpoint
-- The words of every account's name and city, contact's name and deal's name (deleted ones too: they
-- can be restored). A rename or a delete leaves the old word behind, which finds nothing; a rebuild
-- (`korsa rebuild-read-models search`) drops such words.
CREATE TABLE search_words (word text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX search_words_trgm ON search_words USING gist (word gist_trgm_ops);
--> statement-breakpoint
CREATE INDEX accounts_name_words ON accounts USING gin (korsa_words(name)) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX accounts_city_words ON accounts USING gin (korsa_words(city)) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX contacts_name_words ON contacts USING gin (korsa_words(first_name || ' ' || last_name)) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX opportunities_name_words ON opportunities USING gin (korsa_words(name)) WHERE deleted_at IS NULL;
--> statement-breakpoint
-- The words of the rows a statement inserted (one statement per import batch), in word order so that two
-- transactions adding the same new words wait for each other instead of deadlocking.
CREATE OR REPLACE FUNCTION korsa_search_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'accounts' THEN
    INSERT INTO search_words (word)
      SELECT DISTINCT w FROM new_rows r, unnest(korsa_words(r.name) || coalesce(korsa_words(r.city), '{}')) AS w ORDER BY w
      ON CONFLICT DO NOTHING;
  ELSIF TG_TABLE_NAME = 'contacts' THEN
    INSERT INTO search_words (word)
      SELECT DISTINCT w FROM new_rows r, unnest(korsa_words(r.first_name || ' ' || r.last_name)) AS w ORDER BY w
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_words (word)
      SELECT DISTINCT w FROM new_rows r, unnest(korsa_words(r.name)) AS w ORDER BY w
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A renamed row's words (only when a name or the city changed: a win does not come here).
CREATE OR REPLACE FUNCTION korsa_search_words_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'accounts' THEN
    INSERT INTO search_words (word)
      SELECT DISTINCT w FROM unnest(korsa_words(NEW.name) || coalesce(korsa_words(NEW.city), '{}')) AS w ORDER BY w ON CONFLICT DO NOTHING;
  ELSIF TG_TABLE_NAME = 'contacts' THEN
    INSERT INTO search_words (word)
      SELECT w FROM unnest(korsa_words(NEW.first_name || ' ' || NEW.last_name)) AS w ORDER BY w ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_words (word) SELECT w FROM unnest(korsa_words(NEW.name)) AS w ORDER BY w ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER accounts_search_words_inserted AFTER INSERT ON accounts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION korsa_search_words_inserted();
--> statement-breakpoint
CREATE TRIGGER contacts_search_words_inserted AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION korsa_search_words_inserted();
--> statement-breakpoint
CREATE TRIGGER opportunities_search_words_inserted AFTER INSERT ON opportunities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION korsa_search_words_inserted();
--> statement-breakpoint
CREATE TRIGGER accounts_search_words_renamed AFTER UPDATE OF name, city ON accounts FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.city IS DISTINCT FROM NEW.city) EXECUTE FUNCTION korsa_search_words_renamed();
--> statement-breakpoint
CREATE TRIGGER contacts_search_words_renamed AFTER UPDATE OF first_name, last_name ON contacts FOR EACH ROW
  WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name)
  EXECUTE FUNCTION korsa_search_words_renamed();
--> statement-breakpoint
CREATE TRIGGER opportunities_search_words_renamed AFTER UPDATE OF name ON opportunities FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION korsa_search_words_renamed();
--> statement-breakpoint
INSERT INTO search_words (word)
  SELECT w FROM accounts a, unnest(korsa_words(a.name) || coalesce(korsa_words(a.city), '{}')) AS w
  UNION SELECT w FROM contacts c, unnest(korsa_words(c.first_name || ' ' || c.last_name)) AS w
  UNION SELECT w FROM opportunities o, unnest(korsa_words(o.name)) AS w;
