/**
 * Read-only queries of the management overview (K1, K2): one query per KPI over the whole
 * organisation or one scope of the drill-down. Money is converted to the reporting currency in SQL
 * with the `fx` factors.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Channel } from '@domain/channels';
import { histogramMedian } from '@domain/kpis';
import { rowsOf, type Db } from '../../db/client';
import { dimsOf, inModelScope, levelFor } from '../read-models/levels';

export type Fx = { currency: string; factor: number }[];
export interface Scope {
  marketId?: string;
  salesGroupId?: string;
  userId?: string;
}
export type Dimension = 'market' | 'salesGroup' | 'seller';

const fxJoin = (fx: Fx, currency: SQL) =>
  sql`join unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor) on fx.currency = ${currency}`;

/** Opportunities in a scope (alias `o`); deleted ones (domain/records.ts) count nowhere. */
const inScope = (s: Scope) =>
  sql`and o.deleted_at is null ${s.marketId ? sql`and o.market_id = ${s.marketId}` : sql``}
      ${s.salesGroupId ? sql`and o.sales_group_id = ${s.salesGroupId}` : sql``}
      ${s.userId ? sql`and o.owner_id = ${s.userId}` : sql``}`;

const yearRange = (column: SQL, year: number) => sql`${column} >= ${`${year}-01-01`}::date and ${column} < ${`${year + 1}-01-01`}::date`;

/** The read models' rows (alias `r`) of a scope, or of the members of a dimension below it (read-models/levels.ts). */
const modelScope = (s: Scope, by: Dimension | null = null) =>
  inModelScope({ marketId: s.marketId, salesGroupId: s.salesGroupId, ownerId: s.userId }, by ? [by === 'seller' ? 'owner' : by] : [], 'r');

const modelColumn = (d: Dimension) => (d === 'market' ? sql`r.market_id` : d === 'salesGroup' ? sql`r.sales_group_id` : sql`r.owner_id`);

/** Open opportunities per stage: count and value, and the value (and weighted value) expected to close in `year` (read model `rm_pipeline`). */
export async function openByStage(db: Db, scope: Scope, year: number, fx: Fx) {
  const result = await db.execute(sql`
    select s.id as "stageId", s.key, s.name, min(s.position) as position, sum(r.count)::int as count,
           sum(r.value * fx.factor)::float8 as value,
           coalesce(sum(r.value * fx.factor * s.probability / 100.0) filter (where r.close_year = ${year}), 0)::float8 as weighted,
           coalesce(sum(r.value * fx.factor) filter (where r.close_year = ${year}), 0)::float8 as "closingInYear"
    from rm_pipeline r join stages s on s.id = r.stage_id ${fxJoin(fx, sql`r.currency`)}
    where ${modelScope(scope)}
    group by s.id, s.key, s.name
    having sum(r.count) <> 0
    order by 4, 3`);
  return rowsOf<{ stageId: string; key: string; name: string; count: number; value: number; weighted: number; closingInYear: number }>(
    result,
  );
}

/** Open value expected to close in `year`, per member of a dimension. */
export async function pipelineBy(db: Db, by: Dimension, scope: Scope, year: number, fx: Fx) {
  const result = await db.execute(sql`
    select ${modelColumn(by)} as id, coalesce(sum(r.value * fx.factor), 0)::float8 as value
    from rm_pipeline r ${fxJoin(fx, sql`r.currency`)}
    where ${modelScope(scope, by)} and r.close_year = ${year}
    group by 1`);
  return rowsOf<{ id: string | null; value: number }>(result);
}

/**
 * Won and lost closed since the day of `since`, with the median cycle (created → closed, in whole
 * days, of the deals won since the first of that month); for the scope as a whole (id null,
 * `total`) and per member of a dimension. From the read models `rm_outcomes` and `rm_won_cycles`.
 */
export async function outcomes(db: Db, by: Dimension | null, scope: Scope, since: Date) {
  const day = since.toISOString().slice(0, 10);
  const month = `${day.slice(0, 7)}-01`;
  const counts = (where: SQL, id: SQL) => sql`
    select ${id} as id, coalesce(sum(r.count) filter (where r.outcome = 'won'), 0)::int as won,
           coalesce(sum(r.count) filter (where r.outcome = 'lost'), 0)::int as lost
    from rm_outcomes r where ${where} and r.closed_on >= ${day}::date group by 1`;
  const [total, members, cycles] = await Promise.all([
    db.execute(counts(modelScope(scope), sql`null::uuid`)),
    by ? db.execute(counts(modelScope(scope, by), modelColumn(by))) : Promise.resolve(null),
    db.execute(sql`
      select r.days as value, sum(r.count)::int as count from rm_won_cycles r
      where ${modelScope(scope)} and r.month >= ${month}::date group by 1`),
  ]);
  type Counts = { id: string | null; won: number; lost: number };
  const whole = rowsOf<Counts>(total)[0] ?? { id: null, won: 0, lost: 0 };
  const medianWonDays = histogramMedian(rowsOf<{ value: number; count: number }>(cycles));
  return [
    { ...whole, id: null, total: true, medianWonDays },
    ...(members ? rowsOf<Counts>(members) : []).map((m) => ({ ...m, total: false, medianWonDays: null as number | null })),
  ];
}

