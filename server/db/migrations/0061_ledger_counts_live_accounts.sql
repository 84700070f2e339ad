-- The give-to-get ledger counts a handoff only while its account is not deleted (soft, domain/records.ts), as the
-- overview's handoff figures do: deleting the account subtracts its handoffs, restoring it adds them back. The facts
-- per handoff (rm_ledger_handoffs.counted, migration 0056) already follow the account; only the sums change.
CREATE OR REPLACE FUNCTION korsa_rm_ledger_apply(olds rm_ledger_handoffs[], news rm_ledger_handoffs[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.counted UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.counted),
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

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.counted UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.counted)
  INSERT INTO rm_ledger_answers AS t (day, by, party_id, hours, count)
  SELECT d.day, r.by, r.party_id, c.answer_hours, sum(c.sign)::int
  FROM c CROSS JOIN LATERAL (VALUES (NULL::date), (c.day)) d(day)
  CROSS JOIN LATERAL (VALUES (0::smallint, c.to_user_id), (1::smallint, c.to_group_id)) r(by, party_id)
  WHERE r.party_id IS NOT NULL AND c.answer_hours IS NOT NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT rm_ledger_answers_key DO UPDATE SET count = t.count + excluded.count;

  WITH c AS (SELECT -1 AS sign, x.* FROM unnest(olds) x WHERE x.counted UNION ALL SELECT 1, x.* FROM unnest(news) x WHERE x.counted)
  INSERT INTO rm_ledger_flows AS t (day, from_group_id, to_group_id, count, won)
  SELECT d.day, c.giver_group_id, c.to_group_id, sum(c.sign)::int, sum(c.sign * c.won::int)::int
  FROM c CROSS JOIN LATERAL (VALUES (NULL::date), (c.day)) d(day)
  WHERE c.to_group_id IS NOT NULL
  GROUP BY 1, 2, 3 HAVING sum(c.sign) <> 0 OR sum(c.sign * c.won::int) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT rm_ledger_flows_key DO UPDATE SET count = t.count + excluded.count, won = t.won + excluded.won;
END $$;
