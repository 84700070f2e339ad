/**
 * Closing a deal (B3, B4): won with its signing date and lines — the customer then owns the products
 * — or lost honestly, with the reason, the competitor when lost to one, and why a renewal was let go.
 */
import type { z } from 'zod';
import type { LineInput, LoseOpportunity, OpportunityDetail, ReopenOpportunity } from '@contract/opportunities';
import { needsChurnReason } from '@domain/retention';
import { dealAgreementEnd, holdingsAfterWin, agreementStart } from '@domain/pipeline/agreements';
import { missingForStage } from '@domain/pipeline/gates';
import { valueOpportunity } from '@domain/pipeline/money';
import type { CloseOutcome } from '@domain/pipeline/outcomes';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { addHoldings, removeDealHoldings } from '../accounts/service';
import { recordEvent } from '../activities/service';
import { churnReasonFor, forgetDealChurn, recordChurn } from '../retention/churn';
import { publish } from '../live/service';
import { stageOfOutcome, stageToReopen } from '../pipeline/service';
import { queueForSharedTotals } from '../read-models/service';
import { auditOpportunityChange } from './service-audit';
import * as repo from './repo';
import { conflict, derive, gateError, getOpportunity, loadForChange, subjectOf, toLineRows, translateFk } from './service';

/**
 * Close as won or lost, in one transaction: the deal is read once, its lines once (or taken from
 * the request), the gate and the derived facts decided in the domain, and written once. A win
 * leaves the customer owning the products (domain/pipeline/agreements.ts) and every open overview hears of it.
 */
async function close(
  ctx: AppContext,
  actor: Actor,
  id: string,
  version: number,
  outcome: CloseOutcome,
  fields: Partial<repo.OpportunityInsert>,
  newLines: LineInput[] | undefined,
  churn?: { reasonId: string | undefined; note: string },
): Promise<OpportunityDetail> {
  await inTransaction(ctx, async (tx) => {
    const current = await loadForChange(tx, actor, id);
    const o = current.opportunity;
    if (o.closedAt) throw errors.conflict('opportunity_closed', 'This opportunity is already closed.');
    const target = await stageOfOutcome(tx, o.processId, outcome);
    const replaced = newLines ? toLineRows(newLines) : null;
    const lines = replaced ?? (await repo.linesOf(tx.db, id)).map((l) => l.line);
    const next = { ...o, ...fields };
    const missing = missingForStage(target.requiredFields, outcome, subjectOf(next, lines.length));
    if (missing.length) throw gateError(target, missing);
    // a lost renewal is churn: it needs a reason from the organisation's list (J2, domain/retention.ts)
    const churnReason = churn?.reasonId ? await churnReasonFor(tx, churn.reasonId) : null;
    if (outcome === 'lost' && !churnReason && needsChurnReason(o.channel)) {
      throw new AppError('churn_reason_required', 'A lost renewal needs the reason the customer let it go.', {
        missing: ['churnReasonId'],
      });
    }
    const now = ctx.clock.now();
    const won = outcome === 'won' ? { signedOn: next.signedOn!, startOn: next.startOn } : null;
    const derived = await derive(tx, next, lines, outcome);
    // what touches nobody else's rows first; the shared totals last, so a win holds them only briefly
    await repo.insertStageChange(tx.db, { opportunityId: id, fromStageId: o.stageId, toStageId: target.id, at: now, byUserId: actor.id });
    // only a lost renewal is churn; a reason sent with another lost deal is checked but not counted
    if (churnReason && outcome === 'lost' && needsChurnReason(o.channel)) {
      const deal = { id, annualValue: valueOpportunity(lines, o.estimatedValue).annualValue, currency: o.currency };
      await recordChurn(tx, {
        kind: 'renewal',
        accountId: o.accountId,
        reasonId: churnReason.id,
        note: churn?.note ?? '',
        byUserId: actor.id,
        deal,
      });
    }
    await recordEvent(tx, actor, {
      accountId: o.accountId,
      event: won ? 'opportunity.won' : 'opportunity.lost',
      subject: won ? `${o.name} won` : `${o.name} lost (${String(fields.lostReason)})`,
      data: {
        opportunityId: id,
        name: o.name,
        ...(won
          ? { signedOn: won.signedOn }
          : {
              reason: fields.lostReason,
              note: fields.lostNote ?? null,
              competitor: fields.competitorId ? await repo.competitorName(tx.db, fields.competitorId) : null,
            }),
      },
    });
    const written = {
      ...fields,
      ...derived,
      agreementEndsOn: won ? dealAgreementEnd(agreementStart(won), lines) : null,
      stageId: target.id,
      stageEnteredAt: now,
      closedAt: now,
      lastActivityAt: now,
      timedOutProposedAt: null,
    };
    await auditOpportunityChange(tx, actor, o, id, { ...o, ...written });
    // every open overview hears of it once the transaction commits (a NOTIFY waits for the commit)
    if (won)
      await publish(tx, {
        type: 'deal_won',
        opportunityId: id,
        ...(await repo.wonNotice(tx.db, id)),
        channel: written.channel ?? o.channel,
      });
    await queueForSharedTotals(tx.db);
    if (!(await repo.updateVersioned(tx.db, id, version, written))) return conflict(tx, id, actor);
    if (replaced) await repo.replaceLines(tx.db, id, replaced);
    // what the customer now has: feeds the account's status and its product row
    // one insert and one status refresh for all its lines
    if (won)
      await addHoldings(
        tx,
        holdingsAfterWin(won, lines).map((h) => ({ accountId: o.accountId, ...h, opportunityId: id })),
      );
  }).catch(translateFk);
  return getOpportunity(ctx, id, actor);
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
    { reasonId: input.churnReasonId, note: input.note ?? '' },
  );
}

