import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CommentSubject } from '@domain/comments';
import { rowsOf, type Db } from '../../db/client';
import { comments, users } from '../../db/schema';

export async function listFor(db: Db, subjectType: CommentSubject, subjectId: string) {
  return db
    .select({ comment: comments, authorName: users.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.subjectType, subjectType), eq(comments.subjectId, subjectId)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(500);
}

export async function findComment(db: Db, id: string) {
  const [row] = await db.select().from(comments).where(eq(comments.id, id));
  return row;
}

export async function insertComment(db: Db, values: typeof comments.$inferInsert) {
  const [row] = await db.insert(comments).values(values).returning({ id: comments.id });
  return row!.id;
}

export async function deleteComment(db: Db, id: string) {
  await db.delete(comments).where(eq(comments.id, id));
}

/** Names of these users (the mentioned). */
export async function namesOf(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name, active: users.active }).from(users).where(inArray(users.id, ids));
}

/** The customer a subject is about (null when the subject does not exist) and its name. */
export async function accountOf(db: Db, type: CommentSubject, id: string) {
  const table = type === 'account' ? sql`(select id as account_id, id from accounts)` : type === 'opportunity' ? sql`opportunities` : sql`handoffs`;
  const result = await db.execute(sql`
    select s.account_id as "accountId", a.name as "accountName" from ${table} s join accounts a on a.id = s.account_id
    where s.id = ${id}`);
  return rowsOf<{ accountId: string; accountName: string }>(result)[0] ?? null;
}
