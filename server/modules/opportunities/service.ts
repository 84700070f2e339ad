import type { z } from 'zod';
import type {
  CreateOpportunity,
  LineInput,
  MoveOpportunity,
  OpportunityDetail,
  OverrideChannel,
  UpdateOpportunity,
} from '@contract/opportunities';
import { mayChangeOwned, type Viewer } from '@domain/access';
import { classify } from '@domain/channels';
import { missingForStage, type GateSubject } from '@domain/pipeline/gates';
import { committedMonths, lineAmount, lineAnnualValue, valueOpportunity, type LineItem } from '@domain/pipeline/money';
import type { StageOutcome } from '@domain/pipeline/outcomes';
import { volumeParts } from '@domain/volume';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { channelHistory } from '../accounts/service';
import { noticeOutsideCoverage } from '../coverage/service';
import { recordEvent } from '../activities/service';
import { auditOpportunityChange } from './service-audit';
import { linkNewOpportunity } from '../handoffs/service';
import { agingRules } from '../org/service';
import { findStage } from '../pipeline/service';
import { startingStage } from './starting-stage';
import { checkedCustomValues } from '../custom-fields/service';
import { presentOpportunity } from './present';
import * as repo from './repo';
import { winProbabilities } from './win-probability';

type Stage = NonNullable<Awaited<ReturnType<typeof findStage>>>;
export type Current = NonNullable<Awaited<ReturnType<typeof repo.findOpportunity>>>;

