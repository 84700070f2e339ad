import type { z } from 'zod';
import type {
  CreateOpportunity,
  LineInput,
  LoseOpportunity,
  MoveOpportunity,
  OpportunityDetail,
  OverrideChannel,
  UpdateOpportunity,
} from '@contract/opportunities';
import { addMonths } from '../../domain/pipeline/aging';
import { agingRules } from '../org/service';
import { missingForStage, type GateSubject } from '../../domain/pipeline/gates';
import { valueOpportunity } from '../../domain/pipeline/money';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { addHolding, channelHistory } from '../accounts/service';
import { classify } from '../../domain/channels';
import { lineAmount, lineAnnualValue } from '../../domain/pipeline/money';
import { recordEvent } from '../activities/service';
import { publish } from '../live/service';
import { findStage, processFor, stageOfOutcome } from '../pipeline/service';
import { presentOpportunity } from './present';
import * as repo from './repo';
import { winProbabilities } from './win-probability';

type Stage = NonNullable<Awaited<ReturnType<typeof findStage>>>;

export async function getOpportunity(ctx: AppContext, id: string): Promise<OpportunityDetail> {
  const row = await repo.findOpportunity(ctx.db, id);
  if (!row) throw errors.notFound('The opportunity');
  const [lines, history, odds] = await Promise.all([
    repo.linesOf(ctx.db, id),
    repo.historyOf(ctx.db, id),
    row.opportunity.closedAt ? null : winProbabilities(ctx, [id]),
  ]);
  const prediction = odds?.get(id);
  return {
    ...presentOpportunity(row, ctx.clock.now(), await agingRules(ctx)),
    winProbability: prediction
      ? {
          probability: Math.round(prediction.probability * 1000) / 1000,
          reasons: prediction.reasons.map((r) => ({ ...r, effect: Math.round(r.effect * 100) / 100 })),
        }
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

function gateError(stage: Stage, missing: string[]) {
  return new AppError(422, 'stage_gate_unmet', `To enter “${stage.name}” the opportunity needs: ${missing.join(', ')}.`, {
    stageId: stage.id,
    missing,
  });
}

function subjectOf(o: repo.OpportunityRow, lineCount: number): GateSubject {
  return { ...o, lineCount };
}

const translateFk = (e: unknown) => {
  if (isForeignKeyViolation(e))
    throw errors.invalid('A product, contact, competitor or owner does not exist.', [{ path: 'body', message: 'unknown reference' }]);
  throw e;
};

/** Recompute the derived value from the lines (or the estimate) after a change. */
async function revalue(ctx: AppContext, id: string) {
  const tx = ctx.db;
  const o = (await repo.findOpportunity(tx, id))!.opportunity;
  const lines = (await repo.linesOf(tx, id)).map((l) => l.line);
  const v = valueOpportunity(lines, o.estimatedValue);
  await repo.setValue(tx, id, v.value, v.annualValue);
  await reclassify(ctx, id);
  return lines.length;
}

/**
 * The deal's channel from the customer's history on its date (the signing date once won), unless a
 * leader has overridden it. Called whenever the lines or the dates change.
 */
async function reclassify(ctx: AppContext, id: string) {
  const row = (await repo.findOpportunity(ctx.db, id))!.opportunity;
  if (row.channelOverridden) return;
  const lines = (await repo.linesOf(ctx.db, id)).map((l) => l.line);
  const history = await channelHistory(ctx, row.accountId);
  const on = row.signedOn ?? ctx.clock.now().toISOString().slice(0, 10);
  const c = classify({
    on,
    lines: lines.length
      ? lines.map((l) => ({
          productId: l.productId,
          annualValue: lineAnnualValue(l),
        }))
      : [{ productId: '', annualValue: row.value }],
    history: history.history,
    lostOn: history.lostOn,
    passiveAfterMonths: history.passiveAfterMonths,
  });
  await repo.setChannel(ctx.db, id, c.channel, c.reason);
}

/** A write on a version that someone else has changed since: 409 with the current opportunity. */
export async function conflict(ctx: AppContext, id: string): Promise<never> {
  const current = await repo.findOpportunity(ctx.db, id);
  if (!current) throw errors.notFound('The opportunity');
  throw errors.conflict(
    'version_conflict',
    'Someone else changed this opportunity since you opened it. Review their change and try again.',
    {
      current: presentOpportunity(current, ctx.clock.now(), await agingRules(ctx)),
    },
  );
}

function toLineRows(lines: LineInput[]): repo.LineInsert[] {
  return lines.map((l) => ({ ...l }));
}

/**
 * An opportunity starts when a real opportunity is identified (B1): the first stage's gate asks for
 * the estimated value, the expected close date and the contact the dialogue is with.
 */
export async function createOpportunity(ctx: AppContext, actor: Actor, input: CreateOpportunity): Promise<OpportunityDetail> {
  const id = await ctx.db
    .transaction(async (tx) => {
      const txc = { ...ctx, db: tx };
      const account = await repo.accountMarket(tx, input.accountId);
      if (!account) throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown account' }]);
      const ownerId = input.ownerId ?? actor.id;
      const owner = await repo.userGroupAndMarket(tx, ownerId);
      if (!owner) throw errors.invalid('The owner does not exist.', [{ path: 'body.ownerId', message: 'unknown user' }]);
      if (input.contactId && !(await repo.contactBelongs(tx, input.contactId, input.accountId))) {
        throw errors.invalid('The contact is not a person at this account.', [{ path: 'body.contactId', message: 'not at this account' }]);
      }
      const marketId = account.marketId ?? owner.marketId;
      const process = await processFor(txc, owner.salesGroupId, marketId);
      const stage = input.stageId ? process.stages.find((s) => s.id === input.stageId) : process.stages.find((s) => s.outcome === 'open');
      if (!stage || stage.outcome !== 'open')
        throw errors.invalid('Start in an open stage of the process.', [{ path: 'body.stageId', message: 'not an open stage' }]);
      const lines = input.lines ?? [];
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
        currency: input.currency ?? (marketId ? await repo.marketCurrency(tx, marketId) : undefined) ?? 'EUR',
        estimatedValue: input.estimatedValue ?? null,
        expectedCloseOn: input.expectedCloseOn ?? null,
        startOn: input.startOn ?? null,
        quoteSentOn: input.quoteSentOn ?? null,
        quoteValidUntil: input.quoteValidUntil ?? null,
        stageEnteredAt: now,
        createdAt: now,
        updatedAt: now,
      };
      const missing = missingForStage(stage.requiredFields, 'open', subjectOf(values as repo.OpportunityRow, lines.length));
      if (missing.length) throw gateError({ ...stage, processId: process.id }, missing);
      const newId = await repo.insertOpportunity(tx, values);
      await repo.replaceLines(tx, newId, toLineRows(lines));
      await revalue({ ...ctx, db: tx }, newId);
      await repo.insertStageChange(tx, { opportunityId: newId, toStageId: stage.id, at: now, byUserId: actor.id });
      await recordEvent(txc, actor, {
        accountId: input.accountId,
        event: 'opportunity.created',
        subject: `Opportunity ${input.name} identified`,
        data: { opportunityId: newId, name: input.name, stage: stage.name },
      });
      return newId;
    })
    .catch(translateFk);
  return getOpportunity(ctx, id);
}

export async function updateOpportunity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: z.infer<typeof UpdateOpportunity>,
): Promise<OpportunityDetail> {
  const { version, ...fields } = patch;
  await ctx.db
    .transaction(async (tx) => {
      const current = await repo.findOpportunity(tx, id);
      if (!current) throw errors.notFound('The opportunity');
      if (fields.contactId && !(await repo.contactBelongs(tx, fields.contactId, current.opportunity.accountId))) {
        throw errors.invalid('The contact is not a person at this account.', [{ path: 'body.contactId', message: 'not at this account' }]);
      }
      const lineCount = (await repo.linesOf(tx, id)).length;
      const next = { ...current.opportunity, ...fields };
      const missing = missingForStage(current.stage.requiredFields, current.stage.outcome, subjectOf(next, lineCount));
      if (missing.length) throw gateError(current.stage, missing);
      if (!(await repo.updateVersioned(tx, id, version, { ...fields, lastActivityAt: ctx.clock.now() })))
        return conflict({ ...ctx, db: tx }, id);
      await revalue({ ...ctx, db: tx }, id);
      if (fields.ownerId && fields.ownerId !== current.opportunity.ownerId) {
        const owner = await repo.userGroupAndMarket(tx, fields.ownerId);
        await recordEvent({ ...ctx, db: tx }, actor, {
          accountId: current.opportunity.accountId,
          event: 'opportunity.owner_changed',
          subject: `${current.opportunity.name}: owner changed to ${owner?.name ?? 'someone'}`,
          data: { opportunityId: id, name: current.opportunity.name, to: owner?.name ?? null },
        });
      }
    })
    .catch(translateFk);
  return getOpportunity(ctx, id);
}

