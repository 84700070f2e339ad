/**
 * Read-only queries of the management overview (K1, K2): one query per KPI over the whole
 * organisation or one scope of the drill-down. Money is converted to the reporting currency in SQL
 * with the `fx` factors.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

export type Fx = { currency: string; factor: number }[];
export interface Scope {
  marketId?: string;
  salesGroupId?: string;
  userId?: string;
}
export type Dimension = 'market' | 'salesGroup' | 'seller';

const fxJoin = (fx: Fx, currency: SQL) =>
  sql`join unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor) on fx.currency = ${currency}`;

/** Opportunities in a scope (alias `o`). */
const inScope = (s: Scope) =>
  sql`${s.marketId ? sql`and o.market_id = ${s.marketId}` : sql``}
      ${s.salesGroupId ? sql`and o.sales_group_id = ${s.salesGroupId}` : sql``}
      ${s.userId ? sql`and o.owner_id = ${s.userId}` : sql``}`;

const dimColumn = (d: Dimension | null) =>
  d === 'market' ? sql`o.market_id` : d === 'salesGroup' ? sql`o.sales_group_id` : d === 'seller' ? sql`o.owner_id` : sql`null::uuid`;

const yearRange = (column: SQL, year: number) => sql`${column} >= ${`${year}-01-01`}::date and ${column} < ${`${year + 1}-01-01`}::date`;

/** Open opportunities per stage: count and value, and the value (and weighted value) expected to close in `year`. */
export async function openByStage(db: Db, scope: Scope, year: number, fx: Fx) {
  const result = await db.execute(sql`
    select s.id as "stageId", s.key, s.name, min(s.position) as position, count(*)::int as count,
           sum(o.value * fx.factor)::float8 as value,
           coalesce(sum(o.value * fx.factor * s.probability / 100.0) filter (where ${yearRange(sql`o.expected_close_on`, year)}), 0)::float8
             as weighted,
           coalesce(sum(o.value * fx.factor) filter (where ${yearRange(sql`o.expected_close_on`, year)}), 0)::float8 as "closingInYear"
    from opportunities o join stages s on s.id = o.stage_id ${fxJoin(fx, sql`o.currency`)}
    where o.closed_at is null ${inScope(scope)}
    group by s.id, s.key, s.name
    order by 4, 3`);
  return rowsOf<{ stageId: string; key: string; name: string; count: number; value: number; weighted: number; closingInYear: number }>(
    result,
  );
}

/** Open value expected to close in `year`, per member of a dimension. */
export async function pipelineBy(db: Db, by: Dimension, scope: Scope, year: number, fx: Fx) {
  const result = await db.execute(sql`
    select ${dimColumn(by)} as id, coalesce(sum(o.value * fx.factor), 0)::float8 as value
    from opportunities o ${fxJoin(fx, sql`o.currency`)}
    where o.closed_at is null and ${yearRange(sql`o.expected_close_on`, year)} ${inScope(scope)}
    group by 1`);
  return rowsOf<{ id: string | null; value: number }>(result);
}

/**
 * Won and lost closed since `since`, with the median cycle (created → closed, days) of the won ones;
 * for the scope as a whole (id null, `total`) and per member of a dimension.
 */
export async function outcomes(db: Db, by: Dimension | null, scope: Scope, since: Date) {
  const dim = dimColumn(by);
  const result = await db.execute(sql`
    select ${dim} as id, grouping(${dim}) = 1 as total,
           count(*) filter (where s.outcome = 'won')::int as won,
           count(*) filter (where s.outcome = 'lost')::int as lost,
           (percentile_cont(0.5) within group (order by extract(epoch from (o.closed_at - o.created_at)) / 86400.0)
             filter (where s.outcome = 'won'))::float8 as "medianWonDays"
    from opportunities o join stages s on s.id = o.stage_id
    where o.closed_at >= ${since.toISOString()}::timestamptz ${inScope(scope)}
    group by grouping sets ((${dim}), ())`);
  return rowsOf<{ id: string | null; total: boolean; won: number; lost: number; medianWonDays: number | null }>(result);
}

/** Open opportunities with a quote sent (B5). */
export async function outstandingQuotes(db: Db, scope: Scope, fx: Fx) {
  const result = await db.execute(sql`
    select count(*)::int as count, coalesce(sum(o.value * fx.factor), 0)::float8 as value
    from opportunities o join stages s on s.id = o.stage_id ${fxJoin(fx, sql`o.currency`)}
    where o.closed_at is null and s.key = 'quote_sent' ${inScope(scope)}`);
  return rowsOf<{ count: number; value: number }>(result)[0] ?? { count: 0, value: 0 };
}

