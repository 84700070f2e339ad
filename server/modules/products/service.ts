import type { KnowledgeCard, Product } from '@contract/products';
import type { Locale } from '@contract/common';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { leadershipOf } from '../org/service';
import * as repo from './repo';

const present = ({ createdAt: _c, updatedAt: _u, card, ...p }: repo.ProductRow): Product => ({ ...p, card: card as Product['card'] });

export async function listProducts(ctx: AppContext, filter: { salesGroupId?: string }): Promise<Product[]> {
  return (await repo.listProducts(ctx.db, filter)).map(present);
}

export async function getProduct(ctx: AppContext, id: string): Promise<Product> {
  const row = await repo.findProduct(ctx.db, id);
  if (!row) throw errors.notFound('The product');
  return present(row);
}

/** Write a knowledge card in one language; only the leader of the group that sells the product (or an admin). */
export async function putKnowledgeCard(ctx: AppContext, actor: Actor, id: string, locale: Locale, card: KnowledgeCard): Promise<Product> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findProduct(tx, id);
    if (!row) throw errors.notFound('The product');
    if (actor.role !== 'admin') {
      const leads = await leadershipOf({ ...ctx, db: tx }, actor.id);
      if (!leads.salesGroupIds.includes(row.salesGroupId))
        throw errors.forbidden('Only the leader of the group that sells this product can edit its card.');
    }
    const cards = { ...(row.card as Record<string, unknown>), [locale]: card };
    await repo.setCard(tx, id, cards);
    await writeAudit(tx, { actorId: actor.id, action: 'product.card_updated', entityType: 'product', entityId: id, data: { locale } });
    return present({ ...row, card: cards });
  });
}
