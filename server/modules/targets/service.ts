import type { z } from 'zod';
import type { Channel, CopyTargets, PutTargets, TargetGrid, Volume, VolumeQuery } from '@contract/targets';
import type { AppContext } from '../../platform/context';
import { writeAudit } from '../../platform/audit';
import { errors } from '../../platform/errors';
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
function elapsedShare(year: number, now: Date): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/** Volume against target per channel, for each seller, group or market and the company, with pace. */
export async function volume(ctx: AppContext, query: z.infer<typeof VolumeQuery>): Promise<z.infer<typeof Volume>> {
  const fx = await reportingConverter(ctx);
  const [rows, targets] = await Promise.all([repo.volume(ctx.db, query.year, query.by, fx.factors), repo.targetsOf(ctx.db, query.year)]);
  const scope = { seller: 'seller', salesGroup: 'group', market: 'market' }[query.by];
  const subjectOf = (t: repo.TargetRow) => (scope === 'seller' ? t.userId : scope === 'group' ? t.salesGroupId : t.marketId);
  const progress = (volume: number, target: number | null) => ({
    volume: Math.round(volume),
    target,
    progress: target ? Math.round((volume / target) * 1000) / 1000 : null,
  });
  const line = (vol: (c: Channel) => number, target: (c: Channel) => number | null) => {
    const out = Object.fromEntries(channels.map((c) => [c, progress(vol(c), target(c))])) as Record<Channel, ReturnType<typeof progress>>;
    const totalTarget = channels.some((c) => target(c) !== null) ? channels.reduce((s, c) => s + (target(c) ?? 0), 0) : null;
    return {
      ...out,
      total: progress(
        channels.reduce((s, c) => s + vol(c), 0),
        totalTarget,
      ),
    };
  };
  const ids = [...new Set([...rows.map((r) => r.id), ...targets.filter((t) => t.scope === scope).map(subjectOf)])];
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  return {
    year: query.year,
    reportingCurrency: fx.currency,
    elapsed: Math.round(elapsedShare(query.year, ctx.clock.now()) * 1000) / 1000,
    company: line(
      (c) => rows.filter((r) => r.channel === c).reduce((s, r) => s + r.volume, 0),
      (c) => targets.find((t) => t.scope === 'company' && t.channel === c)?.amount ?? null,
    ),
    rows: ids
      .map((id) => ({
        id,
        name: nameOf.get(id) ?? null,
        ...line(
          (c) => rows.filter((r) => r.id === id && r.channel === c).reduce((s, r) => s + r.volume, 0),
          (c) => targets.find((t) => t.scope === scope && subjectOf(t) === id && t.channel === c)?.amount ?? null,
        ),
      }))
      .sort((a, b) => b.total.volume - a.total.volume),
  };
}
