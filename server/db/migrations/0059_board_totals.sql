CREATE TABLE "rm_closed" (
	"level" smallint NOT NULL,
	"market_id" uuid,
	"sales_group_id" uuid,
	"owner_id" uuid,
	"stage_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"count" integer NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "rm_closed_key" UNIQUE NULLS NOT DISTINCT("level","market_id","sales_group_id","owner_id","stage_id","currency")
);
--> statement-breakpoint
CREATE INDEX "rm_closed_group_idx" ON "rm_closed" USING btree ("level","sales_group_id","stage_id");--> statement-breakpoint
-- The board's won and lost columns (B7) count every deal the team closed in the stage: rm_closed keeps their count and
-- value per scope, stage and currency, beside rm_pipeline's open deals, in the same function and transaction.
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
  INSERT INTO rm_closed AS t (level, market_id, sales_group_id, owner_id, stage_id, currency, count, value)
  SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, c.stage_id, c.currency, sum(c.sign)::int, sum(c.sign * c.value)
  FROM c CROSS JOIN LATERAL korsa_rm_levels(c.market_id, c.sales_group_id, c.owner_id) l
  WHERE c.closed_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(c.sign) <> 0 OR sum(c.sign * c.value) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT rm_closed_key DO UPDATE SET count = t.count + excluded.count, value = t.value + excluded.value;

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
INSERT INTO rm_closed (level, market_id, sales_group_id, owner_id, stage_id, currency, count, value)
SELECT l.level, l.market_id, l.sales_group_id, l.owner_id, o.stage_id, o.currency, count(*)::int, sum(o.value)
FROM opportunities o CROSS JOIN LATERAL korsa_rm_levels(o.market_id, o.sales_group_id, o.owner_id) l
WHERE o.closed_at IS NOT NULL AND o.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6;
