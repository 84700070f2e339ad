import type { z } from 'zod';
import type { Board, BoardQuery } from '@contract/board';
import type { OpportunityFilters, OpportunityListQuery, OutstandingQuotes } from '@contract/opportunities';
import type { Viewer } from '@domain/access';
import type { AppContext } from '../../platform/context';
import type { CsvColumn } from '../../platform/csv-export';
import type { Opportunity } from '@contract/opportunities';
import { agingRules } from '../org/service';
import { getProcess, processFor, reportingConverter } from '../pipeline/service';
import { customCsvColumns } from '../custom-fields/service';
import { resolveFilters } from './filters';
import { presentBoardCard, presentOpportunity } from './present';
import * as repo from './repo';
import * as boardRepo from './repo-board';

export async function listOpportunities(ctx: AppContext, query: OpportunityListQuery, viewer: Viewer) {
  const [{ items, total, totalEstimated }, rules] = await Promise.all([
    repo.listOpportunities(ctx.db, await resolveFilters(ctx, query)),
    agingRules(ctx),
  ]);
  const now = ctx.clock.now();
  return {
    items: items.map((r) => presentOpportunity(r, now, rules, viewer)),
    total,
    ...(totalEstimated ? { totalEstimated } : {}),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The board (B7): a column per stage with count, value and weighted value in the reporting currency,
 * and the first cards of each column (closing soonest) — never every card at once.
 */
export async function board(ctx: AppContext, query: z.infer<typeof BoardQuery>, viewer: Viewer): Promise<z.infer<typeof Board>> {
  const process = query.processId
    ? await getProcess(ctx, query.processId)
    : await processFor(ctx, query.salesGroupId ?? viewer.salesGroupId, query.marketId ?? viewer.marketId);
  const { perColumn, processId: _p, ...given } = query;
  const filters = await resolveFilters(ctx, given);
  const [totals, cards, fx, rules] = await Promise.all([
    boardRepo.stageTotals(ctx.db, process.id, filters),
    boardRepo.boardCards(ctx.db, process.id, filters, perColumn),
    reportingConverter(ctx),
    agingRules(ctx),
  ]);
  const now = ctx.clock.now();
  return {
    process: { id: process.id, name: process.name, salesGroupId: process.salesGroupId, marketId: process.marketId, stages: process.stages },
    reportingCurrency: fx.currency,
    columns: process.stages.map((stage) => {
      const rows = totals.filter((t) => t.stageId === stage.id);
      const value = rows.reduce((sum, t) => sum + fx.toReporting(t.value, t.currency), 0);
      return {
        stage,
        count: rows.reduce((sum, t) => sum + t.count, 0),
        value: Math.round(value),
        weightedValue: Math.round((value * stage.probability) / 100),
        cards: cards.filter((c) => c.stageId === stage.id).map((c) => presentBoardCard(c, now, rules, viewer)),
      };
    }),
  };
}

/** Outstanding quotes (B5): count and value in the Quote sent stage, per seller, group and market. */
export async function outstandingQuotes(ctx: AppContext, query: OpportunityFilters): Promise<z.infer<typeof OutstandingQuotes>> {
  const filters = await resolveFilters(ctx, query);
  const [owners, groups, markets, fx] = await Promise.all([
    repo.outstandingQuotes(ctx.db, 'owner', filters),
    repo.outstandingQuotes(ctx.db, 'group', filters),
    repo.outstandingQuotes(ctx.db, 'market', filters),
    reportingConverter(ctx),
  ]);
  const merge = (rows: Awaited<ReturnType<typeof repo.outstandingQuotes>>) => {
    const byId = new Map<string, { id: string | null; name: string | null; count: number; value: number }>();
    for (const r of rows) {
      const key = r.id ?? '';
      const item = byId.get(key) ?? { id: r.id, name: r.name, count: 0, value: 0 };
      item.count += r.count;
      item.value += fx.toReporting(r.value, r.currency);
      byId.set(key, item);
    }
    return [...byId.values()].map((i) => ({ ...i, value: Math.round(i.value) })).sort((a, b) => b.value - a.value);
  };
  const bySeller = merge(owners);
  return {
    reportingCurrency: fx.currency,
    total: { count: bySeller.reduce((s, i) => s + i.count, 0), value: bySeller.reduce((s, i) => s + i.value, 0) },
    bySeller,
    bySalesGroup: merge(groups),
    byMarket: merge(markets),
  };
}

const builtInCsvColumns: CsvColumn<Opportunity>[] = [
  { header: 'Name', value: (o) => o.name },
  { header: 'Account', value: (o) => o.accountName },
  { header: 'Stage', value: (o) => o.stage.name },
  { header: 'Probability', value: (o) => o.stage.probability },
  { header: 'Currency', value: (o) => o.currency },
  { header: 'Value', value: (o) => o.value },
  { header: 'Annual value', value: (o) => o.annualValue },
  { header: 'Weighted value', value: (o) => o.weightedValue },
  { header: 'Expected close', value: (o) => o.expectedCloseOn },
  { header: 'Owner', value: (o) => o.owner?.name },
  { header: 'Age (days)', value: (o) => o.ageDays },
  { header: 'Days in stage', value: (o) => o.daysInStage },
  { header: 'Stale', value: (o) => (o.stale ? 'yes' : '') },
  { header: 'Proposed timed out', value: (o) => (o.timedOutProposed ? 'yes' : '') },
  { header: 'Signed', value: (o) => o.signedOn },
  { header: 'Lost reason', value: (o) => o.lostReason },
  { header: 'Korsa ID', value: (o) => o.id },
];

/** The export's columns: the built-in ones, then the custom fields in use. */
export async function opportunityCsvColumns(ctx: AppContext): Promise<CsvColumn<Opportunity>[]> {
  return [...builtInCsvColumns, ...(await customCsvColumns<Opportunity>(ctx, 'opportunity'))];
}
