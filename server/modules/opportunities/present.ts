import type { BoardCard } from '@contract/board';
import type { Opportunity } from '@contract/opportunities';
import { mayChangeOwned, mayDeleteOwned, type Viewer } from '@domain/access';
import { ageInDays, isCloseOverdue, isStale, pipelineWarning, type AgingRules } from '@domain/pipeline/aging';
import { presentStage } from '../pipeline/service';
import type { CardRow } from './repo';
import type { BoardCardRow } from './repo-board';

/** What a deal's age, time in stage, flags and the viewer's rights are read from (a card's row or the whole deal's). */
type Facts = Pick<
  CardRow['opportunity'],
  | 'ownerId'
  | 'salesGroupId'
  | 'marketId'
  | 'closedAt'
  | 'createdAt'
  | 'stageEnteredAt'
  | 'lastActivityAt'
  | 'updatedAt'
  | 'timedOutProposedAt'
  | 'expectedCloseOn'
  | 'signedOn'
  | 'deletedAt'
>;

/** How old the deal is, how long in its stage, its flags and the one warning to show (domain/pipeline/aging). */
function timing(o: Facts, accountActivityAt: Date | null, now: Date, rules: AgingRules) {
  const closed = o.closedAt !== null;
  const stale = isStale(
    { lastActivityAt: latest(o.lastActivityAt ?? o.updatedAt, accountActivityAt), createdAt: o.createdAt, closed },
    now,
    rules,
  );
  const timedOutProposed = !closed && o.timedOutProposedAt !== null;
  const closeOverdue = isCloseOverdue({ expectedCloseOn: o.expectedCloseOn, closed }, now);
  return {
    ageDays: ageInDays(o.createdAt, closed ? o.closedAt! : now),
    daysInStage: ageInDays(o.stageEnteredAt, closed ? o.closedAt! : now),
    stale,
    timedOutProposed,
    closeOverdue,
    warning: pipelineWarning({ timedOutProposed, closeOverdue, stale }),
  };
}

/** What the viewer may do (domain/access.ts): change it as its owner, their leader or an admin; delete it unless won. */
function rightsOf(o: Facts, viewer: Viewer | undefined) {
  const owner = o.ownerId ? { id: o.ownerId, salesGroupId: o.salesGroupId, marketId: o.marketId } : null;
  return {
    change: viewer ? !o.deletedAt && mayChangeOwned(viewer, owner) : false,
    // a won deal is the customer's history (its holdings): it stays
    delete: viewer ? o.signedOn === null && mayDeleteOwned(viewer, owner) : false,
  };
}

/** An opportunity as every view shows it, with its age, time in stage, flags and what the viewer may do with it. */
export function presentOpportunity(r: CardRow, now: Date, rules: AgingRules, viewer?: Viewer): Opportunity {
  const o = r.opportunity;
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
    ...timing(o, r.accountActivityAt, now, rules),
    channel: o.channel,
    channelReason: o.channelReason,
    channelOverridden: o.channelOverridden,
    customFields: o.customFields,
    version: o.version,
    deletedAt: o.deletedAt?.toISOString() ?? null,
    can: rightsOf(o, viewer),
  };
}

/** An opportunity's card on the board (contract/board.ts), in its stage (one of the board's process). */
export function presentBoardCard(r: BoardCardRow, now: Date, rules: AgingRules, viewer: Viewer): BoardCard {
  const { ageDays, daysInStage, closeOverdue, warning } = timing(r, r.accountActivityAt, now, rules);
  return {
    id: r.id,
    accountId: r.accountId,
    accountName: r.accountName,
    name: r.name,
    owner: r.ownerId && r.ownerName ? { id: r.ownerId, name: r.ownerName } : null,
    stageId: r.stageId,
    currency: r.currency,
    estimatedValue: r.estimatedValue,
    value: r.value,
    expectedCloseOn: r.expectedCloseOn,
    closedAt: r.closedAt?.toISOString() ?? null,
    signedOn: r.signedOn,
    ageDays,
    daysInStage,
    closeOverdue,
    warning,
    channel: r.channel,
    version: r.version,
    can: rightsOf(r, viewer),
  };
}

const latest = (a: Date, b: Date | null) => (b && b > a ? b : a);