/**
 * Reopen a closed deal (a win booked too early, a loss the customer took back): it goes back to the
 * open stage it was closed from, the products a win gave the customer and the churn a lost renewal
 * recorded are taken back, and everything computed from the records follows — the game's points and
 * the incentive statement (which then shows the adjustment against what was paid, F2). The reason is
 * kept on the timeline.
 */
export async function reopenOpportunity(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof ReopenOpportunity>) {
  await inTransaction(ctx, async (tx) => {
    const current = await loadForChange(tx, actor, id);
    const o = current.opportunity;
    if (!o.closedAt) throw errors.conflict('opportunity_open', 'This opportunity is open: there is nothing to reopen.');
    const wasWon = current.stage.outcome === 'won';
    const target = await stageToReopen(tx, o.processId, await repo.closedFromStage(tx.db, id, o.stageId));
    const lines = (await repo.linesOf(tx.db, id)).map((l) => l.line);
    const now = ctx.clock.now();
    const next = { ...o, signedOn: null, closedAt: null };
    const derived = await derive(tx, next, lines, 'open');
    // as in close: the shared totals last
    await repo.insertStageChange(tx.db, { opportunityId: id, fromStageId: o.stageId, toStageId: target.id, at: now, byUserId: actor.id });
    await forgetDealChurn(tx, id);
    await recordEvent(tx, actor, {
      accountId: o.accountId,
      event: 'opportunity.reopened',
      subject: `${o.name} reopened: ${input.reason}`,
      data: {
        opportunityId: id,
        name: o.name,
        was: wasWon ? 'won' : 'lost',
        reason: input.reason,
        stage: target.name,
        stageKey: target.key,
      },
    });
    const written = {
      ...derived,
      signedOn: null,
      agreementEndsOn: null,
      lostReason: null,
      competitorId: null,
      lostNote: null,
      stageId: target.id,
      stageEnteredAt: now,
      closedAt: null,
      lastActivityAt: now,
      timedOutProposedAt: null,
    };
    await auditOpportunityChange(tx, actor, o, id, { ...o, ...written });
    await queueForSharedTotals(tx.db);
    if (!(await repo.updateVersioned(tx.db, id, input.version, written))) return conflict(tx, id, actor);
    await removeDealHoldings(tx, id);
  }).catch(translateFk);
  return getOpportunity(ctx, id, actor);
}
