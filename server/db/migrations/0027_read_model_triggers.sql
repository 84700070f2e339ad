-- Read models of the overview (server/modules/read-models): kept by statement-level triggers on
-- opportunities, in the transaction of the change. They only add up what the row holds — the rules
-- (a deal's volume parts) were decided in domain/ when the row was written.

-- The scopes of the drill-down a deal counts in: the company, its market, its sales group, the group
-- within the market, its owner as a person, and the owner within the group and market.
CREATE FUNCTION korsa_rm_levels(m uuid, g uuid, o uuid)
RETURNS TABLE (level smallint, market_id uuid, sales_group_id uuid, owner_id uuid)
LANGUAGE sql IMMUTABLE AS $$
  VALUES (0::smallint, NULL::uuid, NULL::uuid, NULL::uuid), (1::smallint, m, NULL, NULL), (2::smallint, NULL, g, NULL),
         (3::smallint, m, g, NULL), (4::smallint, NULL, NULL, o), (5::smallint, m, g, o)
$$;
--> statement-breakpoint
-- Subtract what the old rows contributed, add what the new rows contribute; rows whose contribution did
-- not change are skipped (no lock taken). Upserts go in key order, so concurrent writers never deadlock.
CREATE FUNCTION korsa_rm_apply_opportunities(olds opportunities[], news opportunities[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
  INSERT INTO rm_volume AS t (level, market_id, sales_group_id, owner_id, month, channel, currency, amount)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, (p->>'month')::date, coalesce(c.channel, 'new'), c.currency,
         sum(c.sign * (p->>'amount')::numeric)
  FROM c CROSS JOIN jsonb_array_elements(c.volume_parts) p
  CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING sum(c.sign * (p->>'amount')::numeric) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT rm_volume_key DO UPDATE SET amount = t.amount + excluded.amount;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
  INSERT INTO rm_pipeline AS t (level, market_id, sales_group_id, owner_id, stage_id, currency, close_year, count, value)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, c.stage_id, c.currency, extract(year FROM c.expected_close_on)::int,
         sum(c.sign)::int, sum(c.sign * c.value)
  FROM c CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  WHERE c.closed_at IS NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING sum(c.sign) <> 0 OR sum(c.sign * c.value) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT rm_pipeline_key DO UPDATE SET count = t.count + excluded.count, value = t.value + excluded.value;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
  INSERT INTO rm_outcomes AS t (level, market_id, sales_group_id, owner_id, closed_on, outcome, count)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, (c.closed_at AT TIME ZONE 'UTC')::date, s.outcome, sum(c.sign)::int
  FROM c JOIN stages s ON s.id = c.stage_id AND s.outcome IN ('won', 'lost')
  CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  WHERE c.closed_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT rm_outcomes_key DO UPDATE SET count = t.count + excluded.count;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
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
-- Bulk loaders that rebuild afterwards switch the triggers off for their transaction:
-- set local korsa.read_models = 'off'.
CREATE FUNCTION korsa_rm_opportunities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM korsa_rm_apply_opportunities('{}', ARRAY(SELECT ROW(n.*)::opportunities FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM korsa_rm_apply_opportunities(ARRAY(SELECT ROW(o.*)::opportunities FROM old_rows o), ARRAY(SELECT ROW(n.*)::opportunities FROM new_rows n));
  ELSE
    PERFORM korsa_rm_apply_opportunities(ARRAY(SELECT ROW(o.*)::opportunities FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_opportunities_insert AFTER INSERT ON opportunities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_opportunities_changed();
--> statement-breakpoint
CREATE TRIGGER rm_opportunities_update AFTER UPDATE ON opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_opportunities_changed();
--> statement-breakpoint
CREATE TRIGGER rm_opportunities_delete AFTER DELETE ON opportunities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_opportunities_changed();
