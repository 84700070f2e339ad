/**
 * Retention (J2): why customers leave, and whom to win back. Pure rules: the default churn reasons,
 * when a lost deal needs one, the periods of the churn report and the order of the win-back list.
 */
import type { Channel } from './channels';

/**
 * The reasons an organisation starts with (migration 0036 seeds them; admins add their own, which
 * have a label instead of a key, and retire any). Keys are stable, so reports add up across renames.
 */
export const defaultChurnReasonKeys = [
  'price',
  'competitor',
  'product_fit',
  'service',
  'relationship',
  'budget',
  'business_closed',
  'merged',
  'other',
] as const;
export type DefaultChurnReasonKey = (typeof defaultChurnReasonKeys)[number];

/** English names of the default reasons, for the timeline (the web says them in the reader's language). */
export const churnReasonNames: Record<DefaultChurnReasonKey, string> = {
  price: 'Price',
  competitor: 'Went to a competitor',
  product_fit: 'Product did not fit their needs',
  service: 'Unhappy with the service',
  relationship: 'Lost the relationship',
  budget: 'Budget cut',
  business_closed: 'Business closed down',
  merged: 'Merged or acquired',
  other: 'Other',
};

/** What was lost: the whole customer, or a renewal of an agreement. */
export const churnKinds = ['account', 'renewal'] as const;
export type ChurnKind = (typeof churnKinds)[number];

/**
 * A lost deal needs a churn reason when losing it loses business the customer had: a renewal
 * (an extension of an agreement it has or recently had). A lost new sale or upsell is not churn.
 */
export function needsChurnReason(channel: Channel | null): boolean {
  return channel === 'renewal';
}

/** The name of a reason: its key's name, or the label an admin gave it. */
export function churnReasonName(r: { key: string | null; label: string | null }): string {
  return r.key && r.key in churnReasonNames ? churnReasonNames[r.key as DefaultChurnReasonKey] : (r.label ?? '');
}

export const churnPeriods = ['month', 'quarter', 'year'] as const;
export type ChurnPeriod = (typeof churnPeriods)[number];

/** The period a day (yyyy-mm-dd) falls in: 2026-03, 2026-Q1, 2026. */
export function periodOf(day: string, period: ChurnPeriod): string {
  const year = day.slice(0, 4);
  if (period === 'year') return year;
  if (period === 'month') return day.slice(0, 7);
  return `${year}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export interface WinBackCandidate {
  accountId: string;
  /** What the customer bought in all, at annual value in the reporting currency. */
  formerValue: number;
  /** The last day it had business (yyyy-mm-dd), if ever. */
  lastBusinessOn: string | null;
  name: string;
}

/**
 * The win-back list's order: the most valuable former customers first; of equal value, the one that
 * left most recently (still warm), then by name.
 */
export function rankWinBack<T extends WinBackCandidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) =>
      b.formerValue - a.formerValue ||
      (b.lastBusinessOn ?? '').localeCompare(a.lastBusinessOn ?? '') ||
      a.name.localeCompare(b.name) ||
      a.accountId.localeCompare(b.accountId),
  );
}

/** A win-back is started only for a customer who had business and has none now. */
export const winBackStatuses = ['passive', 'lost'] as const;
export function mayWinBack(status: string): boolean {
  return (winBackStatuses as readonly string[]).includes(status);
}
