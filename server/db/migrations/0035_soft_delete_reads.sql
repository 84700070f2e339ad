ALTER TABLE "holdings" ADD COLUMN "opportunity_id" uuid;--> statement-breakpoint
ALTER TABLE "holdings" ADD CONSTRAINT "holdings_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A holding from a won deal knows its deal, so a deal's channel is classified from the history without itself,
-- and a product signed earlier the same day counts (issue 14, finding 10). Existing ones are matched by their lines.
UPDATE "holdings" h SET "opportunity_id" = m.id FROM (
  SELECT DISTINCT ON (h2.id) h2.id AS holding_id, o.id
  FROM "holdings" h2
  JOIN "opportunities" o ON o.account_id = h2.account_id AND o.signed_on IS NOT NULL AND coalesce(o.start_on, o.signed_on) = h2.started_on
  JOIN "opportunity_lines" l ON l.opportunity_id = o.id AND l.product_id = h2.product_id
  ORDER BY h2.id, o.closed_at
) m WHERE m.holding_id = h.id;
--> statement-breakpoint
-- Deleted deals (soft, domain/records.ts) count in no read model: deleting one subtracts it, restoring adds it back.
-- Subtract what the old rows contributed, add what the new rows contribute; rows whose contribution did
-- not change are skipped (no lock taken). Upserts go in key order, so concurrent writers never deadlock.
CREATE OR REPLACE FUNCTION korsa_rm_apply_opportunities(olds opportunities[], news opportunities[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.deleted_at IS NULL UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.deleted_at IS NULL)
  INSERT INTO rm_volume AS t (level, market_id, sales_group_id, owner_id, month, channel, currency, amount)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, (p->>'month')::date, coalesce(c.channel, 'new'), c.currency,
         sum(c.sign * (p->>'amount')::numeric)
  FROM c CROSS JOIN jsonb_array_elements(c.volume_parts) p
  CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING sum(c.sign * (p->>'amount')::numeric) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT rm_volume_key DO UPDATE SET amount = t.amount + excluded.amount;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.deleted_at IS NULL UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.deleted_at IS NULL)
  INSERT INTO rm_pipeline AS t (level, market_id, sales_group_id, owner_id, stage_id, currency, close_year, count, value)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, c.stage_id, c.currency, extract(year FROM c.expected_close_on)::int,
         sum(c.sign)::int, sum(c.sign * c.value)
  FROM c CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  WHERE c.closed_at IS NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING sum(c.sign) <> 0 OR sum(c.sign * c.value) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT rm_pipeline_key DO UPDATE SET count = t.count + excluded.count, value = t.value + excluded.value;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.deleted_at IS NULL UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.deleted_at IS NULL)
  INSERT INTO rm_outcomes AS t (level, market_id, sales_group_id, owner_id, closed_on, outcome, count)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, (c.closed_at AT TIME ZONE 'UTC')::date, s.outcome, sum(c.sign)::int
  FROM c JOIN stages s ON s.id = c.stage_id AND s.outcome IN ('won', 'lost')
  CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  WHERE c.closed_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT rm_outcomes_key DO UPDATE SET count = t.count + excluded.count;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.deleted_at IS NULL UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.deleted_at IS NULL)
  INSERT INTO rm_won_cycles AS t (level, market_id, sales_group_id, owner_id, month, days, count)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, date_trunc('month', c.closed_at AT TIME ZONE 'UTC')::date,
         round(extract(epoch FROM (c.closed_at - c.created_at)) / 86400.0)::int, sum(c.sign)::int
  FROM c JOIN stages s ON s.id = c.stage_id AND s.outcome = 'won'
  CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  WHERE c.closed_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT rm_won_cycles_key DO UPDATE SET count = t.count + excluded.count;
