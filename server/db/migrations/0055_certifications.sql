CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"industry" text NOT NULL,
	"granted_on" date NOT NULL,
	"expires_on" date,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"granted_by_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certifications_expiry_after_grant" CHECK ("certifications"."expires_on" is null or "certifications"."expires_on" > "certifications"."granted_on"),
	CONSTRAINT "certifications_source" CHECK ("certifications"."source" in ('exam', 'external'))
);
--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certifications_current_key" ON "certifications" USING btree ("user_id","industry") WHERE "certifications"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "certifications_industry_idx" ON "certifications" USING btree ("industry");