import type { z } from 'zod';
import type { AccountCoverage, CoverageConflicts, PutCoverageRules } from '@contract/coverage';
import { mayChangeOwned, type Viewer } from '@domain/access';
import { duplicateRules, outsideCoverage, parallelDeals, type Worker } from '@domain/coverage';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service-events';
import { notify } from '../notifications/service';
import * as repo from './repo';

type Place = NonNullable<Awaited<ReturnType<typeof repo.placeOf>>>;

async function loadPlace(ctx: AppContext, accountId: string): Promise<Place> {
  const place = await repo.placeOf(ctx.db, accountId);
  if (!place || place.deletedAt) throw errors.notFound('The account');
  return place;
}

/** The group's rules are set by its global owner (else the group account's owner), their leaders and admins. */
function mayEdit(viewer: Viewer, p: Place) {
  const owner = p.globalOwnerId
    ? { id: p.globalOwnerId, salesGroupId: p.globalOwnerGroupId, marketId: p.globalOwnerMarketId }
    : p.groupOwnerId
      ? { id: p.groupOwnerId, salesGroupId: p.groupOwnerGroupId, marketId: p.groupOwnerMarketId }
      : null;
  return mayChangeOwned(viewer, owner);
}

const rulesOf = (rows: Awaited<ReturnType<typeof repo.rulesOf>>) =>
  rows.map((r) => ({ marketId: r.marketId, salesGroupId: r.salesGroupId, sellerId: r.sellerId }));

/** Where an account sits in its group of companies, the group's rules, and who covers it for the viewer. */
export async function accountCoverage(ctx: AppContext, viewer: Viewer, accountId: string): Promise<AccountCoverage> {
  const p = await loadPlace(ctx, accountId);
  if (!p.groupIsGlobal) {
    return { group: null, isGroup: false, globalOwner: null, rules: [], forYou: { outside: false, coveredBy: null }, can: { edit: false } };
  }
  const rows = await repo.rulesOf(ctx.db, p.groupId);
  const isGroup = p.groupId === p.id;
  const verdict = isGroup
    ? { outside: false, rule: null }
    : outsideCoverage(rulesOf(rows), { marketId: p.marketId, globalOwnerId: p.globalOwnerId }, viewer);
  const row = verdict.rule ? rows.find((r) => r.marketId === verdict.rule!.marketId && r.salesGroupId === verdict.rule!.salesGroupId) : undefined;
  const named = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
  return {
    group: { id: p.groupId, name: p.groupName },
    isGroup,
    globalOwner: named(p.globalOwnerId, p.globalOwnerName),
    rules: rows.map((r) => ({
      id: r.id,
      market: { id: r.marketId, name: r.marketName },
      salesGroup: named(r.salesGroupId, r.salesGroupName),
      seller: named(r.sellerId, r.sellerName),
    })),
    forYou: {
      outside: verdict.outside,
      coveredBy: row
        ? { market: { id: row.marketId, name: row.marketName }, salesGroup: named(row.salesGroupId, row.salesGroupName), seller: named(row.sellerId, row.sellerName) }
        : null,
    },
    can: { edit: mayEdit(viewer, p) },
  };
}