/** Open opportunities with a quote sent (B5). */
export async function outstandingQuotes(db: Db, scope: Scope, fx: Fx) {
  const result = await db.execute(sql`
    select coalesce(sum(r.count), 0)::int as count, coalesce(sum(r.value * fx.factor), 0)::float8 as value
    from rm_pipeline r join stages s on s.id = r.stage_id ${fxJoin(fx, sql`r.currency`)}
    where s.key = 'quote_sent' and ${modelScope(scope)}`);
  return rowsOf<{ count: number; value: number }>(result)[0] ?? { count: 0, value: 0 };
}

/**
 * Handoffs of the year in a scope: given by it and received by it; of those received, answered,
 * won (the linked deal), overdue (no answer or report by the due date), and accepted ones reported on.
 * A market gives through its sellers and receives about its customers (read model
 * `rm_overview_handoffs`, read-models/levels.ts). Overdue is what is open less the open ones not yet
 * due: those few are read from the facts (`rm_ledger_handoffs_open_due_idx`), the rest is one row.
 */
export async function handoffSummary(db: Db, scope: Scope, year: number, now: Date) {
  const level = levelFor(dimsOf({ marketId: scope.marketId, salesGroupId: scope.salesGroupId, ownerId: scope.userId }));
  const by = (market: SQL, group: SQL, user: SQL) =>
    sql`${scope.marketId ? sql`and ${market} = ${scope.marketId}` : sql``}
        ${scope.salesGroupId ? sql`and ${group} = ${scope.salesGroupId}` : sql``}
        ${scope.userId ? sql`and ${user} = ${scope.userId}` : sql``}`;
  const result = await db.execute(sql`
    select coalesce(sum(r.given), 0)::int as given, coalesce(sum(r.received), 0)::int as received,
           coalesce(sum(r.answered), 0)::int as answered, coalesce(sum(r.won), 0)::int as won,
           coalesce(sum(r.accepted), 0)::int as accepted, coalesce(sum(r.reported), 0)::int as reported,
           (coalesce(sum(r.open), 0) - (
             select count(*) from rm_ledger_handoffs f
             where f.open and f.due_at >= ${now.toISOString()}::timestamptz and f.counted and ${yearRange(sql`f.day`, year)}
               ${by(sql`f.customer_market_id`, sql`f.to_group_id`, sql`f.to_user_id`)}))::int as overdue
    from rm_overview_handoffs r
    where r.year = ${year} and r.level = ${level} ${by(sql`r.market_id`, sql`r.sales_group_id`, sql`r.user_id`)}`);
  return (
    rowsOf<{ given: number; received: number; answered: number; won: number; accepted: number; reported: number; overdue: number }>(
      result,
    )[0] ?? { given: 0, received: 0, answered: 0, won: 0, accepted: 0, reported: 0, overdue: 0 }
  );
}

/**
 * Agreements ending between `from` and `until`: won deals with recurring lines, ending when their
 * longest line's contract runs out (`agreement_ends_on`, decided at the win by domain/pipeline/agreements.ts). With an open
 * opportunity on the same account for one of the same products, if someone has started the renewal.
 */
export async function renewals(db: Db, scope: Scope & { ownerId?: string }, from: string, until: string, fx: Fx) {
  const result = await db.execute(sql`
    with agreements as (
      select o.id, o.name, o.account_id, o.owner_id, o.currency, o.annual_value, o.agreement_ends_on as ends_on,
             array(select distinct l.product_id from opportunity_lines l where l.opportunity_id = o.id and l.recurring) as product_ids
      from opportunities o
      where o.agreement_ends_on >= ${from}::date and o.agreement_ends_on < ${until}::date
        ${inScope(scope)} ${scope.ownerId ? sql`and o.owner_id = ${scope.ownerId}` : sql``}
    )
    select g.id as "opportunityId", g.name, g.account_id as "accountId", a.name as "accountName",
           g.owner_id as "ownerId", u.name as "ownerName", to_char(g.ends_on, 'YYYY-MM-DD') as "endsOn",
           (g.annual_value * fx.factor)::float8 as "annualValue",
           (select array_agg(p.name order by p.name) from products p where p.id = any(g.product_ids)) as products,
           (select r.id from opportunities r join opportunity_lines rl on rl.opportunity_id = r.id
             where r.account_id = g.account_id and r.closed_at is null and r.deleted_at is null and rl.product_id = any(g.product_ids)
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
      select o.currency, o.annual_value, o.agreement_ends_on as ends_on
      from opportunities o
      where o.agreement_ends_on >= ${from}::date and o.agreement_ends_on < ${until}::date ${inScope(scope)}
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
    channel: Channel | null;
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
