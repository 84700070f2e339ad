ALTER TABLE "organisation" ADD COLUMN "timed_out_after_months" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "stale_after_days" integer DEFAULT 30 NOT NULL;