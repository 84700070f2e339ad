import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { OpportunityFilters } from '@contract/opportunities';
import { rowsOf, type Db } from '../../db/client';
import {
  accounts,
  competitors,
  markets,
  opportunities,
  opportunityLines,
  products,
  salesGroups,
  stageChanges,
  stages,
  users,
} from '../../db/schema';
import { filters, type WithCustom } from './repo-filters';

type Filters = WithCustom<OpportunityFilters>;

const money = (expr: ReturnType<typeof sql>) => sql<number>`coalesce(${expr}, 0)::float8`;

/** Open opportunities by expected close month, group, market and currency (weighted by stage probability). */
export async function forecastRows(db: Db, f: Filters, from: string, to: string) {
  return db
    .select({
      month: sql<string>`to_char(${opportunities.expectedCloseOn}, 'YYYY-MM')`,
      salesGroupId: opportunities.salesGroupId,
      salesGroupName: salesGroups.name,
      marketId: opportunities.marketId,
      marketName: markets.name,
      currency: opportunities.currency,
      count: sql<number>`count(*)::int`,
      value: money(sql`sum(${opportunities.value})`),
      weightedValue: money(sql`sum(${opportunities.value} * ${stages.probability} / 100.0)`),
    })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .leftJoin(salesGroups, eq(salesGroups.id, opportunities.salesGroupId))
    .leftJoin(markets, eq(markets.id, opportunities.marketId))
    .where(
      and(
        isNull(opportunities.closedAt),
        sql`${opportunities.expectedCloseOn} >= ${from} and ${opportunities.expectedCloseOn} < ${to}`,
        filters(f),
      ),
    )
    .groupBy(sql`1`, opportunities.salesGroupId, salesGroups.name, opportunities.marketId, markets.name, opportunities.currency);
}

/** Open opportunities at these accounts expected to close before `until` (or without a close date), per account and currency. */
export async function openByAccount(db: Db, accountIds: readonly string[], until: string) {
  if (accountIds.length === 0) return [];
  return db
    .select({
      accountId: opportunities.accountId,
      currency: opportunities.currency,
      count: sql<number>`count(*)::int`,
      value: money(sql`sum(${opportunities.value})`),
      weightedValue: money(sql`sum(${opportunities.value} * ${stages.probability} / 100.0)`),
    })
    .from(opportunities)
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .where(
      and(
        isNull(opportunities.closedAt),
        isNull(opportunities.deletedAt),
        sql`${opportunities.accountId} = any(${sql.param([...accountIds])}::uuid[])`,
        sql`(${opportunities.expectedCloseOn} is null or ${opportunities.expectedCloseOn} < ${until}::date)`,
      ),
    )
    .groupBy(opportunities.accountId, opportunities.currency);
}

export async function overdueRows(db: Db, f: Filters, today: string) {
  return db
    .select({
      currency: opportunities.currency,
      count: sql<number>`count(*)::int`,
      value: money(sql`sum(${opportunities.value})`),
      weightedValue: money(sql`sum(${opportunities.value} * ${stages.probability} / 100.0)`),
    })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .where(and(isNull(opportunities.closedAt), sql`${opportunities.expectedCloseOn} < ${today}`, filters(f)))
    .groupBy(opportunities.currency);
}

export type Dimension = 'seller' | 'salesGroup' | 'market' | 'product';

function closedWindow(from?: string, to?: string) {
  return and(
    isNotNull(opportunities.closedAt),
    from ? sql`${opportunities.closedAt} >= ${from}::date` : undefined,
    to ? sql`${opportunities.closedAt} < (${to}::date + 1)` : undefined,
  );
}

/**
 * Won and lost per dimension, with won value and median cycle length (created → closed, in days).
 * Per product, an opportunity counts once for each product it has.
 */
export async function outcomes(
  db: Db,
  by: Dimension | null,
  f: Filters,
  fx: { currency: string; factor: number }[],
  from?: string,
  to?: string,
) {
  const dim = {
    seller: { id: sql`${opportunities.ownerId}`, name: sql`${users.name}` },
    salesGroup: { id: sql`${opportunities.salesGroupId}`, name: sql`${salesGroups.name}` },
    market: { id: sql`${opportunities.marketId}`, name: sql`${markets.name}` },
    product: { id: sql`${products.id}`, name: sql`${products.name}` },
  };
  const d = by ? dim[by] : { id: sql`null::uuid`, name: sql`null::text` };
  const cycle = sql`extract(epoch from (${opportunities.closedAt} - ${opportunities.createdAt})) / 86400.0`;
  const query = db
    .select({
      id: sql<string | null>`${d.id}`,
      name: sql<string | null>`${d.name}`,
      won: sql<number>`count(*) filter (where ${stages.outcome} = 'won')::int`,
      lost: sql<number>`count(*) filter (where ${stages.outcome} = 'lost')::int`,
      // converted in SQL so that medians are over all currencies at once
      wonValue: money(sql`sum(${opportunities.value} * fx.factor) filter (where ${stages.outcome} = 'won')`),
      medianWon: sql<
        number | null
      >`(percentile_cont(0.5) within group (order by ${cycle}) filter (where ${stages.outcome} = 'won'))::float8`,
      medianLost: sql<
        number | null
      >`(percentile_cont(0.5) within group (order by ${cycle}) filter (where ${stages.outcome} = 'lost'))::float8`,
    })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .leftJoin(users, eq(users.id, opportunities.ownerId))
    .leftJoin(salesGroups, eq(salesGroups.id, opportunities.salesGroupId))
    .leftJoin(markets, eq(markets.id, opportunities.marketId))
    .leftJoin(
      sql`unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor)`,
      sql`fx.currency = ${opportunities.currency}`,
    );
  const joined =
    by === 'product'
      ? query
          .innerJoin(opportunityLines, eq(opportunityLines.opportunityId, opportunities.id))
          .innerJoin(products, eq(products.id, opportunityLines.productId))
      : query;
  return joined.where(and(closedWindow(from, to), filters(f))).groupBy(sql`1`, sql`2`);
}

