/**
 * Account plans (H1): a plan for every customer, big or small. Pure rules: the stakeholder map's
 * scales, where a stakeholder sits on the map, the plan's health at a glance, and which important
 * accounts lack a plan (or have an outdated one).
 */
import { buyingRoles, type BuyingRole } from './accounts';

/** A light plan for a small customer (goals, actions, review), a full one for a key account. */
export const planTemplates = ['light', 'full'] as const;
export type PlanTemplate = (typeof planTemplates)[number];

export const influenceLevels = ['low', 'medium', 'high'] as const;
export type Influence = (typeof influenceLevels)[number];

/** The stakeholder's attitude to us, from against to for. */
export const attitudes = ['opponent', 'sceptic', 'neutral', 'supporter', 'champion'] as const;
export type Attitude = (typeof attitudes)[number];

export { buyingRoles };
export type { BuyingRole };

export const riskLevels = ['low', 'medium', 'high'] as const;

/** A plan not reviewed for this long is outdated, whatever its review date says. */
export const PLAN_STALE_DAYS = 180;

/**
 * Where a stakeholder sits on the map, as fractions of its width and height (0–1): attitude from
 * left (opponent) to right (champion), influence from bottom (low) to top (high). Several people in
 * one cell are spread along a small circle so none hides another.
 */
export function mapPosition(attitude: Attitude, influence: Influence, indexInCell: number, countInCell: number): { x: number; y: number } {
  const col = attitudes.indexOf(attitude);
  const row = influenceLevels.indexOf(influence);
  const cx = (col + 0.5) / attitudes.length;
  const cy = 1 - (row + 0.5) / influenceLevels.length;
  if (countInCell <= 1) return { x: cx, y: cy };
  const angle = (2 * Math.PI * indexInCell) / countInCell - Math.PI / 2;
  return { x: cx + 0.06 * Math.cos(angle), y: cy + 0.1 * Math.sin(angle) };
}

/** The people a plan must win over: high influence and not yet for us. */
export function needsWork(s: { influence: Influence; attitude: Attitude }): boolean {
  return s.influence === 'high' && (s.attitude === 'opponent' || s.attitude === 'sceptic' || s.attitude === 'neutral');
}

export interface PlanFacts {
  /** yyyy-mm-dd */
  today: string;
  reviewOn: string | null;
  lastReviewedOn: string | null;
  createdOn: string;
  actions: { dueOn: string; done: boolean }[];
  /** Won this year against the plan's target (same currency), when it has one. */
  target: { amount: number; won: number } | null;
}

export const planHealthStates = ['on_track', 'attention', 'outdated'] as const;
export type PlanHealthState = (typeof planHealthStates)[number];

export interface PlanHealth {
  state: PlanHealthState;
  overdueActions: number;
  openActions: number;
  /** Days since the last review (or since the plan was made); never negative. */
  daysSinceReview: number;
  reviewOverdue: boolean;
  /** Won ÷ target, when there is a target. */
  targetProgress: number | null;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * A plan's health at a glance: outdated when its review date has passed or it has not been reviewed
 * for PLAN_STALE_DAYS; needing attention when an action is overdue; otherwise on track.
 */
export function planHealth(f: PlanFacts): PlanHealth {
  const open = f.actions.filter((a) => !a.done);
  const overdueActions = open.filter((a) => a.dueOn < f.today).length;
  const daysSinceReview = Math.max(0, daysBetween(f.lastReviewedOn ?? f.createdOn, f.today));
  const reviewOverdue = f.reviewOn !== null && f.reviewOn < f.today;
  const state: PlanHealthState =
    reviewOverdue || daysSinceReview > PLAN_STALE_DAYS ? 'outdated' : overdueActions > 0 ? 'attention' : 'on_track';
  const targetProgress = f.target && f.target.amount > 0 ? f.target.won / f.target.amount : null;
  return { state, overdueActions, openActions: open.length, daysSinceReview, reviewOverdue, targetProgress };
}

/** Why an important account shows on the leaders' list. */
export const coverageGaps = ['no_plan', 'outdated'] as const;
export type CoverageGap = (typeof coverageGaps)[number];

/**
 * An account is important when it is a global account, or among the most valuable customers
 * (the top `topShare` by won value a year in the leader's scope).
 */
export function importantAccounts<T extends { id: string; isGlobal: boolean; value: number }>(accounts: readonly T[], topShare = 0.2): T[] {
  const ranked = [...accounts].filter((a) => a.value > 0).sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const top = new Set(ranked.slice(0, Math.max(1, Math.ceil(ranked.length * topShare))).map((a) => a.id));
  return accounts.filter((a) => a.isGlobal || top.has(a.id));
}
