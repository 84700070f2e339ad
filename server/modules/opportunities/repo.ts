import type { CustomValues } from '@domain/custom-fields';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Channel } from '@domain/channels';
import type { OpportunityFilters, OpportunityListQuery } from '@contract/opportunities';
import { rowsOf, type Db } from '../../db/client';
import { estimatedRows, SEARCH_COUNT_CAP } from '../../db/paging';
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

export type OpportunityRow = typeof opportunities.$inferSelect;
export type OpportunityInsert = typeof opportunities.$inferInsert;
export type LineInsert = Omit<typeof opportunityLines.$inferInsert, 'opportunityId'>;

const fromStages = alias(stages, 'from_stage');

/** The latest entry on the deal's account's timeline by a person: calls and meetings keep a deal alive. */
export const accountActivityAt = () =>
  sql<Date | null>`(select max(a.occurred_at) from activities a where a.account_id = ${opportunities.accountId} and a.type <> 'event')`.mapWith(
    (v: string | Date | null) => (v === null ? null : new Date(v)),
  );

/** The columns every opportunity view needs: the row, its account, owner and stage. */
const card = {
  opportunity: opportunities,
  accountName: accounts.name,
  ownerName: users.name,
  stage: stages,
  accountActivityAt: accountActivityAt(),
};

export function base(db: Db) {
  return db
    .select(card)
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .leftJoin(users, eq(users.id, opportunities.ownerId));
}
export type CardRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export async function findOpportunity(db: Db, id: string) {
  const [row] = await base(db).where(eq(opportunities.id, id));
  return row;
}

export async function insertOpportunity(db: Db, values: OpportunityInsert) {
  const [row] = await db.insert(opportunities).values(values).returning({ id: opportunities.id });
  return row!.id;
}

/** Update only if nobody changed it since `version` was read; returns false on a stale version. */
export async function updateVersioned(db: Db, id: string, version: number, values: Partial<OpportunityInsert>) {
  const rows = await db
    .update(opportunities)
    .set({ ...values, version: sql`${opportunities.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(opportunities.id, id), eq(opportunities.version, version)))
    .returning({ id: opportunities.id });
  return rows.length > 0;
}

export async function linesOf(db: Db, opportunityId: string) {
  return db
    .select({ line: opportunityLines, productName: products.name })
    .from(opportunityLines)
    .innerJoin(products, eq(products.id, opportunityLines.productId))
    .where(eq(opportunityLines.opportunityId, opportunityId))
    .orderBy(asc(opportunityLines.position));
}

export async function replaceLines(db: Db, opportunityId: string, lines: LineInsert[]) {
  await replaceLinesOfMany(db, [{ opportunityId, lines }]);
}

export async function insertStageChange(db: Db, values: typeof stageChanges.$inferInsert) {
  await db.insert(stageChanges).values(values);
}

/** Many opportunities (an import's batch), their ids given, in statements of a few hundred rows. */
export async function insertOpportunities(db: Db, values: (OpportunityInsert & { id: string })[]) {
  for (let i = 0; i < values.length; i += 400) await db.insert(opportunities).values(values.slice(i, i + 400));
}

export async function insertStageChanges(db: Db, values: (typeof stageChanges.$inferInsert)[]) {
  for (let i = 0; i < values.length; i += 2000) await db.insert(stageChanges).values(values.slice(i, i + 2000));
}

/** The lines of many opportunities, replacing what they had. */
export async function replaceLinesOfMany(db: Db, byOpportunity: { opportunityId: string; lines: LineInsert[] }[]) {
  if (byOpportunity.length === 0) return;
  await db.delete(opportunityLines).where(
    inArray(
      opportunityLines.opportunityId,
      byOpportunity.map((o) => o.opportunityId),
    ),
  );
  await insertLinesOf(db, byOpportunity);
}

/** The lines of new opportunities, in statements of a thousand lines. */
export async function insertLinesOf(db: Db, byOpportunity: { opportunityId: string; lines: LineInsert[] }[]) {
  const rows = byOpportunity.flatMap((o) => o.lines.map((l, position) => ({ ...l, opportunityId: o.opportunityId, position })));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(opportunityLines).values(rows.slice(i, i + 1000));
}

/** The channels of many deals, decided by domain/channels.ts, in one statement per few thousand. */
export async function updateChannels(db: Db, rows: { id: string; channel: Channel; channelReason: string }[]) {
  for (let i = 0; i < rows.length; i += 2000) {
    const part = rows.slice(i, i + 2000);
    await db.execute(sql`
      update opportunities o set channel = x.channel, channel_reason = x.reason
      from unnest(${sql.param(part.map((r) => r.id))}::uuid[], ${sql.param(part.map((r) => r.channel))}::text[],
                  ${sql.param(part.map((r) => r.channelReason))}::text[]) as x(id, channel, reason)
      where o.id = x.id`);
  }
}

/** What a batch of history needs to know of the deals it already has: open or closed, and the version. */
export async function opportunityStates(db: Db, ids: string[]) {
  if (ids.length === 0)
    return new Map<
      string,
      { id: string; version: number; stageId: string; closedAt: Date | null; channelOverridden: boolean; customFields: CustomValues }
    >();
  const rows = await db
    .select({
      id: opportunities.id,
      version: opportunities.version,
      stageId: opportunities.stageId,
      closedAt: opportunities.closedAt,
      channelOverridden: opportunities.channelOverridden,
      customFields: opportunities.customFields,
    })
    .from(opportunities)
    .where(inArray(opportunities.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function historyOf(db: Db, opportunityId: string) {
  return db
    .select({ from: fromStages.name, fromKey: fromStages.key, to: stages.name, toKey: stages.key, at: stageChanges.at, by: users.name })
    .from(stageChanges)
    .innerJoin(stages, eq(stages.id, stageChanges.toStageId))
    .leftJoin(fromStages, eq(fromStages.id, stageChanges.fromStageId))
    .leftJoin(users, eq(users.id, stageChanges.byUserId))
    .where(eq(stageChanges.opportunityId, opportunityId))
    .orderBy(asc(stageChanges.at));
}

const sorts: Record<OpportunityListQuery['sort'], SQL[]> = {
  '-value': [desc(opportunities.value), asc(opportunities.id)],
  value: [asc(opportunities.value), asc(opportunities.id)],
  expectedCloseOn: [sql`${opportunities.expectedCloseOn} asc nulls last`, asc(opportunities.id)],
  '-expectedCloseOn': [sql`${opportunities.expectedCloseOn} desc nulls last`, asc(opportunities.id)],
  '-createdAt': [desc(opportunities.createdAt), desc(opportunities.id)],
  name: [asc(opportunities.name), asc(opportunities.id)],
};

/**
 * A page of the list and its count: exact while it is cheap (counting stops past `cap` matches),
 * otherwise the planner's estimate, marked as such — never a scan of every deal on each page.
 */
export async function listOpportunities(db: Db, q: WithCustom<OpportunityListQuery>, cap = SEARCH_COUNT_CAP) {
  const where = filters(q);
  return db.transaction(async (tx) => {
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const items = await base(tx)
      .where(where)
      .orderBy(...sorts[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    // the count joins only what its filters read (a name search the accounts, won/lost the stages)
    const matching = tx.select({ one: sql`1` }).from(opportunities);
    const withAccounts = q.q ? matching.innerJoin(accounts, eq(accounts.id, opportunities.accountId)) : matching;
    const withStages =
      q.status === 'won' || q.status === 'lost' ? withAccounts.innerJoin(stages, eq(stages.id, opportunities.stageId)) : withAccounts;
    const all = withStages.where(where);
    const [count] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from (${all} limit ${cap + 1}) capped`));
    const n = Number(count?.n ?? 0);
    if (n <= cap) return { items, total: n, totalEstimated: false };
    // past the cap: the planner's estimate, never below what was counted
    return { items, total: Math.max(cap + 1, await estimatedRows(tx, sql`${all}`)), totalEstimated: true };
  });
}

