-- A cell's facts (migration 0035) read each key's holdings and open deals' lines with a lookup of their
-- own. A rebuild refreshes every cell — about five products per account — and so read each account's
-- deals and their lines five times: 9.5 of a large rebuild's 17 s. Now each account's holdings and open
-- deals' lines are read once, per account (still by index, as a write that touches one account needs),
-- and the keys take their products' figures from them. What a cell holds is unchanged.
CREATE OR REPLACE FUNCTION korsa_rm_matrix_refresh(account_ids uuid[], product_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE st rm_matrix_state;
BEGIN
  IF coalesce(array_length(account_ids, 1), 0) = 0 THEN RETURN; END IF;
  -- a roll to a new day (korsa_rm_matrix_roll) waits for this transaction, and this one for it
  SELECT * INTO st FROM rm_matrix_state WHERE id = 1 FOR SHARE;
  WITH k AS (SELECT DISTINCT x.account_id, x.product_id FROM unnest(account_ids, product_ids) AS x(account_id, product_id)),
  ka AS (SELECT DISTINCT k.account_id FROM k),
  h AS (
    SELECT ka.account_id, held.*
    FROM ka CROSS JOIN LATERAL (
      SELECT x.product_id, count(*)::int AS n, bool_or(x.ends_on IS NULL) AS held_open, max(x.ends_on) AS held_until,
             max(x.started_on) FILTER (WHERE x.ends_on = x.started_on) AS one_off_on
      FROM holdings x WHERE x.account_id = ka.account_id GROUP BY x.product_id) held
  ),
  p AS (
    SELECT ka.account_id, deals.*
    FROM ka CROSS JOIN LATERAL (
      SELECT l.product_id, count(*)::int AS n
      FROM opportunities o JOIN opportunity_lines l ON l.opportunity_id = o.id
      WHERE o.account_id = ka.account_id AND o.closed_at IS NULL AND o.deleted_at IS NULL GROUP BY l.product_id) deals
  ),
  f AS (
    SELECT k.account_id, k.product_id, a.deleted_at IS NULL AS counted, a.market_id, a.industry, a.size, a.status,
           coalesce(h.held_open, false) AS held_open, h.held_until, h.one_off_on,
           korsa_rm_held(h.held_open, h.held_until, h.one_off_on, st.today, st.since) AS owned,
           coalesce(p.n, 0) AS pipeline, m.state AS mark, coalesce(h.n, 0) AS holdings
    FROM k JOIN accounts a ON a.id = k.account_id
    LEFT JOIN h ON h.account_id = k.account_id AND h.product_id = k.product_id
    LEFT JOIN p ON p.account_id = k.account_id AND p.product_id = k.product_id
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
