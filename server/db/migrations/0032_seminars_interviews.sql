CREATE TABLE "interview_insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"topic" integer NOT NULL,
	"text" text NOT NULL,
	"reach" text DEFAULT 'this_customer' NOT NULL,
	"industry" text,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_listeners" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "interview_listeners_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interview_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid,
	"held_on" date NOT NULL,
	"topics" text[] NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seminar_follow_ups" (
	"seminar_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"sales_group_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	CONSTRAINT "seminar_follow_ups_seminar_id_contact_id_sales_group_id_pk" PRIMARY KEY("seminar_id","contact_id","sales_group_id")
);
--> statement-breakpoint
CREATE TABLE "seminar_invitees" (
	"seminar_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seminar_invitees_seminar_id_contact_id_pk" PRIMARY KEY("seminar_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "seminar_sellers" (
	"seminar_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "seminar_sellers_seminar_id_user_id_pk" PRIMARY KEY("seminar_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "seminars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"link" text,
	"capacity" integer,
	"market_id" uuid,
	"follow_up_months" integer DEFAULT 6 NOT NULL,
	"created_by_id" uuid,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_insights" ADD CONSTRAINT "interview_insights_round_id_interview_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."interview_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_insights" ADD CONSTRAINT "interview_insights_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_listeners" ADD CONSTRAINT "interview_listeners_round_id_interview_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."interview_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_listeners" ADD CONSTRAINT "interview_listeners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_rounds" ADD CONSTRAINT "interview_rounds_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_rounds" ADD CONSTRAINT "interview_rounds_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_rounds" ADD CONSTRAINT "interview_rounds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_follow_ups" ADD CONSTRAINT "seminar_follow_ups_seminar_id_seminars_id_fk" FOREIGN KEY ("seminar_id") REFERENCES "public"."seminars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_follow_ups" ADD CONSTRAINT "seminar_follow_ups_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_follow_ups" ADD CONSTRAINT "seminar_follow_ups_sales_group_id_sales_groups_id_fk" FOREIGN KEY ("sales_group_id") REFERENCES "public"."sales_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_follow_ups" ADD CONSTRAINT "seminar_follow_ups_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_invitees" ADD CONSTRAINT "seminar_invitees_seminar_id_seminars_id_fk" FOREIGN KEY ("seminar_id") REFERENCES "public"."seminars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_invitees" ADD CONSTRAINT "seminar_invitees_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_invitees" ADD CONSTRAINT "seminar_invitees_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_sellers" ADD CONSTRAINT "seminar_sellers_seminar_id_seminars_id_fk" FOREIGN KEY ("seminar_id") REFERENCES "public"."seminars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_sellers" ADD CONSTRAINT "seminar_sellers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminars" ADD CONSTRAINT "seminars_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminars" ADD CONSTRAINT "seminars_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_insights_round_idx" ON "interview_insights" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "interview_insights_industry_idx" ON "interview_insights" USING btree ("industry");--> statement-breakpoint
CREATE INDEX "interview_listeners_user_idx" ON "interview_listeners" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "interview_rounds_account_idx" ON "interview_rounds" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "interview_rounds_held_idx" ON "interview_rounds" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "seminar_invitees_account_idx" ON "seminar_invitees" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "seminar_sellers_user_idx" ON "seminar_sellers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "seminars_starts_idx" ON "seminars" USING btree ("starts_at");