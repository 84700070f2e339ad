import type { z } from 'zod';
import type { CreateHandoff, Handoff, HandoffListQuery, Ledger, LedgerQuery, ReportHandoff } from '@contract/handoffs';
import { allowedNext, chaseAction, dueAfter, isOpen, needsReason, type HandoffStatus } from '../../domain/handoffs';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { notify } from '../notifications/service';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';
import * as ledgerRepo from './repo-ledger';

function present(v: repo.HandoffView, updates: Awaited<ReturnType<typeof repo.updatesOf>>, now: Date): Handoff {
  const h = v.handoff;
  return {
    id: h.id,
    account: { id: h.accountId, name: v.accountName },
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
    overdue: isOpen(h.status) && now >= h.dueAt,
    createdAt: h.createdAt.toISOString(),
    updates: updates.filter((u) => u.handoffId === h.id).map((u) => ({ status: u.status, note: u.note, by: u.by, at: u.at.toISOString() })),
  };
}

export async function getHandoff(ctx: AppContext, id: string): Promise<Handoff> {
  const row = await repo.findHandoff(ctx.db, id);
  if (!row) throw errors.notFound('The handoff');
  return present(row, await repo.updatesOf(ctx.db, [id]), ctx.clock.now());
}

export async function listHandoffs(ctx: AppContext, actor: Actor, query: HandoffListQuery) {
  const { items, total } = await repo.listHandoffs(ctx.db, query, actor);
  const updates = await repo.updatesOf(
    ctx.db,
    items.map((i) => i.handoff.id),
  );
  const now = ctx.clock.now();
  return { items: items.map((i) => present(i, updates, now)), total, page: query.page, pageSize: query.pageSize };
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
  const id = await ctx.db
    .transaction(async (tx) => {
      const txc = { ...ctx, db: tx };
      if (input.toUserId) {
        const user = await repo.userInGroup(tx, input.toUserId);
        if (!user?.active || user.salesGroupId !== input.toSalesGroupId) {
          throw errors.invalid('The receiver is not an active seller of that group.', [
            { path: 'body.toUserId', message: 'not in the group' },
          ]);
        }
      }
      const groups = await repo.productGroups(tx, input.productIds);
      if (groups.length !== input.productIds.length || groups.some((p) => p.salesGroupId !== input.toSalesGroupId)) {
        throw errors.invalid('The products must be ones the receiving group sells.', [
          { path: 'body.productIds', message: 'not sold by that group' },
        ]);
      }
      const now = ctx.clock.now();
      const row = await repo.insertHandoff(tx, {
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
      await repo.insertUpdate(tx, { handoffId: row.id, status: 'sent', note: input.note || null, byUserId: actor.id, at: now });
      await recordEvent(txc, actor, {
        accountId: input.accountId,
        event: 'handoff.sent',
        subject: 'Handoff passed to another sales group',
        data: { handoffId: row.id, toSalesGroupId: input.toSalesGroupId },
      });
      const names = await repo.namesFor(tx, input.accountId, actor.id);
      await notify(
        txc,
        (await receivers(txc, row)).map((userId) => ({
          userId,
          kind: 'handoff.received',
          data: { handoffId: row.id, accountId: input.accountId, accountName: names.accountName, by: names.byName },
          link: `/cross-selling/handoffs/${row.id}`,
        })),
      );
      return row.id;
    })
    .catch((e: unknown) => {
      if (isForeignKeyViolation(e))
        throw errors.invalid('The account, group or contact does not exist.', [{ path: 'body', message: 'unknown reference' }]);
      throw e;
    });
  return getHandoff(ctx, id);
}

/**
 * The receiver answers (accept / decline) and reports back (contacted, meeting held, opportunity
 * created, not relevant) — D3. The giver is told every time.
 */
export async function reportHandoff(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof ReportHandoff>): Promise<Handoff> {
  await ctx.db.transaction(async (tx) => {
    const txc = { ...ctx, db: tx };
    const row = await repo.findHandoff(tx, id);
    if (!row) throw errors.notFound('The handoff');
    const h = row.handoff;
    const receiving = h.toUserId ? h.toUserId === actor.id : h.toSalesGroupId === actor.salesGroupId;
    const leads = actor.role === 'sales_leader' && h.toSalesGroupId === actor.salesGroupId;
    if (!receiving && !leads && actor.role !== 'admin')
      throw errors.forbidden('Only the receiving seller or group can answer this handoff.');
    if (!allowedNext(h.status).includes(input.status)) {
      throw errors.conflict('handoff_transition', `A handoff that is “${h.status}” cannot become “${input.status}”.`, {
        allowed: allowedNext(h.status),
      });
    }
    if (needsReason.includes(input.status) && !input.note) {
      throw errors.invalid('Say why, so the giver learns from it.', [{ path: 'body.note', message: 'a reason is required' }]);
    }
    if (input.status === 'opportunity_created') {
      if (!input.opportunityId)
        throw errors.invalid('Link the opportunity that was created.', [{ path: 'body.opportunityId', message: 'required' }]);
      if ((await repo.opportunityAccount(tx, input.opportunityId)) !== h.accountId) {
        throw errors.invalid('The opportunity must be at the same customer.', [{ path: 'body.opportunityId', message: 'another account' }]);
      }
    }
    const now = ctx.clock.now();
    const status = input.status as HandoffStatus;
    await repo.updateHandoff(tx, id, {
      status,
      statusNote: input.note ?? null,
      opportunityId: input.opportunityId ?? h.opportunityId,
      dueAt: isOpen(status) ? dueAfter(status, now) : h.dueAt,
      remindedAt: null,
      escalatedAt: null,
      ...(status === 'accepted' && !h.toUserId ? { toUserId: actor.id } : {}),
    });
    await repo.insertUpdate(tx, { handoffId: id, status, note: input.note ?? null, byUserId: actor.id, at: now });
    await recordEvent(txc, actor, {
      accountId: h.accountId,
      event: `handoff.${status}`,
      subject: `Handoff ${status.replace('_', ' ')}`,
      data: { handoffId: id, note: input.note ?? null },
    });
    if (h.giverId)
      await notify(txc, [
        {
          userId: h.giverId,
          kind: `handoff.${status}`,
          data: { handoffId: id, accountId: h.accountId, ...(await nameData(txc, h.accountId, actor.id)) },
          link: `/cross-selling/handoffs/${id}`,
        },
      ]);
  });
  return getHandoff(ctx, id);
}

/** Scheduled: remind receivers of overdue handoffs, then escalate to the receiving group's leader. */
export async function chaseHandoffs(ctx: AppContext): Promise<{ reminded: number; escalated: number }> {
  const now = ctx.clock.now();
  let reminded = 0;
  let escalated = 0;
  for (const h of await repo.chaseCandidates(ctx.db, now)) {
    const action = chaseAction(h, now);
    if (!action) continue;
    const data = { handoffId: h.id, accountId: h.accountId, status: h.status, ...(await nameData(ctx, h.accountId, null)) };
    const link = `/cross-selling/handoffs/${h.id}`;
    if (action === 'remind') {
      await notify(
        ctx,
        (await receivers(ctx, h)).map((userId) => ({ userId, kind: 'handoff.reminder', data, link })),
      );
      await repo.updateHandoff(ctx.db, h.id, { remindedAt: now });
      reminded++;
    } else {
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

/** Give to get (D4): given and received, response and feedback, and what the tips became. */
export async function ledger(ctx: AppContext, query: z.infer<typeof LedgerQuery>): Promise<z.infer<typeof Ledger>> {
  const fx = await reportingConverter(ctx);
  const [rows, flowRows] = await Promise.all([
    ledgerRepo.ledger(ctx.db, query.by, fx.factors, query.from, query.to),
    ledgerRepo.flows(ctx.db, query.from, query.to),
  ]);
  return {
    reportingCurrency: fx.currency,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      given: r.given,
      received: r.received,
      responseRate: ratio(r.answered, r.received),
      medianResponseHours: r.median_hours === null ? null : Math.round(r.median_hours * 10) / 10,
      feedbackRate: ratio(r.reported, r.accepted),
      givenToOpportunity: r.to_opportunity,
      givenWon: r.won,
      givenWonValue: Math.round(r.won_value),
    })),
    flows: flowRows,
  };
}

/** The handoffs a cross-selling forum reviews: those in progress (with their age) and those with news since `since`. */
export async function forumHandoffs(ctx: AppContext, memberIds: string[], marketId: string | null, since: Date | null) {
  const { inProgress, outcomes } = await repo.forumHandoffs(ctx.db, memberIds, marketId, since);
  const updates = await repo.updatesOf(
    ctx.db,
    [...inProgress, ...outcomes].map((h) => h.handoff.id),
  );
  const now = ctx.clock.now();
  return {
    inProgress: inProgress.map((h) => ({
      ...present(h, updates, now),
      ageDays: Math.floor((now.getTime() - h.handoff.createdAt.getTime()) / 86_400_000),
    })),
    outcomes: outcomes.map((h) => present(h, updates, now)),
  };
}
