-- The overview resolves a year's targets for its scopes from every target row of the year and every
-- active seller's place (domain/targets.ts resolveTargets): thousands of rows in a large company, read
-- on each request. targets/service.ts keeps the resolver until either source changes; this stamp says
-- when. A transaction that writes the targets, or a user's place, role, activity or name, sets a new
-- random stamp once, when it commits (a deferred constraint trigger: the row is locked only for the
-- commit, so writers of targets do not wait on one another through it, and a restored or failed-over
-- database never shows an old stamp with new rows). A reader reads the stamp before the rows, so it
-- never keeps rows older than the stamp it keeps them under.
CREATE TABLE "target_sources_stamp" (
	"id" smallint PRIMARY KEY CHECK ("id" = 1),
	"stamp" uuid NOT NULL
);
--> statement-breakpoint
INSERT INTO "target_sources_stamp" ("id", "stamp") VALUES (1, gen_random_uuid());
--> statement-breakpoint
CREATE FUNCTION korsa_target_sources_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.target_sources_changed', true) IS DISTINCT FROM 'on' THEN
    UPDATE target_sources_stamp SET stamp = gen_random_uuid() WHERE id = 1;
    PERFORM set_config('korsa.target_sources_changed', 'on', true);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER target_sources_changed AFTER INSERT OR UPDATE OR DELETE ON targets
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION korsa_target_sources_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER target_sources_changed AFTER INSERT OR DELETE ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION korsa_target_sources_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER target_sources_placed AFTER UPDATE OF role, active, sales_group_id, market_id, name ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION korsa_target_sources_changed();
