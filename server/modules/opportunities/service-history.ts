import type { CustomValues } from '@domain/custom-fields';
import { randomUUID } from 'node:crypto';
import type { LineInput } from '@contract/opportunities';
import { agreementStart, dealAgreementEnd, holdingsAfterWin } from '@domain/pipeline/agreements';
import type { TxContext } from '../../platform/context';
import { addHoldings, channelHistories } from '../accounts/service';
import { recordEvents } from '../activities/service';
import { processFor } from '../pipeline/service';
import * as repo from './repo';
import { deriveFrom, toLineRows } from './service';

/** A deal from another CRM's history: what it was, when, for whom, with its lines. */
export interface HistoricDeal {
  accountId: string;
  name: string;
  owner: { id: string; salesGroupId: string | null } | null;
  marketId: string | null;
  /** Korsa's stage key (identified, quote_sent, …, won, lost). */
  stageKey: string;
  currency: string;
  estimatedValue: number | null;
  lines: LineInput[];
  createdAt: Date;
  /** The signing (won) or closing (lost) day, yyyy-mm-dd. */
  closedOn: string | null;
  expectedCloseOn: string | null;
  lostNote: string | null;
  /** Custom field values (checked by the import): set over what the deal has. */
  customFields?: CustomValues;
  sourceSystem: string;
  sourceId: string;
  /** The deal Korsa has already for this source id (an earlier run). */
  existingId?: string;
}

export type HistoricOutcome = { outcome: 'created' | 'updated' | 'unchanged' } | { error: string };

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Record one deal from history: `recordHistoricDeals` with one deal. */
export async function recordHistoricDeal(tx: TxContext, deal: HistoricDeal, existingId: string | undefined): Promise<HistoricOutcome> {
  return (await recordHistoricDeals(tx, [{ ...deal, existingId }]))[0]!;
}

/**
 * Record deals from history through the same rules as the app: the process and stage of their
 * owner's group and market, the value and annual value from their lines, the channel classified from
 * the customer's history on the deal's day, and — when won — the agreement's end, the products the
 * customer now owns (which set the account's status) and the timeline's events on their dates.
 * An existing deal (same source) that was open and is now closed is closed the same way; one that
 * was closed already is left as it is, so a second run changes nothing.
 *
 * Set-based for an import's batch: the processes and the existing deals are read once; the deals go
 * in with a few multi-row statements, then the holdings of the won ones (each knowing its deal), then
 * every deal's channel from its customer's history without its own products — so it sees whatever was
 * signed before it (domain/channels.ts), in whatever order the file comes — and the stage history,
 * lines and events. The outcomes are in the order of `deals`.
 */