/** Move to another open stage: its gate must be met (the missing fields may come with the move). */
export async function moveOpportunity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof MoveOpportunity>,
): Promise<OpportunityDetail> {
  const { version, stageId, ...fields } = input;
  await ctx.db
    .transaction(async (tx) => {
      const current = await repo.findOpportunity(tx, id);
      if (!current) throw errors.notFound('The opportunity');
      if (current.opportunity.closedAt) throw errors.conflict('opportunity_closed', 'This opportunity is closed; it cannot move.');
      const target = await findStage({ ...ctx, db: tx }, stageId);
      if (!target || target.processId !== current.opportunity.processId) {
        throw errors.invalid('That stage is not in this opportunity’s process.', [{ path: 'body.stageId', message: 'unknown stage' }]);
      }
      if (target.outcome !== 'open') {
        throw errors.invalid('Close an opportunity as won or lost with its own action, which asks for what that needs.', [
          { path: 'body.stageId', message: `use /${target.outcome === 'won' ? 'win' : 'lose'}` },
        ]);
      }
      const lineCount = (await repo.linesOf(tx, id)).length;
      const missing = missingForStage(target.requiredFields, 'open', subjectOf({ ...current.opportunity, ...fields }, lineCount));
      if (missing.length) throw gateError(target, missing);
      if (target.id === current.opportunity.stageId) return;
      const now = ctx.clock.now();
      const updated = await repo.updateVersioned(tx, id, version, {
        ...fields,
        stageId: target.id,
        stageEnteredAt: now,
        lastActivityAt: now,
        timedOutProposedAt: null,
      });
      if (!updated) return conflict({ ...ctx, db: tx }, id);
      await revalue({ ...ctx, db: tx }, id);
      await repo.insertStageChange(tx, {
        opportunityId: id,
        fromStageId: current.opportunity.stageId,
        toStageId: target.id,
        at: now,
        byUserId: actor.id,
      });
      await recordEvent({ ...ctx, db: tx }, actor, {
        accountId: current.opportunity.accountId,
        event: 'opportunity.stage_changed',
        subject: `${current.opportunity.name}: ${current.stage.name} → ${target.name}`,
        data: {
          opportunityId: id,
          name: current.opportunity.name,
          from: current.stage.name,
          to: target.name,
          fromKey: current.stage.key,
          toKey: target.key,
        },
      });
    })
    .catch(translateFk);
  return getOpportunity(ctx, id);
}

