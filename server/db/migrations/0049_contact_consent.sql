ALTER TABLE "contacts" ADD COLUMN "marketing_basis" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "consent_status" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "consent_on" date;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "consent_source" text;