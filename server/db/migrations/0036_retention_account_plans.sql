CREATE TABLE "churn_reasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text,
	"label" text,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 100 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "churn_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"account_id" uuid NOT NULL,
	"opportunity_id" uuid,
	"reason_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"lost_value" numeric(16, 2) DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"product_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"market_id" uuid,
	"recorded_by_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"template" text DEFAULT 'light' NOT NULL,
	"year" integer NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"target_amount" numeric(16, 2) DEFAULT 0 NOT NULL,
	"risks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_on" date,
	"last_reviewed_at" timestamp with time zone,
	"review_task_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_plan_stakeholders" (
	"plan_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"role" text NOT NULL,
	"influence" text NOT NULL,
	"attitude" text NOT NULL,
	"relationship_owner_id" uuid,
	CONSTRAINT "account_plan_stakeholders_plan_id_contact_id_pk" PRIMARY KEY("plan_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "account_plan_white_space" (
	"plan_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"next_step" text DEFAULT '' NOT NULL,
	CONSTRAINT "account_plan_white_space_plan_id_product_id_pk" PRIMARY KEY("plan_id","product_id")
);
--> statement-breakpoint
ALTER TABLE "churn_records" ADD CONSTRAINT "churn_records_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "churn_records" ADD CONSTRAINT "churn_records_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "churn_records" ADD CONSTRAINT "churn_records_reason_id_churn_reasons_id_fk" FOREIGN KEY ("reason_id") REFERENCES "public"."churn_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "churn_records" ADD CONSTRAINT "churn_records_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "churn_records" ADD CONSTRAINT "churn_records_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plans" ADD CONSTRAINT "account_plans_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plans" ADD CONSTRAINT "account_plans_review_task_id_tasks_id_fk" FOREIGN KEY ("review_task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plans" ADD CONSTRAINT "account_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_actions" ADD CONSTRAINT "account_plan_actions_plan_id_account_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."account_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_actions" ADD CONSTRAINT "account_plan_actions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_stakeholders" ADD CONSTRAINT "account_plan_stakeholders_plan_id_account_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."account_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_stakeholders" ADD CONSTRAINT "account_plan_stakeholders_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_stakeholders" ADD CONSTRAINT "account_plan_stakeholders_relationship_owner_id_users_id_fk" FOREIGN KEY ("relationship_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_white_space" ADD CONSTRAINT "account_plan_white_space_plan_id_account_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."account_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_plan_white_space" ADD CONSTRAINT "account_plan_white_space_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "churn_reasons_key" ON "churn_reasons" USING btree ("key");--> statement-breakpoint
CREATE INDEX "churn_records_occurred_idx" ON "churn_records" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "churn_records_account_idx" ON "churn_records" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_plans_account_key" ON "account_plans" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "account_plan_actions_plan_idx" ON "account_plan_actions" USING btree ("plan_id");--> statement-breakpoint
-- The reasons every organisation starts with (domain/retention.ts defaultChurnReasonKeys); admins add their own.
INSERT INTO "churn_reasons" ("key", "position") VALUES
  ('price', 1), ('competitor', 2), ('product_fit', 3), ('service', 4), ('relationship', 5),
  ('budget', 6), ('business_closed', 7), ('merged', 8), ('other', 9)
ON CONFLICT DO NOTHING;
