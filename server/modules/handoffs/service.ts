import type { z } from 'zod';
import type {
  CreateHandoff,
  Handoff,
  HandoffListQuery,
  Ledger,
  LedgerQuery,
  ReportHandoff,
  UpdateHandoff,
  WithdrawHandoff,
} from '@contract/handoffs';
import { mayEditHandoff, mayReportHandoff, type Viewer } from '@domain/access';
import { allowedNext, chaseActions, dueAfter, isOpen, isOverdue, needsReason } from '@domain/handoffs';
import { histogramMedian } from '@domain/kpis';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { notify } from '../notifications/service';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';
import * as ledgerRepo from './repo-ledger';

function present(v: repo.HandoffView, updates: Awaited<ReturnType<typeof repo.updatesOf>>, now: Date, viewer: Viewer): Handoff {
  const h = v.handoff;
  const report = mayReportHandoff(viewer, h);
  const giverPlacement = h.giverId ? { salesGroupId: v.giverGroupOfGiver, marketId: v.giverMarketId } : null;
  return {
    id: h.id,
    account: { id: h.accountId, name: v.accountName, marketCode: v.marketCode },
    giver: h.giverId && v.giverName ? { id: h.giverId, name: v.giverName } : null,
    giverGroupId: h.giverGroupId,
    toSalesGroup: { id: h.toSalesGroupId, name: v.groupName },
    toUser: h.toUserId && v.toUserName ? { id: h.toUserId, name: v.toUserName } : null,
    productIds: h.productIds,
    contactId: h.contactId,
    answers: h.answers as Handoff['answers'],
    urgency: h.urgency,
    note: h.note,
    status: h.status,
    outcome: v.outcome,
    statusNote: h.statusNote,
    opportunityId: h.opportunityId,
    dueAt: h.dueAt.toISOString(),
    overdue: isOverdue(h, now),
    createdAt: h.createdAt.toISOString(),
    updates: updates.filter((u) => u.handoffId === h.id).map((u) => ({ status: u.status, note: u.note, by: u.by, at: u.at.toISOString() })),
    allowedNext: report ? [...allowedNext(h.status)] : [],
    can: { report, edit: isOpen(h.status) && mayEditHandoff(viewer, { giverId: h.giverId, giver: giverPlacement }) },
  };
}

export async function getHandoff(ctx: AppContext, id: string, viewer: Viewer): Promise<Handoff> {
  const row = await repo.findHandoff(ctx.db, id);
  if (!row) throw errors.notFound('The handoff');
  return present(row, await repo.updatesOf(ctx.db, [id]), ctx.clock.now(), viewer);
}

export async function listHandoffs(ctx: AppContext, actor: Actor, query: HandoffListQuery) {
  const { items, total } = await repo.listHandoffs(ctx.db, query, actor);
  const updates = await repo.updatesOf(
    ctx.db,
    items.map((i) => i.handoff.id),
  );
  const now = ctx.clock.now();
  return { items: items.map((i) => present(i, updates, now, actor)), total, page: query.page, pageSize: query.pageSize };
}

/** Who is told about a handoff: the named seller, else the receiving group's leader. */
async function receivers(ctx: AppContext, h: { toUserId: string | null; toSalesGroupId: string }) {
  if (h.toUserId) return [h.toUserId];
  const leader = await repo.groupLeader(ctx.db, h.toSalesGroupId);
  return leader ? [leader] : [];
}