export async function getOpportunity(ctx: AppContext, id: string, viewer?: Viewer): Promise<OpportunityDetail> {
  const row = await repo.findOpportunity(ctx.db, id);
  if (!row) throw errors.notFound('The opportunity');
  const [lines, history, odds] = await Promise.all([
    repo.linesOf(ctx.db, id),
    repo.historyOf(ctx.db, id),
    row.opportunity.closedAt ? null : winProbabilities(ctx, [id]),
  ]);
  const prediction = odds?.get(id);
  return {
    ...presentOpportunity(row, ctx.clock.now(), await agingRules(ctx), viewer),
    winProbability: prediction
      ? prediction.status === 'estimate'
        ? {
            status: 'estimate',
            probability: Math.round(prediction.probability * 1000) / 1000,
            missing: null,
            model: prediction.model,
            reasons: prediction.reasons.map((r) => ({ ...r, effect: Math.round(r.effect * 100) / 100 })),
          }
        : { status: 'not_enough_history', probability: null, missing: prediction.missing, model: prediction.model, reasons: [] }
      : null,
    lines: lines.map(({ line, productName }) => ({
      id: line.id,
      productId: line.productId,
      productName,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      recurring: line.recurring,
      contractMonths: line.contractMonths,
      terminableAfterMonths: line.terminableAfterMonths,
      amount: Math.round(lineAmount(line) * 100) / 100,
    })),
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

export function gateError(stage: Pick<Stage, 'id' | 'name'>, missing: string[]) {
  return new AppError('stage_gate_unmet', `To enter “${stage.name}” the opportunity needs: ${missing.join(', ')}.`, {
    stageId: stage.id,
    missing,
  });
}

export const subjectOf = (o: Omit<GateSubject, 'lineCount'>, lineCount: number): GateSubject => ({ ...o, lineCount });

export const translateFk = (e: unknown) => {
  if (isForeignKeyViolation(e))
    throw errors.invalid('A product, contact, competitor or owner does not exist.', [{ path: 'body', message: 'unknown reference' }]);
  throw e;
};

/** Loads the opportunity a write is about, once, and refuses writers who may not change it (owner, their leaders, admins). */
export async function loadForChange(tx: TxContext, actor: Actor, id: string): Promise<Current> {
  const current = await repo.findOpportunity(tx.db, id);
  if (!current) throw errors.notFound('The opportunity');
  const o = current.opportunity;
  const owner = o.ownerId ? { id: o.ownerId, salesGroupId: o.salesGroupId, marketId: o.marketId } : null;
  if (!mayChangeOwned(actor, owner)) {
    throw errors.forbidden(
      'Only the opportunity’s owner, their sales leader or an admin can change it. Add to its timeline instead, or ask them.',
    );
  }
  if (o.deletedAt) throw errors.conflict('record_deleted', 'The opportunity is deleted. Restore it first.');
  return current;
}

/**
 * The derived facts of a deal after a change, decided once from what is in memory: its value and
 * annual value from the lines (or the estimate), and its channel from the customer's history on the
 * deal's date (the signing date once won), unless a leader has overridden it.
 */
export async function derive(
  tx: TxContext,
  o: Pick<repo.OpportunityRow, 'accountId' | 'estimatedValue' | 'signedOn' | 'channelOverridden'> &
    Partial<Pick<repo.OpportunityRow, 'id' | 'closedAt'>>,
  lines: readonly (LineItem & { productId: string })[],
  outcome: StageOutcome,
) {
  // the customer's history without this deal's own products (a won deal edited later is not its own renewal)
  return deriveFrom(
    o.channelOverridden ? null : await channelHistory(tx, o.accountId, o.id ?? null),
    { on: o.signedOn ?? tx.clock.now().toISOString().slice(0, 10), at: (o.closedAt ?? tx.clock.now()).toISOString() },
    o,
    lines,
    outcome,
  );
}

/**
 * `derive` with the customer's history at hand (null: the channel was set by hand and stays), on the
 * deal's day: what an import's batch uses, having read the histories of its accounts at once.
 */
export function deriveFrom(
  history: Awaited<ReturnType<typeof channelHistory>> | null,
  when: { on: string; at: string },
  o: Pick<repo.OpportunityRow, 'estimatedValue' | 'signedOn'>,
  lines: readonly (LineItem & { productId: string })[],
  outcome: StageOutcome,
) {
  const v = valueOpportunity(lines, o.estimatedValue);
  // what the deal adds to sales volume (domain/volume.ts); the volume read model adds it up
  const volume = volumeParts({ won: outcome === 'won', signedOn: o.signedOn, value: v.value, lines });
  if (!history) return { value: v.value, annualValue: v.annualValue, volumeParts: volume };
  const c = classify({
    on: when.on,
    at: when.at,
    lines: lines.length
      ? lines.map((l) => ({ productId: l.productId, annualValue: lineAnnualValue(l) }))
      : [{ productId: '', annualValue: v.value }],
    history: history.history,
    lostOn: history.lostOn,
    passiveAfterMonths: history.passiveAfterMonths,
  });
  return { value: v.value, annualValue: v.annualValue, volumeParts: volume, channel: c.channel, channelReason: c.reason };
}

/** A write on a version that someone else has changed since: 409 with the current opportunity. */
export async function conflict(ctx: AppContext, id: string, viewer?: Viewer): Promise<never> {
  const current = await repo.findOpportunity(ctx.db, id);
  if (!current) throw errors.notFound('The opportunity');
  throw errors.conflict(
    'version_conflict',
    'Someone else changed this opportunity since you opened it. Review their change and try again.',
    {
      current: presentOpportunity(current, ctx.clock.now(), await agingRules(ctx), viewer),
    },
  );
}

/** Lines as they are stored: with the months the customer is committed to (domain/pipeline/money.ts). */
export const toLineRows = (lines: LineInput[]) => lines.map((l) => ({ ...l, committedMonths: l.recurring ? committedMonths(l) : null }));

/**
 * An opportunity starts when a real opportunity is identified (B1): the first stage's gate asks for
 * the estimated value, the expected close date and the contact the dialogue is with.
 */
export async function createOpportunity(ctx: AppContext, actor: Actor, input: CreateOpportunity): Promise<OpportunityDetail> {
  const id = await inTransaction(ctx, async (tx) => {
    const account = await repo.accountMarket(tx.db, input.accountId);
    if (!account) throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown account' }]);
    const ownerId = input.ownerId ?? actor.id;
    const owner = await repo.userGroupAndMarket(tx.db, ownerId);
    if (!owner) throw errors.invalid('The owner does not exist.', [{ path: 'body.ownerId', message: 'unknown user' }]);
    if (ownerId !== actor.id && !mayChangeOwned(actor, { id: ownerId, ...owner })) {
      throw errors.forbidden('Only their sales leader or an admin can open an opportunity in a colleague’s name.');
    }
    if (input.contactId && !(await repo.contactBelongs(tx.db, input.contactId, input.accountId))) {
      throw errors.invalid('The contact is not a person at this account.', [{ path: 'body.contactId', message: 'not at this account' }]);
    }
    const { process, stage, marketId } = await startingStage(tx, owner, account, input.stageId);
    const lines = toLineRows(input.lines ?? []);
    const now = ctx.clock.now();
    const values: repo.OpportunityInsert = {
      accountId: input.accountId,
      name: input.name,
      ownerId,
      salesGroupId: owner.salesGroupId,
      marketId,
      processId: process.id,
      stageId: stage.id,
      contactId: input.contactId ?? null,
      currency: input.currency ?? (marketId ? await repo.marketCurrency(tx.db, marketId) : undefined) ?? 'EUR',
      estimatedValue: input.estimatedValue ?? null,
      expectedCloseOn: input.expectedCloseOn ?? null,
      startOn: input.startOn ?? null,
      quoteSentOn: input.quoteSentOn ?? null,
      quoteValidUntil: input.quoteValidUntil ?? null,
      customFields: (await checkedCustomValues(tx, 'opportunity', input.customFields)) ?? {},
      stageEnteredAt: now,
      createdAt: now,
      updatedAt: now,
    };
    const subject = {
      estimatedValue: values.estimatedValue ?? null,
      expectedCloseOn: values.expectedCloseOn ?? null,
      contactId: values.contactId ?? null,
      startOn: values.startOn ?? null,
      quoteSentOn: values.quoteSentOn ?? null,
      quoteValidUntil: values.quoteValidUntil ?? null,
      signedOn: null,
      lostReason: null,
      competitorId: null,
    };
    const missing = missingForStage(stage.requiredFields, 'open', subjectOf(subject, lines.length));
    if (missing.length) throw gateError(stage, missing);
    const draft = { accountId: input.accountId, estimatedValue: subject.estimatedValue, signedOn: null, channelOverridden: false };
    const newId = await repo.insertOpportunity(tx.db, { ...values, ...(await derive(tx, draft, lines, 'open')) });
    await repo.replaceLines(tx.db, newId, lines);
    await repo.insertStageChange(tx.db, { opportunityId: newId, toStageId: stage.id, at: now, byUserId: actor.id });
    await recordEvent(tx, actor, {
      accountId: input.accountId,
      event: 'opportunity.created',
      subject: `Opportunity ${input.name} identified`,
      data: { opportunityId: newId, name: input.name, stage: stage.name },
    });
    await noticeOutsideCoverage(tx, { id: ownerId, ...owner }, input.accountId, { kind: 'opportunity', subject: input.name });
    if (input.handoffId) await linkNewOpportunity(tx, actor, input.handoffId, newId);
    return newId;
  }).catch(translateFk);
  return getOpportunity(ctx, id, actor);
}

export async function updateOpportunity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: z.infer<typeof UpdateOpportunity>,
): Promise<OpportunityDetail> {
  await inTransaction(ctx, async (tx) => changeOpportunity(tx, actor, await loadForChange(tx, actor, id), patch)).catch(translateFk);
  return getOpportunity(ctx, id, actor);
}

/**
 * The one path that changes an opportunity the writer may change (checked by the caller): the gate of
 * its stage, the derived values, the versioned write, an owner change on the timeline, the audit — in
 * the caller's transaction.
 */
export async function changeOpportunity(
  tx: TxContext,
  actor: Actor,
  current: Current,
  patch: z.infer<typeof UpdateOpportunity>,
): Promise<void> {
  const { version, customFields: given, ...rest } = patch;
  const o = current.opportunity;
  const id = o.id;
  const customFields = await checkedCustomValues(tx, 'opportunity', given, o.customFields);
  const fields = customFields ? { ...rest, customFields } : rest;
  if (fields.contactId && !(await repo.contactBelongs(tx.db, fields.contactId, o.accountId))) {
    throw errors.invalid('The contact is not a person at this account.', [{ path: 'body.contactId', message: 'not at this account' }]);
  }
  const newOwner = fields.ownerId && fields.ownerId !== o.ownerId ? await repo.userGroupAndMarket(tx.db, fields.ownerId) : undefined;
  if (fields.ownerId && fields.ownerId !== o.ownerId && !newOwner)
    throw errors.invalid('The owner does not exist.', [{ path: 'body.ownerId', message: 'unknown user' }]);
  const lines = (await repo.linesOf(tx.db, id)).map((l) => l.line);
  const next = { ...o, ...fields };
  const missing = missingForStage(current.stage.requiredFields, current.stage.outcome, subjectOf(next, lines.length));
  if (missing.length) throw gateError(current.stage, missing);
  const derived = await derive(tx, next, lines, current.stage.outcome);
  if (!(await repo.updateVersioned(tx.db, id, version, { ...fields, ...derived, lastActivityAt: tx.clock.now() })))
    return conflict(tx, id, actor);
  if (newOwner) {
    await recordEvent(tx, actor, {
      accountId: o.accountId,
      event: 'opportunity.owner_changed',
      subject: `${o.name}: owner changed to ${newOwner.name}`,
      data: { opportunityId: id, name: o.name, to: newOwner.name },
    });
  }
  await auditOpportunityChange(tx, actor, o, id);
}

/** Move to another open stage: its gate must be met (the missing fields may come with the move). */
export async function moveOpportunity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof MoveOpportunity>,
): Promise<OpportunityDetail> {
  const { version, stageId, ...fields } = input;
  await inTransaction(ctx, async (tx) => {
    const current = await loadForChange(tx, actor, id);
    const o = current.opportunity;
    if (o.closedAt) throw errors.conflict('opportunity_closed', 'This opportunity is closed; it cannot move.');
    const target = await findStage(tx, stageId);
    if (!target || target.processId !== o.processId) {
      throw errors.invalid('That stage is not in this opportunity’s process.', [{ path: 'body.stageId', message: 'unknown stage' }]);
    }
    if (target.outcome !== 'open') {
      throw errors.invalid('Close an opportunity as won or lost with its own action, which asks for what that needs.', [
        { path: 'body.stageId', message: `use /${target.outcome === 'won' ? 'win' : 'lose'}` },
      ]);
    }
    const lines = (await repo.linesOf(tx.db, id)).map((l) => l.line);
    const next = { ...o, ...fields };
    const missing = missingForStage(target.requiredFields, 'open', subjectOf(next, lines.length));
    if (missing.length) throw gateError(target, missing);
    if (target.id === o.stageId) return;
    const now = ctx.clock.now();
    const updated = await repo.updateVersioned(tx.db, id, version, {
      ...fields,
      ...(await derive(tx, next, lines, 'open')),
      stageId: target.id,
      stageEnteredAt: now,
      lastActivityAt: now,
      timedOutProposedAt: null,
    });
    if (!updated) return conflict(tx, id, actor);
    await repo.insertStageChange(tx.db, { opportunityId: id, fromStageId: o.stageId, toStageId: target.id, at: now, byUserId: actor.id });
    await recordEvent(tx, actor, {
      accountId: o.accountId,
      event: 'opportunity.stage_changed',
      subject: `${o.name}: ${current.stage.name} → ${target.name}`,
      data: { opportunityId: id, name: o.name, from: current.stage.name, to: target.name, fromKey: current.stage.key, toKey: target.key },
    });
    await auditOpportunityChange(tx, actor, o, id);
  }).catch(translateFk);
  return getOpportunity(ctx, id, actor);
}

