import type { z } from 'zod';
import { MAX_TARGET_AMOUNT, type CopyTargets, type PutTargets, type TargetGrid, type Volume, type VolumeQuery } from '@contract/targets';
import { channels, type Channel } from '@domain/channels';
import { progressOf, round3 } from '@domain/kpis';
import {
  alertsOnPace,
  elapsedShare,
  paceOf,
  resolveTargets,
  targetGap,
  totalTarget,
  type ChannelTargets,
  type TargetScope,
} from '@domain/targets';
import { maySetCompanyTargets, maySetTarget, type TargetSubject, type Viewer } from '@domain/access';
import type { Actor } from '../../platform/auth';
import { inTransaction, isInTransaction, type AppContext } from '../../platform/context';
import { writeAudit } from '../../platform/audit';
import { channelOf, type FieldChange } from '@domain/audit';
import { AppError, errors } from '../../platform/errors';
import { notifyUnlessSentSince } from '../notifications/service';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';

/**
 * The target grid (G4): sellers × channels, the company's targets, and per channel the gap between
 * the company target and the sum of the sellers' ("the sum of all sellers must reach at least the
 * company target").
 */
export async function targetGrid(ctx: AppContext, year: number, viewer: Viewer): Promise<z.infer<typeof TargetGrid>> {
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
    sellers: people.map((p) => ({
      ...p,
      targets: perSeller.get(p.userId) ?? {},
      editable: maySetTarget(viewer, { scope: 'seller', seller: p }),
    })),
    company,
    gap: targetGap(company, [...perSeller.values()]),
    can: { setCompany: maySetCompanyTargets(viewer), copyYear: maySetCompanyTargets(viewer) },
  };
}

/** Set (or with null, remove) targets: a grid pasted from a spreadsheet arrives as one request. Each entry must be the actor's to set. */
export async function putTargets(ctx: AppContext, actor: Actor, input: z.infer<typeof PutTargets>) {
  for (const [i, e] of input.entries.entries()) {
    const subject = { seller: e.userId, group: e.salesGroupId, market: e.marketId, company: 'company' }[e.scope];
    if (!subject)
      throw errors.invalid(`Entry ${i + 1} needs the ${e.scope} it is for.`, [{ path: `body.entries.${i}`, message: 'missing subject' }]);
  }
  await inTransaction(ctx, async (tx) => {
    const sellers = new Map(
      (
        await repo.placements(
          tx.db,
          input.entries.flatMap((e) => (e.scope === 'seller' ? [e.userId!] : [])),
        )
      ).map((p) => [p.userId, p]),
    );
    for (const [i, e] of input.entries.entries()) {
      const seller = e.scope === 'seller' ? sellers.get(e.userId!) : undefined;
      if (e.scope === 'seller' && !seller)
        throw errors.invalid(`Entry ${i + 1} is for a user who does not exist.`, [
          { path: `body.entries.${i}.userId`, message: 'unknown user' },
        ]);
      const target: TargetSubject =
        e.scope === 'seller'
          ? { scope: 'seller', seller: seller! }
          : e.scope === 'group'
            ? { scope: 'group', salesGroupId: e.salesGroupId! }
            : e.scope === 'market'
              ? { scope: 'market', marketId: e.marketId! }
              : { scope: 'company' };
      if (!maySetTarget(actor, target))
        throw errors.forbidden(
          e.scope === 'company'
            ? 'Only management and admins set the company’s targets.'
            : 'A sales leader sets the targets of the groups and markets they lead, and of the sellers in them.',
        );
    }
    const changes: FieldChange[] = [];
    for (const e of input.entries) {
      const key = {
        year: input.year,
        scope: e.scope,
        userId: e.scope === 'seller' ? e.userId! : null,
        salesGroupId: e.scope === 'group' ? e.salesGroupId! : null,
        marketId: e.scope === 'market' ? e.marketId! : null,
        channel: e.channel,
      };
      const before = await repo.amountOf(tx.db, key);
      if (e.amount === null) await repo.remove(tx.db, key);
      else await repo.upsert(tx.db, { ...key, amount: e.amount });
      if (before !== e.amount) {
        const who = key.userId ?? key.salesGroupId ?? key.marketId ?? 'company';
        changes.push({ field: `${key.scope}:${who}:${key.channel}`, from: before, to: e.amount });
      }
    }
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'targets.set',
      entityType: 'targets',
      entityId: String(input.year),
      data: { entries: input.entries.length, year: input.year },
      changes,
      channel: channelOf(actor),
      at: tx.clock.now(),
    });
  });
  return targetGrid(ctx, input.year, actor);
}

/** Copy last year's targets with a percentage. */
export async function copyTargets(ctx: AppContext, actor: Actor, input: z.infer<typeof CopyTargets>) {
  if (!maySetCompanyTargets(actor)) throw errors.forbidden('Only management and admins copy a whole year’s targets.');
  const factor = 1 + input.percent / 100;
  await inTransaction(ctx, async (tx) => {
    const largest = await repo.largestAmount(tx.db, input.fromYear);
    if (largest * factor > MAX_TARGET_AMOUNT) {
      throw new AppError('out_of_range', `Copied with ${input.percent} %, a target would exceed ${MAX_TARGET_AMOUNT.toExponential()}.`, [
        { path: 'body.percent', message: 'too large for the largest target' },
      ]);
    }
    await repo.copyYear(tx.db, input.fromYear, input.toYear, factor);
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'targets.copied',
      entityType: 'targets',
      entityId: String(input.toYear),
      data: input,
    });
  });
  return targetGrid(ctx, input.toYear, actor);
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
  const elapsed = elapsedShare(query.year, ctx.clock.now());
  const line = (vol: (c: Channel) => number, targets: ChannelTargets) => ({
    ...(Object.fromEntries(channels.map((c) => [c, progressOf(vol(c), targets[c], elapsed)])) as Record<
      Channel,
      ReturnType<typeof progressOf>
    >),
    total: progressOf(
      channels.reduce((s, c) => s + vol(c), 0),
      totalTarget(targets),
      elapsed,
    ),
  });
  // everyone with volume or a target (a group or market has one through its sellers' too)
  const withTarget = names.filter((n) => channels.some((c) => targetsFor(scopeOf(n.id))[c] !== null)).map((n) => n.id);
  const ids = [...new Set([...rows.map((r) => r.id), ...withTarget])];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    year: query.year,
    reportingCurrency: fx.currency,
    elapsed: round3(elapsed),
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

