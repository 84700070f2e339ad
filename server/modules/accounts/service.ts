import type { Account, AccountInput, AccountListQuery, AccountOverview, AccountPatch } from '@contract/accounts';
import type { z } from 'zod';
import type { AccountListItem } from '@contract/accounts';
import type { CsvColumn } from '../../platform/csv-export';
import { accountStatus, lastBusinessOn, lastPassiveDay } from '../../domain/account-status';
import { isForeignKeyViolation } from '../../db/errors';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent, touchpoints } from '../activities/service';
import { getOrganisation } from '../org/service';
import * as repo from './repo';

export function presentAccount(a: repo.AccountRow): Account {
  const { sourceSystem: _s, sourceId: _i, lostAt: _l, lostReason: _r, ...rest } = a;
  return {
    ...rest,
    lastBusinessAt: a.lastBusinessAt?.toISOString() ?? null,
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
  const { items, total, totalCapped } = await repo.listAccounts(ctx.db, query);
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

/** The account page: header with hierarchy and status, who has been in touch, and the product row. */
export async function accountOverview(ctx: AppContext, id: string): Promise<AccountOverview> {
  const a = await repo.findAccount(ctx.db, id);
  if (!a) throw errors.notFound('The account');
  const [market, names, parent, subs, touch, productRows] = await Promise.all([
    a.marketId ? repo.marketOf(ctx.db, a.marketId) : undefined,
    repo.userNames(
      ctx.db,
      [a.ownerId, a.globalOwnerId].filter((x): x is string => !!x),
    ),
    a.parentId ? repo.findAccount(ctx.db, a.parentId) : undefined,
    repo.subsidiaries(ctx.db, a.id),
    touchpoints(ctx, a.id),
    repo.productRow(ctx.db, a.id),
  ]);
  const person = (uid: string | null) => (uid && names.has(uid) ? { id: uid, name: names.get(uid)! } : null);
  const families = new Map<string, AccountOverview['productRow'][number]>();
  for (const p of productRows) {
    const key = `${p.salesGroupId}|${p.family}`;
    const cell = families.get(key) ?? { salesGroupId: p.salesGroupId, salesGroupName: p.salesGroupName, family: p.family, owned: [] };
    if (p.startedOn) cell.owned.push({ productId: p.productId, name: p.name, startedOn: p.startedOn, endsOn: p.endsOn });
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
  };
}

async function assertNoCycle(ctx: AppContext, id: string, parentId: string | null | undefined) {
  if (!parentId) return;
  if (parentId === id) throw errors.invalid('An account cannot be its own parent.', [{ path: 'body.parentId', message: 'cycle' }]);
  if ((await repo.ancestors(ctx.db, parentId)).includes(id)) {
    throw errors.invalid('That parent is one of this account’s subsidiaries.', [{ path: 'body.parentId', message: 'cycle' }]);
  }
}

export async function createAccount(ctx: AppContext, actor: Actor, input: AccountInput): Promise<Account> {
  return translated(
    ctx.db.transaction(async (tx) => {
      const row = await repo.insertAccount(tx, { ...input, ownerId: input.ownerId === undefined ? actor.id : input.ownerId });
      const txc = { ...ctx, db: tx };
      await recordEvent(txc, actor, {
        accountId: row.id,
        event: 'account.created',
        subject: `Account ${row.name} created`,
        data: { name: row.name },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'account.created',
        entityType: 'account',
        entityId: row.id,
        data: { name: row.name },
      });
      return presentAccount(row);
    }),
  );
}

/** Change an account; owner changes land on the shared timeline in the same transaction. */
export async function updateAccount(ctx: AppContext, actor: Actor, id: string, patch: AccountPatch): Promise<Account> {
  return translated(
    ctx.db.transaction(async (tx) => {
      const txc = { ...ctx, db: tx };
      const before = await repo.findAccount(tx, id);
      if (!before) throw errors.notFound('The account');
      await assertNoCycle(txc, id, patch.parentId);
      const row = (await repo.updateAccount(tx, id, patch))!;
      for (const field of ['ownerId', 'globalOwnerId'] as const) {
        if (patch[field] !== undefined && patch[field] !== before[field]) {
          const names = await repo.userNames(
            tx,
            [before[field], patch[field]].filter((x): x is string => !!x),
          );
          const from = before[field] ? (names.get(before[field]) ?? null) : null;
          const to = patch[field] ? (names.get(patch[field]) ?? null) : null;
          const event = field === 'ownerId' ? 'account.owner_changed' : 'account.global_owner_changed';
          await recordEvent(txc, actor, {
            accountId: id,
            event,
            subject: `${field === 'ownerId' ? 'Owner' : 'Global account owner'} changed to ${to ?? 'nobody'}`,
            data: { from, to },
          });
        }
      }
      await writeAudit(tx, { actorId: actor.id, action: 'account.updated', entityType: 'account', entityId: id, data: patch });
      return presentAccount(row);
    }),
  );
}

/** Recompute and store an account's derived status (call inside the transaction that changed its history). */
export async function refreshStatus(ctx: AppContext, accountId: string): Promise<void> {
  const a = await repo.findAccount(ctx.db, accountId);
  if (!a) return;
  const [held, org] = await Promise.all([repo.holdingsOf(ctx.db, accountId), getOrganisation(ctx)]);
  const today = ctx.clock.now();
  const status = accountStatus({ holdings: held, lostAt: a.lostAt }, today, org.passiveAfterMonths);
  const last = lastBusinessOn(held, today);
  await repo.updateAccount(ctx.db, accountId, { status, lastBusinessAt: last ? new Date(`${last}T00:00:00Z`) : null });
}

/** The customer has left (J2): status lost, with the reason on the timeline. */
export async function markLost(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<Account> {
  return ctx.db.transaction(async (tx) => {
    const txc = { ...ctx, db: tx };
    const a = await repo.findAccount(tx, id);
    if (!a) throw errors.notFound('The account');
    if (actor.role === 'seller' && a.ownerId !== actor.id)
      throw errors.forbidden('Only the account owner or a sales leader can mark a customer lost.');
    await repo.updateAccount(tx, id, { lostAt: ctx.clock.now(), lostReason: reason });
    await refreshStatus(txc, id);
    await recordEvent(txc, actor, { accountId: id, event: 'account.lost', subject: `Customer lost: ${reason}`, data: { reason } });
    return presentAccount((await repo.findAccount(tx, id))!);
  });
}

/** Record that an account holds a product (a won deal or a running agreement). */
export async function addHolding(ctx: AppContext, accountId: string, h: { productId: string; startedOn: string; endsOn: string | null }) {
  await repo.insertHolding(ctx.db, { accountId, ...h });
  await refreshStatus(ctx, accountId);
}

/** Daily: customers with no business for the configured time become passive. */
export async function markPassiveAccounts(ctx: AppContext): Promise<number> {
  const org = await getOrganisation(ctx);
  const now = ctx.clock.now();
  const cutoff = lastPassiveDay(now, org.passiveAfterMonths);
  const ids = await repo.markPassive(ctx.db, new Date(`${cutoff}T23:59:59.999Z`), now.toISOString().slice(0, 10));
  return ids.length;
}

type ListItem = z.infer<typeof AccountListItem>;
export const accountCsvColumns: CsvColumn<ListItem>[] = [
  { header: 'Name', value: (a) => a.name },
  { header: 'Org number', value: (a) => a.orgNumber },
  { header: 'Status', value: (a) => a.status },
  { header: 'Industry', value: (a) => a.industry },
  { header: 'Size', value: (a) => a.size },
  { header: 'Market', value: (a) => a.marketCode },
  { header: 'Street', value: (a) => a.street },
  { header: 'Postal code', value: (a) => a.postalCode },
  { header: 'City', value: (a) => a.city },
  { header: 'Country', value: (a) => a.country },
  { header: 'Website', value: (a) => a.website },
  { header: 'Phone', value: (a) => a.phone },
  { header: 'Parent', value: (a) => a.parentName },
  { header: 'Global account', value: (a) => (a.isGlobal ? 'yes' : '') },
  { header: 'Owner', value: (a) => a.ownerName },
  { header: 'Last business', value: (a) => a.lastBusinessAt?.slice(0, 10) },
  { header: 'Korsa ID', value: (a) => a.id },
];

/** The history a deal's channel is classified from: the customer's and its group's holdings, and when it was lost. */
export async function channelHistory(ctx: AppContext, accountId: string) {
  const [holdings, account, org] = await Promise.all([
    repo.groupHoldings(ctx.db, accountId),
    repo.findAccount(ctx.db, accountId),
    getOrganisation(ctx),
  ]);
  return { history: holdings, lostOn: account?.lostAt?.toISOString().slice(0, 10) ?? null, passiveAfterMonths: org.passiveAfterMonths };
}
