-- Read models of the product matrix and the give-to-get ledger (server/modules/read-models), in two
-- tiers: facts per cell (rm_matrix_cells) and per handoff (rm_ledger_handoffs), recomputed from their
-- sources for the keys a statement touched; and aggregates that add up the facts' changes (the old
-- rows subtracted, the new added, in key order so concurrent writers never deadlock).

-- A cell is owned on `today` while a holding runs (no end, or ending today or later), or a one-off
-- purchase was made since `since` — the matrix's rule (matrix/repo `held`).
CREATE FUNCTION korsa_rm_held(held_open boolean, held_until date, one_off_on date, today date, since date)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(held_open, false) OR coalesce(held_until >= today, false) OR coalesce(one_off_on >= since, false)
$$;
--> statement-breakpoint
-- The levels of the matrix's counts an account counts in: the company, its market, and all four of its dimensions.
CREATE FUNCTION korsa_rm_matrix_levels(m uuid, i text, z text, st text)
RETURNS TABLE (level smallint, market_id uuid, industry text, size text, status text)
LANGUAGE sql IMMUTABLE AS $$
  VALUES (0::smallint, NULL::uuid, NULL::text, NULL::text, NULL::text), (1::smallint, m, NULL, NULL, NULL), (2::smallint, m, i, z, st)
