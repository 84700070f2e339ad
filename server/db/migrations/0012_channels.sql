ALTER TABLE "opportunities" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "channel_reason" text;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "channel_overridden" boolean DEFAULT false NOT NULL;