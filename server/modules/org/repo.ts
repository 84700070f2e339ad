import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { markets, organisation, salesGroups } from '../../db/schema';

export async function getOrganisation(db: Db) {
  const [row] = await db.select().from(organisation).where(eq(organisation.id, 1));
  return row;
}

export async function upsertOrganisation(db: Db, values: Omit<typeof organisation.$inferInsert, 'id'>) {
  await db
    .insert(organisation)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: organisation.id, set: values });
}

export const listMarkets = (db: Db) => db.select().from(markets).orderBy(asc(markets.code));
export const listSalesGroups = (db: Db) => db.select().from(salesGroups).orderBy(asc(salesGroups.name));

export async function findMarket(db: Db, id: string) {
  const [row] = await db.select().from(markets).where(eq(markets.id, id));
  return row;
}

export async function findSalesGroup(db: Db, id: string) {
  const [row] = await db.select().from(salesGroups).where(eq(salesGroups.id, id));
  return row;
}

export async function insertMarket(db: Db, values: typeof markets.$inferInsert) {
  const [row] = await db.insert(markets).values(values).returning();
  return row!;
}

export async function updateMarket(db: Db, id: string, values: Partial<typeof markets.$inferInsert>) {
  const [row] = await db.update(markets).set(values).where(eq(markets.id, id)).returning();
  return row;
}

export async function insertSalesGroup(db: Db, values: typeof salesGroups.$inferInsert) {
  const [row] = await db.insert(salesGroups).values(values).returning();
  return row!;
}

export async function updateSalesGroup(db: Db, id: string, values: Partial<typeof salesGroups.$inferInsert>) {
  const [row] = await db.update(salesGroups).set(values).where(eq(salesGroups.id, id)).returning();
  return row;
}

export async function groupsLedBy(db: Db, userId: string) {
  return db.select({ id: salesGroups.id }).from(salesGroups).where(eq(salesGroups.leaderId, userId));
}

export async function marketsLedBy(db: Db, userId: string) {
  return db.select({ id: markets.id }).from(markets).where(eq(markets.leaderId, userId));
}

export async function updateOrganisation(db: Db, values: Partial<typeof organisation.$inferInsert>) {
  await db.update(organisation).set(values).where(eq(organisation.id, 1));
}