/** Replace the line items; the value and annual value follow. */
export async function putLines(ctx: AppContext, id: string, version: number, lines: LineInput[]): Promise<OpportunityDetail> {
  await ctx.db
    .transaction(async (tx) => {
      const current = await repo.findOpportunity(tx, id);
      if (!current) throw errors.notFound('The opportunity');
      if (current.opportunity.closedAt) throw errors.conflict('opportunity_closed', 'This opportunity is closed; its lines are final.');
      const missing = missingForStage(current.stage.requiredFields, 'open', subjectOf(current.opportunity, lines.length));
      if (missing.length) throw gateError(current.stage, missing);
      if (!(await repo.updateVersioned(tx, id, version, { lastActivityAt: ctx.clock.now() }))) return conflict({ ...ctx, db: tx }, id);
      await repo.replaceLines(tx, id, toLineRows(lines));
      await revalue({ ...ctx, db: tx }, id);
    })
    .catch(translateFk);
  return getOpportunity(ctx, id);
}

async function close(
  ctx: AppContext,
  actor: Actor,
  id: string,
  version: number,
  outcome: 'won' | 'lost',
  fields: Partial<repo.OpportunityInsert>,
  lines: LineInput[] | undefined,
): Promise<OpportunityDetail> {
  await ctx.db
    .transaction(async (tx) => {
      const txc = { ...ctx, db: tx };
      const current = await repo.findOpportunity(tx, id);
      if (!current) throw errors.notFound('The opportunity');
      if (current.opportunity.closedAt) throw errors.conflict('opportunity_closed', 'This opportunity is already closed.');
      const target = await stageOfOutcome(txc, current.opportunity.processId, outcome);
      if (lines) await repo.replaceLines(tx, id, toLineRows(lines));
      const lineRows = (await repo.linesOf(tx, id)).map((l) => l.line);
      const missing = missingForStage(
        target.requiredFields,
        outcome,
        subjectOf({ ...current.opportunity, ...(fields as object) }, lineRows.length),
      );
      if (missing.length) throw gateError(target, missing);
      const now = ctx.clock.now();
      const updated = await repo.updateVersioned(tx, id, version, {
        ...fields,
        stageId: target.id,
        stageEnteredAt: now,
        closedAt: now,
        lastActivityAt: now,
        timedOutProposedAt: null,
      });
      if (!updated) return conflict(txc, id);
      await revalue({ ...ctx, db: tx }, id);
      await repo.insertStageChange(tx, {
        opportunityId: id,
        fromStageId: current.opportunity.stageId,
        toStageId: target.id,
        at: now,
        byUserId: actor.id,
      });
      const o = current.opportunity;
      if (outcome === 'won') {
        // what the customer now has: feeds the account's status and its product row
        const start = o.startOn ?? (fields.signedOn as string);
        for (const l of lineRows) {
          const months = l.recurring ? (l.contractMonths ?? 12) : null;
          const endsOn = months
            ? addMonths(new Date(`${start}T00:00:00Z`), months)
                .toISOString()
                .slice(0, 10)
            : start;
          await addHolding(txc, o.accountId, { productId: l.productId, startedOn: start, endsOn });
        }
      }
      await recordEvent(txc, actor, {
        accountId: o.accountId,
        event: outcome === 'won' ? 'opportunity.won' : 'opportunity.lost',
        subject: outcome === 'won' ? `${o.name} won` : `${o.name} lost (${String(fields.lostReason)})`,
        data: {
          opportunityId: id,
          name: o.name,
          ...(outcome === 'lost'
            ? {
                reason: fields.lostReason,
                note: fields.lostNote ?? null,
                competitor: fields.competitorId ? await repo.competitorName(tx, fields.competitorId) : null,
              }
            : { signedOn: fields.signedOn }),
        },
      });
      // every open overview hears of it once the transaction commits
      if (outcome === 'won') await publish(txc, { type: 'deal_won', opportunityId: id, ...(await repo.wonNotice(tx, id)) });
    })
    .catch(translateFk);
  return getOpportunity(ctx, id);
}

