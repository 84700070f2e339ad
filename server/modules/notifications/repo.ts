import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications, users } from '../../db/schema';

export async function insertNotifications(db: Db, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length) await db.insert(notifications).values(rows);
}

export async function listFor(db: Db, userId: string, limit: number) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)).limit(limit);
}

export async function unreadCount(db: Db, userId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markRead(db: Db, userId: string, id: string | null, at: Date) {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined));
}

/** "user|kind|link" of the notifications of these kinds sent since a moment. */
export async function sentSince(db: Db, kinds: string[], since: Date) {
  const rows = await db
    .select({ userId: notifications.userId, kind: notifications.kind, link: notifications.link })
    .from(notifications)
    .where(and(inArray(notifications.kind, kinds), gte(notifications.createdAt, since)));
  return new Set(rows.map((r) => `${r.userId}|${r.kind}|${r.link ?? ''}`));
}

/** Notifications not yet e-mailed, created since a moment, with their receiver's address and language. */
export async function unsent(db: Db, since: Date, limit: number) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      link: notifications.link,
      email: users.email,
      locale: users.locale,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.emailedAt), gte(notifications.createdAt, since), eq(users.active, true)))
    .orderBy(notifications.createdAt)
    .limit(limit);
}

export async function markEmailed(db: Db, id: string, at: Date) {
  await db.update(notifications).set({ emailedAt: at }).where(eq(notifications.id, id));
}