/** Opportunities in a quote-sent stage, grouped by a dimension and currency (B5). */
export async function outstandingQuotes(db: Db, by: 'owner' | 'group' | 'market', f: WithCustom<OpportunityFilters>) {
  const dims = {
    owner: { id: opportunities.ownerId, name: users.name },
    group: { id: opportunities.salesGroupId, name: salesGroups.name },
    market: { id: opportunities.marketId, name: markets.name },
  }[by];
  return db
    .select({
      id: dims.id,
      name: dims.name,
      currency: opportunities.currency,
      count: sql<number>`count(*)::int`,
      value: sql<number>`coalesce(sum(${opportunities.value}), 0)::float8`,
    })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .leftJoin(users, eq(users.id, opportunities.ownerId))
    .leftJoin(salesGroups, eq(salesGroups.id, opportunities.salesGroupId))
    .leftJoin(markets, eq(markets.id, opportunities.marketId))
    .where(and(eq(stages.key, 'quote_sent'), isNull(opportunities.closedAt), filters(f)))
    .groupBy(dims.id, dims.name, opportunities.currency);
}

/** Open opportunities created before `createdBefore` not yet proposed as timed out (for the daily job), keyset-paged. */
export async function agingCandidates(db: Db, createdBefore: Date, after: { createdAt: Date; id: string } | null, limit: number) {
  return db
    .select({ id: opportunities.id, createdAt: opportunities.createdAt, expectedCloseOn: opportunities.expectedCloseOn })
    .from(opportunities)
    .where(
      and(
        isNull(opportunities.closedAt),
        isNull(opportunities.timedOutProposedAt),
        sql`${opportunities.createdAt} <= ${createdBefore}`,
        after ? sql`(${opportunities.createdAt}, ${opportunities.id}) > (${after.createdAt}, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(opportunities.createdAt), asc(opportunities.id))
    .limit(limit);
}

/** The derived value is not a user's edit: it does not bump the version. */
export async function setValue(db: Db, id: string, value: number, annualValue: number) {
  await db.update(opportunities).set({ value, annualValue }).where(eq(opportunities.id, id));
}

export async function markTimedOutProposed(db: Db, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await db
    .update(opportunities)
    .set({ timedOutProposedAt: at })
    .where(sql`${opportunities.id} in ${ids}`);
}

export async function accountMarket(db: Db, accountId: string) {
  const [row] = await db.select({ id: accounts.id, marketId: accounts.marketId }).from(accounts).where(eq(accounts.id, accountId));
  return row;
}

export async function userGroupAndMarket(db: Db, userId: string) {
  const [row] = await db
    .select({ salesGroupId: users.salesGroupId, marketId: users.marketId, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function marketCurrency(db: Db, marketId: string) {
  const [row] = await db.select({ currency: markets.currency }).from(markets).where(eq(markets.id, marketId));
  return row?.currency;
}

export async function contactBelongs(db: Db, contactId: string, accountId: string) {
  return rowsOf(await db.execute(sql`select 1 from contacts where id = ${contactId} and account_id = ${accountId}`)).length > 0;
}

export async function competitorName(db: Db, id: string) {
  const [row] = await db.select({ name: competitors.name }).from(competitors).where(eq(competitors.id, id));
  return row?.name ?? null;
}

export async function setChannel(db: Db, id: string, channel: Channel, reason: string, overridden = false) {
  await db.update(opportunities).set({ channel, channelReason: reason, channelOverridden: overridden }).where(eq(opportunities.id, id));
}

/** What a live "deal won" notice says about the deal. */
export async function wonNotice(db: Db, id: string) {
  const [row] = await db
    .select({ accountName: accounts.name, sellerName: users.name, channel: opportunities.channel })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .leftJoin(users, eq(users.id, opportunities.ownerId))
    .where(eq(opportunities.id, id));
  return row ?? { accountName: '', sellerName: null, channel: null };
}

/** Open opportunities per owner with no activity since `before` (stale, B4). */
export async function staleByOwner(db: Db, before: Date) {
  return db
    .select({ ownerId: sql<string>`${opportunities.ownerId}`, count: sql<number>`count(*)::int` })
    .from(opportunities)
    .where(
      and(
        isNull(opportunities.closedAt),
        sql`${opportunities.ownerId} is not null`,
        sql`coalesce(${opportunities.lastActivityAt}, ${opportunities.createdAt}) < ${before}`,
      ),
    )
    .groupBy(opportunities.ownerId);
}

/** How many of these opportunities each owner has. */
export async function countByOwner(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ ownerId: sql<string>`${opportunities.ownerId}`, count: sql<number>`count(*)::int` })
    .from(opportunities)
    .where(and(sql`${opportunities.id} in ${ids}`, sql`${opportunities.ownerId} is not null`))
    .groupBy(opportunities.ownerId);
}

/** Deletes (soft) or restores (null) an opportunity; counts the version up. */
export async function setDeleted(db: Db, id: string, at: Date | null, byId: string | null) {
  await db
    .update(opportunities)
    .set({ deletedAt: at, deletedById: byId, version: sql`${opportunities.version} + 1`, updatedAt: sql`now()` })
    .where(eq(opportunities.id, id));
}

export async function accountDeleted(db: Db, accountId: string) {
  const [row] = await db.select({ deletedAt: accounts.deletedAt }).from(accounts).where(eq(accounts.id, accountId));
  return !!row?.deletedAt;
}

/** Deletes for good the opportunities soft-deleted before `before` (what referred to them cascades or is unlinked, per the schema). */
export async function purgeDeleted(db: Db, before: Date) {
  const result = await db.execute(sql`
    delete from opportunities where deleted_at < ${before.toISOString()}::timestamptz
    returning id, name as name, to_char(deleted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "deletedAt"`);
  return rowsOf<{ id: string; name: string; deletedAt: string }>(result);
}

/** The names of stages, users and contacts by id (for the audit trail's from → to). */
export async function namesOf(db: Db, ids: string[]) {
  const result = await db.execute(sql`
    select id::text, name from stages where id = any(${sql.param(ids)}::uuid[])
    union all select id::text, name from users where id = any(${sql.param(ids)}::uuid[])
    union all select id::text, first_name || ' ' || last_name from contacts where id = any(${sql.param(ids)}::uuid[])`);
  return new Map(rowsOf<{ id: string; name: string }>(result).map((r) => [r.id, r.name]));
}

/** The stage a closed deal was closed from: the last move into the stage it is in now. */
export async function closedFromStage(db: Db, id: string, closedStageId: string) {
  const [row] = await db
    .select({ from: stageChanges.fromStageId })
    .from(stageChanges)
    .where(and(eq(stageChanges.opportunityId, id), eq(stageChanges.toStageId, closedStageId)))
    .orderBy(desc(stageChanges.at))
    .limit(1);
  return row?.from ?? null;
}
