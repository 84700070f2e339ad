CREATE TABLE "rm_ledger" (
	"day" date,
	"by" smallint NOT NULL,
	"party_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"given" integer NOT NULL,
	"to_opportunity" integer NOT NULL,
	"won" integer NOT NULL,
	"won_value" numeric NOT NULL,
	"received" integer NOT NULL,
	"answered" integer NOT NULL,
	"accepted" integer NOT NULL,
	"reported" integer NOT NULL,
	CONSTRAINT "rm_ledger_key" UNIQUE NULLS NOT DISTINCT("day","by","party_id","currency")
);
--> statement-breakpoint
CREATE TABLE "rm_ledger_answers" (
	"day" date,
	"by" smallint NOT NULL,
	"party_id" uuid NOT NULL,
	"hours" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rm_ledger_answers_key" UNIQUE NULLS NOT DISTINCT("day","by","party_id","hours")
);
--> statement-breakpoint
CREATE TABLE "rm_ledger_flows" (
	"day" date,
	"from_group_id" uuid,
	"to_group_id" uuid NOT NULL,
	"count" integer NOT NULL,
	"won" integer NOT NULL,
	CONSTRAINT "rm_ledger_flows_key" UNIQUE NULLS NOT DISTINCT("day","from_group_id","to_group_id")
);
--> statement-breakpoint
CREATE TABLE "rm_ledger_handoffs" (
	"handoff_id" uuid PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"giver_id" uuid,
	"giver_group_id" uuid,
	"to_user_id" uuid,
	"to_group_id" uuid,
	"linked" boolean NOT NULL,
	"won" boolean NOT NULL,
	"currency" text,
	"value" numeric,
	"answered" boolean NOT NULL,
	"answer_hours" integer,
	"accepted" boolean NOT NULL,
	"reported" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rm_matrix_cells" (
	"account_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"counted" boolean NOT NULL,
	"market_id" uuid,
	"industry" text,
	"size" text,
	"status" text NOT NULL,
	"held_open" boolean NOT NULL,
	"held_until" date,
	"one_off_on" date,
	"owned" boolean NOT NULL,
	"pipeline" integer NOT NULL,
	"mark" text,
	CONSTRAINT "rm_matrix_cells_account_id_product_id_pk" PRIMARY KEY("account_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "rm_matrix_counts" (
	"level" smallint NOT NULL,
	"market_id" uuid,
	"industry" text,
	"size" text,
	"status" text,
	"product_id" uuid,
	"accounts" integer NOT NULL,
	"owned" integer NOT NULL,
	"pipeline" integer NOT NULL,
	"potential" integer NOT NULL,
	CONSTRAINT "rm_matrix_counts_key" UNIQUE NULLS NOT DISTINCT("level","market_id","industry","size","status","product_id")
);
--> statement-breakpoint
CREATE TABLE "rm_matrix_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"today" date NOT NULL,
	"since" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX "handoffs_opportunity_idx" ON "handoffs" USING btree ("opportunity_id");