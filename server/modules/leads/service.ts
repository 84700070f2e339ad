import type { z } from 'zod';
import type { LeadDetail, LeadEventInput, LeadInput, LeadListQuery, LeadSettings, MoveLead } from '@contract/leads';
import type { Viewer } from '@domain/access';
import { defaultScoringRules, scoreLead, type BehaviourEvent, type ScoringRules } from '@domain/lead-score';
import {
  chooseMatch,
  companyDomain,
  mayMoveLead,
  missingForMove,
  normaliseEmail,
  normaliseOrgNumber,
  slaDeadlines,
  slaFor,
  transitionsFrom,
  type LeadStatus,
  type SlaRules,
} from '@domain/leads';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { writeAudit } from '../../platform/audit';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { notify } from '../notifications/service';
import { accessOf, factsOf, present } from './present';
import * as repo from './repo';

// ── Settings ─────────────────────────────────────────────────────────────────────────────────

export async function getSettings(ctx: AppContext): Promise<LeadSettings> {
  const row = await repo.settings(ctx.db);
  return {
    scoring: (row?.scoring as ScoringRules | null) ?? defaultScoringRules,
    acceptWithinHours: row?.acceptWithinHours ?? 8,
    remindBeforeHours: row?.remindBeforeHours ?? 2,
    acceptWithinHoursByMarket: (row?.acceptWithinHoursByMarket as Record<string, number> | undefined) ?? {},
  };
}

/**
 * Marketing changes the rules (by hand, or adopting the tuning page's suggestions: `adopted` names
 * them); the change is in the audit trail, and every open lead is scored again by the new rules.
 */
export async function putSettings(ctx: AppContext, actor: Actor, input: LeadSettings, adopted?: readonly string[]): Promise<LeadSettings> {
  await inTransaction(ctx, async (tx) => {
    await repo.saveSettings(tx.db, { ...input, updatedAt: tx.clock.now() });
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'lead_settings.updated',
      entityType: 'lead_settings',
      entityId: '1',
      data: { mqlThreshold: input.scoring.mqlThreshold, ...(adopted ? { adoptedSuggestions: adopted } : {}) },
      at: tx.clock.now(),
    });
  });
  await rescoreOpenLeads(ctx);
  return getSettings(ctx);
}

const slaRulesOf = (s: LeadSettings, marketId: string | null): SlaRules =>
  slaFor(s.acceptWithinHoursByMarket, marketId, { acceptWithinHours: s.acceptWithinHours, remindBeforeHours: s.remindBeforeHours });

export async function getLead(ctx: AppContext, id: string, viewer: Viewer): Promise<LeadDetail> {
  const row = await repo.findLead(ctx.db, id);
  if (!row) throw errors.notFound('The lead');
  const [settings, events, updates] = await Promise.all([getSettings(ctx), repo.eventsOf(ctx.db, id), repo.updatesOf(ctx.db, id)]);
  const now = ctx.clock.now();
  const score = scoreLead(factsOf(row.lead, row.marketCode), events, settings.scoring, now);
  // the stored score is what lists sort by; the page shows it as of now
  row.lead.score = score.total;
  return {
    ...present(row, viewer, now, settings.scoring.mqlThreshold),
    scoreParts: score.parts,
    fitScore: score.fit,
    behaviourScore: score.behaviour,
    mqlThreshold: settings.scoring.mqlThreshold,
    events: events.map((e) => ({ kind: e.kind, detail: e.detail, at: e.at.toISOString() })),
    updates: updates.map((u) => ({ status: u.status, reason: u.reason, note: u.note, by: u.by, at: u.at.toISOString() })),
  };
}

