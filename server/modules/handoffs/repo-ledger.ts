import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

/**
 * The give-to-get ledger (D4), per seller or sales group. `fx` converts won values to the reporting
 * currency. The window applies to when handoffs were given.
 */
export async function ledger(db: Db, by: 'seller' | 'salesGroup', fx: { currency: string; factor: number }[], from?: string, to?: string) {
  const window = sql`${from ? sql`h.created_at >= ${from}::date` : sql`true`} and ${to ? sql`h.created_at < (${to}::date + 1)` : sql`true`}`;
  const giverKey = by === 'seller' ? sql`h.giver_id` : sql`h.giver_group_id`;
  const receiverKey = by === 'seller' ? sql`h.to_user_id` : sql`h.to_sales_group_id`;
  const names = by === 'seller' ? sql`select id, name from users` : sql`select id, name from sales_groups`;
  const result = await db.execute(sql`
    with u as (
      -- every handoff's answer and reports in one grouped pass (not three lookups per handoff)
      select handoff_id,
        min(at) filter (where status in ('accepted', 'declined')) as answered_at,
        bool_or(status in ('contacted', 'meeting_held', 'opportunity_created', 'not_relevant')) as reported,
        bool_or(status = 'accepted') as accepted
      from handoff_updates group by handoff_id
    ),
    h as (
      select h.*, u.answered_at, coalesce(u.reported, false) as reported, coalesce(u.accepted, false) as accepted,
        s.outcome as deal_outcome, o.value * fx.factor as deal_value
      from handoffs h
      left join u on u.handoff_id = h.id
      left join opportunities o on o.id = h.opportunity_id
      left join stages s on s.id = o.stage_id
      left join unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor) on fx.currency = o.currency
      where ${window}
    ),
    given as (
      select ${giverKey} as id, count(*)::int as given,
             count(*) filter (where opportunity_id is not null)::int as to_opportunity,
             count(*) filter (where deal_outcome = 'won')::int as won,
             coalesce(sum(deal_value) filter (where deal_outcome = 'won'), 0)::float8 as won_value
      from h group by 1
    ),
    received as (
      select ${receiverKey} as id, count(*)::int as received,
             count(answered_at)::int as answered,
             (percentile_cont(0.5) within group (order by extract(epoch from (answered_at - created_at)) / 3600.0))::float8 as median_hours,
             count(*) filter (where accepted)::int as accepted,
             count(*) filter (where accepted and reported)::int as reported
      from h where ${receiverKey} is not null group by 1
    )
    select n.id, n.name, coalesce(g.given, 0) as given, coalesce(r.received, 0) as received, r.answered, r.median_hours, r.accepted, r.reported,
           coalesce(g.to_opportunity, 0) as to_opportunity, coalesce(g.won, 0) as won, coalesce(g.won_value, 0) as won_value
    from (${names}) n
    left join given g on g.id = n.id
    left join received r on r.id = n.id
    where g.id is not null or r.id is not null
    order by coalesce(g.given, 0) desc, n.name`);
  return rowsOf<{
    id: string;
    name: string;
    given: number;
    received: number;
    answered: number | null;
    median_hours: number | null;
    accepted: number | null;
    reported: number | null;
    to_opportunity: number;
    won: number;
    won_value: number;
  }>(result);
}

export async function flows(db: Db, from?: string, to?: string) {
  const result = await db.execute(sql`
    select h.giver_group_id as "fromId", fg.name as "fromName", h.to_sales_group_id as "toId", tg.name as "toName",
           count(*)::int as count, count(*) filter (where s.outcome = 'won')::int as won
    from handoffs h
    join sales_groups tg on tg.id = h.to_sales_group_id
    left join sales_groups fg on fg.id = h.giver_group_id
    left join opportunities o on o.id = h.opportunity_id
    left join stages s on s.id = o.stage_id
    where ${from ? sql`h.created_at >= ${from}::date` : sql`true`} and ${to ? sql`h.created_at < (${to}::date + 1)` : sql`true`}
    group by 1, 2, 3, 4
    order by 5 desc`);
  return rowsOf<{ fromId: string | null; fromName: string | null; toId: string; toName: string; count: number; won: number }>(result);
}
