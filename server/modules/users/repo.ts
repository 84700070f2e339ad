import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { UserListQuery } from '@contract/users';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

function filters(q: UserListQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.name, like), ilike(users.email, like)));
  }
  if (q.role) where.push(eq(users.role, q.role));
  if (q.salesGroupId) where.push(eq(users.salesGroupId, q.salesGroupId));
  if (q.marketId) where.push(eq(users.marketId, q.marketId));
  if (q.active !== undefined) where.push(eq(users.active, q.active));
  return and(...where);
}

export async function listUsers(db: Db, q: UserListQuery) {
  const where = filters(q);
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(where),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}

export async function findUser(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function countActiveAdmins(db: Db) {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)));
  return Number(row?.n ?? 0);
}

export async function countUsers(db: Db) {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(users);
  return Number(row?.n ?? 0);
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}