/** Won (B6, G1): needs the signing date and the final line items; the customer then owns the products. */
export function winOpportunity(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { version: number; signedOn: string; lines?: LineInput[] },
) {
  return close(ctx, actor, id, input.version, 'won', { signedOn: input.signedOn }, input.lines);
}

/** Lost, honestly (B3): to a named competitor, disqualified by the customer, timed out, or other. */
export function loseOpportunity(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof LoseOpportunity>) {
  return close(
    ctx,
    actor,
    id,
    input.version,
    'lost',
    { lostReason: input.reason, competitorId: input.competitorId ?? null, lostNote: input.note ?? null },
    undefined,
  );
}

/** A leader overrides the classified channel, with the reason (kept and shown). */
export async function overrideChannel(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof OverrideChannel>,
): Promise<OpportunityDetail> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findOpportunity(tx, id);
    if (!current) throw errors.notFound('The opportunity');
    if (!(await repo.updateVersioned(tx, id, input.version, {}))) return conflict({ ...ctx, db: tx }, id);
    await repo.setChannel(tx, id, input.channel, `override: ${input.reason}`, true);
    await recordEvent({ ...ctx, db: tx }, actor, {
      accountId: current.opportunity.accountId,
      event: 'opportunity.channel_overridden',
      subject: `${current.opportunity.name}: channel set to ${input.channel} — ${input.reason}`,
      data: {
        opportunityId: id,
        name: current.opportunity.name,
        from: current.opportunity.channel,
        to: input.channel,
        reason: input.reason,
      },
    });
  });
  return getOpportunity(ctx, id);
}
