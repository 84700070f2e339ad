import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { HandoffListQuery } from '@contract/handoffs';
import { openHandoffStatuses, updateFacts } from '@domain/handoffs';
import { rowsOf, type Db } from '../../db/client';
import { accounts, handoffUpdates, handoffs, markets, opportunities, products, salesGroups, stages, users } from '../../db/schema';

export type HandoffRow = typeof handoffs.$inferSelect;
const givers = alias(users, 'giver');
const receivers = alias(users, 'receiver');

function base(db: Db) {
  return db
    .select({
      handoff: handoffs,
      accountName: accounts.name,
      marketCode: markets.code,
      giverName: givers.name,
      giverGroupOfGiver: givers.salesGroupId,
      giverMarketId: givers.marketId,
      groupName: salesGroups.name,
      toUserName: receivers.name,
      outcome: sql<'won' | 'lost' | null>`case when ${stages.outcome} in ('won', 'lost') then ${stages.outcome} end`,
    })
    .from(handoffs)
    .innerJoin(accounts, eq(accounts.id, handoffs.accountId))
    .leftJoin(markets, eq(markets.id, accounts.marketId))
    .innerJoin(salesGroups, eq(salesGroups.id, handoffs.toSalesGroupId))
    .leftJoin(givers, eq(givers.id, handoffs.giverId))
    .leftJoin(receivers, eq(receivers.id, handoffs.toUserId))
    .leftJoin(opportunities, eq(opportunities.id, handoffs.opportunityId))
    .leftJoin(stages, eq(stages.id, opportunities.stageId));
}
export type HandoffView = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export async function findHandoff(db: Db, id: string) {
  const [row] = await base(db).where(eq(handoffs.id, id));
  return row;
}

export async function listHandoffs(
  db: Db,
  q: HandoffListQuery,
  viewer: { id: string; salesGroupId: string | null; leads: { salesGroupIds: readonly string[] } },
) {
  // a leader's incoming tips are also every tip to the groups they lead (named to a seller or not)
  const led = viewer.leads.salesGroupIds.length
    ? sql` or ${handoffs.toSalesGroupId} = any(${sql.param([...viewer.leads.salesGroupIds])}::uuid[])`
    : sql``;
  const box: SQL | undefined =
    q.box === 'incoming'
      ? sql`(${handoffs.toUserId} = ${viewer.id} or (${handoffs.toUserId} is null and ${handoffs.toSalesGroupId} = ${viewer.salesGroupId})${led})`
      : q.box === 'outgoing'
        ? eq(handoffs.giverId, viewer.id)
        : undefined;
  const where = and(
    box,
    q.accountId ? eq(handoffs.accountId, q.accountId) : undefined,
    q.open === true
      ? inArray(handoffs.status, [...openHandoffStatuses])
      : q.open === false
        ? sql`${handoffs.status} not in ${[...openHandoffStatuses]}`
        : undefined,
  );
  const [items, [count]] = [
    await base(db)
      .where(where)
      .orderBy(desc(handoffs.createdAt), desc(handoffs.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(handoffs)
      .where(where),
  ];
  return { items, total: count?.n ?? 0 };
}

export async function updatesOf(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      handoffId: handoffUpdates.handoffId,
      status: handoffUpdates.status,
      note: handoffUpdates.note,
      by: users.name,
      at: handoffUpdates.at,
    })
    .from(handoffUpdates)
    .leftJoin(users, eq(users.id, handoffUpdates.byUserId))
    .where(inArray(handoffUpdates.handoffId, ids))
    .orderBy(asc(handoffUpdates.at));
}

export async function insertHandoff(db: Db, values: typeof handoffs.$inferInsert) {
  const [row] = await db.insert(handoffs).values(values).returning();
  return row!;
}

export async function updateHandoff(db: Db, id: string, values: Partial<typeof handoffs.$inferInsert>) {
  await db
    .update(handoffs)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(handoffs.id, id));
}

/** Write an update, and what it tells about the handoff (domain/handoffs.ts `updateFacts`) onto the handoff, in the same transaction. */
export async function insertUpdate(db: Db, values: typeof handoffUpdates.$inferInsert & { at: Date }) {
  await db.insert(handoffUpdates).values(values);
  const f = updateFacts(values.status);
  if (!f.answers && !f.accepts && !f.reports) return;
  await db
    .update(handoffs)
    .set({
      ...(f.answers
        ? {
            answeredAt: sql`least(coalesce(${handoffs.answeredAt}, ${values.at.toISOString()}::timestamptz), ${values.at.toISOString()}::timestamptz)`,
          }
        : {}),
      ...(f.accepts ? { accepted: true } : {}),
      ...(f.reports ? { reported: true } : {}),
    })
    .where(eq(handoffs.id, values.handoffId));
}

export async function userInGroup(db: Db, userId: string) {
  const [row] = await db
    .select({ id: users.id, salesGroupId: users.salesGroupId, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function groupLeader(db: Db, salesGroupId: string) {
  const [row] = await db.select({ leaderId: salesGroups.leaderId }).from(salesGroups).where(eq(salesGroups.id, salesGroupId));
  return row?.leaderId ?? null;
}

export async function productGroups(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: products.id, salesGroupId: products.salesGroupId }).from(products).where(inArray(products.id, ids));
}

/** An opportunity's customer, sales group and whether it is closed: what a tip may be linked to. */
export async function opportunityFacts(db: Db, id: string) {
  const [row] = await db
    .select({ accountId: opportunities.accountId, salesGroupId: opportunities.salesGroupId, closedAt: opportunities.closedAt })
    .from(opportunities)
    .where(eq(opportunities.id, id));
  return row;
}

/** Open handoffs past their due date that still need a reminder or an escalation. */
export async function chaseCandidates(db: Db, now: Date) {
  return db
    .select()
    .from(handoffs)
    .where(and(inArray(handoffs.status, [...openHandoffStatuses]), lte(handoffs.dueAt, now), sql`${handoffs.escalatedAt} is null`))
    .limit(5000);
}

/** Handoffs a forum follows: given or received by its members, or about its market's customers. */
export async function forumHandoffs(db: Db, memberIds: string[], marketId: string | null, since: Date | null) {
  const members = sql`${sql.param(memberIds)}::uuid[]`;
  const scope = sql`(${handoffs.giverId} = any(${members}) or ${handoffs.toUserId} = any(${members}) ${marketId ? sql`or ${accounts.marketId} = ${marketId}` : sql``})`;
  const inProgress = await base(db)
    .where(and(scope, inArray(handoffs.status, [...openHandoffStatuses])))
    .orderBy(asc(handoffs.createdAt))
    .limit(200);
  const outcomes = await base(db)
    .where(
      and(
        scope,
        sql`exists (select 1 from ${handoffUpdates} u where u.handoff_id = ${handoffs.id} and u.status <> 'sent' ${since ? sql`and u.at > ${since}` : sql``})`,
      ),
    )
    .orderBy(desc(handoffs.updatedAt))
    .limit(200);
  return { inProgress, outcomes };
}

/** The account's and a person's names, for notifications that say who did what where. */
export async function namesFor(db: Db, accountId: string, userId: string | null) {
  const result = await db.execute(sql`select (select name from accounts where id = ${accountId}) as "accountName",
    (select name from users where id = ${userId}) as "byName"`);
  return rowsOf<{ accountName: string | null; byName: string | null }>(result)[0] ?? { accountName: null, byName: null };
}
