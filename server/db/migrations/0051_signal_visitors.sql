CREATE TABLE "public_hit_counts" (
	"bucket" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "public_hit_counts_bucket_window_start_pk" PRIMARY KEY("bucket","window_start")
);
--> statement-breakpoint
CREATE TABLE "site_visitors" (
	"site_id" uuid NOT NULL,
	"visitor_id" text NOT NULL,
	"email" text NOT NULL,
	"identified_at" timestamp with time zone NOT NULL,
	CONSTRAINT "site_visitors_site_id_visitor_id_pk" PRIMARY KEY("site_id","visitor_id")
);
--> statement-breakpoint
ALTER TABLE "signal_sites" ADD COLUMN "public_key" text DEFAULT ('ksk_' || replace(gen_random_uuid()::text, '-', '')) NOT NULL;--> statement-breakpoint
ALTER TABLE "site_visits" ADD COLUMN "kind" text DEFAULT 'page_view' NOT NULL;--> statement-breakpoint
ALTER TABLE "site_visitors" ADD CONSTRAINT "site_visitors_site_id_signal_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."signal_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_hit_counts_window_idx" ON "public_hit_counts" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "site_visitors_identified_idx" ON "site_visitors" USING btree ("identified_at");--> statement-breakpoint
ALTER TABLE "signal_sites" ADD CONSTRAINT "signal_sites_public_key_unique" UNIQUE("public_key");