import type { Opportunity } from '@contract/opportunities';
import { ageInDays, isStale, type AgingRules } from '../../domain/pipeline/aging';
import { presentStage } from '../pipeline/service';
import type { CardRow } from './repo';

/** An opportunity as every view shows it, with its age, time in stage and flags. */
export function presentOpportunity(r: CardRow, now: Date, rules: AgingRules): Opportunity {
  const o = r.opportunity;
  const closed = o.closedAt !== null;
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
    stale: isStale(
      { lastActivityAt: latest(o.lastActivityAt ?? o.updatedAt, r.accountActivityAt), createdAt: o.createdAt, closed },
      now,
      rules,
    ),
    timedOutProposed: !closed && o.timedOutProposedAt !== null,
    channel: o.channel,
    channelReason: o.channelReason,
    channelOverridden: o.channelOverridden,
    version: o.version,
  };
}

const latest = (a: Date, b: Date | null) => (b && b > a ? b : a);
