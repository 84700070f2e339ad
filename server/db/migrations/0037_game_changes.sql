-- The game computes a season from its sources each time (server/modules/game/events.ts) and keeps the
-- result until a source changes (season-cache.ts). Every statement that changes a source advances the
-- `game_changes` sequence (a stamp a request compares; a sequence, so writers never wait on one another)
-- and announces `game_changed` on the live channel, heard by every server instance after the commit.
CREATE SEQUENCE game_changes;
--> statement-breakpoint
CREATE FUNCTION korsa_game_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('game_changes');
  PERFORM pg_notify('korsa_live', '{"type":"game_changed"}');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER game_changed AFTER INSERT OR UPDATE OR DELETE ON handoffs FOR EACH STATEMENT EXECUTE FUNCTION korsa_game_changed();
--> statement-breakpoint
CREATE TRIGGER game_changed AFTER INSERT OR UPDATE OR DELETE ON handoff_updates FOR EACH STATEMENT EXECUTE FUNCTION korsa_game_changed();
--> statement-breakpoint
CREATE TRIGGER game_changed AFTER INSERT OR UPDATE OR DELETE ON activities FOR EACH STATEMENT EXECUTE FUNCTION korsa_game_changed();
--> statement-breakpoint
CREATE TRIGGER game_changed AFTER INSERT OR UPDATE OR DELETE ON opportunities FOR EACH STATEMENT EXECUTE FUNCTION korsa_game_changed();
--> statement-breakpoint
CREATE TRIGGER game_changed AFTER INSERT OR UPDATE OR DELETE ON joint_visits FOR EACH STATEMENT EXECUTE FUNCTION korsa_game_changed();
--> statement-breakpoint
CREATE TRIGGER game_changed AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION korsa_game_changed();
--> statement-breakpoint
CREATE TRIGGER game_changed AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION korsa_game_changed();
