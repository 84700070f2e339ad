import type { z } from 'zod';
import type {
  AccountHealth,
  ChurnReason,
  ChurnReasonPatch,
  ChurnReport,
  ChurnReportQuery,
  StartWinBack,
  StartedWinBack,
  WinBackList,
  WinBackQuery,
} from '@contract/retention';
import { mayChangeOwned, type Viewer } from '@domain/access';
import { ownsOn } from '@domain/account-status';
import { healthScore } from '@domain/health';
import { mayWinBack, periodOf, rankWinBack } from '@domain/retention';
import { addDays } from '@domain/tasks';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { createOpportunity } from '../opportunities/service';
import { getOrganisation } from '../org/service';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';

const presentReason = (r: { id: string; key: string | null; label: string | null; active: boolean }): ChurnReason => ({
  id: r.id,
  key: r.key,
  label: r.label,
  active: r.active,
});

const iso = (d: Date | string) => new Date(d).toISOString();
const day = (d: Date | string) => iso(d).slice(0, 10);

// ─── the list of reasons ─────────────────────────────────────────────────────────────────────────

export async function listReasons(ctx: AppContext, all: boolean) {
  return { items: (await repo.listReasons(ctx.db, all)).map(presentReason) };
}

export async function createReason(ctx: AppContext, actor: Actor, label: string): Promise<ChurnReason> {
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertReason(tx.db, label);
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'churn_reason.created',
      entityType: 'churn_reason',
      entityId: row.id,
      data: { label },
    });
    return presentReason(row);
  });
}

/** Rename an admin's own reason, or retire (or bring back) any; a default keeps its key, so only its use changes. */
export async function updateReason(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: z.infer<typeof ChurnReasonPatch>,
): Promise<ChurnReason> {
  return inTransaction(ctx, async (tx) => {
    const current = await repo.findReason(tx.db, id);
    if (!current) throw errors.notFound('The churn reason');
    if (patch.label !== undefined && current.key) {
      throw errors.invalid('A default reason is named in every language; retire it and add your own instead.', [
        { path: 'body.label', message: 'default reason' },
      ]);
    }
    const row = (await repo.updateReason(tx.db, id, patch))!;
    await writeAudit(tx.db, { actorId: actor.id, action: 'churn_reason.changed', entityType: 'churn_reason', entityId: id, data: patch });
    return presentReason(row);
  });
}

// ─── the churn report ────────────────────────────────────────────────────────────────────────────

/** Churn by reason, product, market and period, and the revenue lost (in the reporting currency). */
export async function churnReport(ctx: AppContext, q: z.infer<typeof ChurnReportQuery>): Promise<z.infer<typeof ChurnReport>> {
  const today = day(ctx.clock.now());
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, -364);
  if (from > to) throw errors.invalid('The period starts after it ends.', [{ path: 'querystring.from', message: 'after to' }]);
  const scope = { from, until: addDays(to, 1), marketId: q.marketId };
  const [org, total, byReason, byProduct, byMarket, byDay, recent] = await Promise.all([
    getOrganisation(ctx),
    repo.churnTotals(ctx.db, scope),
    repo.churnByReason(ctx.db, scope),
    repo.churnByProduct(ctx.db, scope),
    repo.churnByMarket(ctx.db, scope),
    repo.churnByDay(ctx.db, scope),
    repo.recentChurn(ctx.db, scope, 20),
  ]);
  const periods = new Map<string, { count: number; lostValue: number }>();
  for (const d of byDay) {
    const p = periodOf(d.day, q.period);
    const line = periods.get(p) ?? { count: 0, lostValue: 0 };
    periods.set(p, { count: line.count + d.count, lostValue: line.lostValue + d.lostValue });
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    from,
    to,
    currency: org.reportingCurrency,
    total: { ...total, lostValue: round(total.lostValue) },
    byReason: byReason.map((r) => ({ reason: presentReason(r), count: r.count, lostValue: round(r.lostValue) })),
    byProduct: byProduct.map((r) => ({ ...r, lostValue: round(r.lostValue) })),
    byMarket: byMarket.map((r) => ({ ...r, lostValue: round(r.lostValue) })),
    byPeriod: [...periods].map(([period, line]) => ({ period, count: line.count, lostValue: round(line.lostValue) })),
    recent: recent.map((r) => ({
      id: r.id,
      kind: r.kind,
      account: { id: r.accountId, name: r.accountName },
      opportunityId: r.opportunityId,
      reason: presentReason({ id: r.reasonId, key: r.reasonKey, label: r.reasonLabel, active: r.reasonActive }),
      note: r.note,
      lostValue: r.lostValue,
      occurredAt: iso(r.occurredAt),
    })),
  };
}

// ─── win-back ────────────────────────────────────────────────────────────────────────────────────