/**
 * Handoffs of the year in a scope: given by it and received by it; of those received, answered,
 * won (the linked deal), overdue (no answer or report by the due date), and accepted ones reported on.
 * A market is the customer's market; the company gives and receives every handoff.
 */
export async function handoffSummary(db: Db, scope: Scope, year: number, now: Date) {
  // a seller gives and receives as a person; a group as a group, within the market if one is chosen;
  // a market gives through its sellers and receives about its customers; the company does both
  const inMarket = scope.marketId ? sql`a.market_id = ${scope.marketId}` : sql`true`;
  const given = scope.userId
    ? sql`h.giver_id = ${scope.userId}`
    : scope.salesGroupId
      ? sql`h.giver_group_id = ${scope.salesGroupId} and ${inMarket}`
      : scope.marketId
        ? sql`g.market_id = ${scope.marketId}`
        : sql`true`;
  const received = scope.userId
    ? sql`h.to_user_id = ${scope.userId}`
    : scope.salesGroupId
      ? sql`h.to_sales_group_id = ${scope.salesGroupId} and ${inMarket}`
      : inMarket;
  const result = await db.execute(sql`
    with h as (
      select h.*, (${given}) as given, (${received}) as received, s.outcome as deal_outcome,
             coalesce(u.accepted, false) as accepted, coalesce(u.reported, false) as reported
      from handoffs h join accounts a on a.id = h.account_id left join users g on g.id = h.giver_id
      left join (
        select handoff_id, bool_or(status = 'accepted') as accepted,
               bool_or(status in ('contacted', 'meeting_held', 'opportunity_created', 'not_relevant')) as reported
        from handoff_updates group by handoff_id
      ) u on u.handoff_id = h.id
      left join opportunities o on o.id = h.opportunity_id left join stages s on s.id = o.stage_id
      where ${yearRange(sql`h.created_at`, year)}
    )
    select count(*) filter (where given)::int as given,
           count(*) filter (where received)::int as received,
           count(*) filter (where received and status <> 'sent')::int as answered,
           count(*) filter (where received and deal_outcome = 'won')::int as won,
           count(*) filter (where received and accepted)::int as accepted,
           count(*) filter (where received and accepted and reported)::int as reported,
           count(*) filter (where received and status in ('sent', 'accepted', 'contacted', 'meeting_held')
                            and due_at < ${now.toISOString()}::timestamptz)::int as overdue
    from h where given or received`);
  return (
    rowsOf<{ given: number; received: number; answered: number; won: number; accepted: number; reported: number; overdue: number }>(
      result,
    )[0] ?? { given: 0, received: 0, answered: 0, won: 0, accepted: 0, reported: 0, overdue: 0 }
  );
}

/**
 * Agreements ending between `from` and `until`: won deals with recurring lines, ending when their
 * longest line's contract runs out (from the start date, or the signing date). With an open
 * opportunity on the same account for one of the same products, if someone has started the renewal.
 */
export async function renewals(db: Db, scope: Scope & { ownerId?: string }, from: string, until: string, fx: Fx) {
  const result = await db.execute(sql`
    with agreements as (
      select o.id, o.name, o.account_id, o.owner_id, o.currency, o.annual_value,
             (coalesce(o.start_on, o.signed_on) + make_interval(months => max(l.contract_months)))::date as ends_on,
             array_agg(distinct l.product_id) as product_ids
      from opportunities o join stages s on s.id = o.stage_id
      join opportunity_lines l on l.opportunity_id = o.id and l.recurring and l.contract_months is not null
      where s.outcome = 'won' ${inScope(scope)} ${scope.ownerId ? sql`and o.owner_id = ${scope.ownerId}` : sql``}
      group by o.id
    )
    select g.id as "opportunityId", g.name, g.account_id as "accountId", a.name as "accountName",
           g.owner_id as "ownerId", u.name as "ownerName", to_char(g.ends_on, 'YYYY-MM-DD') as "endsOn",
           (g.annual_value * fx.factor)::float8 as "annualValue",
           (select array_agg(p.name order by p.name) from products p where p.id = any(g.product_ids)) as products,
           (select r.id from opportunities r join opportunity_lines rl on rl.opportunity_id = r.id
             where r.account_id = g.account_id and r.closed_at is null and rl.product_id = any(g.product_ids)
             order by r.created_at desc limit 1) as "renewalOpportunityId"
    from agreements g join accounts a on a.id = g.account_id left join users u on u.id = g.owner_id
    ${fxJoin(fx, sql`g.currency`)}
    where g.ends_on >= ${from}::date and g.ends_on < ${until}::date
    order by g.ends_on, a.name
    limit 1000`);
  return rowsOf<{
    opportunityId: string;
    name: string;
    accountId: string;
    accountName: string;
    ownerId: string | null;
    ownerName: string | null;
    endsOn: string;
    annualValue: number;
    products: string[] | null;
    renewalOpportunityId: string | null;
  }>(result);
}

