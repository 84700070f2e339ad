CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "joint_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"period" text NOT NULL,
	"host_id" uuid NOT NULL,
	"guest_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"account_id" uuid,
	"activity_id" uuid,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"time_zone" text NOT NULL,
	"answer_note" text,
	"learned" text,
	"needs" text,
	"recorded_at" timestamp with time zone,
	"recorded_by_id" uuid,
	"reminded_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ritual_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ritual_kind" text NOT NULL,
	"ritual_id" uuid NOT NULL,
	"handoff_id" uuid,
	"opportunity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_scheme_members" (
	"scheme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"languages" text[] NOT NULL,
	"opted_out" boolean DEFAULT false NOT NULL,
	"absences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "visit_scheme_members_scheme_id_user_id_pk" PRIMARY KEY("scheme_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "visit_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"market_id" uuid,
	"cadence" text DEFAULT 'weekly' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_visits" ADD CONSTRAINT "joint_visits_scheme_id_visit_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."visit_schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_visits" ADD CONSTRAINT "joint_visits_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_visits" ADD CONSTRAINT "joint_visits_guest_id_users_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_visits" ADD CONSTRAINT "joint_visits_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_visits" ADD CONSTRAINT "joint_visits_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_visits" ADD CONSTRAINT "joint_visits_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_outcomes" ADD CONSTRAINT "ritual_outcomes_handoff_id_handoffs_id_fk" FOREIGN KEY ("handoff_id") REFERENCES "public"."handoffs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_outcomes" ADD CONSTRAINT "ritual_outcomes_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_scheme_members" ADD CONSTRAINT "visit_scheme_members_scheme_id_visit_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."visit_schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_scheme_members" ADD CONSTRAINT "visit_scheme_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_schemes" ADD CONSTRAINT "visit_schemes_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_schemes" ADD CONSTRAINT "visit_schemes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "joint_visits_host_period_key" ON "joint_visits" USING btree ("scheme_id","period","host_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_visits_guest_period_key" ON "joint_visits" USING btree ("scheme_id","period","guest_id");--> statement-breakpoint
CREATE INDEX "joint_visits_host_idx" ON "joint_visits" USING btree ("host_id","starts_at");--> statement-breakpoint
CREATE INDEX "joint_visits_guest_idx" ON "joint_visits" USING btree ("guest_id","starts_at");--> statement-breakpoint
CREATE INDEX "ritual_outcomes_ritual_idx" ON "ritual_outcomes" USING btree ("ritual_kind","ritual_id");--> statement-breakpoint
CREATE INDEX "ritual_outcomes_handoff_idx" ON "ritual_outcomes" USING btree ("handoff_id") WHERE handoff_id is not null;--> statement-breakpoint
CREATE INDEX "visit_scheme_members_user_idx" ON "visit_scheme_members" USING btree ("user_id");