import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

/**
 * The give-to-get ledger (D4) from its read models (`rm_ledger`, `rm_ledger_answers`,
 * `rm_ledger_flows`: server/modules/read-models), per seller or sales group. Without a window it
 * reads the all-time rows (a few per party); with one, the rows of the days given within it.
 * `fx` converts won values to the reporting currency.
 */
const byKey = (by: 'seller' | 'salesGroup') => (by === 'seller' ? 0 : 1);
const days = (from?: string, to?: string) =>
  from || to
    ? sql`r.day is not null ${from ? sql`and r.day >= ${from}::date` : sql``} ${to ? sql`and r.day <= ${to}::date` : sql``}`
    : sql`r.day is null`;

/** Which rows: a page in rank order (with the reader's own row wherever it ranks), or the given parties' rows. */
export type LedgerSelection = { offset: number; limit: number; ownId: string | null } | { partyIds: string[] };

export interface LedgerWindow {
  from?: string;
  to?: string;
  /** Only this sales group's sellers (by seller), or only its row (by group). */
  salesGroupId?: string;
}

/**
 * The ledger's rows, ranked by tips given (then name): the sums over the window are taken for every party
 * (a few rows each), and only the selected rows are returned, with the number of parties ranked.
 */
export async function ledger(
  db: Db,
  by: 'seller' | 'salesGroup',
  fx: { currency: string; factor: number }[],
  window: LedgerWindow,
  selection: LedgerSelection,
) {
  const names = by === 'seller' ? sql`users` : sql`sales_groups`;
  const picked =
    'partyIds' in selection
      ? sql`id = any(${sql.param(selection.partyIds)}::uuid[])`
      : sql`(rank > ${selection.offset}::bigint and rank <= ${selection.offset + selection.limit}::bigint) or id = ${selection.ownId}::uuid`;
  const result = await db.execute(sql`
    with t as (
      select r.party_id as id, sum(r.given)::int as given, sum(r.to_opportunity)::int as to_opportunity, sum(r.won)::int as won,
             coalesce(sum(r.won_value * fx.factor), 0)::float8 as won_value, sum(r.received)::int as received,
             sum(r.answered)::int as answered, sum(r.accepted)::int as accepted, sum(r.reported)::int as reported
      from rm_ledger r
      left join unnest(${sql.param(fx.map((x) => x.currency))}::text[], ${sql.param(fx.map((x) => x.factor))}::float8[]) as fx(currency, factor)
        on fx.currency = r.currency
      where r.by = ${byKey(by)} and ${days(window.from, window.to)}
      group by 1
    ), ranked as (
      select n.id, n.name, t.given, t.received,
             case when t.received > 0 then t.answered end as answered,
             case when t.received > 0 then t.accepted end as accepted,
             case when t.received > 0 then t.reported end as reported,
             t.to_opportunity, t.won, t.won_value,
             (row_number() over (order by t.given desc, n.name, n.id))::int as rank
      from t join ${names} n on n.id = t.id
      where (t.given > 0 or t.received > 0)
        ${window.salesGroupId ? sql`and ${by === 'seller' ? sql`n.sales_group_id` : sql`n.id`} = ${window.salesGroupId}::uuid` : sql``}
    )
    -- one row even when none is picked (a page past the end): it carries the total
    select r.*, c.total from (select count(*)::int as total from ranked) c
    left join lateral (select * from ranked where ${picked}) r on true
    order by r.rank`);
  const rows = rowsOf<{
    id: string | null;
    name: string;
    given: number;
    received: number;
    answered: number | null;
    accepted: number | null;
    reported: number | null;
    to_opportunity: number;
    won: number;
    won_value: number;
    rank: number;
    total: number;
  }>(result);
  return { total: rows[0]?.total ?? 0, rows: rows.filter((r): r is typeof r & { id: string } => r.id !== null) };
}

/** Answers per receiver and whole hours taken (the median response time's histogram). */
export async function answerHours(db: Db, by: 'seller' | 'salesGroup', window: LedgerWindow, partyIds: string[]) {
  const result = await db.execute(sql`
    select r.party_id as id, r.hours as value, sum(r.count)::int as count
    from rm_ledger_answers r
    where r.by = ${byKey(by)} and ${days(window.from, window.to)} and r.party_id = any(${sql.param(partyIds)}::uuid[])
    group by 1, 2 having sum(r.count) <> 0`);
  return rowsOf<{ id: string; value: number; count: number }>(result);
}

/** Who gives to whom, group to group (with a sales group: the flows from or to it). */
export async function flows(db: Db, { from, to, salesGroupId }: LedgerWindow) {
  const result = await db.execute(sql`
    select r.from_group_id as "fromId", fg.name as "fromName", r.to_group_id as "toId", tg.name as "toName",
           sum(r.count)::int as count, sum(r.won)::int as won
    from rm_ledger_flows r
    join sales_groups tg on tg.id = r.to_group_id
    left join sales_groups fg on fg.id = r.from_group_id
    where ${days(from, to)}
      ${salesGroupId ? sql`and (r.from_group_id = ${salesGroupId}::uuid or r.to_group_id = ${salesGroupId}::uuid)` : sql``}
    group by 1, 2, 3, 4
    having sum(r.count) > 0
    order by 5 desc, 2, 4`);
  return rowsOf<{ fromId: string | null; fromName: string | null; toId: string; toName: string; count: number; won: number }>(result);
}
