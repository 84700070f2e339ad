CREATE TABLE "read_model_builds" (
	"name" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rm_outcomes" (
	"level" smallint NOT NULL,
	"market_id" uuid,
	"sales_group_id" uuid,
	"owner_id" uuid,
	"closed_on" date NOT NULL,
	"outcome" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rm_outcomes_key" UNIQUE NULLS NOT DISTINCT("level","market_id","sales_group_id","owner_id","closed_on","outcome")
);
--> statement-breakpoint
CREATE TABLE "rm_pipeline" (
	"level" smallint NOT NULL,
	"market_id" uuid,
	"sales_group_id" uuid,
	"owner_id" uuid,
	"stage_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"close_year" integer,
	"count" integer NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "rm_pipeline_key" UNIQUE NULLS NOT DISTINCT("level","market_id","sales_group_id","owner_id","stage_id","currency","close_year")
);
--> statement-breakpoint
CREATE TABLE "rm_volume" (
	"level" smallint NOT NULL,
	"market_id" uuid,
	"sales_group_id" uuid,
	"owner_id" uuid,
	"month" date NOT NULL,
	"channel" text NOT NULL,
	"currency" text NOT NULL,
	"amount" numeric NOT NULL,
	CONSTRAINT "rm_volume_key" UNIQUE NULLS NOT DISTINCT("level","market_id","sales_group_id","owner_id","month","channel","currency")
);
--> statement-breakpoint
CREATE TABLE "rm_won_cycles" (
	"level" smallint NOT NULL,
	"market_id" uuid,
	"sales_group_id" uuid,
	"owner_id" uuid,
	"month" date NOT NULL,
	"days" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rm_won_cycles_key" UNIQUE NULLS NOT DISTINCT("level","market_id","sales_group_id","owner_id","month","days")
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "volume_parts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "accepted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "reported" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "opportunities_agreement_ends_idx" ON "opportunities" USING btree ("agreement_ends_on") WHERE "opportunities"."agreement_ends_on" is not null;--> statement-breakpoint
CREATE INDEX "handoffs_created_idx" ON "handoffs" USING btree ("created_at");