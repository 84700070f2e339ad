/**
 * Deleting a deal (soft, restorable for 30 days), bringing it back, and purging what is past that:
 * who may (owner, their leaders, admins — domain/access), and the timeline and audit trail that say so.
 */
import type { OpportunityDetail } from '@contract/opportunities';
import { mayDeleteOwned } from '@domain/access';
import { isRestorable, purgeDeletedBefore, restorableUntil } from '@domain/records';
import { auditPurged } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import * as repo from './repo';
import { getOpportunity } from './service';

type Current = NonNullable<Awaited<ReturnType<typeof repo.findOpportunity>>>;

async function loadForDelete(tx: TxContext, actor: Actor, id: string): Promise<Current> {
  const current = await repo.findOpportunity(tx.db, id);
  if (!current) throw errors.notFound('The opportunity');
  const o = current.opportunity;
  const owner = o.ownerId ? { id: o.ownerId, salesGroupId: o.salesGroupId, marketId: o.marketId } : null;
  if (!mayDeleteOwned(actor, owner)) {
    throw errors.forbidden('Only the opportunity’s owner, their sales leader or an admin can delete or restore it.');
  }
  return current;
}

/** Delete an opportunity (soft): off the board, lists and reports, restorable for 30 days. A won deal is history and stays. */
export async function deleteOpportunity(ctx: AppContext, actor: Actor, id: string): Promise<OpportunityDetail> {
  await inTransaction(ctx, async (tx) => {
    const o = (await loadForDelete(tx, actor, id)).opportunity;
    if (o.deletedAt) return;
    if (o.signedOn) throw errors.conflict('opportunity_closed', 'A won opportunity is the customer’s history; it cannot be deleted.');
    await repo.setDeleted(tx.db, id, tx.clock.now(), actor.id);
    await recordEvent(tx, actor, {
      accountId: o.accountId,
      event: 'opportunity.deleted',
      subject: `Opportunity ${o.name} deleted`,
      data: { opportunityId: id, name: o.name },
    });
  });
  return getOpportunity(ctx, id, actor);
}

/** Bring a deleted opportunity back within 30 days (not while its account is deleted: restore the account). */
export async function restoreOpportunity(ctx: AppContext, actor: Actor, id: string): Promise<OpportunityDetail> {
  await inTransaction(ctx, async (tx) => {
    const o = (await loadForDelete(tx, actor, id)).opportunity;
    if (!o.deletedAt) return;
    if (await repo.accountDeleted(tx.db, o.accountId))
      throw errors.conflict('record_deleted', 'The opportunity’s account is deleted. Restore the account.');
    if (!isRestorable(o.deletedAt, tx.clock.now())) {
      throw errors.conflict(
        'restore_expired',
        `Deleted opportunities can be restored for 30 days; this one could until ${restorableUntil(o.deletedAt).toISOString().slice(0, 10)}.`,
      );
    }
    await repo.setDeleted(tx.db, id, null, null);
    await recordEvent(tx, actor, {
      accountId: o.accountId,
      event: 'opportunity.restored',
      subject: `Opportunity ${o.name} restored`,
      data: { opportunityId: id, name: o.name },
    });
  });
  return getOpportunity(ctx, id, actor);
}

/**
 * Every six hours (the `records.purge` job): opportunities deleted more than 30 days ago can no longer be
 * restored, so they go for good; the audit trail keeps that they existed and when they went.
 */
export async function purgeDeletedOpportunities(ctx: AppContext): Promise<number> {
  const gone = await repo.purgeDeleted(ctx.db, purgeDeletedBefore(ctx.clock.now()));
  await auditPurged(ctx.db, 'opportunity', gone);
  return gone.length;
}
