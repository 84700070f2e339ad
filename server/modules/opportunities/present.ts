import type { Opportunity } from '@contract/opportunities';
import { mayChangeOwned, mayDeleteOwned, type Viewer } from '@domain/access';
import { ageInDays, isCloseOverdue, isStale, pipelineWarning, type AgingRules } from '@domain/pipeline/aging';
import { presentStage } from '../pipeline/service';
import type { CardRow } from './repo';

/** An opportunity as every view shows it, with its age, time in stage, flags and what the viewer may do with it. */
export function presentOpportunity(r: CardRow, now: Date, rules: AgingRules, viewer?: Viewer): Opportunity {
  const o = r.opportunity;
  const closed = o.closedAt !== null;
  const owner = o.ownerId ? { id: o.ownerId, salesGroupId: o.salesGroupId, marketId: o.marketId } : null;
  const stale = isStale(
    { lastActivityAt: latest(o.lastActivityAt ?? o.updatedAt, r.accountActivityAt), createdAt: o.createdAt, closed },
    now,
    rules,
  );
  const timedOutProposed = !closed && o.timedOutProposedAt !== null;
  const closeOverdue = isCloseOverdue({ expectedCloseOn: o.expectedCloseOn, closed }, now);
  return {
    id: o.id,
    accountId: o.accountId,
    accountName: r.accountName,
    name: o.name,
    owner: o.ownerId && r.ownerName ? { id: o.ownerId, name: r.ownerName } : null,
    salesGroupId: o.salesGroupId,
    marketId: o.marketId,
    processId: o.processId,
    stage: presentStage(r.stage),
    contactId: o.contactId,
    currency: o.currency,
    estimatedValue: o.estimatedValue,
    value: o.value,
    annualValue: o.annualValue,
    weightedValue: Math.round(o.value * r.stage.probability) / 100,
    expectedCloseOn: o.expectedCloseOn,
    startOn: o.startOn,
    quoteSentOn: o.quoteSentOn,
    quoteValidUntil: o.quoteValidUntil,
    signedOn: o.signedOn,
    lostReason: o.lostReason,
    competitorId: o.competitorId,
    lostNote: o.lostNote,
    closedAt: o.closedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    stageEnteredAt: o.stageEnteredAt.toISOString(),
    ageDays: ageInDays(o.createdAt, closed ? o.closedAt! : now),
    daysInStage: ageInDays(o.stageEnteredAt, closed ? o.closedAt! : now),
    stale,
    timedOutProposed,
    closeOverdue,
    warning: pipelineWarning({ timedOutProposed, closeOverdue, stale }),
    channel: o.channel,
    channelReason: o.channelReason,
    channelOverridden: o.channelOverridden,
    customFields: o.customFields,
    version: o.version,
    deletedAt: o.deletedAt?.toISOString() ?? null,
    can: {
      change: viewer ? !o.deletedAt && mayChangeOwned(viewer, owner) : false,
      // a won deal is the customer's history (its holdings): it stays
      delete: viewer ? o.signedOn === null && mayDeleteOwned(viewer, owner) : false,
    },
  };
}

const latest = (a: Date, b: Date | null) => (b && b > a ? b : a);
