import type { KnowledgeCard, Product } from '@contract/products';
import type { Locale } from '@contract/common';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { mayEditCard, type Viewer } from '@domain/access';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import * as repo from './repo';

const present = ({ createdAt: _c, updatedAt: _u, card, ...p }: repo.ProductRow, viewer: Viewer): Product => ({
  ...p,
  card: card as Product['card'],
  can: { editCard: mayEditCard(viewer, p) },
});

export async function listProducts(ctx: AppContext, viewer: Viewer, filter: { salesGroupId?: string }): Promise<Product[]> {
  return (await repo.listProducts(ctx.db, filter)).map((p) => present(p, viewer));
}

export async function getProduct(ctx: AppContext, viewer: Viewer, id: string): Promise<Product> {
  const row = await repo.findProduct(ctx.db, id);
  if (!row) throw errors.notFound('The product');
  return present(row, viewer);
}

/** Write a knowledge card in one language; only the leader of the group that sells the product (or an admin). */
export async function putKnowledgeCard(ctx: AppContext, actor: Actor, id: string, locale: Locale, card: KnowledgeCard): Promise<Product> {
  return inTransaction(ctx, async (tx) => {
    const row = await repo.findProduct(tx.db, id);
    if (!row) throw errors.notFound('The product');
    if (!mayEditCard(actor, row)) throw errors.forbidden('Only the leader of the group that sells this product can edit its card.');
    const cards = { ...(row.card as Record<string, unknown>), [locale]: card };
    await repo.setCard(tx.db, id, cards);
    await writeAudit(tx.db, { actorId: actor.id, action: 'product.card_updated', entityType: 'product', entityId: id, data: { locale } });
    return present({ ...row, card: cards }, actor);
  });
}