/**
 * Stage-to-stage conversion: per stage, the opportunities that entered it and those that later
 * entered a stage further along (including Won); with the median days spent in it.
 */
export async function stageConversion(db: Db, processId: string) {
  const result = await db.execute(sql`
    with entries as (
      select c.opportunity_id, s.key, s.name, s.position, s.outcome, c.at,
             lead(c.at) over (partition by c.opportunity_id order by c.at, s.position) as left_at
      from ${stageChanges} c join ${stages} s on s.id = c.to_stage_id
      where s.process_id = ${processId}
    ),
    reach as (
      select opportunity_id, max(position) filter (where outcome <> 'lost') as furthest from entries group by opportunity_id
    )
    select e.key, e.name, e.position,
           count(distinct e.opportunity_id)::int as entered,
           count(distinct e.opportunity_id) filter (where r.furthest > e.position)::int as advanced,
           (percentile_cont(0.5) within group (order by extract(epoch from (e.left_at - e.at)) / 86400.0))::float8 as median_days
    from entries e join reach r using (opportunity_id)
    where e.outcome = 'open'
    group by e.key, e.name, e.position
    order by e.position`);
  return rowsOf<{ key: string; name: string; position: number; entered: number; advanced: number; median_days: number | null }>(result);
}

export async function lostReasons(db: Db, f: Filters, from?: string, to?: string) {
  return db
    .select({ reason: sql<string>`coalesce(${opportunities.lostReason}, 'other')`, count: sql<number>`count(*)::int` })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .where(and(eq(stages.outcome, 'lost'), closedWindow(from, to), filters(f)))
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`);
}

export async function competitorLosses(db: Db, f: Filters, from?: string, to?: string) {
  return db
    .select({
      id: competitors.id,
      name: competitors.name,
      currency: opportunities.currency,
      count: sql<number>`count(*)::int`,
      value: money(sql`sum(${opportunities.value})`),
    })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .innerJoin(competitors, eq(competitors.id, opportunities.competitorId))
    .where(and(eq(stages.outcome, 'lost'), closedWindow(from, to), filters(f)))
    .groupBy(competitors.id, competitors.name, opportunities.currency);
}

/**
 * Training examples for the win-probability model: every open stage a closed deal passed through —
 * the whole closed history, no window (the model weighs recent deals more) — with what was known
 * then (group, product family, industry, size, age at that stage), the stage's probability, when
 * the deal closed, and its outcome.
 */
export async function trainingExamples(db: Db) {
  const result = await db.execute(sql`
    with closed as (
      select o.id, o.created_at, o.closed_at, o.sales_group_id, o.account_id, s.outcome
      from ${opportunities} o join ${stages} s on s.id = o.stage_id
      where o.closed_at is not null and s.outcome in ('won', 'lost')
    )
    select r.outcome, st.key as stage, st.probability, r.closed_at as "closedAt",
           coalesce(g.name, '') as "group", coalesce(a.industry, '') as industry, coalesce(a.size, '') as size,
           (extract(epoch from (c.at - r.created_at)) / 86400)::int as age_days,
           coalesce((select p.family from ${opportunityLines} l join ${products} p on p.id = l.product_id where l.opportunity_id = r.id order by l.position limit 1), '') as family
    from closed r
    join ${stageChanges} c on c.opportunity_id = r.id
    join ${stages} st on st.id = c.to_stage_id and st.outcome = 'open'
    join ${accounts} a on a.id = r.account_id
    left join ${salesGroups} g on g.id = r.sales_group_id`);
  return rowsOf<{
    outcome: 'won' | 'lost';
    stage: string;
    probability: number;
    closedAt: string | Date;
    group: string;
    industry: string;
    size: string;
    age_days: number;
    family: string;
  }>(result);
}

/** The same facts for open opportunities, now. */
export async function openFeatures(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    select o.id, st.key as stage, coalesce(g.name, '') as "group", coalesce(a.industry, '') as industry, coalesce(a.size, '') as size,
           o.created_at,
           coalesce((select p.family from ${opportunityLines} l join ${products} p on p.id = l.product_id where l.opportunity_id = o.id order by l.position limit 1), '') as family
    from ${opportunities} o join ${stages} st on st.id = o.stage_id join ${accounts} a on a.id = o.account_id
    left join ${salesGroups} g on g.id = o.sales_group_id
    where o.id in ${ids}`);
  return rowsOf<{ id: string; stage: string; group: string; industry: string; size: string; created_at: string | Date; family: string }>(
    result,
  );
}