export async function listLeads(ctx: AppContext, actor: Actor, query: LeadListQuery) {
  const now = ctx.clock.now();
  const [{ items, total }, settings] = await Promise.all([
    repo.listLeads(ctx.db, query, { id: actor.id, salesGroupId: actor.salesGroupId, leadsGroupIds: actor.leads.salesGroupIds }, now),
    getSettings(ctx),
  ]);
  return {
    items: items.map((i) => present(i, actor, now, settings.scoring.mqlThreshold)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// ── Arriving ─────────────────────────────────────────────────────────────────────────────────

/** Score a lead again from its facts and events, and store it. */
export async function rescore(tx: TxContext, id: string, scoring?: ScoringRules): Promise<number> {
  const row = await repo.findLead(tx.db, id);
  if (!row) return 0;
  const rules = scoring ?? (await getSettings(tx)).scoring;
  const score = scoreLead(factsOf(row.lead, row.marketCode), await repo.eventsOf(tx.db, id), rules, tx.clock.now()).total;
  await repo.setScore(tx.db, id, score);
  return score;
}

/** Score every open lead again (the rules changed, or time passed and behaviour decayed). */
export async function rescoreOpenLeads(ctx: AppContext): Promise<number> {
  const rules = (await getSettings(ctx)).scoring;
  const now = ctx.clock.now();
  let after: string | null = null;
  let changed = 0;
  for (;;) {
    const page = await repo.openLeadsAfter(ctx.db, after, 500);
    if (page.length === 0) break;
    const events = await repo.eventsOfMany(
      ctx.db,
      page.map((p) => p.id),
    );
    for (const l of page) {
      const own: BehaviourEvent[] = events.filter((e) => e.leadId === l.id);
      const score = scoreLead(factsOf(l, l.market), own, rules, now).total;
      if (score !== l.score) {
        await repo.setScore(ctx.db, l.id, score);
        changed++;
      }
    }
    after = page[page.length - 1]!.id;
  }
  return changed;
}

/** Which known contact or account a lead belongs to (by e-mail, organisation number, domain). */
export async function match(tx: TxContext, input: { email?: string | null; orgNumber?: string | null; domain?: string | null }) {
  const found = await repo.findMatches(tx.db, {
    email: normaliseEmail(input.email),
    orgNumber: normaliseOrgNumber(input.orgNumber),
    domain: companyDomain({ email: input.email, domain: input.domain }),
  });
  return chooseMatch(found);
}

/**
 * A new lead (C1): matched on arrival to a known contact or account — so the account's sellers see it
 * on the account and its owner is told — and scored by marketing's rules.
 */
export async function insertLead(
  tx: TxContext,
  actor: { id: string; salesGroupId: string | null } | null,
  input: LeadInput & { formId?: string | null },
  firstEvent: { kind: BehaviourEvent['kind']; detail: string | null } | null,
): Promise<string> {
  const now = tx.clock.now();
  const m = await match(tx, input);
  const row = await repo.insertLead(tx.db, {
    ...input,
    email: normaliseEmail(input.email),
    domain: companyDomain({ domain: input.domain }) ?? input.domain ?? null,
    ownerId: actor?.id ?? null,
    accountId: m?.accountId ?? null,
    contactId: m?.contactId ?? null,
    matchedBy: m?.matchedBy ?? null,
    status: 'new',
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertUpdate(tx.db, { leadId: row.id, status: 'new', note: null, byUserId: actor?.id ?? null, at: now });
  if (firstEvent) await repo.insertEvent(tx.db, { leadId: row.id, kind: firstEvent.kind, detail: firstEvent.detail, at: now });
  await rescore(tx, row.id);
  if (m) {
    const account = await repo.accountInfo(tx.db, m.accountId);
    await recordEvent(tx, actor, {
      accountId: m.accountId,
      event: 'lead.arrived',
      subject: `Lead ${input.name} arrived (${input.source})`,
      data: { leadId: row.id, name: input.name, source: input.source, matchedBy: m.matchedBy },
    });
    if (account?.ownerId && account.ownerId !== actor?.id) {
      await notify(tx, [
        {
          userId: account.ownerId,
          kind: 'lead.at_your_account',
          data: { leadId: row.id, name: input.name, accountName: account.name },
          link: `/leads/${row.id}`,
        },
      ]);
    }
  }
  return row.id;
}

export const unknownReference = (e: unknown) => {
  if (isForeignKeyViolation(e))
    throw errors.invalid('The market does not exist.', [{ path: 'body.marketId', message: 'unknown reference' }]);
  throw e;
};

export async function createLead(ctx: AppContext, actor: Actor, input: LeadInput): Promise<LeadDetail> {
  const id = await inTransaction(ctx, (tx) => insertLead(tx, actor, input, null)).catch(unknownReference);
  return getLead(ctx, id, actor);
}

/** Something the lead did (a visit, a download, a reply): it counts for the score. */
export async function addLeadEvent(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof LeadEventInput>): Promise<LeadDetail> {
  await inTransaction(ctx, async (tx) => {
    const lead = await repo.lockLead(tx.db, id);
    if (!lead) throw errors.notFound('The lead');
    await repo.insertEvent(tx.db, {
      leadId: id,
      kind: input.kind,
      detail: input.detail ?? null,
      at: input.at ? new Date(input.at) : ctx.clock.now(),
    });
    await rescore(tx, id);
  });
  return getLead(ctx, id, actor);
}

// ── Moving ───────────────────────────────────────────────────────────────────────────────────

/**
 * Move a lead along the agreement (C2): marketing works, qualifies or disqualifies it and hands it to
 * a sales group, which accepts (a seller is assigned) or rejects it with a reason (back to marketing)
 * within the agreed working hours.
 */
export async function moveLead(ctx: AppContext, actor: Actor, id: string, input: MoveLead): Promise<LeadDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.findLead(tx.db, id);
    if (!row || !(await repo.lockLead(tx.db, id))) throw errors.notFound('The lead');
    const lead = row.lead;
    const to = input.status;
    if (to === 'converted') throw errors.invalid('Convert a lead with its own action.', [{ path: 'body.status', message: 'use /convert' }]);
    if (!transitionsFrom(lead.status).includes(to)) {
      throw errors.conflict('lead_transition', `A lead that is “${lead.status}” cannot become “${to}”.`, {
        allowed: transitionsFrom(lead.status),
      });
    }
    if (!mayMoveLead(actor, accessOf(row), to)) {
      throw errors.forbidden(
        to === 'accepted' || to === 'rejected'
          ? 'Only the sales group the lead was handed to (or its leader) can accept or reject it.'
          : 'Only marketing works and hands over leads.',
      );
    }
    const [missing] = missingForMove(to, input);
    if (missing === 'reason') {
      throw errors.invalid('Give a reason, so the other side learns from it.', [{ path: 'body.reason', message: 'a reason is required' }]);
    }
    if (missing === 'note') {
      throw errors.invalid('Say why in a few words.', [{ path: 'body.note', message: 'required when the reason is “other”' }]);
    }
    if (missing === 'salesGroupId') {
      throw errors.invalid('Hand the lead to a sales group.', [{ path: 'body.salesGroupId', message: 'required' }]);
    }
    const now = ctx.clock.now();
    const patch: Partial<repo.LeadRow> = { status: to, statusReason: input.reason ?? null, statusNote: input.note ?? null };
    const update = { leadId: id, status: to, reason: input.reason ?? null, note: input.note ?? null, byUserId: actor.id, at: now };
    const notices: Parameters<typeof notify>[1] = [];
    const link = `/leads/${id}`;
    const data = { leadId: id, name: lead.name, company: lead.company };

    if (to === 'handed_to_sales') {
      if (!input.salesGroupId || !(await repo.groupExists(tx.db, input.salesGroupId)))
        throw errors.invalid('The sales group does not exist.', [{ path: 'body.salesGroupId', message: 'unknown sales group' }]);
      const assignedUserId = input.assignedUserId ?? null;
      if (assignedUserId) await requireGroupSeller(tx, assignedUserId, input.salesGroupId, 'body.assignedUserId');
      const { dueAt, remindAt } = slaDeadlines(now, slaRulesOf(await getSettings(tx), lead.marketId));
      Object.assign(patch, {
        salesGroupId: input.salesGroupId,
        assignedUserId,
        handedAt: now,
        dueAt,
        remindAt,
        remindedAt: null,
        breachedAt: null,
        answeredAt: null,
      });
      Object.assign(update, { salesGroupId: input.salesGroupId, assignedUserId, dueAt });
      const to = assignedUserId ? [assignedUserId] : await repo.groupSellers(tx.db, input.salesGroupId, lead.marketId);
      notices.push(...to.map((userId) => ({ userId, kind: 'lead.handed', data: { ...data, dueAt: dueAt.toISOString() }, link })));
    } else if (to === 'accepted') {
      const assignedUserId = input.assignedUserId ?? lead.assignedUserId ?? actor.id;
      if (assignedUserId !== actor.id && lead.salesGroupId)
        await requireGroupSeller(tx, assignedUserId, lead.salesGroupId, 'body.assignedUserId');
      Object.assign(patch, { assignedUserId, answeredAt: now });
      if (lead.ownerId) notices.push({ userId: lead.ownerId, kind: 'lead.accepted', data, link });
      if (assignedUserId !== actor.id) notices.push({ userId: assignedUserId, kind: 'lead.assigned', data, link });
    } else if (to === 'rejected') {
      // back to marketing, with the reason; the handing stays in the history for the report
      if (lead.status === 'handed_to_sales') Object.assign(patch, { answeredAt: now });
      if (lead.ownerId) notices.push({ userId: lead.ownerId, kind: 'lead.rejected', data: { ...data, reason: input.reason }, link });
    }
    await repo.updateLead(tx.db, id, patch, now);
    await repo.insertUpdate(tx.db, update);
    if (lead.accountId) {
      await recordEvent(tx, actor, {
        accountId: lead.accountId,
        event: `lead.${to}`,
        subject: `Lead ${lead.name} ${to.replaceAll('_', ' ')}`,
        data: { leadId: id, name: lead.name, reason: input.reason ?? null },
      });
    }
    await notify(tx, notices);
  });
  return getLead(ctx, id, actor);
}

async function requireGroupSeller(tx: TxContext, userId: string, salesGroupId: string, path: string) {
  const user = await repo.userPlacement(tx.db, userId);
  if (!user?.active || user.salesGroupId !== salesGroupId || user.role === 'marketing') {
    throw errors.invalid('The seller is not an active member of that sales group.', [{ path, message: 'not in the group' }]);
  }
}

export type { LeadStatus };
