import type { z } from 'zod';
import type { Overview, OverviewQuery, Renewals, RenewalsQuery, WinFeed } from '@contract/overview';
import { channels, type Channel } from '@domain/channels';
import { coverage, progressOf, rate, round3, winRate } from '@domain/kpis';
import { addMonths } from '@domain/pipeline/aging';
import { elapsedShare, levelOf, totalTarget } from '@domain/targets';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { invoicedIn } from '../invoices/service';
import { reportingConverter } from '../pipeline/service';
import { targetResolver, volumeByMonthAnd } from '../targets/service';
import * as repo from './repo';

type Level = z.infer<typeof Overview>['level'];
/** Drill-down: company → markets → groups → sellers. */
const nextLevel: Record<Level, repo.Dimension | null> = { company: 'market', market: 'salesGroup', salesGroup: 'seller', seller: null };
const renewalWindowDays = 90;

/**
 * The management overview (K1, K2): the common KPIs for the company or one scope of the drill-down,
 * and the next level down to drill into. Every figure is in the reporting currency.
 */
export async function overview(ctx: AppContext, query: OverviewQuery): Promise<Overview> {
  const { year, ...filters } = query;
  // a seller is looked at as a person: all their deals, whichever market or group they are in
  const scope: repo.Scope = filters.userId ? { userId: filters.userId } : filters;
  const level = levelOf(scope);
  const name = await repo.levelName(ctx.db, scope);
  if (name === null) throw errors.notFound(`The ${level === 'salesGroup' ? 'sales group' : level}`);
  const below = nextLevel[level];
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const fx = await reportingConverter(ctx);
  const volumeScope = { ownerId: scope.userId, salesGroupId: scope.salesGroupId, marketId: scope.marketId };
  const [targetsFor, [byMonth, byBelow], invoiced, stages, outcomes, quotes, handoffs, renewals, breakdown] = await Promise.all([
    targetResolver(ctx, year),
    // the months and the level below from one pass over the won deals
    volumeByMonthAnd(ctx, { fromYear: year, toYear: year, scope: volumeScope }, below, fx.factors),
    invoicedIn(ctx, year, scope, fx.factors),
    repo.openByStage(ctx.db, scope, year, fx.factors),
    repo.outcomes(ctx.db, below, scope, addMonths(now, -12)),
    repo.outstandingQuotes(ctx.db, scope, fx.factors),
    repo.handoffSummary(ctx.db, scope, year, now),
    repo.renewalTotals(
      ctx.db,
      scope,
      today,
      new Date(now.getTime() + renewalWindowDays * 86_400_000).toISOString().slice(0, 10),
      fx.factors,
    ),
    below ? breakdownOf(ctx, below, scope, year, fx.factors) : Promise.resolve(null),
  ]);
  const targets = targetsFor(scope);
  const elapsed = elapsedShare(year, now);
  // the year's volume is the sum of its months (one pass over the won deals, not two)
  const volumeOf = (c: Channel) => byMonth.filter((r) => r.channel === c).reduce((s, r) => s + r.volume, 0);
  const totalVolume = channels.reduce((s, c) => s + volumeOf(c), 0);
  const yearTarget = totalTarget(targets);
  const closingInYear = stages.reduce((s, r) => s + r.closingInYear, 0);
  const overall = outcomes.find((o) => o.total) ?? { won: 0, lost: 0, medianWonDays: null };
  const byStage = new Map<string, { stageId: string; key: string; name: string; count: number; value: number }>();
  for (const s of stages) {
    // local process variants reuse the global stage keys: one bar per key
    const item = byStage.get(s.key) ?? { stageId: s.stageId, key: s.key, name: s.name, count: 0, value: 0 };
    item.count += s.count;
    item.value += s.value;
    byStage.set(s.key, item);
  }
  return {
    year,
    reportingCurrency: fx.currency,
    elapsed: round3(elapsed),
    level,
    name,
    volume: {
      ...(Object.fromEntries(channels.map((c) => [c, progressOf(volumeOf(c), targets[c], elapsed)])) as Record<
        Channel,
        ReturnType<typeof progressOf>
      >),
      total: progressOf(totalVolume, yearTarget, elapsed),
    },
    volumeByMonth: Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      const of = (c: Channel) => Math.round(byMonth.filter((r) => r.id === month && r.channel === c).reduce((s, r) => s + r.volume, 0));
      return {
        month,
        renewal: of('renewal'),
        upsell: of('upsell'),
        win_back: of('win_back'),
        new: of('new'),
        target: yearTarget === null ? null : Math.round(yearTarget / 12),
      };
    }),
    invoiced: Math.round(invoiced),
    pipeline: {
      open: stages.reduce((s, r) => s + r.count, 0),
      value: Math.round(closingInYear),
      weighted: Math.round(stages.reduce((s, r) => s + r.weighted, 0)),
      coverage: coverage(closingInYear, yearTarget, totalVolume),
      byStage: [...byStage.values()].map((s) => ({ ...s, value: Math.round(s.value) })),
    },
    winRate: winRate(overall.won, overall.lost),
    medianCycleDays: overall.medianWonDays === null ? null : Math.round(overall.medianWonDays),
    outstandingQuotes: { count: quotes.count, value: Math.round(quotes.value) },
    handoffs: {
      given: handoffs.given,
      received: handoffs.received,
      answered: handoffs.answered,
      won: handoffs.won,
      feedbackRate: rate(handoffs.reported, handoffs.accepted),
      overdue: handoffs.overdue,
    },
    renewalsDue: { count: renewals.count, value: Math.round(renewals.value) },
    breakdown: (breakdown ?? [])
      .map((b) => ({ ...b, volume: byBelow.filter((v) => v.id === b.id).reduce((sum, v) => sum + v.volume, 0) }))
      .sort((a, b) => b.volume - a.volume || b.pipeline - a.pipeline || a.name.localeCompare(b.name))
      .map((b) => {
        const o = outcomes.find((x) => !x.total && x.id === b.id);
        const { volume, target, progress, pace } = progressOf(b.volume, totalTarget(targetsFor(b.scope)), elapsed);
        return {
          level: levelOf(b.scope),
          id: b.id,
          name: b.name,
          volume,
          target,
          progress,
          pace,
          pipeline: Math.round(b.pipeline),
          winRate: o ? winRate(o.won, o.lost) : null,
        };
      }),
  };
}

