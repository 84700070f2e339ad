/** Reassigning opportunities in bulk: another seller takes them over, each checked as an owner change. */
import type { Reassign, Reassigned } from '@contract/common';
import { mayReassign } from '@domain/access';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import * as repo from './repo';
import { changeOpportunity, translateFk, type Current } from './service';

/**
 * Give several opportunities to another seller in one transaction: each is checked as a single owner
 * change (domain/access.ts `mayReassign`: its owner, their leaders, admins) before any changes, the
 * refused ones named in the 403; then each goes through `changeOpportunity` (timeline, audit, read models).
 */
export async function reassignOpportunities(ctx: AppContext, actor: Actor, input: Reassign): Promise<Reassigned> {
  const ids = [...new Set(input.ids)];
  return inTransaction(ctx, async (tx) => {
    const rows: Current[] = [];
    for (const id of ids) {
      const current = await repo.findOpportunity(tx.db, id);
      if (!current)
        throw errors.invalid('An opportunity to reassign does not exist.', [{ path: 'body.ids', message: `unknown opportunity ${id}` }]);
      rows.push(current);
    }
    if (!(await repo.userGroupAndMarket(tx.db, input.ownerId))) {
      throw errors.invalid('The new owner does not exist.', [{ path: 'body.ownerId', message: 'unknown user' }]);
    }
    const ownerOf = ({ opportunity: o }: Current) =>
      o.ownerId ? { id: o.ownerId, salesGroupId: o.salesGroupId, marketId: o.marketId } : null;
    const refused = rows.filter((r) => !mayReassign(actor, ownerOf(r))).map((r) => ({ id: r.opportunity.id, name: r.opportunity.name }));
    if (refused.length > 0) {
      throw errors.refused(
        `Nothing was reassigned: only their owners, the owners’ sales leaders or an admin can reassign ${refused.map((r) => r.name).join(', ')}.`,
        refused,
      );
    }
    if (rows.some((r) => r.opportunity.deletedAt))
      throw errors.conflict('record_deleted', 'A deleted opportunity cannot be reassigned. Restore it first.');
    for (const r of rows) {
      if (r.opportunity.ownerId !== input.ownerId)
        await changeOpportunity(tx, actor, r, { ownerId: input.ownerId, version: r.opportunity.version });
    }
    return { ownerId: input.ownerId, ids };
  }).catch(translateFk);
}
