import type { Account, AccountInput, AccountListQuery, AccountOverview, AccountPatch } from '@contract/accounts';
import type { Reassign, Reassigned } from '@contract/common';
import { mayChangeOwned, mayDeleteOwned, mayReassign, type Viewer } from '@domain/access';
import { accountStatus, lastBusinessOn, lastPassiveDay, ownsOn } from '@domain/account-status';
import { allows } from '@domain/policy';
import { isForeignKeyViolation } from '../../db/errors';
import { writeAudit } from '../../platform/audit';
import { channelOf, fieldChanges } from '@domain/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { churnReasonFor, recordChurn } from '../retention/churn';
import { recordEvent, touchpoints } from '../activities/service';
import { getOrganisation } from '../org/service';
import { checkedCustomValues, customFieldMatches } from '../custom-fields/service';
import { accountPolicies } from './policies';
import * as repo from './repo';
import * as holdingRepo from './repo-holdings';

export type Owned = NonNullable<Awaited<ReturnType<typeof repo.findAccountWithOwner>>>;
export const ownerOf = ({ account: a, ownerGroupId, ownerMarketId }: Owned) =>
  a.ownerId ? { id: a.ownerId, salesGroupId: ownerGroupId, marketId: ownerMarketId } : null;

/** What the viewer may do with the account (domain/access.ts): change it, and declare the customer lost. */
function abilities(viewer: Viewer, owned: Owned) {
  const deleted = owned.account.deletedAt !== null;
  const change = !deleted && mayChangeOwned(viewer, ownerOf(owned));
  const remove = allows(accountPolicies.write, viewer) && mayDeleteOwned(viewer, ownerOf(owned));
  const merge = change && allows(accountPolicies.write, viewer);
  return { change, markLost: change && allows(accountPolicies.markLost, viewer), delete: remove, merge };
}

/** Rows grouped by their account. */
function byAccountId<T extends { accountId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.accountId);
    if (list) list.push(r);
    else map.set(r.accountId, [r]);
  }
  return map;
}

export const deletedError = () => errors.conflict('record_deleted', 'The account is deleted. Restore it first.');

/** Loads the account a write is about, once, and refuses writers who may not change it (owner, their leaders, admins). */
async function loadForChange(tx: TxContext, actor: Actor, id: string, what: string): Promise<Owned> {
  const owned = await repo.findAccountWithOwner(tx.db, id);
  if (!owned) throw errors.notFound('The account');
  if (!mayChangeOwned(actor, ownerOf(owned))) {
    throw errors.forbidden(
      `Only the account’s owner, their sales leader or an admin can ${what}. Add to its timeline instead, or ask them.`,
    );
  }
  if (owned.account.deletedAt) throw deletedError();
  return owned;
}

