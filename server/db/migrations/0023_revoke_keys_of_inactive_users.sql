-- Issue 12, finding 16: API keys of users deactivated before keys were revoked with them would come
-- back on reactivation. Revoke them now, as deactivation does from here on.
UPDATE "api_keys" SET "revoked_at" = now()
WHERE "revoked_at" IS NULL AND "user_id" IN (SELECT "id" FROM "users" WHERE NOT "active");