/** How many agreements end between `from` and `until`, and their annual value (for the KPI; no row limit). */
export async function renewalTotals(db: Db, scope: Scope, from: string, until: string, fx: Fx) {
  const result = await db.execute(sql`
    with agreements as (
      select o.currency, o.annual_value,
             (coalesce(o.start_on, o.signed_on) + make_interval(months => max(l.contract_months)))::date as ends_on
      from opportunities o join stages s on s.id = o.stage_id
      join opportunity_lines l on l.opportunity_id = o.id and l.recurring and l.contract_months is not null
      where s.outcome = 'won' ${inScope(scope)}
      group by o.id
    )
    select count(*)::int as count, coalesce(sum(g.annual_value * fx.factor), 0)::float8 as value
    from agreements g ${fxJoin(fx, sql`g.currency`)}
    where g.ends_on >= ${from}::date and g.ends_on < ${until}::date`);
  return rowsOf<{ count: number; value: number }>(result)[0] ?? { count: 0, value: 0 };
}

/** Deals won lately in a scope, newest first. */
export async function recentWins(db: Db, scope: Scope, limit: number, fx: Fx) {
  const result = await db.execute(sql`
    select o.id as "opportunityId", o.name, o.account_id as "accountId", a.name as "accountName", u.name as "sellerName",
           g.name as "salesGroupName", o.channel, (o.annual_value * fx.factor)::float8 as "annualValue",
           to_char(o.signed_on, 'YYYY-MM-DD') as "signedOn"
    from opportunities o join stages s on s.id = o.stage_id join accounts a on a.id = o.account_id
    left join users u on u.id = o.owner_id left join sales_groups g on g.id = o.sales_group_id
    ${fxJoin(fx, sql`o.currency`)}
    where s.outcome = 'won' and o.signed_on is not null ${inScope(scope)}
    order by o.closed_at desc nulls last, o.signed_on desc
    limit ${limit}`);
  return rowsOf<{
    opportunityId: string;
    name: string;
    accountId: string;
    accountName: string;
    sellerName: string | null;
    salesGroupName: string | null;
    channel: 'renewal' | 'upsell' | 'win_back' | 'new' | null;
    annualValue: number;
    signedOn: string;
  }>(result);
}

/** The members of the next level down (markets, groups, or the sellers of a group), with names. */
export async function members(db: Db, by: Dimension, scope: Scope) {
  const query =
    by === 'market'
      ? sql`select id, name from markets order by name`
      : by === 'salesGroup'
        ? sql`select id, name from sales_groups order by name`
        : sql`select id, name from users where role = 'seller' and active
              ${scope.salesGroupId ? sql`and sales_group_id = ${scope.salesGroupId}` : sql``}
              ${scope.marketId ? sql`and market_id = ${scope.marketId}` : sql``} order by name`;
  return rowsOf<{ id: string; name: string }>(await db.execute(query));
}

/** The name of the level looked at: the organisation, a market, a group or a seller. */
export async function levelName(db: Db, scope: Scope) {
  const query = scope.userId
    ? sql`select name from users where id = ${scope.userId}`
    : scope.salesGroupId && scope.marketId
      ? sql`select g.name || ' · ' || m.name as name from sales_groups g, markets m where g.id = ${scope.salesGroupId} and m.id = ${scope.marketId}`
      : scope.salesGroupId
        ? sql`select name from sales_groups where id = ${scope.salesGroupId}`
        : scope.marketId
          ? sql`select name from markets where id = ${scope.marketId}`
          : sql`select name from organisation limit 1`;
  return rowsOf<{ name: string }>(await db.execute(query))[0]?.name ?? null;
}