export async function recordHistoricDeals(tx: TxContext, deals: readonly HistoricDeal[]): Promise<HistoricOutcome[]> {
  const processes = new Map<string, Awaited<ReturnType<typeof processFor>>>();
  const processOf = async (d: HistoricDeal) => {
    const key = `${d.owner?.salesGroupId ?? ''}|${d.marketId ?? ''}`;
    let p = processes.get(key);
    if (!p) processes.set(key, (p = await processFor(tx, d.owner?.salesGroupId ?? null, d.marketId)));
    return p;
  };
  const existing = await repo.opportunityStates(
    tx.db,
    deals.flatMap((d) => (d.existingId ? [d.existingId] : [])),
  );

  const outcomes: HistoricOutcome[] = [];
  const planned: {
    index: number;
    deal: HistoricDeal;
    id: string;
    current: ReturnType<typeof existing.get>;
    process: Awaited<ReturnType<typeof processFor>>;
    stage: Awaited<ReturnType<typeof processFor>>['stages'][number];
    lines: ReturnType<typeof toLineRows>;
    closedAt: Date | null;
    won: { signedOn: string; startOn: null } | null;
    on: Date;
  }[] = [];
  for (const [index, deal] of deals.entries()) {
    const process = await processOf(deal);
    const stage = process.stages.find((s) => s.key === deal.stageKey);
    if (!stage) {
      outcomes[index] = { error: `the stage "${deal.stageKey}" is not in the process "${process.name}"` };
      continue;
    }
    const current = deal.existingId ? existing.get(deal.existingId) : undefined;
    if (current?.closedAt) {
      outcomes[index] = { outcome: 'unchanged' };
      continue;
    }
    const closedAt = stage.outcome !== 'open' && deal.closedOn ? new Date(`${deal.closedOn}T00:00:00Z`) : null;
    const won = stage.outcome === 'won' && deal.closedOn ? { signedOn: deal.closedOn, startOn: null } : null;
    const id = current?.id ?? randomUUID();
    planned.push({
      index,
      deal,
      id,
      current,
      process,
      stage,
      lines: toLineRows(deal.lines),
      closedAt,
      won,
      on: closedAt ?? tx.clock.now(),
    });
    outcomes[index] = { outcome: current ? 'updated' : 'created' };
  }
  if (planned.length === 0) return outcomes;
  /** The deal's day and moment, for its channel (domain/channels.ts orders deals signed the same day by it). */
  const whenOf = (p: (typeof planned)[number]) => ({ on: p.won?.signedOn ?? isoDay(p.on), at: p.on.toISOString() });

  const inserts: (repo.OpportunityInsert & { id: string })[] = [];
  const stageChanges: Parameters<typeof repo.insertStageChanges>[1] = [];
  const events: Parameters<typeof recordEvents>[2][number][] = [];
  for (const p of planned) {
    const { deal, stage, lines, closedAt, won, current } = p;
    // value, annual value and volume now; the channel once the batch's holdings are written (below)
    const derived = deriveFrom(
      null,
      whenOf(p),
      { estimatedValue: deal.estimatedValue, signedOn: won?.signedOn ?? null },
      lines,
      stage.outcome,
    );
    const values: repo.OpportunityInsert = {
      accountId: deal.accountId,
      name: deal.name,
      ownerId: deal.owner?.id ?? null,
      salesGroupId: deal.owner?.salesGroupId ?? null,
      marketId: deal.marketId,
      processId: p.process.id,
      stageId: stage.id,
      currency: deal.currency,
      estimatedValue: deal.estimatedValue,
      expectedCloseOn: deal.expectedCloseOn ?? deal.closedOn,
      signedOn: won?.signedOn ?? null,
      agreementEndsOn: won ? dealAgreementEnd(agreementStart(won), lines) : null,
      lostReason: stage.outcome === 'lost' ? 'other' : null,
      lostNote: stage.outcome === 'lost' ? deal.lostNote : null,
      closedAt,
      stageEnteredAt: closedAt ?? deal.createdAt,
      lastActivityAt: closedAt ?? deal.createdAt,
      ...(deal.customFields ? { customFields: { ...current?.customFields, ...deal.customFields } } : {}),
      ...derived,
    };
    if (current) {
      // an open deal of an earlier run (rare): updated on its own, as the app does
      await repo.updateVersioned(tx.db, p.id, current.version, values);
      if (current.stageId !== stage.id)
        stageChanges.push({ opportunityId: p.id, fromStageId: current.stageId, toStageId: stage.id, at: p.on });
    } else {
      inserts.push({ ...values, id: p.id, createdAt: deal.createdAt, sourceSystem: deal.sourceSystem, sourceId: deal.sourceId });
      const first = p.process.stages.find((s) => s.outcome === 'open')!;
      stageChanges.push({ opportunityId: p.id, toStageId: first.id, at: deal.createdAt });
      if (stage.id !== first.id) stageChanges.push({ opportunityId: p.id, fromStageId: first.id, toStageId: stage.id, at: p.on });
      events.push({
        accountId: deal.accountId,
        event: 'opportunity.created',
        subject: `Opportunity ${deal.name} identified`,
        data: { opportunityId: p.id, name: deal.name, stage: first.name, imported: true },
        at: deal.createdAt,
        channel: 'import',
      });
    }
    if (closedAt)
      events.push({
        accountId: deal.accountId,
        event: won ? 'opportunity.won' : 'opportunity.lost',
        subject: won ? `${deal.name} won` : `${deal.name} lost (other)`,
        data: {
          opportunityId: p.id,
          name: deal.name,
          imported: true,
          ...(won ? { signedOn: won.signedOn } : { reason: 'other', note: deal.lostNote }),
        },
        at: closedAt,
        channel: 'import',
      });
  }
  await repo.insertOpportunities(tx.db, inserts);
  // what the customers now have (each holding knowing its deal): feeds their status and product rows,
  // and the channels: each deal classified from its customer's history without its own products,
  // so it sees everything signed before it, in whatever order the file comes
  await addHoldings(
    tx,
    planned.flatMap((p) =>
      p.won ? holdingsAfterWin(p.won, p.lines).map((h) => ({ accountId: p.deal.accountId, ...h, opportunityId: p.id })) : [],
    ),
  );
  const histories = await channelHistories(
    tx,
    planned.map((p) => p.deal.accountId),
  );
  await repo.updateChannels(
    tx.db,
    planned.flatMap((p) => {
      if (p.current?.channelOverridden) return [];
      const h = histories.get(p.deal.accountId)!;
      const c = deriveFrom(
        { ...h, history: h.history.filter((x) => x.opportunityId !== p.id) },
        whenOf(p),
        { estimatedValue: p.deal.estimatedValue, signedOn: p.won?.signedOn ?? null },
        p.lines,
        p.stage.outcome,
      );
      return c.channel ? [{ id: p.id, channel: c.channel, channelReason: c.channelReason }] : [];
    }),
  );
  await repo.insertStageChanges(tx.db, stageChanges);
  const linesOf = (p: (typeof planned)[number]) => ({ opportunityId: p.id, lines: p.lines });
  await repo.replaceLinesOfMany(tx.db, planned.filter((p) => p.current).map(linesOf));
  await repo.insertLinesOf(tx.db, planned.filter((p) => !p.current).map(linesOf));
  await recordEvents(tx, null, events);
  return outcomes;
}
