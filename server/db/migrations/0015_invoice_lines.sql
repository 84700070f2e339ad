CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"product_id" uuid,
	"invoice_number" text NOT NULL,
	"invoiced_on" date NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"currency" text NOT NULL,
	"description" text,
	"source_system" text NOT NULL,
	"source_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invoice_lines_account_idx" ON "invoice_lines" USING btree ("account_id","invoiced_on");--> statement-breakpoint
CREATE INDEX "invoice_lines_invoiced_on_idx" ON "invoice_lines" USING btree ("invoiced_on");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_source_key" ON "invoice_lines" USING btree ("source_system","source_id");