import { and, asc, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { savedViews, users } from '../../db/schema';

export async function listViews(db: Db, userId: string, list: 'accounts' | 'contacts' | 'opportunities') {
  return db
    .select({ view: savedViews, ownerName: users.name })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(and(eq(savedViews.list, list), or(eq(savedViews.userId, userId), eq(savedViews.shared, true))))
    .orderBy(asc(savedViews.name));
}

export async function insertView(db: Db, values: typeof savedViews.$inferInsert) {
  const [row] = await db.insert(savedViews).values(values).returning();
  return row!;
}

export async function deleteOwnView(db: Db, userId: string, id: string) {
  const rows = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning({ id: savedViews.id });
  return rows.length > 0;
}