/** Replace the line items; the value and annual value follow. */
export async function putLines(ctx: AppContext, actor: Actor, id: string, version: number, input: LineInput[]): Promise<OpportunityDetail> {
  await inTransaction(ctx, async (tx) => {
    const current = await loadForChange(tx, actor, id);
    const o = current.opportunity;
    if (o.closedAt) throw errors.conflict('opportunity_closed', 'This opportunity is closed; its lines are final.');
    const lines = toLineRows(input);
    const missing = missingForStage(current.stage.requiredFields, 'open', subjectOf(o, lines.length));
    if (missing.length) throw gateError(current.stage, missing);
    const derived = await derive(tx, o, lines, current.stage.outcome);
    if (!(await repo.updateVersioned(tx.db, id, version, { ...derived, lastActivityAt: ctx.clock.now() }))) return conflict(tx, id, actor);
    await repo.replaceLines(tx.db, id, lines);
    await auditOpportunityChange(tx, actor, o, id);
  }).catch(translateFk);
  return getOpportunity(ctx, id, actor);
}

/** A leader overrides the classified channel, with the reason (kept and shown). */
export async function overrideChannel(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof OverrideChannel>,
): Promise<OpportunityDetail> {
  await inTransaction(ctx, async (tx) => {
    const current = await repo.findOpportunity(tx.db, id);
    if (!current) throw errors.notFound('The opportunity');
    const o = current.opportunity;
    const updated = await repo.updateVersioned(tx.db, id, input.version, {
      channel: input.channel,
      channelReason: `override: ${input.reason}`,
      channelOverridden: true,
    });
    if (!updated) return conflict(tx, id, actor);
    await recordEvent(tx, actor, {
      accountId: o.accountId,
      event: 'opportunity.channel_overridden',
      subject: `${o.name}: channel set to ${input.channel} — ${input.reason}`,
      data: { opportunityId: id, name: o.name, from: o.channel, to: input.channel, reason: input.reason },
    });
    await auditOpportunityChange(tx, actor, o, id);
  });
  return getOpportunity(ctx, id, actor);
}
