-- An imported activity's natural key (no source id in its file) starts with the time it happened,
-- so a file's rows land side by side in activities_source_key (see imports/repo-writers.ts naturalKey).
UPDATE "activities"
SET "source_id" = 'k:' || lpad(greatest(0, floor(extract(epoch from "occurred_at") * 1000))::bigint::text, 14, '0') || ':' || substr("source_id", 3)
WHERE "source_id" ~ '^k:[0-9a-f]{40}$';
