CREATE TABLE "renewal_alerts" (
	"opportunity_id" uuid NOT NULL,
	"ends_on" date NOT NULL,
	"days" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "renewal_alerts_opportunity_id_ends_on_days_pk" PRIMARY KEY("opportunity_id","ends_on","days")
);
--> statement-breakpoint
CREATE TABLE "user_guidance" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tours_seen" text[] DEFAULT '{}'::text[] NOT NULL,
	"release_seen" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "renewal_alerts" ADD CONSTRAINT "renewal_alerts_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_guidance" ADD CONSTRAINT "user_guidance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- website visits are kept by a data-retention rule now: the signals' period in days becomes months (90 days, the old default, when never set)
INSERT INTO "data_retention_rules" ("kind", "months", "updated_at")
SELECT 'website_visits', greatest(1, least(240, round(coalesce((SELECT "retention_days" FROM "signal_settings" WHERE "id" = 1), 90) / 30.0)))::int, now()
ON CONFLICT ("kind") DO NOTHING;--> statement-breakpoint
-- the people using Korsa before this release get its "what's new" note
INSERT INTO "user_guidance" ("user_id", "release_seen") SELECT "id", '0.0.0' FROM "users" ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "signal_settings" DROP COLUMN "retention_days";