/** Passive and lost customers, what they bought, when, who knew them, ranked by former value (domain/retention.ts). */
export async function winBackList(ctx: AppContext, viewer: Viewer, q: z.infer<typeof WinBackQuery>): Promise<z.infer<typeof WinBackList>> {
  const accounts = await repo.winBackAccounts(ctx.db, q);
  const ids = accounts.map((a) => a.id);
  const [fx, values, products, people, open] = await Promise.all([
    reportingConverter(ctx),
    repo.formerValues(ctx.db, ids),
    repo.formerProducts(ctx.db, ids),
    repo.lastInTouch(ctx.db, ids),
    repo.openWinBacks(ctx.db, ids),
  ]);
  const value = new Map<string, number>();
  for (const v of values) value.set(v.accountId, (value.get(v.accountId) ?? 0) + fx.toReporting(v.amount, v.currency));
  const group = <T extends { accountId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.accountId, [...(m.get(r.accountId) ?? []), r]);
    return m;
  };
  const productsOf = group(products);
  const peopleOf = group(people);
  const openOf = new Map(open.map((o) => [o.accountId, o]));
  const ranked = rankWinBack(
    accounts.map((a) => ({
      ...a,
      accountId: a.id,
      formerValue: Math.round((value.get(a.id) ?? 0) * 100) / 100,
      lastBusinessOn: a.lastBusinessAt ? day(a.lastBusinessAt) : null,
    })),
  ).slice(0, q.limit);
  return {
    currency: fx.currency,
    items: ranked.map((a) => ({
      account: { id: a.id, name: a.name, status: a.status, marketId: a.marketId, industry: a.industry },
      products: (productsOf.get(a.id) ?? []).map((p) => ({ id: p.id, name: p.name })),
      lastBusinessOn: a.lastBusinessOn,
      lostAt: a.lostAt ? iso(a.lostAt) : null,
      churnReason: a.reasonId ? presentReason({ id: a.reasonId, key: a.reasonKey, label: a.reasonLabel, active: !!a.reasonActive }) : null,
      formerValue: a.formerValue,
      owner: a.ownerId && a.ownerName ? { id: a.ownerId, name: a.ownerName } : null,
      knewThem: (peopleOf.get(a.id) ?? []).map((p) => ({ id: p.id, name: p.name })),
      openWinBack: openOf.has(a.id) ? { id: openOf.get(a.id)!.id, name: openOf.get(a.id)!.name } : null,
      can: { start: mayChangeOwned(viewer, ownerOf(a)) },
    })),
  };
}

const ownerOf = (a: { ownerId: string | null; ownerGroupId: string | null; ownerMarketId: string | null }) =>
  a.ownerId ? { id: a.ownerId, salesGroupId: a.ownerGroupId, marketId: a.ownerMarketId } : null;

/**
 * Start a win-back in one click: an opportunity at the process's first stage, worth what the customer
 * used to buy a year, with its decision maker, closing in three months. Its channel is classified by
 * the opportunities module (domain/channels.ts) from the customer's history — win-back for a passive
 * or lost customer. The account's owner, their leaders and admins may start it.
 */
export async function startWinBack(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof StartWinBack>,
): Promise<z.infer<typeof StartedWinBack>> {
  const account = await repo.accountWithOwner(ctx.db, input.accountId);
  if (!account || account.deletedAt) throw errors.notFound('The account');
  if (!mayChangeOwned(actor, ownerOf(account))) {
    throw errors.forbidden('Only the customer’s owner, their sales leader or an admin can start its win-back. Send them a tip instead.');
  }
  if (!mayWinBack(account.status)) {
    throw errors.invalid('Only a passive or lost customer is won back.', [{ path: 'body.accountId', message: `status ${account.status}` }]);
  }
  const [fx, values, contactId] = await Promise.all([
    reportingConverter(ctx),
    repo.formerValues(ctx.db, [account.id]),
    input.contactId ? Promise.resolve(input.contactId) : repo.firstContact(ctx.db, account.id),
  ]);
  const former = values.reduce((sum, v) => sum + fx.toReporting(v.amount, v.currency), 0);
  const today = day(ctx.clock.now());
  const created = await createOpportunity(ctx, actor, {
    accountId: account.id,
    name: `Win-back: ${account.name}`.slice(0, 200),
    estimatedValue: Math.max(1, Math.round(former)),
    currency: fx.currency,
    expectedCloseOn: addDays(today, 90),
    ...(contactId ? { contactId } : {}),
  });
  return { opportunityId: created.id, channel: created.channel };
}

// ─── health ──────────────────────────────────────────────────────────────────────────────────────

/** The account's health score with its reasons (domain/health.ts), from what Korsa knows today. */
export async function accountHealth(ctx: AppContext, accountId: string): Promise<z.infer<typeof AccountHealth>> {
  const account = await repo.accountWithOwner(ctx.db, accountId);
  if (!account) throw errors.notFound('The account');
  const now = ctx.clock.now();
  const today = day(now);
  const [f, held, org] = await Promise.all([
    repo.healthFacts(ctx.db, accountId, today),
    repo.holdingsOf(ctx.db, accountId),
    getOrganisation(ctx),
  ]);
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  const owned = (on: Date) =>
    new Set(held.filter((h) => h.startedOn <= day(on) && ownsOn(h, on, org.passiveAfterMonths)).map((h) => h.productId)).size;
  const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
  const health = healthScore({
    daysSinceActivity: f.lastActivityAt
      ? Math.max(0, Math.floor((now.getTime() - new Date(f.lastActivityAt).getTime()) / 86_400_000))
      : null,
    overdueHandoffs: f.overdueHandoffs,
    answeredHandoffs: f.answeredHandoffs,
    renewalDueInDays: f.renewalDueOn ? daysBetween(today, f.renewalDueOn) : null,
    renewalInProgress: f.renewalInProgress,
    productsNow: owned(now),
    productsYearAgo: owned(yearAgo),
    invoicedLast6Months: f.invoiceLines > 0 ? f.invoicedLast6 : null,
    invoicedPrevious6Months: f.invoiceLines > 0 ? f.invoicedPrevious6 : null,
    lostDeals12Months: f.lost12,
    wonDeals12Months: f.won12,
    websiteVisits30Days: null,
  });
  return { accountId, score: health.score, band: health.band, reasons: health.reasons, on: today };
}
