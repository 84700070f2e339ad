CREATE TABLE "data_retention_rules" (
	"kind" text PRIMARY KEY NOT NULL,
	"months" integer NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_count" integer
);
--> statement-breakpoint
ALTER TABLE "data_retention_rules" ADD CONSTRAINT "data_retention_rules_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;