CREATE TABLE "rm_overview_handoffs" (
	"year" smallint NOT NULL,
	"level" smallint NOT NULL,
	"market_id" uuid,
	"sales_group_id" uuid,
	"user_id" uuid,
	"given" integer NOT NULL,
	"received" integer NOT NULL,
	"answered" integer NOT NULL,
	"won" integer NOT NULL,
	"accepted" integer NOT NULL,
	"reported" integer NOT NULL,
	"open" integer NOT NULL,
	CONSTRAINT "rm_overview_handoffs_key" UNIQUE NULLS NOT DISTINCT("year","level","market_id","sales_group_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "rm_ledger_handoffs" ADD COLUMN "customer_market_id" uuid;--> statement-breakpoint
ALTER TABLE "rm_ledger_handoffs" ADD COLUMN "giver_market_id" uuid;--> statement-breakpoint
ALTER TABLE "rm_ledger_handoffs" ADD COLUMN "counted" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "rm_ledger_handoffs" ADD COLUMN "deal_deleted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rm_ledger_handoffs" ADD COLUMN "open" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rm_ledger_handoffs" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "rm_ledger_handoffs_open_due_idx" ON "rm_ledger_handoffs" USING btree ("due_at") WHERE open;--> statement-breakpoint
-- Still waiting for something from the receiver: domain/handoffs.ts `isOpen` (test/api/read-models-matrix-ledger.test.ts keeps the two equal).
CREATE FUNCTION korsa_handoff_open(status text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT status IN ('sent', 'accepted', 'contacted', 'meeting_held')
$$;
--> statement-breakpoint
-- A handoff's facts also say what the overview needs (issue 15): the customer's and the giver's markets, whether the
-- account counts (not deleted), whether the deal was deleted, whether the handoff is open and when it is due.
CREATE OR REPLACE FUNCTION korsa_rm_ledger_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(ids, 1), 0) = 0 THEN RETURN; END IF;
  WITH k AS (SELECT DISTINCT x.id FROM unnest(ids) AS x(id)),
  f AS (
    SELECT h.id AS handoff_id, (h.created_at AT TIME ZONE 'UTC')::date AS day, h.giver_id, h.giver_group_id, h.to_user_id,
           h.to_sales_group_id AS to_group_id, h.opportunity_id IS NOT NULL AS linked, coalesce(s.outcome = 'won', false) AS won,
           o.currency, o.value, h.answered_at IS NOT NULL AS answered,
           round(extract(epoch FROM (h.answered_at - h.created_at)) / 3600.0)::int AS answer_hours, h.accepted, h.reported,
           a.market_id AS customer_market_id, g.market_id AS giver_market_id, a.deleted_at IS NULL AS counted,
           o.deleted_at IS NOT NULL AS deal_deleted, korsa_handoff_open(h.status) AS open, h.due_at
    FROM k JOIN handoffs h ON h.id = k.id JOIN accounts a ON a.id = h.account_id LEFT JOIN users g ON g.id = h.giver_id
    LEFT JOIN opportunities o ON o.id = h.opportunity_id LEFT JOIN stages s ON s.id = o.stage_id
  ),
  gone AS (DELETE FROM rm_ledger_handoffs r USING k WHERE r.handoff_id = k.id AND NOT EXISTS (SELECT 1 FROM f WHERE f.handoff_id = k.id))
  INSERT INTO rm_ledger_handoffs AS r (handoff_id, day, giver_id, giver_group_id, to_user_id, to_group_id, linked, won, currency, value,
                                       answered, answer_hours, accepted, reported, customer_market_id, giver_market_id, counted,
                                       deal_deleted, open, due_at)
  SELECT handoff_id, day, giver_id, giver_group_id, to_user_id, to_group_id, linked, won, currency, value, answered, answer_hours, accepted,
         reported, customer_market_id, giver_market_id, counted, coalesce(deal_deleted, false), open, due_at
  FROM f ORDER BY handoff_id
  ON CONFLICT (handoff_id) DO UPDATE SET
    day = excluded.day, giver_id = excluded.giver_id, giver_group_id = excluded.giver_group_id, to_user_id = excluded.to_user_id,
    to_group_id = excluded.to_group_id, linked = excluded.linked, won = excluded.won, currency = excluded.currency, value = excluded.value,
    answered = excluded.answered, answer_hours = excluded.answer_hours, accepted = excluded.accepted, reported = excluded.reported,
    customer_market_id = excluded.customer_market_id, giver_market_id = excluded.giver_market_id, counted = excluded.counted,
    deal_deleted = excluded.deal_deleted, open = excluded.open, due_at = excluded.due_at
  WHERE (r.day, r.giver_id, r.giver_group_id, r.to_user_id, r.to_group_id, r.linked, r.won, r.currency, r.value, r.answered, r.answer_hours,
         r.accepted, r.reported, r.customer_market_id, r.giver_market_id, r.counted, r.deal_deleted, r.open, r.due_at)
        IS DISTINCT FROM (excluded.day, excluded.giver_id, excluded.giver_group_id, excluded.to_user_id, excluded.to_group_id, excluded.linked,
                          excluded.won, excluded.currency, excluded.value, excluded.answered, excluded.answer_hours, excluded.accepted,
                          excluded.reported, excluded.customer_market_id, excluded.giver_market_id, excluded.counted, excluded.deal_deleted,
                          excluded.open, excluded.due_at);
END $$;
--> statement-breakpoint
-- The overview's handoff figures follow the same facts: per year given and scope, what was given and received.
CREATE FUNCTION korsa_rm_overview_handoffs_apply(olds rm_ledger_handoffs[], news rm_ledger_handoffs[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.counted UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.counted),
  parts AS (
    -- given: the company, the giver's market, the giver's group, that group within the customer's market, the giver
    SELECT c.sign, c.day, g.level, g.market_id, g.sales_group_id, g.user_id, 1 AS given, 0 AS received, 0 AS answered, 0 AS won,
           0 AS accepted, 0 AS reported, 0 AS open
    FROM c CROSS JOIN LATERAL (VALUES (1::smallint, c.giver_market_id, NULL::uuid, NULL::uuid), (2::smallint, NULL, c.giver_group_id, NULL),
                                      (3::smallint, c.customer_market_id, c.giver_group_id, NULL), (4::smallint, NULL, NULL, c.giver_id))
         g(level, market_id, sales_group_id, user_id)
    WHERE coalesce(g.market_id, g.sales_group_id, g.user_id) IS NOT NULL AND (g.level <> 3 OR (g.market_id IS NOT NULL AND g.sales_group_id IS NOT NULL))
    UNION ALL
    -- received: the company, the customer's market, the receiving group, that group within the customer's market, the receiver
    SELECT c.sign, c.day, r.level, r.market_id, r.sales_group_id, r.user_id, (r.level = 0)::int, 1, c.answered::int,
           (c.won AND NOT c.deal_deleted)::int, c.accepted::int, (c.accepted AND c.reported)::int, c.open::int
    FROM c CROSS JOIN LATERAL (VALUES (0::smallint, NULL::uuid, NULL::uuid, NULL::uuid), (1::smallint, c.customer_market_id, NULL, NULL),
                                      (2::smallint, NULL, c.to_group_id, NULL), (3::smallint, c.customer_market_id, c.to_group_id, NULL),
                                      (4::smallint, NULL, NULL, c.to_user_id))
         r(level, market_id, sales_group_id, user_id)
    WHERE r.level = 0 OR (coalesce(r.market_id, r.sales_group_id, r.user_id) IS NOT NULL
                          AND (r.level <> 3 OR (r.market_id IS NOT NULL AND r.sales_group_id IS NOT NULL)))
  )
  INSERT INTO rm_overview_handoffs AS t (year, level, market_id, sales_group_id, user_id, given, received, answered, won, accepted, reported, open)
  SELECT extract(year FROM day)::smallint, level, market_id, sales_group_id, user_id, sum(sign * given)::int, sum(sign * received)::int,
         sum(sign * answered)::int, sum(sign * won)::int, sum(sign * accepted)::int, sum(sign * reported)::int, sum(sign * open)::int
  FROM parts GROUP BY 1, 2, 3, 4, 5
  HAVING sum(sign * given) <> 0 OR sum(sign * received) <> 0 OR sum(sign * answered) <> 0 OR sum(sign * won) <> 0
      OR sum(sign * accepted) <> 0 OR sum(sign * reported) <> 0 OR sum(sign * open) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT rm_overview_handoffs_key DO UPDATE SET
    given = t.given + excluded.given, received = t.received + excluded.received, answered = t.answered + excluded.answered,
    won = t.won + excluded.won, accepted = t.accepted + excluded.accepted, reported = t.reported + excluded.reported, open = t.open + excluded.open;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION korsa_rm_ledger_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE olds rm_ledger_handoffs[] := '{}'; news rm_ledger_handoffs[] := '{}';
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN olds := ARRAY(SELECT ROW(o.*)::rm_ledger_handoffs FROM old_rows o); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN news := ARRAY(SELECT ROW(n.*)::rm_ledger_handoffs FROM new_rows n); END IF;
  PERFORM korsa_rm_ledger_apply(olds, news);
  PERFORM korsa_rm_overview_handoffs_apply(olds, news);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A deal deleted or restored changes whether its handoffs count as won in the overview.
CREATE OR REPLACE FUNCTION korsa_rm_deal_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE a uuid[]; p uuid[]; ids uuid[];
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p FROM (
      SELECT DISTINCT x.account_id, l.product_id
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.account_id), (n.account_id)) x(account_id)
      JOIN opportunity_lines l ON l.opportunity_id = n.id
      WHERE o.closed_at IS DISTINCT FROM n.closed_at OR o.account_id IS DISTINCT FROM n.account_id
         OR o.deleted_at IS DISTINCT FROM n.deleted_at) k;
    SELECT array_agg(h.id) INTO ids
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN handoffs h ON h.opportunity_id = n.id
    WHERE (o.stage_id, o.value, o.currency, o.deleted_at IS NULL) IS DISTINCT FROM (n.stage_id, n.value, n.currency, n.deleted_at IS NULL);
    PERFORM korsa_rm_ledger_refresh(ids);
  ELSE
    SELECT array_agg(c.account_id), array_agg(c.product_id) INTO a, p
    FROM rm_matrix_cells c WHERE c.account_id IN (SELECT account_id FROM old_rows) AND c.pipeline > 0;
  END IF;
  PERFORM korsa_rm_matrix_refresh(a, p);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An account's market or deletion, and a seller's market, are among their handoffs' facts.
CREATE FUNCTION korsa_rm_ledger_accounts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM korsa_rm_ledger_refresh(ARRAY(
    SELECT h.id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN handoffs h ON h.account_id = n.id
    WHERE (o.market_id, o.deleted_at IS NULL) IS DISTINCT FROM (n.market_id, n.deleted_at IS NULL)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_ledger_accounts_update AFTER UPDATE ON accounts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_ledger_accounts_changed();
--> statement-breakpoint
CREATE FUNCTION korsa_rm_ledger_users_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM korsa_rm_ledger_refresh(ARRAY(
    SELECT h.id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN handoffs h ON h.giver_id = n.id
    WHERE o.market_id IS DISTINCT FROM n.market_id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_ledger_users_update AFTER UPDATE ON users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_ledger_users_changed();
