import type { z } from 'zod';
import type { Channel, CopyTargets, PutTargets, TargetGrid, Volume, VolumeQuery } from '@contract/targets';
import type { AppContext } from '../../platform/context';
import { writeAudit } from '../../platform/audit';
import { errors } from '../../platform/errors';
import { notifyUnlessSentSince } from '../notifications/service';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';

const channels: Channel[] = ['renewal', 'upsell', 'win_back', 'new'];

/**
 * The target grid (G4): sellers × channels, the company's targets, and per channel the gap between
 * the company target and the sum of the sellers' ("the sum of all sellers must reach at least the
 * company target").
 */
export async function targetGrid(ctx: AppContext, year: number): Promise<z.infer<typeof TargetGrid>> {
  const [rows, people, fx] = await Promise.all([repo.targetsOf(ctx.db, year), repo.sellers(ctx.db), reportingConverter(ctx)]);
  const company: Partial<Record<Channel, number>> = {};
  const perSeller = new Map<string, Partial<Record<Channel, number>>>();
  for (const t of rows) {
    if (t.scope === 'company') company[t.channel] = t.amount;
    if (t.scope === 'seller' && t.userId) perSeller.set(t.userId, { ...perSeller.get(t.userId), [t.channel]: t.amount });
  }
  return {
    year,
    reportingCurrency: fx.currency,
    sellers: people.map((p) => ({ ...p, targets: perSeller.get(p.userId) ?? {} })),
    company,
    gap: channels.map((channel) => {
      const sellers = [...perSeller.values()].reduce((sum, t) => sum + (t[channel] ?? 0), 0);
      const c = company[channel] ?? 0;
      return { channel, company: c, sellers, gap: Math.max(0, Math.round((c - sellers) * 100) / 100) };
    }),
  };
}

/** Set (or with null, remove) targets: a grid pasted from a spreadsheet arrives as one request. */
export async function putTargets(ctx: AppContext, actorId: string, input: z.infer<typeof PutTargets>) {
  for (const [i, e] of input.entries.entries()) {
    const subject = { seller: e.userId, group: e.salesGroupId, market: e.marketId, company: 'company' }[e.scope];
    if (!subject)
      throw errors.invalid(`Entry ${i + 1} needs the ${e.scope} it is for.`, [{ path: `body.entries.${i}`, message: 'missing subject' }]);
  }
  await ctx.db.transaction(async (tx) => {
    for (const e of input.entries) {
      const key = {
        year: input.year,
        scope: e.scope,
        userId: e.scope === 'seller' ? e.userId! : null,
        salesGroupId: e.scope === 'group' ? e.salesGroupId! : null,
        marketId: e.scope === 'market' ? e.marketId! : null,
        channel: e.channel,
      };
      if (e.amount === null) await repo.remove(tx, key);
      else await repo.upsert(tx, { ...key, amount: e.amount });
    }
    await writeAudit(tx, {
      actorId,
      action: 'targets.set',
      entityType: 'targets',
      entityId: String(input.year),
      data: { entries: input.entries.length },
    });
  });
  return targetGrid(ctx, input.year);
}

/** Copy last year's targets with a percentage. */
export async function copyTargets(ctx: AppContext, actorId: string, input: z.infer<typeof CopyTargets>) {
  await ctx.db.transaction(async (tx) => {
    await repo.copyYear(tx, input.fromYear, input.toYear, 1 + input.percent / 100);
    await writeAudit(tx, { actorId, action: 'targets.copied', entityType: 'targets', entityId: String(input.toYear), data: input });
  });
  return targetGrid(ctx, input.toYear);
}

/** Elapsed share of a calendar year at a moment (0 before it, 1 after it). */
export function elapsedShare(year: number, now: Date): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/** Volume against target per channel, for each seller, group or market and the company, with pace. */
export async function volume(ctx: AppContext, query: z.infer<typeof VolumeQuery>): Promise<z.infer<typeof Volume>> {
  const fx = await reportingConverter(ctx);
  const [rows, targetsFor, names] = await Promise.all([
    repo.volume(ctx.db, { fromYear: query.year, toYear: query.year, by: query.by }, fx.factors),
    targetResolver(ctx, query.year),
    repo.namesOf(ctx.db, query.by),
  ]);
  const scopeOf = (id: string): TargetScope =>
    query.by === 'seller' ? { userId: id } : query.by === 'salesGroup' ? { salesGroupId: id } : { marketId: id };
  const progress = (volume: number, target: number | null) => ({
    volume: Math.round(volume),
    target,
    progress: target ? Math.round((volume / target) * 1000) / 1000 : null,
  });
  const line = (vol: (c: Channel) => number, targets: ChannelTargets) => {
    const out = Object.fromEntries(channels.map((c) => [c, progress(vol(c), targets[c])])) as Record<Channel, ReturnType<typeof progress>>;
    const totalTarget = channels.some((c) => targets[c] !== null) ? channels.reduce((s, c) => s + (targets[c] ?? 0), 0) : null;
    return {
      ...out,
      total: progress(
        channels.reduce((s, c) => s + vol(c), 0),
        totalTarget,
      ),
    };
  };
  // everyone with volume or a target (a group or market has one through its sellers' too)
  const withTarget = names.filter((n) => channels.some((c) => targetsFor(scopeOf(n.id))[c] !== null)).map((n) => n.id);
  const ids = [...new Set([...rows.map((r) => r.id), ...withTarget])];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    year: query.year,
    reportingCurrency: fx.currency,
    elapsed: Math.round(elapsedShare(query.year, ctx.clock.now()) * 1000) / 1000,
    company: line((c) => rows.filter((r) => r.channel === c).reduce((s, r) => s + r.volume, 0), targetsFor({})),
    rows: ids
      .map((id) => ({
        id,
        name: (id && nameOf.get(id)) ?? null,
        ...line(
          (c) => rows.filter((r) => r.id === id && r.channel === c).reduce((s, r) => s + r.volume, 0),
          id ? targetsFor(scopeOf(id)) : { renewal: null, upsell: null, win_back: null, new: null },
        ),
      }))
      .sort((a, b) => b.total.volume - a.total.volume),
  };
}

