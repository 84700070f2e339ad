import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { products } from '../../db/schema';

export async function listProducts(db: Db, filter: { salesGroupId?: string }) {
  return db
    .select()
    .from(products)
    .where(filter.salesGroupId ? eq(products.salesGroupId, filter.salesGroupId) : undefined)
    .orderBy(asc(products.family), asc(products.name));
}
