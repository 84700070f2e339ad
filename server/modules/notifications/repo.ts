import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications } from '../../db/schema';

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
