/**
 * Recording churn (J2), called by the services where customers and renewals are lost — accounts'
 * `markLost` and opportunities' lose — inside their transaction. Imports no service that imports
 * those, so it stays a leaf.
 */
import { churnReasonName, type ChurnKind } from '@domain/retention';
import type { TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';

const DAY = 86_400_000;

/** The reason, which must be on the list and still in use; its name for the timeline. */
export async function churnReasonFor(tx: TxContext, reasonId: string, path = 'body.churnReasonId') {
  const reason = await repo.findReason(tx.db, reasonId);
  if (!reason || !reason.active) throw errors.invalid('Choose a churn reason from the list.', [{ path, message: 'unknown churn reason' }]);
  return { id: reason.id, name: churnReasonName(reason) };
}

interface Loss {
  kind: ChurnKind;
  accountId: string;
  reasonId: string;
  note: string;
  byUserId: string;
  /** A lost renewal: the deal, its annual value and currency. */
  deal?: { id: string; annualValue: number; currency: string };
}

/**
 * Keep the loss for the churn report: what it was worth a year in the reporting currency (a renewal:
 * the deal's annual value; a customer: the agreements that ran within the last year), its products and market.
 */
export async function recordChurn(tx: TxContext, loss: Loss): Promise<void> {
  const now = tx.clock.now();
  const facts = await repo.accountFacts(tx.db, loss.accountId);
  const fx = await reportingConverter(tx);
  let lostValue: number;
  let productIds: string[];
  if (loss.deal) {
    lostValue = fx.toReporting(loss.deal.annualValue, loss.deal.currency);
    productIds = await repo.dealProducts(tx.db, loss.deal.id);
  } else {
    const since = new Date(now.getTime() - 365 * DAY).toISOString().slice(0, 10);
    lostValue = (await repo.runningValue(tx.db, loss.accountId, since)).reduce((sum, r) => sum + fx.toReporting(r.amount, r.currency), 0);
    productIds = facts?.productIds ?? [];
  }
  await repo.insertChurn(tx.db, {
    kind: loss.kind,
    accountId: loss.accountId,
    opportunityId: loss.deal?.id ?? null,
    reasonId: loss.reasonId,
    note: loss.note,
    lostValue: Math.round(lostValue * 100) / 100,
    currency: fx.currency,
    productIds,
    marketId: facts?.marketId ?? null,
    recordedById: loss.byUserId,
    occurredAt: now,
  });
}

/** A lost renewal reopened: its churn record goes (the report counts only what is lost now). */
export async function forgetDealChurn(tx: TxContext, opportunityId: string): Promise<void> {
  await repo.deleteDealChurn(tx.db, opportunityId);
}
