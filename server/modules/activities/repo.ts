import { and, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, activityContacts, contacts, salesGroups, users } from '../../db/schema';

export type ActivityInsert = typeof activities.$inferInsert;

/** Activities without contacts (timeline events), in statements of a few thousand rows. */
export async function insertActivities(db: Db, values: ActivityInsert[]) {
  for (let i = 0; i < values.length; i += 2000) await db.insert(activities).values(values.slice(i, i + 2000));
}

export async function insertActivity(db: Db, values: ActivityInsert, contactIds: string[] = []) {
  const [row] = await db.insert(activities).values(values).returning({ id: activities.id });
  if (contactIds.length > 0) {
    await db.insert(activityContacts).values(contactIds.map((contactId) => ({ activityId: row!.id, contactId })));
  }
  return row!.id;
}

export async function findActivity(db: Db, id: string) {
  const [row] = await db.select().from(activities).where(eq(activities.id, id));
  return row;
}

export async function updateActivity(db: Db, id: string, values: Partial<ActivityInsert>) {
  await db.update(activities).set(values).where(eq(activities.id, id));
}

/** Contacts of these ids that belong to the account (to refuse links to another customer's people). */
export async function contactsOfAccount(db: Db, accountId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.accountId, accountId), inArray(contacts.id, ids)));
  return rows.map((r) => r.id);
}

const contactList = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', c.id, 'name', c.first_name || ' ' || c.last_name) order by c.last_name)
  from ${activityContacts} ac join ${contacts} c on c.id = ac.contact_id
  where ac.activity_id = ${activities.id}
), '[]'::json)`;

export interface TimelineFilter {
  accountId?: string;
  contactId?: string;
  activityId?: string;
  type?: string;
  salesGroupId?: string;
  before?: { occurredAt: Date; id: string };
  limit: number;
}

/** One page of a timeline, newest first, keyset-paged on (occurred_at, id). */
export async function timeline(db: Db, f: TimelineFilter) {
  const where: (SQL | undefined)[] = [
    f.accountId ? eq(activities.accountId, f.accountId) : undefined,
    f.activityId ? eq(activities.id, f.activityId) : undefined,
    f.contactId
      ? sql`exists (select 1 from ${activityContacts} ac where ac.activity_id = ${activities.id} and ac.contact_id = ${f.contactId})`
      : undefined,
    f.type ? eq(activities.type, f.type as 'call') : undefined,
    f.salesGroupId ? eq(activities.salesGroupId, f.salesGroupId) : undefined,
    f.before
      ? or(
          lt(activities.occurredAt, f.before.occurredAt),
          and(eq(activities.occurredAt, f.before.occurredAt), lt(activities.id, f.before.id)),
        )
      : undefined,
  ];
  return db
    .select({
      id: activities.id,
      accountId: activities.accountId,
      type: activities.type,
      subject: activities.subject,
      body: activities.body,
      occurredAt: activities.occurredAt,
      dueAt: activities.dueAt,
      done: activities.done,
      authorId: activities.authorId,
      authorName: users.name,
      salesGroupId: activities.salesGroupId,
      salesGroupName: salesGroups.name,
      event: activities.event,
      data: activities.data,
      contacts: contactList,
    })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.authorId))
    .leftJoin(salesGroups, eq(salesGroups.id, activities.salesGroupId))
    .where(and(...where))
    .orderBy(sql`${activities.occurredAt} desc`, sql`${activities.id} desc`)
    .limit(f.limit);
}

/** Who from which group has been in touch with an account (people's activities, not system events). */
export async function touchpoints(db: Db, accountId: string) {
  return db
    .select({
      salesGroupId: activities.salesGroupId,
      salesGroupName: salesGroups.name,
      userId: activities.authorId,
      userName: users.name,
      activities: sql<number>`count(*)::int`,
      lastAt: sql<Date>`max(${activities.occurredAt})`.mapWith((v: string | Date) => new Date(v)),
    })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.authorId))
    .leftJoin(salesGroups, eq(salesGroups.id, activities.salesGroupId))
    .where(and(eq(activities.accountId, accountId), sql`${activities.type} <> 'event'`))
    .groupBy(activities.salesGroupId, salesGroups.name, activities.authorId, users.name)
    .orderBy(sql`max(${activities.occurredAt}) desc`)
    .limit(50);
}

/** Per contact: the sales groups whose sellers have been in touch, and when last. */
export async function groupsInTouchWith(db: Db, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return db
    .select({
      contactId: activityContacts.contactId,
      id: salesGroups.id,
      name: salesGroups.name,
      lastAt: sql<Date>`max(${activities.occurredAt})`.mapWith((v: string | Date) => new Date(v)),
    })
    .from(activityContacts)
    .innerJoin(activities, eq(activities.id, activityContacts.activityId))
    .innerJoin(salesGroups, eq(salesGroups.id, activities.salesGroupId))
    .where(inArray(activityContacts.contactId, contactIds))
    .groupBy(activityContacts.contactId, salesGroups.id, salesGroups.name);
}
