/**
 * Deleting an account (soft: it leaves every list with its contacts and deals, restorable for 30 days),
 * bringing it back, and purging what is past that — who may (owner, their leaders, admins), and the
 * timeline and audit trail that say so.
 */
import type { Account } from '@contract/accounts';
import { mayDeleteOwned } from '@domain/access';
import { isRestorable, purgeDeletedBefore, restorableUntil } from '@domain/records';
import { auditPurged } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import * as repo from './repo';
import { ownerOf, presentAccount, type Owned } from './service';

/** The account for a deletion or a restore: refused unless the viewer may delete it (owner, their leaders, admins). */
async function loadForDelete(tx: TxContext, actor: Actor, id: string): Promise<Owned> {
  const owned = await repo.findAccountWithOwner(tx.db, id);
  if (!owned) throw errors.notFound('The account');
  if (!mayDeleteOwned(actor, ownerOf(owned))) {
    throw errors.forbidden('Only the account’s owner, their sales leader or an admin can delete or restore it.');
  }
  return owned;
}

/** Delete an account (soft): it leaves every list with its contacts and opportunities, restorable for 30 days. */
export async function deleteAccount(ctx: AppContext, actor: Actor, id: string): Promise<Account> {
  return inTransaction(ctx, async (tx) => {
    const { account } = await loadForDelete(tx, actor, id);
    if (account.deletedAt) return presentAccount(account);
    const at = tx.clock.now();
    await repo.softDelete(tx.db, id, at, actor.id);
    await recordEvent(tx, actor, {
      accountId: id,
      event: 'account.deleted',
      subject: `Account ${account.name} deleted`,
      data: { name: account.name },
    });
    return presentAccount((await repo.findAccount(tx.db, id))!);
  });
}

/** Bring a deleted account back, with what was deleted with it — within 30 days of the deletion. */
export async function restoreAccount(ctx: AppContext, actor: Actor, id: string): Promise<Account> {
  return inTransaction(ctx, async (tx) => {
    const { account } = await loadForDelete(tx, actor, id);
    if (!account.deletedAt) return presentAccount(account);
    if (!isRestorable(account.deletedAt, tx.clock.now())) {
      throw errors.conflict(
        'restore_expired',
        `Deleted accounts can be restored for 30 days; this one could until ${restorableUntil(account.deletedAt).toISOString().slice(0, 10)}.`,
      );
    }
    await repo.restore(tx.db, id, account.deletedAt);
    await recordEvent(tx, actor, {
      accountId: id,
      event: 'account.restored',
      subject: `Account ${account.name} restored`,
      data: { name: account.name },
    });
    return presentAccount((await repo.findAccount(tx.db, id))!);
  });
}

/**
 * Every six hours (the `records.purge` job): accounts deleted more than 30 days ago can no longer be
 * restored, so they go for good; the audit trail keeps that they existed and when they went.
 */
export async function purgeDeletedAccounts(ctx: AppContext): Promise<number> {
  const gone = await repo.purgeDeleted(ctx.db, purgeDeletedBefore(ctx.clock.now()));
  await auditPurged(ctx.db, 'account', gone);
  return gone.length;
}
