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

export async function ledger(db: Db, by: 'seller' | 'salesGroup', fx: { currency: string; factor: number }[], from?: string, to?: string) {
  const names = by === 'seller' ? sql`users` : sql`sales_groups`;
  const result = await db.execute(sql`
    with t as (
      select r.party_id as id, sum(r.given)::int as given, sum(r.to_opportunity)::int as to_opportunity, sum(r.won)::int as won,
             coalesce(sum(r.won_value * fx.factor), 0)::float8 as won_value, sum(r.received)::int as received,
             sum(r.answered)::int as answered, sum(r.accepted)::int as accepted, sum(r.reported)::int as reported
      from rm_ledger r
      left join unnest(${sql.param(fx.map((x) => x.currency))}::text[], ${sql.param(fx.map((x) => x.factor))}::float8[]) as fx(currency, factor)
        on fx.currency = r.currency
      where r.by = ${byKey(by)} and ${days(from, to)}
      group by 1
    )
    select n.id, n.name, t.given, t.received,
           case when t.received > 0 then t.answered end as answered,
           case when t.received > 0 then t.accepted end as accepted,
           case when t.received > 0 then t.reported end as reported,
           t.to_opportunity, t.won, t.won_value
    from t join ${names} n on n.id = t.id
    where t.given > 0 or t.received > 0
    order by t.given desc, n.name`);
  return rowsOf<{
    id: string;
    name: string;
    given: number;
    received: number;
    answered: number | null;
    accepted: number | null;
    reported: number | null;
    to_opportunity: number;
    won: number;
    won_value: number;
  }>(result);
}

/** Answers per receiver and whole hours taken (the median response time's histogram). */
export async function answerHours(db: Db, by: 'seller' | 'salesGroup', from?: string, to?: string) {
  const result = await db.execute(sql`
    select r.party_id as id, r.hours as value, sum(r.count)::int as count
    from rm_ledger_answers r where r.by = ${byKey(by)} and ${days(from, to)}
    group by 1, 2 having sum(r.count) <> 0`);
  return rowsOf<{ id: string; value: number; count: number }>(result);
}

export async function flows(db: Db, from?: string, to?: string) {
  const result = await db.execute(sql`
    select r.from_group_id as "fromId", fg.name as "fromName", r.to_group_id as "toId", tg.name as "toName",
           sum(r.count)::int as count, sum(r.won)::int as won
    from rm_ledger_flows r
    join sales_groups tg on tg.id = r.to_group_id
    left join sales_groups fg on fg.id = r.from_group_id
    where ${days(from, to)}
    group by 1, 2, 3, 4
    having sum(r.count) > 0
    order by 5 desc, 2, 4`);
  return rowsOf<{ fromId: string | null; fromName: string | null; toId: string; toName: string; count: number; won: number }>(result);
}