/** Set the group's coverage rules (a list, replacing the last). */
export async function putRules(ctx: AppContext, actor: Actor, accountId: string, input: PutCoverageRules): Promise<AccountCoverage> {
  await inTransaction(ctx, async (tx) => {
    const p = await loadPlace(tx, accountId);
    if (!p.groupIsGlobal || p.groupId !== p.id)
      throw errors.invalid('Coverage rules are set on the group’s global account.', [{ path: 'params.id', message: 'not a global account' }]);
    if (!mayEdit(actor, p)) throw errors.forbidden('Only the global account owner, their sales leader or an admin can set its coverage.');
    const dupes = duplicateRules(input.rules);
    if (dupes.length)
      throw errors.invalid('Name each market and sales group once.', dupes.map((i) => ({ path: `body.rules.${i}`, message: 'repeated' })));
    const marketIds = [...new Set(input.rules.map((r) => r.marketId))];
    const groupIds = [...new Set(input.rules.flatMap((r) => (r.salesGroupId ? [r.salesGroupId] : [])))];
    const known = await repo.knownPlaces(tx.db, marketIds, groupIds);
    if (known.markets !== marketIds.length || known.groups !== groupIds.length)
      throw errors.invalid('A market or sales group does not exist.', [{ path: 'body.rules', message: 'unknown market or sales group' }]);
    for (const [i, r] of input.rules.entries()) {
      if (!r.sellerId) continue;
      const seller = await repo.person(tx.db, r.sellerId);
      if (!seller?.active) throw errors.invalid('The seller is not an active user.', [{ path: `body.rules.${i}.sellerId`, message: 'unknown user' }]);
    }
    const now = tx.clock.now();
    await repo.replaceRules(
      tx.db,
      p.groupId,
      input.rules.map((r) => ({ groupId: p.groupId, ...r, createdById: actor.id, createdAt: now })),
    );
  });
  return accountCoverage(ctx, actor, accountId);
}

/**
 * Called in the transaction of a meeting logged or an opportunity opened at an account: when the person
 * works a covered subsidiary outside its rule, the coverer (the rule's seller, else the subsidiary's
 * owner) and the global owner are told who did what, and a coverage notice goes on the subsidiary's
 * timeline for everyone to see. Nothing is refused: everyone still sees every interaction (A3).
 */
export async function noticeOutsideCoverage(
  tx: TxContext,
  who: Worker,
  accountId: string,
  what: { kind: 'meeting' | 'opportunity'; subject: string },
): Promise<void> {
  const p = await repo.placeOf(tx.db, accountId);
  if (!p?.groupIsGlobal || p.groupId === p.id) return;
  const rows = await repo.rulesOf(tx.db, p.groupId);
  const { outside, rule } = outsideCoverage(rulesOf(rows), { marketId: p.marketId, globalOwnerId: p.globalOwnerId }, who);
  if (!outside || !rule) return;
  const name = (await repo.person(tx.db, who.id))?.name ?? '';
  const covererId = rule.sellerId ?? p.ownerId;
  const told = [...new Set([covererId, p.globalOwnerId].filter((id): id is string => !!id && id !== who.id))];
  await notify(
    tx,
    told.map((userId) => ({
      userId,
      kind: `coverage.outside_${what.kind}`,
      data: { accountName: p.name, by: name, title: what.subject },
      link: `/accounts/${accountId}`,
    })),
  );
  const row = rows.find((r) => r.marketId === rule.marketId && r.salesGroupId === rule.salesGroupId);
  const coverer = (covererId && (await repo.person(tx.db, covererId))?.name) || null;
  await recordEvent(tx, who, {
    accountId,
    event: 'coverage.notice',
    subject: `${name || 'Someone'} worked outside the coverage (${what.kind}: ${what.subject}); ${coverer ?? `the ${row?.marketName ?? ''} team`} and the global owner were told`.slice(0, 300),
    data: {
      kind: what.kind,
      title: what.subject,
      by: name,
      coverer,
      market: row?.marketName ?? null,
      globalOwner: p.globalOwnerName,
      told: told.length,
    },
  });
}

/** Parallel open opportunities for one product at one group of companies from more than one market. */
export async function conflicts(ctx: AppContext, groupId: string | null): Promise<z.infer<typeof CoverageConflicts>> {
  const deals = await repo.openDealsInGroups(ctx.db, groupId);
  const named = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
  return {
    items: parallelDeals(deals).map((list) => ({
      group: { id: list[0]!.groupId, name: list[0]!.groupName },
      product: { id: list[0]!.productId, name: list[0]!.productName },
      opportunities: list.map((d) => ({
        id: d.id,
        name: d.name,
        account: { id: d.accountId, name: d.accountName },
        market: named(d.marketId, d.marketName),
        owner: named(d.ownerId, d.ownerName),
      })),
    })),
  };
}

