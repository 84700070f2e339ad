import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { forumMeetings, forums, users } from '../../db/schema';

export const listForums = (db: Db) => db.select().from(forums).orderBy(asc(forums.name));

export async function findForum(db: Db, id: string) {
  const [row] = await db.select().from(forums).where(eq(forums.id, id));
  return row;
}

export async function insertForum(db: Db, values: typeof forums.$inferInsert) {
  const [row] = await db.insert(forums).values(values).returning();
  return row!;
}

export async function members(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, salesGroupId: users.salesGroupId })
    .from(users)
    .where(inArray(users.id, ids))
    .orderBy(asc(users.name));
}

export async function lastMeeting(db: Db, forumId: string) {
  const [row] = await db
    .select({ meeting: forumMeetings, recordedBy: users.name })
    .from(forumMeetings)
    .leftJoin(users, eq(users.id, forumMeetings.recordedById))
    .where(eq(forumMeetings.forumId, forumId))
    .orderBy(desc(forumMeetings.heldOn), desc(forumMeetings.createdAt))
    .limit(1);
  return row;
}

export async function meetings(db: Db, forumId: string) {
  return db
    .select({ meeting: forumMeetings, recordedBy: users.name })
    .from(forumMeetings)
    .leftJoin(users, eq(users.id, forumMeetings.recordedById))
    .where(eq(forumMeetings.forumId, forumId))
    .orderBy(desc(forumMeetings.heldOn))
    .limit(50);
}

export async function insertMeeting(db: Db, values: typeof forumMeetings.$inferInsert) {
  const [row] = await db.insert(forumMeetings).values(values).returning();
  const [recorder] = values.recordedById ? await db.select({ name: users.name }).from(users).where(eq(users.id, values.recordedById)) : [];
  return { meeting: row!, recordedBy: recorder?.name ?? null };
}

/** Cells marked as potential since a moment, for the forum's market. */
export async function newPotential(db: Db, marketId: string | null, since: Date | null) {
  const result = await db.execute(sql`
    select k.account_id as "accountId", a.name as "accountName", k.product_id as "productId", p.name as "productName", u.name as by, k.at
    from matrix_marks k join accounts a on a.id = k.account_id join products p on p.id = k.product_id left join users u on u.id = k.by_user_id
    where k.state = 'potential' ${marketId ? sql`and a.market_id = ${marketId}` : sql``} ${since ? sql`and k.at > ${since}` : sql``}
    order by k.at desc limit 200`);
  return rowsOf<{ accountId: string; accountName: string; productId: string; productName: string; by: string | null; at: string | Date }>(
    result,
  );
}
