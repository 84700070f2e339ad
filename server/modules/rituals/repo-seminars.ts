import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { AttendanceStatus } from '@domain/rituals';
import { rowsOf, type Db } from '../../db/client';
import {
  accounts,
  contacts,
  salesGroups,
  seminarFollowUps,
  seminarInvitees,
  seminarSellers,
  seminars,
  tasks,
  users,
} from '../../db/schema';
import { ratesTable } from './repo';

export type SeminarRow = typeof seminars.$inferSelect;

export async function insertSeminar(db: Db, values: typeof seminars.$inferInsert) {
  const [row] = await db.insert(seminars).values(values).returning();
  return row!;
}

export async function insertSellers(db: Db, seminarId: string, userIds: string[]) {
  if (userIds.length)
    await db
      .insert(seminarSellers)
      .values(userIds.map((userId) => ({ seminarId, userId })))
      .onConflictDoNothing();
}

export async function findSeminar(db: Db, id: string, forUpdate = false) {
  const q = db.select().from(seminars).where(eq(seminars.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function listSeminars(db: Db, when: 'upcoming' | 'past' | 'all', now: Date) {
  return db
    .select()
    .from(seminars)
    .where(when === 'upcoming' ? gte(seminars.endsAt, now) : when === 'past' ? lt(seminars.endsAt, now) : undefined)
    .orderBy(when === 'upcoming' ? asc(seminars.startsAt) : desc(seminars.startsAt))
    .limit(200);
}

/** The sellers of some seminars, with their groups. */
export async function sellersOf(db: Db, seminarIds: string[]) {
  if (seminarIds.length === 0) return [];
  return db
    .select({
      seminarId: seminarSellers.seminarId,
      id: users.id,
      name: users.name,
      email: users.email,
      salesGroupId: users.salesGroupId,
      salesGroupName: salesGroups.name,
    })
    .from(seminarSellers)
    .innerJoin(users, eq(users.id, seminarSellers.userId))
    .leftJoin(salesGroups, eq(salesGroups.id, users.salesGroupId))
    .where(inArray(seminarSellers.seminarId, seminarIds))
    .orderBy(asc(users.name));
}

/** Invited, registered and attended per seminar. */
export async function countsOf(db: Db, seminarIds: string[]) {
  if (seminarIds.length === 0) return [];
  return db
    .select({
      seminarId: seminarInvitees.seminarId,
      invited: sql<number>`count(*)::int`,
      registered: sql<number>`count(*) filter (where ${seminarInvitees.status} in ('registered', 'attended'))::int`,
      attended: sql<number>`count(*) filter (where ${seminarInvitees.status} = 'attended')::int`,
    })
    .from(seminarInvitees)
    .where(inArray(seminarInvitees.seminarId, seminarIds))
    .groupBy(seminarInvitees.seminarId);
}

export async function invitees(db: Db, seminarId: string) {
  return db
    .select({
      contactId: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      accountId: accounts.id,
      accountName: accounts.name,
      status: seminarInvitees.status,
    })
    .from(seminarInvitees)
    .innerJoin(contacts, eq(contacts.id, seminarInvitees.contactId))
    .innerJoin(accounts, eq(accounts.id, seminarInvitees.accountId))
    .where(eq(seminarInvitees.seminarId, seminarId))
    .orderBy(asc(accounts.name), asc(contacts.lastName), asc(contacts.firstName));
}

/** Contacts (not deleted) by id or by their accounts: whom an invitation reaches. */
export async function reachableContacts(db: Db, contactIds: string[], accountIds: string[]) {
  if (contactIds.length + accountIds.length === 0) return [];
  return db
    .select({ id: contacts.id, accountId: contacts.accountId })
    .from(contacts)
    .where(
      and(
        isNull(contacts.deletedAt),
        contactIds.length && accountIds.length
          ? sql`(${inArray(contacts.id, contactIds)} or ${inArray(contacts.accountId, accountIds)})`
          : contactIds.length
            ? inArray(contacts.id, contactIds)
            : inArray(contacts.accountId, accountIds),
      ),
    )
    .limit(5000);
}

export async function insertInvitees(db: Db, rows: (typeof seminarInvitees.$inferInsert)[]) {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(seminarInvitees).values(rows).onConflictDoNothing().returning({ id: seminarInvitees.contactId });
  return inserted.length;
}

/** Set invitees' attendance; returns the contacts changed (only invitees of the seminar). */
export async function setAttendance(db: Db, seminarId: string, contactIds: string[], status: AttendanceStatus, at: Date) {
  if (contactIds.length === 0) return [];
  return db
    .update(seminarInvitees)
    .set({ status, updatedAt: at })
    .where(and(eq(seminarInvitees.seminarId, seminarId), inArray(seminarInvitees.contactId, contactIds)))
    .returning({ contactId: seminarInvitees.contactId, accountId: seminarInvitees.accountId });
}

/** Invitees of a seminar by their e-mail addresses (lower-cased). */
export async function inviteesByEmail(db: Db, seminarId: string, emails: string[]) {
  if (emails.length === 0) return [];
  return db
    .select({ contactId: contacts.id, email: sql<string>`lower(${contacts.email})` })
    .from(seminarInvitees)
    .innerJoin(contacts, eq(contacts.id, seminarInvitees.contactId))
    .where(and(eq(seminarInvitees.seminarId, seminarId), inArray(sql`lower(${contacts.email})`, emails)));
}

export async function followUps(db: Db, seminarId: string) {
  return db
    .select({
      contactId: seminarFollowUps.contactId,
      salesGroupId: seminarFollowUps.salesGroupId,
      salesGroup: salesGroups.name,
      taskId: tasks.id,
      owner: users.name,
      done: sql<boolean>`${tasks.doneAt} is not null`,
    })
    .from(seminarFollowUps)
    .innerJoin(tasks, eq(tasks.id, seminarFollowUps.taskId))
    .innerJoin(users, eq(users.id, tasks.ownerId))
    .innerJoin(salesGroups, eq(salesGroups.id, seminarFollowUps.salesGroupId))
    .where(eq(seminarFollowUps.seminarId, seminarId))
    .orderBy(asc(salesGroups.name));
}

export async function insertFollowUp(db: Db, values: typeof seminarFollowUps.$inferInsert) {
  await db.insert(seminarFollowUps).values(values).onConflictDoNothing();
}

export async function groupLeaders(db: Db, groupIds: string[]) {
  if (groupIds.length === 0) return new Map<string, string | null>();
  const rows = await db
    .select({ id: salesGroups.id, leaderId: salesGroups.leaderId })
    .from(salesGroups)
    .where(inArray(salesGroups.id, groupIds));
  return new Map(rows.map((r) => [r.id, r.leaderId]));
}

/**
 * What followed at some accounts between two moments: tips to any group, opportunities created, those
 * won and their value in the reporting currency.
 */
export async function followedAt(db: Db, accountIds: string[], from: Date, until: Date, factors: { currency: string; factor: number }[]) {
  if (accountIds.length === 0) return { tips: 0, opportunities: 0, won: 0, wonValue: 0 };
  const rates = ratesTable(factors);
  const ids = sql`${sql.param(accountIds)}::uuid[]`;
  const result = await db.execute(sql`
    select
      (select count(*)::int from handoffs h where h.account_id = any(${ids}) and h.created_at >= ${from} and h.created_at < ${until}) as tips,
      (select count(*)::int from opportunities o where o.account_id = any(${ids}) and o.deleted_at is null
         and o.created_at >= ${from} and o.created_at < ${until}) as opportunities,
      (select count(*)::int from opportunities o join stages st on st.id = o.stage_id
         where o.account_id = any(${ids}) and o.deleted_at is null and st.outcome = 'won'
         and o.created_at >= ${from} and o.created_at < ${until}) as won,
      coalesce((select sum(o.value * coalesce(r.factor, 0))::float8 from opportunities o join stages st on st.id = o.stage_id
         left join ${rates} on r.currency = o.currency
         where o.account_id = any(${ids}) and o.deleted_at is null and st.outcome = 'won'
         and o.created_at >= ${from} and o.created_at < ${until}), 0) as "wonValue"`);
  return rowsOf<{ tips: number; opportunities: number; won: number; wonValue: number }>(result)[0]!;
}

/** A person's seminars (as a seller taking part) from a moment on, for the calendar feed. */
export async function calendarSeminars(db: Db, userId: string, since: Date) {
  return db
    .select({ seminar: seminars })
    .from(seminars)
    .innerJoin(seminarSellers, and(eq(seminarSellers.seminarId, seminars.id), eq(seminarSellers.userId, userId)))
    .where(gte(seminars.startsAt, since))
    .orderBy(asc(seminars.startsAt))
    .limit(500);
}

/** Facts for the rituals' summary: per seminar, its window, attendees' accounts and follow-ups. */
export async function summaryFacts(db: Db) {
  const result = await db.execute(sql`
    select s.id, s.starts_at as "startsAt", s.follow_up_months as "months",
      coalesce((select array_agg(distinct i.account_id) from seminar_invitees i where i.seminar_id = s.id and i.status = 'attended'), '{}') as "accountIds",
      (select count(*)::int from seminar_invitees i where i.seminar_id = s.id and i.status = 'attended') as attended,
      (select count(*)::int from seminar_follow_ups f where f.seminar_id = s.id) as "followUps",
      (select count(*)::int from seminar_follow_ups f join tasks t on t.id = f.task_id where f.seminar_id = s.id and t.done_at is not null) as "followUpsDone"
    from seminars s`);
  return rowsOf<{
    id: string;
    startsAt: Date | string;
    months: number;
    accountIds: string[];
    attended: number;
    followUps: number;
    followUpsDone: number;
  }>(result);
}