$$;
--> statement-breakpoint
-- Recompute the cells of these (account, product) pairs from the holdings, the open deals' lines and the marks.
CREATE FUNCTION korsa_rm_matrix_refresh(account_ids uuid[], product_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
      WHERE o.account_id = k.account_id AND o.closed_at IS NULL AND l.product_id = k.product_id) p ON true
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
-- The counts per filter dimension follow the cells: what the old rows counted is subtracted, what the new count is added.
CREATE FUNCTION korsa_rm_matrix_apply_cells(olds rm_matrix_cells[], news rm_matrix_cells[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
  INSERT INTO rm_matrix_counts AS t (level, market_id, industry, size, status, product_id, accounts, owned, pipeline, potential)
  SELECT l.level, l.market_id, l.industry, l.size, l.status, c.product_id, 0,
         sum(c.sign * c.owned::int)::int, sum(c.sign * (c.pipeline > 0)::int)::int, sum(c.sign * coalesce(c.mark = 'potential', false)::int)::int
  FROM c CROSS JOIN LATERAL korsa_rm_matrix_levels(c.market_id, c.industry, c.size, c.status) l
  WHERE c.counted
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(c.sign * c.owned::int) <> 0 OR sum(c.sign * (c.pipeline > 0)::int) <> 0 OR sum(c.sign * coalesce(c.mark = 'potential', false)::int) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ON CONSTRAINT rm_matrix_counts_key DO UPDATE
    SET owned = t.owned + excluded.owned, pipeline = t.pipeline + excluded.pipeline, potential = t.potential + excluded.potential;
END $$;
--> statement-breakpoint
CREATE FUNCTION korsa_rm_matrix_cells_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM korsa_rm_matrix_apply_cells('{}', ARRAY(SELECT ROW(n.*)::rm_matrix_cells FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM korsa_rm_matrix_apply_cells(ARRAY(SELECT ROW(o.*)::rm_matrix_cells FROM old_rows o), ARRAY(SELECT ROW(n.*)::rm_matrix_cells FROM new_rows n));
  ELSE
    PERFORM korsa_rm_matrix_apply_cells(ARRAY(SELECT ROW(o.*)::rm_matrix_cells FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_matrix_cells_insert AFTER INSERT ON rm_matrix_cells REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_cells_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_cells_update AFTER UPDATE ON rm_matrix_cells REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_cells_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_cells_delete AFTER DELETE ON rm_matrix_cells REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_cells_changed();
--> statement-breakpoint
-- A new day (or another one-off window): the owned flags that changed are rewritten, and the counts follow them.
CREATE FUNCTION korsa_rm_matrix_roll(d date, s date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rm_matrix_state (id, today, since) VALUES (1, d, s)
  ON CONFLICT (id) DO UPDATE SET today = excluded.today, since = excluded.since;
  UPDATE rm_matrix_cells SET owned = NOT owned
  WHERE owned <> korsa_rm_held(held_open, held_until, one_off_on, d, s);
END $$;
--> statement-breakpoint
-- Sources of the cells. Bulk loaders that rebuild afterwards switch them off: set local korsa.read_models = 'off'.
CREATE FUNCTION korsa_rm_matrix_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE a uuid[]; p uuid[];
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p FROM (SELECT DISTINCT account_id, product_id FROM new_rows) k;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p
    FROM (SELECT account_id, product_id FROM old_rows UNION SELECT account_id, product_id FROM new_rows) k;
  ELSE
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p FROM (SELECT DISTINCT account_id, product_id FROM old_rows) k;
  END IF;
  PERFORM korsa_rm_matrix_refresh(a, p);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_matrix_holdings_insert AFTER INSERT ON holdings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_keys_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_holdings_update AFTER UPDATE ON holdings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_keys_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_holdings_delete AFTER DELETE ON holdings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_keys_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_marks_insert AFTER INSERT ON matrix_marks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_keys_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_marks_update AFTER UPDATE ON matrix_marks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_keys_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_marks_delete AFTER DELETE ON matrix_marks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_keys_changed();
--> statement-breakpoint
-- A deal's lines: their account is the deal's (a deal deleted with its lines is handled by the deal's trigger).
CREATE FUNCTION korsa_rm_matrix_lines_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE a uuid[]; p uuid[];
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p
    FROM (SELECT DISTINCT o.account_id, l.product_id FROM new_rows l JOIN opportunities o ON o.id = l.opportunity_id WHERE o.closed_at IS NULL) k;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p
    FROM (SELECT o.account_id, l.product_id FROM old_rows l JOIN opportunities o ON o.id = l.opportunity_id
          UNION SELECT o.account_id, l.product_id FROM new_rows l JOIN opportunities o ON o.id = l.opportunity_id) k;
  ELSE
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p
    FROM (SELECT DISTINCT o.account_id, l.product_id FROM old_rows l JOIN opportunities o ON o.id = l.opportunity_id WHERE o.closed_at IS NULL) k;
  END IF;
  PERFORM korsa_rm_matrix_refresh(a, p);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_matrix_lines_insert AFTER INSERT ON opportunity_lines REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_lines_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_lines_update AFTER UPDATE ON opportunity_lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_lines_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_lines_delete AFTER DELETE ON opportunity_lines REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_matrix_lines_changed();
--> statement-breakpoint
-- A deal closed, reopened or moved to another account changes its lines' cells; a deal deleted, its account's pipeline cells.
-- The handoffs it came from count its outcome and value in the ledger.
CREATE FUNCTION korsa_rm_deal_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE a uuid[]; p uuid[]; ids uuid[];
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.account_id), array_agg(k.product_id) INTO a, p FROM (
      SELECT DISTINCT x.account_id, l.product_id
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.account_id), (n.account_id)) x(account_id)
      JOIN opportunity_lines l ON l.opportunity_id = n.id
      WHERE o.closed_at IS DISTINCT FROM n.closed_at OR o.account_id IS DISTINCT FROM n.account_id) k;
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
--> statement-breakpoint
-- The accounts per filter dimension, and the cells follow their account's dimensions.
CREATE FUNCTION korsa_rm_matrix_apply_accounts(olds accounts[], news accounts[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
  INSERT INTO rm_matrix_counts AS t (level, market_id, industry, size, status, product_id, accounts, owned, pipeline, potential)
  SELECT l.level, l.market_id, l.industry, l.size, l.status, NULL::uuid, sum(c.sign)::int, 0, 0, 0
  FROM c CROSS JOIN LATERAL korsa_rm_matrix_levels(c.market_id, c.industry, c.size, c.status) l
  WHERE c.deleted_at IS NULL
  GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT rm_matrix_counts_key DO UPDATE SET accounts = t.accounts + excluded.accounts;

  UPDATE rm_matrix_cells c
  SET counted = n.deleted_at IS NULL, market_id = n.market_id, industry = n.industry, size = n.size, status = n.status
  FROM unnest(news) n
  WHERE c.account_id = n.id
    AND (c.counted, c.market_id, c.industry, c.size, c.status) IS DISTINCT FROM (n.deleted_at IS NULL, n.market_id, n.industry, n.size, n.status);
END $$;
--> statement-breakpoint
CREATE FUNCTION korsa_rm_accounts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM korsa_rm_matrix_apply_accounts('{}', ARRAY(SELECT ROW(n.*)::accounts FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    -- only the rows whose dimensions changed (most updates touch other columns)
    PERFORM korsa_rm_matrix_apply_accounts(
      ARRAY(SELECT ROW(o.*)::accounts FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.deleted_at IS NULL, o.market_id, o.industry, o.size, o.status) IS DISTINCT FROM (n.deleted_at IS NULL, n.market_id, n.industry, n.size, n.status)),
      ARRAY(SELECT ROW(n.*)::accounts FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.deleted_at IS NULL, o.market_id, o.industry, o.size, o.status) IS DISTINCT FROM (n.deleted_at IS NULL, n.market_id, n.industry, n.size, n.status)));
  ELSE
    PERFORM korsa_rm_matrix_apply_accounts(ARRAY(SELECT ROW(o.*)::accounts FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_matrix_accounts_insert AFTER INSERT ON accounts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_accounts_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_accounts_update AFTER UPDATE ON accounts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_accounts_changed();
--> statement-breakpoint
CREATE TRIGGER rm_matrix_accounts_delete AFTER DELETE ON accounts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_accounts_changed();
--> statement-breakpoint
-- Recompute these handoffs' facts: who gave and received, the day given, the answer, what the deal became.
CREATE FUNCTION korsa_rm_ledger_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(ids, 1), 0) = 0 THEN RETURN; END IF;
  WITH k AS (SELECT DISTINCT x.id FROM unnest(ids) AS x(id)),
  f AS (
    SELECT h.id AS handoff_id, (h.created_at AT TIME ZONE 'UTC')::date AS day, h.giver_id, h.giver_group_id, h.to_user_id,
           h.to_sales_group_id AS to_group_id, h.opportunity_id IS NOT NULL AS linked, coalesce(s.outcome = 'won', false) AS won,
           o.currency, o.value, h.answered_at IS NOT NULL AS answered,
           round(extract(epoch FROM (h.answered_at - h.created_at)) / 3600.0)::int AS answer_hours, h.accepted, h.reported
    FROM k JOIN handoffs h ON h.id = k.id
    LEFT JOIN opportunities o ON o.id = h.opportunity_id LEFT JOIN stages s ON s.id = o.stage_id
  ),
  gone AS (DELETE FROM rm_ledger_handoffs r USING k WHERE r.handoff_id = k.id AND NOT EXISTS (SELECT 1 FROM f WHERE f.handoff_id = k.id))
  INSERT INTO rm_ledger_handoffs AS r (handoff_id, day, giver_id, giver_group_id, to_user_id, to_group_id, linked, won, currency, value,
                                       answered, answer_hours, accepted, reported)
  SELECT handoff_id, day, giver_id, giver_group_id, to_user_id, to_group_id, linked, won, currency, value, answered, answer_hours, accepted, reported
  FROM f ORDER BY handoff_id
  ON CONFLICT (handoff_id) DO UPDATE SET
    day = excluded.day, giver_id = excluded.giver_id, giver_group_id = excluded.giver_group_id, to_user_id = excluded.to_user_id,
    to_group_id = excluded.to_group_id, linked = excluded.linked, won = excluded.won, currency = excluded.currency, value = excluded.value,
    answered = excluded.answered, answer_hours = excluded.answer_hours, accepted = excluded.accepted, reported = excluded.reported
  WHERE (r.day, r.giver_id, r.giver_group_id, r.to_user_id, r.to_group_id, r.linked, r.won, r.currency, r.value, r.answered, r.answer_hours, r.accepted, r.reported)
        IS DISTINCT FROM (excluded.day, excluded.giver_id, excluded.giver_group_id, excluded.to_user_id, excluded.to_group_id, excluded.linked,
                          excluded.won, excluded.currency, excluded.value, excluded.answered, excluded.answer_hours, excluded.accepted, excluded.reported);
END $$;
--> statement-breakpoint
-- The ledger's aggregates follow the handoffs' facts, each counted all time (day null) and on the day given.
CREATE FUNCTION korsa_rm_ledger_apply(olds rm_ledger_handoffs[], news rm_ledger_handoffs[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x),
  parts AS (
    SELECT c.sign, d.day, g.by, g.party_id, CASE WHEN c.won THEN coalesce(c.currency, '') ELSE '' END AS currency,
           1 AS given, c.linked::int AS to_opportunity, c.won::int AS won, CASE WHEN c.won THEN coalesce(c.value, 0) ELSE 0 END AS won_value,
           0 AS received, 0 AS answered, 0 AS accepted, 0 AS reported
    FROM c CROSS JOIN LATERAL (VALUES (NULL::date), (c.day)) d(day)
    CROSS JOIN LATERAL (VALUES (0::smallint, c.giver_id), (1::smallint, c.giver_group_id)) g(by, party_id)
    WHERE g.party_id IS NOT NULL
    UNION ALL
    SELECT c.sign, d.day, r.by, r.party_id, '', 0, 0, 0, 0, 1, c.answered::int, c.accepted::int, (c.accepted AND c.reported)::int
    FROM c CROSS JOIN LATERAL (VALUES (NULL::date), (c.day)) d(day)
    CROSS JOIN LATERAL (VALUES (0::smallint, c.to_user_id), (1::smallint, c.to_group_id)) r(by, party_id)
    WHERE r.party_id IS NOT NULL
  )
  INSERT INTO rm_ledger AS t (day, by, party_id, currency, given, to_opportunity, won, won_value, received, answered, accepted, reported)
  SELECT day, by, party_id, currency, sum(sign * given)::int, sum(sign * to_opportunity)::int, sum(sign * won)::int, sum(sign * won_value),
         sum(sign * received)::int, sum(sign * answered)::int, sum(sign * accepted)::int, sum(sign * reported)::int
  FROM parts GROUP BY 1, 2, 3, 4
  HAVING sum(sign * given) <> 0 OR sum(sign * to_opportunity) <> 0 OR sum(sign * won) <> 0 OR sum(sign * won_value) <> 0
      OR sum(sign * received) <> 0 OR sum(sign * answered) <> 0 OR sum(sign * accepted) <> 0 OR sum(sign * reported) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT rm_ledger_key DO UPDATE SET
    given = t.given + excluded.given, to_opportunity = t.to_opportunity + excluded.to_opportunity, won = t.won + excluded.won,
    won_value = t.won_value + excluded.won_value, received = t.received + excluded.received, answered = t.answered + excluded.answered,
    accepted = t.accepted + excluded.accepted, reported = t.reported + excluded.reported;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
  INSERT INTO rm_ledger_answers AS t (day, by, party_id, hours, count)
  SELECT d.day, r.by, r.party_id, c.answer_hours, sum(c.sign)::int
  FROM c CROSS JOIN LATERAL (VALUES (NULL::date), (c.day)) d(day)
  CROSS JOIN LATERAL (VALUES (0::smallint, c.to_user_id), (1::smallint, c.to_group_id)) r(by, party_id)
  WHERE r.party_id IS NOT NULL AND c.answer_hours IS NOT NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT rm_ledger_answers_key DO UPDATE SET count = t.count + excluded.count;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x UNION ALL SELECT 1, x.* FROM unnest(news) x)
  INSERT INTO rm_ledger_flows AS t (day, from_group_id, to_group_id, count, won)
  SELECT d.day, c.giver_group_id, c.to_group_id, sum(c.sign)::int, sum(c.sign * c.won::int)::int
  FROM c CROSS JOIN LATERAL (VALUES (NULL::date), (c.day)) d(day)
  WHERE c.to_group_id IS NOT NULL
  GROUP BY 1, 2, 3 HAVING sum(c.sign) <> 0 OR sum(c.sign * c.won::int) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT rm_ledger_flows_key DO UPDATE SET count = t.count + excluded.count, won = t.won + excluded.won;
END $$;
--> statement-breakpoint
CREATE FUNCTION korsa_rm_ledger_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM korsa_rm_ledger_apply('{}', ARRAY(SELECT ROW(n.*)::rm_ledger_handoffs FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM korsa_rm_ledger_apply(ARRAY(SELECT ROW(o.*)::rm_ledger_handoffs FROM old_rows o), ARRAY(SELECT ROW(n.*)::rm_ledger_handoffs FROM new_rows n));
  ELSE
    PERFORM korsa_rm_ledger_apply(ARRAY(SELECT ROW(o.*)::rm_ledger_handoffs FROM old_rows o), '{}');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_ledger_handoffs_insert AFTER INSERT ON rm_ledger_handoffs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_ledger_facts_changed();
--> statement-breakpoint
CREATE TRIGGER rm_ledger_handoffs_update AFTER UPDATE ON rm_ledger_handoffs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_ledger_facts_changed();
--> statement-breakpoint
CREATE TRIGGER rm_ledger_handoffs_delete AFTER DELETE ON rm_ledger_handoffs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_ledger_facts_changed();
--> statement-breakpoint
CREATE FUNCTION korsa_rm_handoffs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('korsa.read_models', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM korsa_rm_ledger_refresh(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM korsa_rm_ledger_refresh(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM korsa_rm_ledger_refresh(ARRAY(SELECT id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rm_ledger_source_insert AFTER INSERT ON handoffs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_handoffs_changed();
--> statement-breakpoint
CREATE TRIGGER rm_ledger_source_update AFTER UPDATE ON handoffs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_handoffs_changed();
--> statement-breakpoint
CREATE TRIGGER rm_ledger_source_delete AFTER DELETE ON handoffs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_handoffs_changed();
--> statement-breakpoint
CREATE TRIGGER rm_deal_facts_update AFTER UPDATE ON opportunities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_deal_facts_changed();
--> statement-breakpoint
CREATE TRIGGER rm_deal_facts_delete AFTER DELETE ON opportunities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION korsa_rm_deal_facts_changed();