/** The members of the next level down with their pipeline (their volume comes with the months'). */
async function breakdownOf(ctx: AppContext, by: repo.Dimension, scope: repo.Scope, year: number, fx: repo.Fx) {
  const [members, pipeline] = await Promise.all([repo.members(ctx.db, by, scope), repo.pipelineBy(ctx.db, by, scope, year, fx)]);
  const key = { market: 'marketId', salesGroup: 'salesGroupId', seller: 'userId' } as const;
  return members.map((m) => ({
    id: m.id,
    name: m.name,
    scope: { ...scope, [key[by]]: m.id },
    pipeline: pipeline.find((p) => p.id === m.id)?.value ?? 0,
  }));
}

/** Deals won lately in a scope; a won renewal is celebrated (J1). */
export async function wins(ctx: AppContext, query: Omit<OverviewQuery, 'year'>): Promise<z.infer<typeof WinFeed>> {
  const fx = await reportingConverter(ctx);
  const rows = await repo.recentWins(ctx.db, query, 15, fx.factors);
  return rows.map((r) => ({ ...r, annualValue: Math.round(r.annualValue), celebrate: r.channel === 'renewal' }));
}

/** The renewal calendar (J1): agreements ending in the coming months. */
export async function renewals(ctx: AppContext, query: z.infer<typeof RenewalsQuery>): Promise<z.infer<typeof Renewals>> {
  const { months, ...scope } = query;
  const now = ctx.clock.now();
  const fx = await reportingConverter(ctx);
  const rows = await repo.renewals(
    ctx.db,
    scope,
    now.toISOString().slice(0, 10),
    addMonths(now, months).toISOString().slice(0, 10),
    fx.factors,
  );
  return {
    reportingCurrency: fx.currency,
    items: rows.map((r) => ({ ...r, products: r.products ?? [], annualValue: Math.round(r.annualValue) })),
  };
}