/** Pass a tip to another sales group, with the light needs analysis (D2). */
export async function createHandoff(ctx: AppContext, actor: Actor, input: CreateHandoff): Promise<Handoff> {
  if (input.toSalesGroupId === actor.salesGroupId) {
    throw errors.invalid('A handoff goes to another sales group than your own.', [
      { path: 'body.toSalesGroupId', message: 'your own group' },
    ]);
  }
  const id = await inTransaction(ctx, async (tx) => {
    if (input.toUserId) {
      const user = await repo.userInGroup(tx.db, input.toUserId);
      if (!user?.active || user.salesGroupId !== input.toSalesGroupId) {
        throw errors.invalid('The receiver is not an active seller of that group.', [
          { path: 'body.toUserId', message: 'not in the group' },
        ]);
      }
    }
    const groups = await repo.productGroups(tx.db, input.productIds);
    if (groups.length !== input.productIds.length || groups.some((p) => p.salesGroupId !== input.toSalesGroupId)) {
      throw errors.invalid('The products must be ones the receiving group sells.', [
        { path: 'body.productIds', message: 'not sold by that group' },
      ]);
    }
    const now = ctx.clock.now();
    const row = await repo.insertHandoff(tx.db, {
      ...input,
      toUserId: input.toUserId ?? null,
      contactId: input.contactId ?? null,
      giverId: actor.id,
      giverGroupId: actor.salesGroupId,
      status: 'sent',
      dueAt: dueAfter('sent', now),
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertUpdate(tx.db, { handoffId: row.id, status: 'sent', note: input.note || null, byUserId: actor.id, at: now });
    await recordEvent(tx, actor, {
      accountId: input.accountId,
      event: 'handoff.sent',
      subject: 'Handoff passed to another sales group',
      data: { handoffId: row.id, toSalesGroupId: input.toSalesGroupId },
    });
    const names = await repo.namesFor(tx.db, input.accountId, actor.id);
    await notify(
      tx,
      (await receivers(tx, row)).map((userId) => ({
        userId,
        kind: 'handoff.received',
        data: { handoffId: row.id, accountId: input.accountId, accountName: names.accountName, by: names.byName },
        link: `/cross-selling/handoffs/${row.id}`,
      })),
    );
    return row.id;
  }).catch((e: unknown) => {
    if (isForeignKeyViolation(e))
      throw errors.invalid('The account, group or contact does not exist.', [{ path: 'body', message: 'unknown reference' }]);
    throw e;
  });
  return getHandoff(ctx, id, actor);
}

/**
 * The receiver answers (accept / decline) and reports back (contacted, meeting held, opportunity
 * created, not relevant) — D3. The giver is told every time.
 */
export async function reportHandoff(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof ReportHandoff>): Promise<Handoff> {
  await inTransaction(ctx, (tx) => reportHandoffIn(tx, actor, id, input));
  return getHandoff(ctx, id, actor);
}

/**
 * "Create the opportunity" from a tip: the new deal is linked to it in the deal's own transaction —
 * accepting the tip first when nobody had answered it yet.
 */
export async function linkNewOpportunity(tx: TxContext, actor: Actor, id: string, opportunityId: string): Promise<void> {
  const row = await repo.findHandoff(tx.db, id);
  if (!row) throw errors.invalid('The tip does not exist.', [{ path: 'body.handoffId', message: 'unknown' }]);
  if (row.handoff.status === 'sent') await reportHandoffIn(tx, actor, id, { status: 'accepted' });
  await reportHandoffIn(tx, actor, id, { status: 'opportunity_created', opportunityId });
}

async function reportHandoffIn(tx: TxContext, actor: Actor, id: string, input: z.infer<typeof ReportHandoff>): Promise<void> {
  const row = await repo.findHandoff(tx.db, id);
  if (!row) throw errors.notFound('The handoff');
  const h = row.handoff;
  if (!mayReportHandoff(actor, h)) throw errors.forbidden('Only the receiving seller or group can answer this handoff.');
  if (!allowedNext(h.status).includes(input.status)) {
    throw errors.conflict('handoff_transition', `A handoff that is “${h.status}” cannot become “${input.status}”.`, {
      allowed: allowedNext(h.status),
    });
  }
  if (needsReason(input.status) && !input.note) {
    throw errors.invalid('Say why, so the giver learns from it.', [{ path: 'body.note', message: 'a reason is required' }]);
  }
  if (input.status === 'opportunity_created') {
    if (!input.opportunityId)
      throw errors.invalid('Link the opportunity that was created.', [{ path: 'body.opportunityId', message: 'required' }]);
    const opportunity = await repo.opportunityFacts(tx.db, input.opportunityId);
    if (opportunity?.accountId !== h.accountId) {
      throw errors.invalid('The opportunity must be at the same customer.', [{ path: 'body.opportunityId', message: 'another account' }]);
    }
    if (opportunity.salesGroupId !== h.toSalesGroupId || opportunity.closedAt !== null) {
      throw errors.invalid('Link an open opportunity of the receiving group.', [
        { path: 'body.opportunityId', message: 'not an open deal of the receiving group' },
      ]);
    }
  }
  const now = tx.clock.now();
  const status = input.status;
  await repo.updateHandoff(tx.db, id, {
    status,
    statusNote: input.note ?? null,
    opportunityId: input.opportunityId ?? h.opportunityId,
    dueAt: isOpen(status) ? dueAfter(status, now) : h.dueAt,
    remindedAt: null,
    escalatedAt: null,
    ...(status === 'accepted' && !h.toUserId ? { toUserId: actor.id } : {}),
  });
  await repo.insertUpdate(tx.db, { handoffId: id, status, note: input.note ?? null, byUserId: actor.id, at: now });
  await recordEvent(tx, actor, {
    accountId: h.accountId,
    event: `handoff.${status}`,
    subject: `Handoff ${status.replace('_', ' ')}`,
    data: { handoffId: id, note: input.note ?? null },
  });
  if (h.giverId)
    await notify(tx, [
      {
        userId: h.giverId,
        kind: `handoff.${status}`,
        data: { handoffId: id, accountId: h.accountId, ...(await nameData(tx, h.accountId, actor.id)) },
        link: `/cross-selling/handoffs/${id}`,
      },
    ]);
}

/** The giver (their leader, an admin) changes an open tip's note or urgency; the receiver sees it. */
export async function updateHandoff(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof UpdateHandoff>): Promise<Handoff> {
  await inTransaction(ctx, async (tx) => {
    const h = await editable(tx, actor, id);
    await repo.updateHandoff(tx.db, id, { note: input.note ?? h.note, urgency: input.urgency ?? h.urgency });
  });
  return getHandoff(ctx, id, actor);
}

/** The giver takes an open tip back; the receiver is told and it leaves their list. */
export async function withdrawHandoff(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof WithdrawHandoff>): Promise<Handoff> {
  await inTransaction(ctx, async (tx) => {
    const h = await editable(tx, actor, id);
    const now = tx.clock.now();
    await repo.updateHandoff(tx.db, id, { status: 'withdrawn', statusNote: input.note ?? null });
    await repo.insertUpdate(tx.db, { handoffId: id, status: 'withdrawn', note: input.note ?? null, byUserId: actor.id, at: now });
    await recordEvent(tx, actor, {
      accountId: h.accountId,
      event: 'handoff.withdrawn',
      subject: 'Handoff withdrawn',
      data: { handoffId: id, note: input.note ?? null },
    });
    const names = await nameData(tx, h.accountId, actor.id);
    await notify(
      tx,
      (await receivers(tx, h)).map((userId) => ({
        userId,
        kind: 'handoff.withdrawn',
        data: { handoffId: id, accountId: h.accountId, ...names },
        link: `/cross-selling/handoffs/${id}`,
      })),
    );
  });
  return getHandoff(ctx, id, actor);
}

async function editable(tx: TxContext, actor: Actor, id: string) {
  const row = await repo.findHandoff(tx.db, id);
  if (!row) throw errors.notFound('The handoff');
  const h = row.handoff;
  const giver = h.giverId ? { salesGroupId: row.giverGroupOfGiver, marketId: row.giverMarketId } : null;
  if (!mayEditHandoff(actor, { giverId: h.giverId, giver }))
    throw errors.forbidden('Only the tip’s giver, their leader or an admin can change it.');
  if (!isOpen(h.status))
    throw errors.conflict('handoff_transition', `A tip that is “${h.status}” can no longer be changed.`, { allowed: [] });
  return h;
}

/** Scheduled: remind receivers of overdue handoffs, then escalate to the receiving group's leader. */
export async function chaseHandoffs(ctx: AppContext): Promise<{ reminded: number; escalated: number }> {
  const now = ctx.clock.now();
  let reminded = 0;
  let escalated = 0;
  for (const h of await repo.chaseCandidates(ctx.db, now)) {
    const actions = chaseActions(h, now);
    if (actions.length === 0) continue;
    const data = { handoffId: h.id, accountId: h.accountId, status: h.status, ...(await nameData(ctx, h.accountId, null)) };
    const link = `/cross-selling/handoffs/${h.id}`;
    if (actions.includes('remind')) {
      await notify(
        ctx,
        (await receivers(ctx, h)).map((userId) => ({ userId, kind: 'handoff.reminder', data, link })),
      );
      await repo.updateHandoff(ctx.db, h.id, { remindedAt: now });
      reminded++;
    }
    if (actions.includes('escalate')) {
      const leader = await repo.groupLeader(ctx.db, h.toSalesGroupId);
      if (leader) await notify(ctx, [{ userId: leader, kind: 'handoff.escalated', data, link }]);
      await repo.updateHandoff(ctx.db, h.id, { escalatedAt: now });
      escalated++;
    }
  }
  return { reminded, escalated };
}

/** Who did it, and at which customer: what a notification says in words. */
async function nameData(ctx: AppContext, accountId: string, byUserId: string | null) {
  const names = await repo.namesFor(ctx.db, accountId, byUserId);
  return { accountName: names.accountName, ...(byUserId ? { by: names.byName } : {}) };
}

const ratio = (part: number | null, whole: number | null) => (whole ? Math.round(((part ?? 0) / whole) * 1000) / 1000 : null);

/**
 * Give to get (D4): given and received, response and feedback, and what the tips became — a page of
 * the sellers (or groups) ranked by tips given, with the reader's own row wherever it ranks.
 */
export async function ledger(ctx: AppContext, viewer: Viewer, query: z.infer<typeof LedgerQuery>): Promise<z.infer<typeof Ledger>> {
  const ownId = query.by === 'seller' ? viewer.id : viewer.salesGroupId;
  const offset = (query.page - 1) * query.pageSize;
  const [{ rows, total, currency }, flowRows] = await Promise.all([
    ledgerRows(ctx, query.by, query, { offset, limit: query.pageSize, ownId }),
    ledgerRepo.flows(ctx.db, query),
  ]);
  return {
    reportingCurrency: currency,
    rows: rows.filter((r) => r.rank > offset && r.rank <= offset + query.pageSize),
    total,
    page: query.page,
    pageSize: query.pageSize,
    own: rows.find((r) => r.id === ownId) ?? null,
    flows: flowRows,
  };
}

/** The ledger's rows of the given sellers (or groups), e.g. a forum's members, in rank order. */
export async function ledgerOf(ctx: AppContext, by: 'seller' | 'salesGroup', partyIds: string[]) {
  return (await ledgerRows(ctx, by, {}, { partyIds })).rows;
}

async function ledgerRows(
  ctx: AppContext,
  by: 'seller' | 'salesGroup',
  window: ledgerRepo.LedgerWindow,
  selection: ledgerRepo.LedgerSelection,
) {
  const fx = await reportingConverter(ctx);
  const { rows, total } = await ledgerRepo.ledger(ctx.db, by, fx.factors, window, selection);
  // the answer-time histograms of the selected rows that received any
  const receivers = rows.filter((r) => r.received > 0).map((r) => r.id);
  const answers = receivers.length > 0 ? await ledgerRepo.answerHours(ctx.db, by, window, receivers) : [];
  const histograms = new Map<string, { value: number; count: number }[]>();
  for (const a of answers) histograms.set(a.id, [...(histograms.get(a.id) ?? []), a]);
  return {
    currency: fx.currency,
    total,
    rows: rows.map((r) => ({
      id: r.id,
      rank: r.rank,
      name: r.name,
      given: r.given,
      received: r.received,
      responseRate: ratio(r.answered, r.received),
      // the median of whole hours (rm_ledger_answers), as PostgreSQL's percentile_cont would give it
      medianResponseHours: histogramMedian(histograms.get(r.id) ?? []),
      feedbackRate: ratio(r.reported, r.accepted),
      givenToOpportunity: r.to_opportunity,
      givenWon: r.won,
      givenWonValue: Math.round(r.won_value),
    })),
  };
}

/** The handoffs a cross-selling forum reviews: those in progress (with their age) and those with news since `since`. */
export async function forumHandoffs(ctx: AppContext, viewer: Viewer, memberIds: string[], marketId: string | null, since: Date | null) {
  const { inProgress, outcomes } = await repo.forumHandoffs(ctx.db, memberIds, marketId, since);
  const updates = await repo.updatesOf(
    ctx.db,
    [...inProgress, ...outcomes].map((h) => h.handoff.id),
  );
  const now = ctx.clock.now();
  return {
    inProgress: inProgress.map((h) => ({
      ...present(h, updates, now, viewer),
      ageDays: Math.floor((now.getTime() - h.handoff.createdAt.getTime()) / 86_400_000),
    })),
    outcomes: outcomes.map((h) => present(h, updates, now, viewer)),
  };
}
