-- The opportunity list's default order (expected close date, then id): page 1 walks this index
-- instead of sorting every opportunity (bench/FINDINGS.md #2: 823 ms → 3 ms at 250,000 deals).
CREATE INDEX IF NOT EXISTS "opportunities_close_sort_idx" ON "opportunities" USING btree ("expected_close_on", "id");--> statement-breakpoint
-- The board's column totals for a team: an index-only scan (FINDINGS #4: 157 ms → 9–20 ms).
CREATE INDEX IF NOT EXISTS "opportunities_totals_idx" ON "opportunities" USING btree ("sales_group_id", "process_id", "stage_id", "currency") INCLUDE ("value");--> statement-breakpoint
-- Whether deals have passed through a stage (an admin removing it): no scan of every stage change.
CREATE INDEX IF NOT EXISTS "stage_changes_to_stage_idx" ON "stage_changes" USING btree ("to_stage_id");
