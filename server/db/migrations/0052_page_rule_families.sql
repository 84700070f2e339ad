ALTER TABLE "page_product_rules" ALTER COLUMN "product_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "page_product_rules" ADD COLUMN "family" text;--> statement-breakpoint
ALTER TABLE "page_product_rules" ADD CONSTRAINT "page_product_rules_subject" CHECK (("page_product_rules"."product_id" is null) <> ("page_product_rules"."family" is null));