import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { accountPlans, accounts, contacts, handoffs, opportunities, tasks, users } from '../../db/schema';

export type TaskInsert = typeof tasks.$inferInsert;
const owners = alias(users, 'owner');
const creators = alias(users, 'creator');

function base(db: Db) {
  return db
    .select({
      task: tasks,
      ownerName: owners.name,
      ownerGroupId: owners.salesGroupId,
      ownerMarketId: owners.marketId,
      creatorName: creators.name,
      accountName: accounts.name,
      contactName: sql<string | null>`${contacts.firstName} || ' ' || ${contacts.lastName}`,
      opportunityName: opportunities.name,
    })
    .from(tasks)
    .innerJoin(owners, eq(owners.id, tasks.ownerId))
    .leftJoin(creators, eq(creators.id, tasks.createdById))
    .leftJoin(accounts, eq(accounts.id, tasks.accountId))
    .leftJoin(contacts, eq(contacts.id, tasks.contactId))
    .leftJoin(opportunities, eq(opportunities.id, tasks.opportunityId));
}
export type TaskView = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export async function findTask(db: Db, id: string) {
  const [row] = await base(db).where(eq(tasks.id, id));
  return row;
}

export interface TaskFilter {
  ownerIds?: string[];
  /** The people a leader leads: by their sales groups or markets. */
  ledBy?: { salesGroupIds: readonly string[]; marketIds: readonly string[] };
  status: 'open' | 'done' | 'all';
  accountId?: string;
  contactId?: string;
  opportunityId?: string;
  handoffId?: string;
  /** Open tasks due on or before this day. */
  dueBy?: string;
}

function whereOf(f: TaskFilter): SQL | undefined {
  const led = f.ledBy
    ? or(
        f.ledBy.salesGroupIds.length ? inArray(owners.salesGroupId, [...f.ledBy.salesGroupIds]) : sql`false`,
        f.ledBy.marketIds.length ? inArray(owners.marketId, [...f.ledBy.marketIds]) : sql`false`,
      )
    : undefined;
  return and(
    f.ownerIds ? inArray(tasks.ownerId, f.ownerIds) : undefined,
    led,
    f.status === 'open' ? isNull(tasks.doneAt) : f.status === 'done' ? isNotNull(tasks.doneAt) : undefined,
    f.accountId ? eq(tasks.accountId, f.accountId) : undefined,
    f.contactId ? eq(tasks.contactId, f.contactId) : undefined,
    f.opportunityId ? eq(tasks.opportunityId, f.opportunityId) : undefined,
    f.handoffId ? eq(tasks.handoffId, f.handoffId) : undefined,
    f.dueBy ? lte(tasks.dueOn, f.dueBy) : undefined,
  );
}

/** Open tasks first by due day; done ones most recently done first. */
export async function listTasks(db: Db, f: TaskFilter, limit: number, offset: number) {
  const where = whereOf(f);
  const items = await base(db)
    .where(where)
    .orderBy(f.status === 'done' ? desc(tasks.doneAt) : asc(tasks.dueOn), asc(tasks.createdAt), asc(tasks.id))
    .limit(limit)
    .offset(offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tasks)
    .innerJoin(owners, eq(owners.id, tasks.ownerId))
    .where(where);
  return { items, total: count?.n ?? 0 };
}

export async function insertTask(db: Db, values: TaskInsert) {
  const [row] = await db.insert(tasks).values(values).returning({ id: tasks.id });
  return row!.id;
}

export async function updateTask(db: Db, id: string, values: Partial<TaskInsert>) {
  await db
    .update(tasks)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(tasks.id, id));
}

export async function deleteTask(db: Db, id: string) {
  await db.delete(tasks).where(eq(tasks.id, id));
}

/** Where a person sits (for who may give them a task), if they are an active user. */
export async function person(db: Db, id: string) {
  const [row] = await db
    .select({ id: users.id, salesGroupId: users.salesGroupId, marketId: users.marketId, active: users.active })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

/** The account each linked record belongs to (null when the record does not exist). */
export async function accountsOfLinks(
  db: Db,
  links: { contactId?: string | null; opportunityId?: string | null; handoffId?: string | null },
) {
  const one = async (q: Promise<{ accountId: string }[]>) => (await q)[0]?.accountId ?? null;
  return {
    contact: links.contactId
      ? await one(db.select({ accountId: contacts.accountId }).from(contacts).where(eq(contacts.id, links.contactId)))
      : undefined,
    opportunity: links.opportunityId
      ? await one(db.select({ accountId: opportunities.accountId }).from(opportunities).where(eq(opportunities.id, links.opportunityId)))
      : undefined,
    handoff: links.handoffId
      ? await one(db.select({ accountId: handoffs.accountId }).from(handoffs).where(eq(handoffs.id, links.handoffId)))
      : undefined,
  };
}

export async function accountExists(db: Db, id: string) {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, id));
  return row !== undefined;
}

/** Open tasks whose reminder is due and not yet sent. */
/** Of these tasks, the ones that remind an account's owner to review its plan. */
export async function planReviewTasks(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: accountPlans.reviewTaskId }).from(accountPlans).where(inArray(accountPlans.reviewTaskId, ids));
  return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
}

export async function reminderCandidates(db: Db, now: Date) {
  return base(db)
    .where(and(isNull(tasks.doneAt), isNull(tasks.remindedAt), isNotNull(tasks.remindAt), lte(tasks.remindAt, now)))
    .orderBy(asc(tasks.remindAt))
    .limit(1000);
}
