import type { z } from 'zod';
import type { Analytics, AnalyticsQuery, Forecast, ForecastQuery } from '@contract/opportunities';
import { addMonths } from '@domain/pipeline/aging';
import type { AppContext } from '../../platform/context';
import { processFor, reportingConverter } from '../pipeline/service';
import { resolveFilters } from './filters';
import * as repo from './repo-reports';

type Cell = { count: number; value: number; weightedValue: number };
const empty = (): Cell => ({ count: 0, value: 0, weightedValue: 0 });
const round = (c: Cell): Cell => ({ count: c.count, value: Math.round(c.value), weightedValue: Math.round(c.weightedValue) });

/** Forecast (B7): open opportunities by expected close month, weighted and not, by group and market. */
export async function forecast(ctx: AppContext, query: z.infer<typeof ForecastQuery>): Promise<z.infer<typeof Forecast>> {
  const { from: fromDay, months: count, ...given } = query;
  const filters = await resolveFilters(ctx, given);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const start = new Date(`${(fromDay ?? today).slice(0, 7)}-01T00:00:00Z`);
  const end = addMonths(start, count);
  const [rows, overdue, fx] = await Promise.all([
    repo.forecastRows(ctx.db, filters, start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)),
    repo.overdueRows(ctx.db, filters, today),
    reportingConverter(ctx),
  ]);
  const add = (cell: Cell, r: { count: number; value: number; weightedValue: number; currency: string }) => {
    cell.count += r.count;
    cell.value += fx.toReporting(r.value, r.currency);
    cell.weightedValue += fx.toReporting(r.weightedValue, r.currency);
  };
  const months = Array.from({ length: count }, (_, i) => {
    const month = addMonths(start, i).toISOString().slice(0, 7);
    const total = empty();
    const groups = new Map<string, Cell & { id: string | null; name: string | null }>();
    const markets = new Map<string, Cell & { id: string | null; name: string | null }>();
    for (const r of rows.filter((x) => x.month === month)) {
      add(total, r);
      const g = groups.get(r.salesGroupId ?? '') ?? { id: r.salesGroupId, name: r.salesGroupName, ...empty() };
      add(g, r);
      groups.set(r.salesGroupId ?? '', g);
      const m = markets.get(r.marketId ?? '') ?? { id: r.marketId, name: r.marketName, ...empty() };
      add(m, r);
      markets.set(r.marketId ?? '', m);
    }
    const list = (map: typeof groups) => [...map.values()].map((c) => ({ ...c, ...round(c) })).sort((a, b) => b.value - a.value);
    return { month, ...round(total), bySalesGroup: list(groups), byMarket: list(markets) };
  });
  const late = empty();
  overdue.forEach((r) => add(late, r));
  return { reportingCurrency: fx.currency, missingRates: [...fx.missing], months, overdue: round(late) };
}

const rate = (won: number, lost: number) => (won + lost > 0 ? Math.round((won / (won + lost)) * 1000) / 1000 : null);
const days = (d: number | null) => (d === null ? null : Math.round(d * 10) / 10);

/** Analytics (B7): win rate, cycle length and conversion, per seller, group, market or product; why deals are lost. */
export async function analytics(
  ctx: AppContext,
  query: z.infer<typeof AnalyticsQuery>,
  viewer: { salesGroupId: string | null; marketId: string | null },
): Promise<z.infer<typeof Analytics>> {
  const { by, from, to, ...given } = query;
  const filters = await resolveFilters(ctx, given);
  const fx = await reportingConverter(ctx);
  const process = await processFor(ctx, filters.salesGroupId ?? viewer.salesGroupId, filters.marketId ?? viewer.marketId);
  const [overall, rows, stages, reasons, competitors] = await Promise.all([
    repo.outcomes(ctx.db, null, filters, fx.factors, from, to),
    repo.outcomes(ctx.db, by, filters, fx.factors, from, to),
    repo.stageConversion(ctx.db, process.id),
    repo.lostReasons(ctx.db, filters, from, to),
    repo.competitorLosses(ctx.db, filters, from, to),
  ]);
  const all = overall[0] ?? { won: 0, lost: 0, wonValue: 0, medianWon: null, medianLost: null };
  const byCompetitor = new Map<string, { id: string; name: string; count: number; value: number }>();
  for (const c of competitors) {
    const item = byCompetitor.get(c.id) ?? { id: c.id, name: c.name, count: 0, value: 0 };
    item.count += c.count;
    item.value += fx.toReporting(c.value, c.currency);
    byCompetitor.set(c.id, item);
  }
  return {
    reportingCurrency: fx.currency,
    overall: {
      won: all.won,
      lost: all.lost,
      winRate: rate(all.won, all.lost),
      wonValue: Math.round(all.wonValue),
      medianCycleDays: { won: days(all.medianWon), lost: days(all.medianLost) },
    },
    rows: rows
      .map((r) => ({
        id: r.id,
        name: r.name,
        won: r.won,
        lost: r.lost,
        winRate: rate(r.won, r.lost),
        wonValue: Math.round(r.wonValue),
        medianCycleDaysWon: days(r.medianWon),
      }))
      .sort((a, b) => b.wonValue - a.wonValue),
    stages: stages.map((s) => ({
      key: s.key,
      name: s.name,
      entered: s.entered,
      advanced: s.advanced,
      conversion: s.entered ? Math.round((s.advanced / s.entered) * 1000) / 1000 : null,
      medianDaysInStage: days(s.median_days),
    })),
    lostReasons: reasons,
    competitors: [...byCompetitor.values()].map((c) => ({ ...c, value: Math.round(c.value) })).sort((a, b) => b.count - a.count),
  };
}
