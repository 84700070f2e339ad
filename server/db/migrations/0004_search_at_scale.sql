DROP INDEX "accounts_name_trgm";--> statement-breakpoint
DROP INDEX "contacts_name_trgm";--> statement-breakpoint
CREATE INDEX "accounts_updated_idx" ON "accounts" USING btree ("updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contacts_name_sort" ON "contacts" USING btree ("last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "accounts_name_trgm" ON "accounts" USING gist (korsa_fold("name") gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_name_trgm" ON "contacts" USING gist (korsa_fold("first_name" || ' ' || "last_name") gist_trgm_ops);