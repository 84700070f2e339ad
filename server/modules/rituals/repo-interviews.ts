import { and, asc, desc, eq, gte, inArray, ne, or, sql } from 'drizzle-orm';
import { type Db } from '../../db/client';
import { accounts, contacts, interviewInsights, interviewListeners, interviewRounds, salesGroups, users } from '../../db/schema';

export type RoundRow = typeof interviewRounds.$inferSelect;
export type InsightRow = typeof interviewInsights.$inferSelect;

export async function insertRound(db: Db, values: typeof interviewRounds.$inferInsert, listenerIds: string[]) {
  const [row] = await db.insert(interviewRounds).values(values).returning();
  await db
    .insert(interviewListeners)
    .values(listenerIds.map((userId) => ({ roundId: row!.id, userId })))
    .onConflictDoNothing();
  return row!;
}

const roundBase = (db: Db) =>
  db
    .select({
      round: interviewRounds,
      accountName: accounts.name,
      industry: accounts.industry,
      contactFirst: contacts.firstName,
      contactLast: contacts.lastName,
      contactEmail: contacts.email,
    })
    .from(interviewRounds)
    .innerJoin(accounts, eq(accounts.id, interviewRounds.accountId))
    .leftJoin(contacts, eq(contacts.id, interviewRounds.contactId));
export type RoundView = Awaited<ReturnType<ReturnType<typeof roundBase>['execute']>>[number];

export async function findRound(db: Db, id: string) {
  const [row] = await roundBase(db).where(eq(interviewRounds.id, id));
  return row;
}

/**
 * The library of rounds: by a word in a topic, an insight or the customer's name, and by industry;
 * newest first.
 */
export async function listRounds(db: Db, q: { q?: string; industry?: string; accountId?: string }) {
  const like = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return roundBase(db)
    .where(
      and(
        like
          ? or(
              sql`korsa_fold(array_to_string(${interviewRounds.topics}, ' ')) like korsa_fold(${like})`,
              sql`korsa_fold(${accounts.name}) like korsa_fold(${like})`,
              sql`exists (select 1 from interview_insights i where i.round_id = ${interviewRounds.id} and korsa_fold(i.text) like korsa_fold(${like}))`,
            )
          : undefined,
        q.industry ? sql`korsa_fold(${accounts.industry}) = korsa_fold(${q.industry})` : undefined,
        q.accountId ? eq(interviewRounds.accountId, q.accountId) : undefined,
      ),
    )
    .orderBy(desc(interviewRounds.heldOn), asc(accounts.name))
    .limit(200);
}

export async function listenersOf(db: Db, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  return db
    .select({
      roundId: interviewListeners.roundId,
      id: users.id,
      name: users.name,
      email: users.email,
      salesGroupId: users.salesGroupId,
      salesGroupName: salesGroups.name,
    })
    .from(interviewListeners)
    .innerJoin(users, eq(users.id, interviewListeners.userId))
    .leftJoin(salesGroups, eq(salesGroups.id, users.salesGroupId))
    .where(inArray(interviewListeners.roundId, roundIds))
    .orderBy(asc(users.name));
}

export async function insightsOf(db: Db, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  return db
    .select({ insight: interviewInsights, by: users.name })
    .from(interviewInsights)
    .leftJoin(users, eq(users.id, interviewInsights.byUserId))
    .where(inArray(interviewInsights.roundId, roundIds))
    .orderBy(asc(interviewInsights.topic), asc(interviewInsights.createdAt));
}

export async function insertInsight(db: Db, values: typeof interviewInsights.$inferInsert) {
  const [row] = await db.insert(interviewInsights).values(values).returning();
  return row!;
}

export async function findInsight(db: Db, id: string) {
  const [row] = await db.select().from(interviewInsights).where(eq(interviewInsights.id, id));
  return row;
}

/** Insights from other customers' rounds marked relevant to an industry: the lessons for an account of it. */
export async function lessonsFor(db: Db, accountId: string, industry: string) {
  return db
    .select({ insight: interviewInsights, round: interviewRounds, fromAccount: accounts.name })
    .from(interviewInsights)
    .innerJoin(interviewRounds, eq(interviewRounds.id, interviewInsights.roundId))
    .innerJoin(accounts, eq(accounts.id, interviewRounds.accountId))
    .where(
      and(
        eq(interviewInsights.reach, 'industry'),
        sql`korsa_fold(${interviewInsights.industry}) = korsa_fold(${industry})`,
        ne(interviewRounds.accountId, accountId),
      ),
    )
    .orderBy(desc(interviewRounds.heldOn))
    .limit(20);
}

export async function accountOf(db: Db, id: string) {
  const [row] = await db
    .select({ id: accounts.id, name: accounts.name, industry: accounts.industry })
    .from(accounts)
    .where(and(eq(accounts.id, id), sql`${accounts.deletedAt} is null`));
  return row;
}

export async function contactAt(db: Db, id: string) {
  const [row] = await db
    .select({ id: contacts.id, accountId: contacts.accountId })
    .from(contacts)
    .where(and(eq(contacts.id, id), sql`${contacts.deletedAt} is null`));
  return row;
}

/** A person's rounds (as a listener) held on or after a day, for the calendar feed. */
export async function calendarRounds(db: Db, userId: string, sinceDay: string) {
  return roundBase(db)
    .innerJoin(interviewListeners, and(eq(interviewListeners.roundId, interviewRounds.id), eq(interviewListeners.userId, userId)))
    .where(gte(interviewRounds.heldOn, sinceDay))
    .orderBy(asc(interviewRounds.heldOn))
    .limit(500);
}

/** Rounds held and coming, and insights, for the rituals' summary. */
export async function summaryFacts(db: Db, today: string) {
  const [row] = await db
    .select({
      held: sql<number>`count(*) filter (where ${interviewRounds.heldOn} <= ${today})::int`,
      upcoming: sql<number>`count(*) filter (where ${interviewRounds.heldOn} > ${today})::int`,
      insights: sql<number>`(select count(*)::int from interview_insights)`,
    })
    .from(interviewRounds);
  return row ?? { held: 0, upcoming: 0, insights: 0 };
}
