/**
 * Duplicate accounts (L3, #14): the likely duplicates of an account, what merging one into it would
 * do, and the merge itself — everything the duplicate had moves to the account that stays.
 */
import type { Account, AccountMergePreview } from '@contract/accounts';
import { mayMerge, type Viewer } from '@domain/access';
import { accountMatches, domainKey, mergedFields, nameSimilarity, orgNumberKey } from '@domain/duplicates';
import { allows } from '@domain/policy';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { accountPolicies } from './policies';
import * as repo from './repo';
import { deletedError, ownerOf, presentAccount, refreshStatus } from './service';

/** Accounts that are likely the same company as this one, each with the keys they share (domain/duplicates.ts). */
export async function accountDuplicates(ctx: AppContext, id: string) {
  const a = await repo.findAccount(ctx.db, id);
  if (!a) throw errors.notFound('The account');
  const keys = { orgNumber: orgNumberKey(a.orgNumber), domain: domainKey(a.website) };
  const rows = await repo.duplicateCandidates(ctx.db, a, keys, nameSimilarity.account);
  return rows.map(({ score, ...r }) => ({ ...r, matches: accountMatches(a, r, score) })).filter((r) => r.matches.length > 0);
}

const mergeable = [
  'orgNumber',
  'industry',
  'size',
  'marketId',
  'street',
  'postalCode',
  'city',
  'country',
  'website',
  'phone',
  'ownerId',
  'globalOwnerId',
] as const;

/**
 * What merging `dropId` into `keepId` would do, before anyone confirms: the duplicate's records that
 * would move, the empty fields it would fill, and whether the viewer may (the same rule the merge checks).
 */
export async function accountMergePreview(ctx: AppContext, viewer: Viewer, keepId: string, dropId: string): Promise<AccountMergePreview> {
  if (keepId === dropId)
    throw errors.invalid('An account cannot be merged with itself.', [{ path: 'querystring.duplicateId', message: 'same account' }]);
  const [keep, drop] = await Promise.all([repo.findAccountWithOwner(ctx.db, keepId), repo.findAccountWithOwner(ctx.db, dropId)]);
  if (!keep) throw errors.notFound('The account');
  if (!drop) throw errors.notFound('The duplicate');
  const [moves, names] = await Promise.all([
    repo.mergeCounts(ctx.db, dropId),
    repo.userNames(ctx.db, drop.account.ownerId ? [drop.account.ownerId] : []),
  ]);
  const deleted = keep.account.deletedAt !== null || drop.account.deletedAt !== null;
  return {
    keep: { id: keep.account.id, name: keep.account.name },
    duplicate: {
      id: drop.account.id,
      name: drop.account.name,
      city: drop.account.city,
      ownerName: drop.account.ownerId ? (names.get(drop.account.ownerId) ?? null) : null,
      status: drop.account.status,
    },
    moves,
    filled: Object.keys(mergedFields(keep.account, drop.account, mergeable)),
    can: { merge: !deleted && allows(accountPolicies.write, viewer) && mayMerge(viewer, ownerOf(keep), ownerOf(drop)) },
  };
}

/**
 * Merge a duplicate into this account: everything it had — contacts, opportunities, handoffs, the
 * timeline, holdings — moves here, empty fields are filled from it, and it is gone. By whoever may
 * change this account and delete the other (domain/access.ts `mayMerge`).
 */
export async function mergeAccounts(ctx: AppContext, actor: Actor, keepId: string, dropId: string): Promise<Account> {
  if (keepId === dropId)
    throw errors.invalid('An account cannot be merged with itself.', [{ path: 'body.duplicateId', message: 'same account' }]);
  return inTransaction(ctx, async (tx) => {
    const [keep, drop] = await Promise.all([repo.findAccountWithOwner(tx.db, keepId), repo.findAccountWithOwner(tx.db, dropId)]);
    if (!keep) throw errors.notFound('The account');
    if (!drop) throw errors.invalid('The duplicate does not exist.', [{ path: 'body.duplicateId', message: 'unknown account' }]);
    if (!mayMerge(actor, ownerOf(keep), ownerOf(drop))) {
      throw errors.forbidden(
        'Merging needs the right to change this account and to delete the other: their owners, their sales leaders or an admin.',
      );
    }
    if (keep.account.deletedAt || drop.account.deletedAt) throw deletedError();
    if ((await repo.ancestors(tx.db, keepId)).includes(dropId) && keep.account.parentId !== dropId) {
      throw errors.invalid('The duplicate is a parent of this account further up; merge from the top.', [
        { path: 'body.duplicateId', message: 'cycle' },
      ]);
    }
    const fill = mergedFields(keep.account, drop.account, mergeable);
    await repo.moveAccountInto(tx.db, keepId, dropId);
    await repo.updateVersioned(tx.db, keepId, undefined, {
      ...fill,
      isGlobal: keep.account.isGlobal || drop.account.isGlobal,
      // the duplicate's custom values fill the fields this one has none in
      customFields: { ...drop.account.customFields, ...keep.account.customFields },
    });
    await refreshStatus(tx, keepId);
    const name = drop.account.name;
    await recordEvent(tx, actor, {
      accountId: keepId,
      event: 'account.merged',
      subject: `Merged with ${name}`,
      data: { name, mergedId: dropId, merged: presentAccount(drop.account), filled: fill },
    });
    return presentAccount((await repo.findAccount(tx.db, keepId))!);
  });
}