/** Won volume of some accounts (a group of companies) in a year, per account, in the reporting currency. */
export function volumeOfAccounts(ctx: AppContext, accountIds: readonly string[], year: number, fx: { currency: string; factor: number }[]) {
  return repo.volumeByAccount(ctx.db, accountIds, { fromYear: year, toYear: year }, fx);
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

type Resolver = (scope: TargetScope) => ChannelTargets;

/**
 * Resolvers read, per database handle (the primary, a replica) and year, with the stamp of the
 * sources they were read at (migration 0062). Outside a transaction only: one could hold changes it
 * has not committed — or will roll back — under a stamp another commit then takes.
 */
const resolvers = new WeakMap<object, Map<number, { stamp: string; at: number; resolver: Promise<Resolver> }>>();
/** A last bound: a write that skips the triggers (a bulk load with replication role `replica`) is read again after this. */
const TRUST_MS = 10 * 60_000;

/**
 * The targets of a year for any scope of the overview, per channel (domain/targets.ts
 * `resolveTargets`): read once, resolved for as many scopes as the caller asks — and kept until the
 * targets or the sellers change, so a large company's overview does not read its thousands of
 * target rows on every request. The stamp is read before the rows: rows newer than their stamp are
 * harmless (the next stamp reads them again), older ones cannot happen.
 */
export async function targetResolver(ctx: AppContext, year: number): Promise<Resolver> {
  if (isInTransaction(ctx)) return readResolver(ctx, year);
  const stamp = await repo.targetSourcesStamp(ctx.db);
  if (stamp === null) return readResolver(ctx, year);
  const years = resolvers.get(ctx.db) ?? new Map<number, { stamp: string; at: number; resolver: Promise<Resolver> }>();
  resolvers.set(ctx.db, years);
  const kept = years.get(year);
  const now = Date.now();
  if (kept?.stamp === stamp && now - kept.at < TRUST_MS) return kept.resolver;
  if (years.size >= 8) years.clear();
  const resolver = readResolver(ctx, year);
  years.set(year, { stamp, at: now, resolver });
  resolver.catch(() => years.get(year)?.resolver === resolver && years.delete(year));
  return resolver;
}

async function readResolver(ctx: AppContext, year: number): Promise<Resolver> {
  const [rows, people] = await Promise.all([repo.targetsOf(ctx.db, year), repo.sellers(ctx.db)]);
  // each scope resolved once for as long as the resolver is kept (a group's overview asks for each of its sellers)
  const resolved = new Map<string, ChannelTargets>();
  return (scope) => {
    const key = `${scope.userId ?? ''}|${scope.salesGroupId ?? ''}|${scope.marketId ?? ''}`;
    let targets = resolved.get(key);
    if (!targets) resolved.set(key, (targets = Object.freeze(resolveTargets(rows, people, scope))));
    return targets;
  };
}

/**
 * Daily: a seller far behind the year's pace (domain/targets.ts: under 80 % of the share of the
 * year gone — "at 31 % with 50 % of the year gone") is told, and so is their group's leader — at
 * most once a week.
 */
export async function alertBehindPace(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const year = now.getUTCFullYear();
  const elapsed = elapsedShare(year, now);
  const fx = await reportingConverter(ctx);
  const [targetsFor, rows, people, leaders] = await Promise.all([
    targetResolver(ctx, year),
    repo.volume(ctx.db, { fromYear: year, toYear: year, by: 'seller' }, fx.factors),
    repo.sellers(ctx.db),
    repo.groupLeaders(ctx.db),
  ]);
  const notices = people.flatMap((p) => {
    const target = totalTarget(targetsFor({ userId: p.userId }));
    if (!target) return [];
    const progress = rows.filter((r) => r.id === p.userId).reduce((s, r) => s + r.volume, 0) / target;
    if (!alertsOnPace(paceOf(progress, elapsed))) return [];
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

/** A seller's won volume this year against their targets per channel, and the share of the year gone (a one-to-one's agenda). */
export async function sellerProgress(ctx: AppContext, userId: string) {
  const now = ctx.clock.now();
  const year = now.getUTCFullYear();
  const fx = await reportingConverter(ctx);
  const [rows, targetsFor] = await Promise.all([
    repo.volume(ctx.db, { fromYear: year, toYear: year, by: 'seller', scope: { ownerId: userId } }, fx.factors),
    targetResolver(ctx, year),
  ]);
  const targets = targetsFor({ userId });
  return {
    currency: fx.currency,
    elapsed: elapsedShare(year, now),
    channels: channels.map((channel) => ({
      channel,
      target: targets[channel],
      volume: rows.filter((r) => r.id === userId && r.channel === channel).reduce((s, r) => s + r.volume, 0),
    })),
  };
}
