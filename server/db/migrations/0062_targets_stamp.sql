-- The overview resolves a year's targets for its scopes from every target row of the year and every
-- active seller's place (domain/targets.ts resolveTargets): thousands of rows in a large company, read
-- on each request. targets/service.ts keeps the resolver until either source changes; this stamp says
-- when. Every statement that writes the targets, or a user's place, role, activity or name, advances
-- it in its own transaction, so a reader that reads the stamp before the rows never keeps rows older
-- than the stamp it keeps them under.
CREATE TABLE "target_sources_stamp" (
	"id" smallint PRIMARY KEY CHECK ("id" = 1),
	"stamp" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "target_sources_stamp" ("id", "stamp") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION korsa_target_sources_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE target_sources_stamp SET stamp = stamp + 1 WHERE id = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER target_sources_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON targets
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_target_sources_changed();
--> statement-breakpoint
CREATE TRIGGER target_sources_changed AFTER INSERT OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_target_sources_changed();
--> statement-breakpoint
CREATE TRIGGER target_sources_placed AFTER UPDATE OF role, active, sales_group_id, market_id, name ON users
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_target_sources_changed();
