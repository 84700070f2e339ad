import type { Product } from '@contract/products';
import type { AppContext } from '../../platform/context';
import * as repo from './repo';

export async function listProducts(ctx: AppContext, filter: { salesGroupId?: string }): Promise<Product[]> {
  const rows = await repo.listProducts(ctx.db, filter);
  return rows.map(({ createdAt: _c, ...p }) => p);
}