export function presentAccount(a: repo.AccountRow): Account {
  const { sourceSystem: _s, sourceId: _i, lostAt: _l, lostReason: _r, deletedById: _d, ...rest } = a;
  return {
    ...rest,
    lastBusinessAt: a.lastBusinessAt?.toISOString() ?? null,
    deletedAt: a.deletedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

function translated<T>(work: Promise<T>): Promise<T> {
  return work.catch((e: unknown) => {
    if (isForeignKeyViolation(e)) {
      throw errors.invalid('A referenced market, owner or parent account does not exist.', [
        { path: 'body', message: 'unknown reference' },
      ]);
    }
    throw e;
  });
}

/** The industries in use, most common first (for the filters of lists and the matrix). */
export function industries(ctx: AppContext) {
  return repo.industries(ctx.db);
}

export async function listAccounts(ctx: AppContext, query: AccountListQuery) {
  const { items, total, totalCapped } = await repo.listAccounts(ctx.db, query, await customFieldMatches(ctx, 'account', query.cf));
  return {
    items: items.map((r) => ({ ...presentAccount(r.account), marketCode: r.marketCode, ownerName: r.ownerName, parentName: r.parentName })),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getAccount(ctx: AppContext, id: string): Promise<Account> {
  const row = await repo.findAccount(ctx.db, id);
  if (!row) throw errors.notFound('The account');
  return presentAccount(row);
}

/** The account page: header with hierarchy and status, who has been in touch, the product row, and what the viewer may do. */
export async function accountOverview(ctx: AppContext, id: string, viewer: Viewer): Promise<AccountOverview> {
  const owned = await repo.findAccountWithOwner(ctx.db, id);
  if (!owned) throw errors.notFound('The account');
  const a = owned.account;
  const [market, names, parent, subs, touch, productRows, pipeline, latest, org] = await Promise.all([
    a.marketId ? repo.marketOf(ctx.db, a.marketId) : undefined,
    repo.userNames(
      ctx.db,
      [a.ownerId, a.globalOwnerId].filter((x): x is string => !!x),
    ),
    a.parentId ? repo.findAccount(ctx.db, a.parentId) : undefined,
    repo.subsidiaries(ctx.db, a.id),
    touchpoints(ctx, a.id),
    repo.productRow(ctx.db, a.id),
    repo.pipelineProducts(ctx.db, a.id),
    repo.latestDeal(ctx.db, a.id),
    getOrganisation(ctx),
  ]);
  const today = ctx.clock.now();
  const pipelineOf = new Map<string, { productId: string; name: string; opportunityId: string; opportunityName: string }[]>();
  for (const p of pipeline) pipelineOf.set(p.productId, [...(pipelineOf.get(p.productId) ?? []), p]);
  const person = (uid: string | null) => (uid && names.has(uid) ? { id: uid, name: names.get(uid)! } : null);
  const families = new Map<string, AccountOverview['productRow'][number]>();
  for (const p of productRows) {
    const key = `${p.salesGroupId}|${p.family}`;
    const cell = families.get(key) ?? {
      salesGroupId: p.salesGroupId,
      salesGroupName: p.salesGroupName,
      family: p.family,
      owned: [],
      inPipeline: [],
    };
    if (p.startedOn) {
      const held = { startedOn: p.startedOn, endsOn: p.endsOn };
      cell.owned.push({ productId: p.productId, name: p.name, ...held, current: ownsOn(held, today, org.passiveAfterMonths) });
    }
    if (!cell.inPipeline.some((x) => x.productId === p.productId)) cell.inPipeline.push(...(pipelineOf.get(p.productId) ?? []));
    families.set(key, cell);
  }
  return {
    account: presentAccount(a),
    market: market ?? null,
    owner: person(a.ownerId),
    globalOwner: person(a.globalOwnerId),
    parent: parent ? { id: parent.id, name: parent.name } : null,
    subsidiaries: subs,
    touchpoints: touch,
    productRow: [...families.values()],
    latestDeal: latest,
    can: abilities(viewer, owned),
  };
}

async function assertNoCycle(tx: TxContext, id: string, parentId: string | null | undefined) {
  if (!parentId) return;
  if (parentId === id) throw errors.invalid('An account cannot be its own parent.', [{ path: 'body.parentId', message: 'cycle' }]);
  if ((await repo.ancestors(tx.db, parentId)).includes(id)) {
    throw errors.invalid('That parent is one of this account’s subsidiaries.', [{ path: 'body.parentId', message: 'cycle' }]);
  }
}

export async function createAccount(ctx: AppContext, actor: Actor, input: AccountInput): Promise<Account> {
  return translated(
    inTransaction(ctx, async (tx) => {
      const customFields = (await checkedCustomValues(tx, 'account', input.customFields)) ?? {};
      const row = await repo.insertAccount(tx.db, {
        ...input,
        customFields,
        ownerId: input.ownerId === undefined ? actor.id : input.ownerId,
      });
      await recordEvent(tx, actor, {
        accountId: row.id,
        event: 'account.created',
        subject: `Account ${row.name} created`,
        data: { name: row.name },
      });
      return presentAccount(row);
    }),
  );
}

/** Change an account; owner changes land on the shared timeline in the same transaction. */
export async function updateAccount(ctx: AppContext, actor: Actor, id: string, patch: AccountPatch): Promise<Account> {
  return translated(
    inTransaction(ctx, async (tx) => {
      const before = (await loadForChange(tx, actor, id, 'change it')).account;
      return changeAccount(tx, actor, before, patch);
    }),
  );
}

/**
 * The one path that changes an account the writer may change (checked by the caller): the versioned write,
 * owner changes on the shared timeline, the audit entry — in the caller's transaction.
 */
async function changeAccount(tx: TxContext, actor: Actor, before: repo.AccountRow, patch: AccountPatch): Promise<Account> {
  const id = before.id;
  const { version, customFields: given, ...rest } = patch;
  const customFields = await checkedCustomValues(tx, 'account', given, before.customFields);
  const fields = customFields ? { ...rest, customFields } : rest;
  await assertNoCycle(tx, id, fields.parentId);
  const row = await repo.updateVersioned(tx.db, id, version, fields);
  if (!row) {
    throw errors.conflict('version_conflict', 'Someone else changed this account since you opened it. Review their change and try again.', {
      current: presentAccount(before),
    });
  }
  for (const field of ['ownerId', 'globalOwnerId'] as const) {
    if (fields[field] !== undefined && fields[field] !== before[field]) {
      const names = await repo.userNames(
        tx.db,
        [before[field], fields[field]].filter((x): x is string => !!x),
      );
      const from = before[field] ? (names.get(before[field]) ?? null) : null;
      const to = fields[field] ? (names.get(fields[field]) ?? null) : null;
      const event = field === 'ownerId' ? 'account.owner_changed' : 'account.global_owner_changed';
      await recordEvent(tx, actor, {
        accountId: id,
        event,
        subject: `${field === 'ownerId' ? 'Owner' : 'Global account owner'} changed to ${to ?? 'nobody'}`,
        data: { from, to },
      });
    }
  }
  await writeAudit(tx.db, {
    actorId: actor.id,
    action: 'account.updated',
    entityType: 'account',
    entityId: id,
    data: fields,
    changes: fieldChanges(before, fields, Object.keys(fields) as (keyof typeof fields & keyof typeof before)[]),
    channel: channelOf(actor),
    at: tx.clock.now(),
  });
  return presentAccount(row);
}

/**
 * Give several accounts to another seller in one transaction: every account is checked as a single owner
 * change (domain/access.ts `mayReassign`: its owner, their leaders, admins) before any is changed, and the
 * refused ones are named in the 403; then each goes through `changeAccount` (timeline and audit as one).
 */
export async function reassignAccounts(ctx: AppContext, actor: Actor, input: Reassign): Promise<Reassigned> {
  const ids = [...new Set(input.ids)];
  return translated(
    inTransaction(ctx, async (tx) => {
      const rows: Owned[] = [];
      for (const id of ids) {
        const owned = await repo.findAccountWithOwner(tx.db, id);
        if (!owned)
          throw errors.invalid('An account to reassign does not exist.', [{ path: 'body.ids', message: `unknown account ${id}` }]);
        rows.push(owned);
      }
      if (!(await repo.userNames(tx.db, [input.ownerId])).has(input.ownerId)) {
        throw errors.invalid('The new owner does not exist.', [{ path: 'body.ownerId', message: 'unknown user' }]);
      }
      const refused = rows.filter((r) => !mayReassign(actor, ownerOf(r))).map((r) => ({ id: r.account.id, name: r.account.name }));
      if (refused.length > 0) {
        throw errors.refused(
          `Nothing was reassigned: only their owners, the owners’ sales leaders or an admin can reassign ${refused.map((r) => r.name).join(', ')}.`,
          refused,
        );
      }
      if (rows.some((r) => r.account.deletedAt)) throw deletedError();
      for (const r of rows) {
        if (r.account.ownerId !== input.ownerId) await changeAccount(tx, actor, r.account, { ownerId: input.ownerId });
      }
      return { ownerId: input.ownerId, ids };
    }),
  );
}

/** Recompute and store an account's derived status (call inside the transaction that changed its history). */
export async function refreshStatus(tx: TxContext, accountId: string): Promise<void> {
  await refreshStatuses(tx, [accountId]);
}

/** The status and last business of many accounts from their holdings (domain/account-status.ts), set-based. */
export async function refreshStatuses(tx: TxContext, accountIds: readonly string[]): Promise<void> {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return;
  const [held, lostAt, org] = await Promise.all([
    holdingRepo.holdingsOfMany(tx.db, ids),
    holdingRepo.lostAtOf(tx.db, ids),
    getOrganisation(tx),
  ]);
  const byAccount = byAccountId(held);
  const today = tx.clock.now();
  await holdingRepo.updateStatuses(
    tx.db,
    ids
      .filter((id) => lostAt.has(id))
      .map((id) => {
        const holdings = byAccount.get(id) ?? [];
        const last = lastBusinessOn(holdings, today);
        return {
          id,
          status: accountStatus({ holdings, lostAt: lostAt.get(id) ?? null }, today, org.passiveAfterMonths),
          lastBusinessAt: last ? new Date(`${last}T00:00:00Z`) : null,
        };
      }),
  );
}

/**
 * The customer has left (J2): status lost, with a churn reason from the organisation's list (and words
 * if given) on the timeline and in the churn report (retention/churn.ts).
 */
export async function markLost(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { churnReasonId: string; reason?: string },
): Promise<Account> {
  return inTransaction(ctx, async (tx) => {
    await loadForChange(tx, actor, id, 'declare the customer lost');
    const churn = await churnReasonFor(tx, input.churnReasonId);
    const note = input.reason?.trim() ?? '';
    const reason = note ? `${churn.name} — ${note}` : churn.name;
    await recordChurn(tx, { kind: 'account', accountId: id, reasonId: churn.id, note, byUserId: actor.id });
    await repo.updateAccount(tx.db, id, { lostAt: ctx.clock.now(), lostReason: reason });
    await refreshStatus(tx, id);
    await recordEvent(tx, actor, {
      accountId: id,
      event: 'account.lost',
      subject: `Customer lost: ${reason}`,
      data: { reason, churnReasonId: churn.id, note },
    });
    return presentAccount((await repo.findAccount(tx.db, id))!);
  });
}

/** Record that an account holds a product (a won deal or a running agreement). */
export async function addHolding(
  tx: TxContext,
  accountId: string,
  h: { productId: string; startedOn: string; endsOn: string | null; opportunityId?: string },
) {
  await addHoldings(tx, [{ accountId, ...h }]);
}

/** Record what accounts now hold (won deals, imported history): one insert, then each account's status once. */
export async function addHoldings(
  tx: TxContext,
  list: readonly { accountId: string; productId: string; startedOn: string; endsOn: string | null; opportunityId?: string }[],
) {
  if (list.length === 0) return;
  await holdingRepo.insertHoldings(tx.db, [...list]);
  await refreshStatuses(
    tx,
    list.map((h) => h.accountId),
  );
}

/** A won deal reopened: the products it gave the customer are no longer held, and the status follows. */
export async function removeDealHoldings(tx: TxContext, opportunityId: string) {
  await refreshStatuses(tx, await holdingRepo.deleteDealHoldings(tx.db, opportunityId));
}

/** Daily: customers who no longer own anything (agreements ended, one-off purchases too old) become passive. */
export async function markPassiveAccounts(ctx: AppContext): Promise<number> {
  const org = await getOrganisation(ctx);
  const now = ctx.clock.now();
  const cutoff = lastPassiveDay(now, org.passiveAfterMonths);
  const ids = await repo.markPassive(ctx.db, cutoff, now.toISOString().slice(0, 10));
  return ids.length;
}

/** The history a deal's channel is classified from: the customer's and its group's holdings, and when it was lost. */
export async function channelHistory(ctx: AppContext, accountId: string, withoutOpportunityId: string | null = null) {
  const h = (await channelHistories(ctx, [accountId])).get(accountId)!;
  // the deal's own products left out (a won deal edited later is not its own renewal)
  return withoutOpportunityId ? { ...h, history: h.history.filter((x) => x.opportunityId !== withoutOpportunityId) } : h;
}

/**
 * `channelHistory` of many accounts at once (an import's batch): three queries whatever their number.
 * Each holding says the won deal it came from, so a caller leaves a deal's own products out.
 */
export async function channelHistories(ctx: AppContext, accountIds: readonly string[]) {
  const ids = [...new Set(accountIds)];
  const [held, lostAt, org] = await Promise.all([
    holdingRepo.groupHoldingsOf(ctx.db, ids),
    holdingRepo.lostAtOf(ctx.db, ids),
    getOrganisation(ctx),
  ]);
  const byAccount = byAccountId(held);
  return new Map(
    ids.map((id) => [
      id,
      {
        history: (byAccount.get(id) ?? []).map(({ accountId: _, ...h }) => h),
        lostOn: lostAt.get(id)?.toISOString().slice(0, 10) ?? null,
        passiveAfterMonths: org.passiveAfterMonths,
      },
    ]),
  );
}
