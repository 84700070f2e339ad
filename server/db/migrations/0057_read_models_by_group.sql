CREATE INDEX "rm_outcomes_group_idx" ON "rm_outcomes" USING btree ("level","sales_group_id","closed_on");--> statement-breakpoint
CREATE INDEX "rm_pipeline_group_idx" ON "rm_pipeline" USING btree ("level","sales_group_id","close_year");--> statement-breakpoint
CREATE INDEX "rm_volume_group_idx" ON "rm_volume" USING btree ("level","sales_group_id","month");