/**
 * Targets (G4) and keeping pace with them. Targets are set per channel for a seller, a sales group,
 * a market or the company. A group, market or the company without a target of its own has the sum of
 * its sellers' targets. "The sum of all sellers must reach at least the company target": the gap.
 */
import { channels, type Channel } from './channels';

export const targetScopes = ['seller', 'group', 'market', 'company'] as const;
export type TargetScopeKind = (typeof targetScopes)[number];

/** The levels of the overview's drill-down, top to bottom. */
export const overviewLevels = ['company', 'market', 'salesGroup', 'seller'] as const;
export type OverviewLevel = (typeof overviewLevels)[number];

export type ChannelTargets = Record<Channel, number | null>;

export interface TargetRow {
  scope: TargetScopeKind;
  userId: string | null;
  salesGroupId: string | null;
  marketId: string | null;
  channel: Channel;
  amount: number;
}

/** Where a seller belongs, for adding their targets up to a group's or market's. */
export interface SellerPlace {
  userId: string;
  salesGroupId: string | null;
  marketId: string | null;
}

/** A seller, or a group or market (or both: a group within a market), or the company ({}). */
export interface TargetScope {
  userId?: string;
  salesGroupId?: string;
  marketId?: string;
}

export function levelOf(scope: TargetScope): OverviewLevel {
  return scope.userId ? 'seller' : scope.salesGroupId ? 'salesGroup' : scope.marketId ? 'market' : 'company';
}

/** A year's targets set for exactly this scope (a group within a market has none of its own). */
function ownTargets(rows: readonly TargetRow[], scope: TargetScope): TargetRow[] {
  const level = levelOf(scope);
  if (scope.salesGroupId && scope.marketId && !scope.userId) return [];
  return rows.filter((t) =>
    level === 'seller'
      ? t.scope === 'seller' && t.userId === scope.userId
      : level === 'salesGroup'
        ? t.scope === 'group' && t.salesGroupId === scope.salesGroupId
        : level === 'market'
          ? t.scope === 'market' && t.marketId === scope.marketId
          : t.scope === 'company',
  );
}

/**
 * The targets of a scope per channel: its own; where it has none for a channel, the sum of its
 * sellers' (null when there is neither). A seller has only their own.
 */
export function resolveTargets(rows: readonly TargetRow[], sellers: readonly SellerPlace[], scope: TargetScope): ChannelTargets {
  const own = ownTargets(rows, scope);
  const placeOf = new Map(sellers.map((s) => [s.userId, s]));
  const ofSellers = scope.userId
    ? []
    : rows.filter((t) => {
        const who = t.scope === 'seller' && t.userId ? placeOf.get(t.userId) : undefined;
        return (
          !!who && (!scope.salesGroupId || who.salesGroupId === scope.salesGroupId) && (!scope.marketId || who.marketId === scope.marketId)
        );
      });
  const sum = (list: readonly TargetRow[], c: Channel) => {
    const hits = list.filter((t) => t.channel === c);
    return hits.length ? hits.reduce((s, t) => s + t.amount, 0) : null;
  };
  return Object.fromEntries(channels.map((c) => [c, sum(own, c) ?? sum(ofSellers, c)])) as ChannelTargets;
}

/** All channels' targets together; null when no channel has one. */
export function totalTarget(targets: ChannelTargets): number | null {
  return channels.some((c) => targets[c] !== null) ? channels.reduce((s, c) => s + (targets[c] ?? 0), 0) : null;
}

/** Per channel: the company's target, the sum of the sellers' targets, and what is missing (never negative). */
export function targetGap(company: Partial<Record<Channel, number>>, sellers: readonly Partial<Record<Channel, number>>[]) {
  return channels.map((channel) => {
    const ofSellers = sellers.reduce((sum, t) => sum + (t[channel] ?? 0), 0);
    const c = company[channel] ?? 0;
    return { channel, company: c, sellers: ofSellers, gap: Math.max(0, Math.round((c - ofSellers) * 100) / 100) };
  });
}

/** Share of a calendar year gone at a moment (0 before it, 1 after it). */
export function elapsedShare(year: number, now: Date): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/**
 * How volume keeps pace with the year: reached the target; on pace (at least the share of the year
 * gone); behind (at least 80 % of that pace); or far behind. "At 41 % with 50 % of the year gone" is
 * 82 % of the pace: behind; at 39 %: far behind. Before a tenth of the year is gone it is too early
 * to judge: on pace.
 */
export const paceLevels = ['reached', 'onPace', 'behind', 'farBehind'] as const;
export type Pace = (typeof paceLevels)[number];
export const paceRules = { behindFrom: 0.8, judgeAfterElapsed: 0.1 } as const;

export function paceOf(progress: number | null, elapsed: number): Pace | null {
  if (progress === null) return null;
  if (progress >= 1) return 'reached';
  if (elapsed < paceRules.judgeAfterElapsed || progress >= elapsed) return 'onPace';
  return progress >= elapsed * paceRules.behindFrom ? 'behind' : 'farBehind';
}

/** A seller far behind pace is told, and so is their leader. */
export const alertsOnPace = (pace: Pace | null) => pace === 'farBehind';
