import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { products } from '../../db/schema';

export type ProductRow = typeof products.$inferSelect;

export async function listProducts(db: Db, filter: { salesGroupId?: string }) {
  return db
    .select()
    .from(products)
    .where(filter.salesGroupId ? eq(products.salesGroupId, filter.salesGroupId) : undefined)
    .orderBy(asc(products.family), asc(products.name));
}

export async function findProduct(db: Db, id: string) {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row;
}

export async function setCard(db: Db, id: string, card: Record<string, unknown>) {
  await db
    .update(products)
    .set({ card, updatedAt: sql`now()` })
    .where(eq(products.id, id));
}
