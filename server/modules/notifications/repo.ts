import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { notifications } from '../../db/schema';

export async function insertNotifications(db: Db, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length) await db.insert(notifications).values(rows);
}

export async function listFor(db: Db, userId: string, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.inApp, true)))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function unreadCount(db: Db, userId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.inApp, true), isNull(notifications.readAt)));
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

/**
 * Claim up to `limit` notifications to e-mail (not yet sent, since a moment, fewer than five failed
 * tries, receiver active): marked sent at once and committed, so that no other run sends them too.
 */
export async function claimUnsent(db: Db, since: Date, now: Date, limit: number) {
  const result = await db.execute(sql`
    with picked as (
      select n.id from notifications n join users u on u.id = n.user_id
      where n.emailed_at is null and n.email = 'instant' and n.created_at >= ${since.toISOString()}::timestamptz and n.email_attempts < 5 and u.active
      order by n.created_at limit ${limit}
      for update of n skip locked
    ),
    claimed as (
      update notifications n set emailed_at = ${now.toISOString()}::timestamptz from picked where n.id = picked.id
      returning n.id, n.kind, n.data, n.link, n.user_id
    )
    select c.id, c.kind, c.data, c.link, u.email, u.locale from claimed c join users u on u.id = c.user_id`);
  return rowsOf<{
    id: string;
    kind: string;
    data: Record<string, unknown>;
    link: string | null;
    email: string;
    locale: 'en' | 'sv' | 'nb';
  }>(result);
}

/** Give back claimed notifications that were not sent; `failed` counts as a try. */
export async function releaseClaim(db: Db, ids: string[], failed: boolean) {
  if (ids.length === 0) return;
  await db
    .update(notifications)
    .set({ emailedAt: null, ...(failed ? { emailAttempts: sql`${notifications.emailAttempts} + 1` } : {}) })
    .where(inArray(notifications.id, ids));
}
