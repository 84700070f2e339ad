/** The board's queries (B7): its columns' totals and first cards. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OpportunityFilters } from '@contract/opportunities';
import { rowsOf, type Db } from '../../db/client';
import { accounts, opportunities, stages, users } from '../../db/schema';
import { inModelScope } from '../read-models/levels';
import { accountActivityAt } from './repo';
import { filters, type WithCustom } from './repo-filters';

/**
 * Per stage and currency: count and sums, for a board's column totals. A board of the company, a market,
 * a sales group or a seller (or any of them together) reads them from the read models — open deals from
 * `rm_pipeline`, closed ones from `rm_closed` — so its cost does not grow with the team's history; other
 * filters (a name, an account, a product, a channel, custom fields) count the deals.
 */
export async function stageTotals(db: Db, processId: string, f: WithCustom<OpportunityFilters>) {
  const { ownerId, salesGroupId, marketId, custom, ...others } = f;
  if (custom.length === 0 && Object.values(others).every((v) => v === undefined)) {
    const scope = inModelScope({ ownerId, salesGroupId, marketId }, [], 'r');
    const rows = (table: string) =>
      sql`select r.stage_id, r.currency, r.count, r.value from ${sql.identifier(table)} r
          join ${stages} s on s.id = r.stage_id and s.process_id = ${processId} where ${scope}`;
    return rowsOf<{ stageId: string; currency: string; count: number; value: number }>(
      await db.execute(sql`
        select stage_id as "stageId", currency, sum(count)::int as count, sum(value)::float8 as value
        from (${rows('rm_pipeline')} union all ${rows('rm_closed')}) x
        group by stage_id, currency having sum(count) <> 0`),
    );
  }
  return countedStageTotals(db, processId, f);
}

/** Per stage and currency, counted from the deals (the read models' from-scratch query, and any filter). */
export async function countedStageTotals(db: Db, processId: string, f: WithCustom<OpportunityFilters>) {
  // join accounts and stages only when a filter needs them: the team's board is an index-only scan
  const query = db
    .select({
      stageId: opportunities.stageId,
      currency: opportunities.currency,
      count: sql<number>`count(*)::int`,
      value: sql<number>`coalesce(sum(${opportunities.value}), 0)::float8`,
    })
    .from(opportunities);
  const joined = f.q
    ? query.innerJoin(accounts, eq(accounts.id, opportunities.accountId)).innerJoin(stages, eq(stages.id, opportunities.stageId))
    : query;
  return joined.where(and(eq(opportunities.processId, processId), filters(f))).groupBy(opportunities.stageId, opportunities.currency);
}

/**
 * The first cards of every column: an open stage's opportunities closing soonest, a won or lost
 * stage's latest closed first — per stage a top-N that walks the (stage, close date) or (stage,
 * closed at) index and stops, not a ranking of every deal the team ever had.
 */
export async function boardCards(db: Db, processId: string, f: WithCustom<OpportunityFilters>, perColumn: number) {
  const from = sql`from ${opportunities} ${f.q ? sql`join ${accounts} on ${accounts.id} = ${opportunities.accountId}` : sql``}
      where ${opportunities.processId} = st.process_id and ${opportunities.stageId} = st.id and ${filters(f) ?? sql`true`}`;
  const top = sql`(select st.position, t.id from ${stages} st cross join lateral (
      select ${opportunities.id} ${from}
      order by ${opportunities.expectedCloseOn} asc nulls last, ${opportunities.value} desc
      limit ${perColumn}) t
    where st.process_id = ${processId} and st.outcome = 'open'
    union all
    select st.position, t.id from ${stages} st cross join lateral (
      select ${opportunities.id} ${from} and ${opportunities.closedAt} is not null
      order by ${opportunities.closedAt} desc, ${opportunities.id}
      limit ${perColumn}) t
    where st.process_id = ${processId} and st.outcome <> 'open')`;
  const ids = rowsOf<{ id: string; position: number }>(await db.execute(sql`select id, position from ${top} x`));
  if (ids.length === 0) return [];
  const order = new Map(ids.map((r, i) => [r.id, i]));
  const o = opportunities;
  const rows = await db
    .select({
      id: o.id,
      accountId: o.accountId,
      name: o.name,
      stageId: o.stageId,
      ownerId: o.ownerId,
      salesGroupId: o.salesGroupId,
      marketId: o.marketId,
      currency: o.currency,
      estimatedValue: o.estimatedValue,
      value: o.value,
      expectedCloseOn: o.expectedCloseOn,
      closedAt: o.closedAt,
      createdAt: o.createdAt,
      stageEnteredAt: o.stageEnteredAt,
      lastActivityAt: o.lastActivityAt,
      updatedAt: o.updatedAt,
      timedOutProposedAt: o.timedOutProposedAt,
      signedOn: o.signedOn,
      deletedAt: o.deletedAt,
      channel: o.channel,
      version: o.version,
      accountName: accounts.name,
      ownerName: users.name,
      accountActivityAt: accountActivityAt(),
    })
    .from(o)
    .innerJoin(accounts, eq(accounts.id, o.accountId))
    .leftJoin(users, eq(users.id, o.ownerId))
    .where(
      inArray(
        o.id,
        ids.map((r) => r.id),
      ),
    );
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** The columns of a card on the board (only what it shows and what moving it needs). */
export type BoardCardRow = Awaited<ReturnType<typeof boardCards>>[number];