/** Won volume rows per channel by a dimension or period (see `repo.volume`), for the overview and the account page. */
export function volumeRows(
  ctx: AppContext,
  q: { fromYear: number; toYear: number; by: repo.VolumeKey; scope?: repo.VolumeScope },
  fx: { currency: string; factor: number }[],
) {
  return repo.volume(ctx.db, q, fx);
}

/** Volume by month and, from the same pass, by a dimension (none: only the months). */
export async function volumeByMonthAnd(
  ctx: AppContext,
  q: { fromYear: number; toYear: number; scope?: repo.VolumeScope },
  by: 'market' | 'salesGroup' | 'seller' | null,
  fx: { currency: string; factor: number }[],
) {
  if (!by) return [await repo.volume(ctx.db, { ...q, by: 'month' }, fx), []] as const;
  return repo.volumeBy2(ctx.db, q, ['month', by], fx);
}

export interface TargetScope {
  marketId?: string;
  salesGroupId?: string;
  userId?: string;
}
export type ChannelTargets = Record<Channel, number | null>;

/**
 * The targets of a year for any scope of the overview, per channel: a seller's own; for a group, a
 * market or the company the target set for it, and where none is set the sum of its sellers'
 * targets (null when there is neither).
 */
export async function targetResolver(ctx: AppContext, year: number): Promise<(scope: TargetScope) => ChannelTargets> {
  const [rows, people] = await Promise.all([repo.targetsOf(ctx.db, year), repo.sellers(ctx.db)]);
  const sellerOf = new Map(people.map((p) => [p.userId, p]));
  return (scope) => {
    const explicit = rows.filter((t) =>
      scope.userId
        ? t.scope === 'seller' && t.userId === scope.userId
        : scope.salesGroupId && scope.marketId
          ? false
          : scope.salesGroupId
            ? t.scope === 'group' && t.salesGroupId === scope.salesGroupId
            : scope.marketId
              ? t.scope === 'market' && t.marketId === scope.marketId
              : t.scope === 'company',
    );
    const sellers = rows.filter((t) => {
      const who = t.scope === 'seller' && t.userId ? sellerOf.get(t.userId) : undefined;
      return (
        !!who &&
        !scope.userId &&
        (!scope.salesGroupId || who.salesGroupId === scope.salesGroupId) &&
        (!scope.marketId || who.marketId === scope.marketId)
      );
    });
    const sum = (list: typeof rows, c: Channel) => {
      const hits = list.filter((t) => t.channel === c);
      return hits.length ? hits.reduce((s, t) => s + t.amount, 0) : null;
    };
    return Object.fromEntries(channels.map((c) => [c, sum(explicit, c) ?? sum(sellers, c)])) as ChannelTargets;
  };
}

/** How far behind the year's pace a seller may fall before being told. */
const paceTolerance = 0.1;

/**
 * Daily: a seller whose volume is more than 10 points behind the share of the year gone ("at 31 %
 * with 50 % of the year gone") is told, and so is their group's leader — at most once a week.
 */
export async function alertBehindPace(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const year = now.getUTCFullYear();
  const elapsed = elapsedShare(year, now);
  if (elapsed < paceTolerance) return 0;
  const fx = await reportingConverter(ctx);
  const [targetsFor, rows, people, leaders] = await Promise.all([
    targetResolver(ctx, year),
    repo.volume(ctx.db, { fromYear: year, toYear: year, by: 'seller' }, fx.factors),
    repo.sellers(ctx.db),
    repo.groupLeaders(ctx.db),
  ]);
  const notices = people.flatMap((p) => {
    const targets = targetsFor({ userId: p.userId });
    const target = channels.reduce((s, c) => s + (targets[c] ?? 0), 0);
    if (target <= 0) return [];
    const progress = rows.filter((r) => r.id === p.userId).reduce((s, r) => s + r.volume, 0) / target;
    if (progress >= elapsed - paceTolerance) return [];
    const data = { year, progress: Math.round(progress * 100), elapsed: Math.round(elapsed * 100) };
    const leader = p.salesGroupId ? leaders.get(p.salesGroupId) : undefined;
    const link = `/insights?year=${year}&userId=${p.userId}`;
    return [
      { userId: p.userId, kind: 'targets.behind_pace', data, link },
      // the leader hears whose pace it is
      ...(leader ? [{ userId: leader, kind: 'targets.behind_pace', data: { ...data, seller: p.name }, link }] : []),
    ];
  });
  return notifyUnlessSentSince(ctx, notices, new Date(now.getTime() - 7 * 86_400_000));
}