END $$;
--> statement-breakpoint
-- The matrix's cells (migration 0034) count an open deal in the pipeline only while it is not deleted; deleting or restoring one refreshes its cells.
CREATE OR REPLACE FUNCTION korsa_rm_matrix_refresh(account_ids uuid[], product_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE st rm_matrix_state;
BEGIN
  IF coalesce(array_length(account_ids, 1), 0) = 0 THEN RETURN; END IF;
  -- a roll to a new day (korsa_rm_matrix_roll) waits for this transaction, and this one for it
  SELECT * INTO st FROM rm_matrix_state WHERE id = 1 FOR SHARE;
  WITH k AS (SELECT DISTINCT x.account_id, x.product_id FROM unnest(account_ids, product_ids) AS x(account_id, product_id)),
  f AS (
    SELECT k.account_id, k.product_id, a.deleted_at IS NULL AS counted, a.market_id, a.industry, a.size, a.status,
           coalesce(h.held_open, false) AS held_open, h.held_until, h.one_off_on,
           korsa_rm_held(h.held_open, h.held_until, h.one_off_on, st.today, st.since) AS owned,
           coalesce(p.n, 0) AS pipeline, m.state AS mark, coalesce(h.n, 0) AS holdings
    FROM k JOIN accounts a ON a.id = k.account_id
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n, bool_or(x.ends_on IS NULL) AS held_open, max(x.ends_on) AS held_until,
             max(x.started_on) FILTER (WHERE x.ends_on = x.started_on) AS one_off_on
      FROM holdings x WHERE x.account_id = k.account_id AND x.product_id = k.product_id) h ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM opportunities o JOIN opportunity_lines l ON l.opportunity_id = o.id
      WHERE o.account_id = k.account_id AND o.closed_at IS NULL AND o.deleted_at IS NULL AND l.product_id = k.product_id) p ON true
    LEFT JOIN matrix_marks m ON m.account_id = k.account_id AND m.product_id = k.product_id
  ),
  gone AS (
    DELETE FROM rm_matrix_cells c USING k
    WHERE c.account_id = k.account_id AND c.product_id = k.product_id
      AND NOT EXISTS (SELECT 1 FROM f WHERE f.account_id = k.account_id AND f.product_id = k.product_id
                        AND (f.holdings > 0 OR f.pipeline > 0 OR f.mark IS NOT NULL))
  )
  INSERT INTO rm_matrix_cells AS c (account_id, product_id, counted, market_id, industry, size, status, held_open, held_until, one_off_on, owned, pipeline, mark)
  SELECT account_id, product_id, counted, market_id, industry, size, status, held_open, held_until, one_off_on, owned, pipeline, mark
  FROM f WHERE f.holdings > 0 OR f.pipeline > 0 OR f.mark IS NOT NULL
  ORDER BY account_id, product_id
  ON CONFLICT (account_id, product_id) DO UPDATE SET
    counted = excluded.counted, market_id = excluded.market_id, industry = excluded.industry, size = excluded.size,
    status = excluded.status, held_open = excluded.held_open, held_until = excluded.held_until, one_off_on = excluded.one_off_on,
    owned = excluded.owned, pipeline = excluded.pipeline, mark = excluded.mark
  WHERE (c.counted, c.market_id, c.industry, c.size, c.status, c.held_open, c.held_until, c.one_off_on, c.owned, c.pipeline, c.mark)
        IS DISTINCT FROM (excluded.counted, excluded.market_id, excluded.industry, excluded.size, excluded.status, excluded.held_open,
                          excluded.held_until, excluded.one_off_on, excluded.owned, excluded.pipeline, excluded.mark);
END $$;
--> statement-breakpoint
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
    WHERE (o.stage_id, o.value, o.currency) IS DISTINCT FROM (n.stage_id, n.value, n.currency);
    PERFORM korsa_rm_ledger_refresh(ids);
  ELSE
    SELECT array_agg(c.account_id), array_agg(c.product_id) INTO a, p
    FROM rm_matrix_cells c WHERE c.account_id IN (SELECT account_id FROM old_rows) AND c.pipeline > 0;
  END IF;
  PERFORM korsa_rm_matrix_refresh(a, p);
  RETURN NULL;
END $$;
