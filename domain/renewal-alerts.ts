/**
 * Renewal due (K2): a customer's agreement (a won deal's `agreement_ends_on`) coming to its end tells
 * its seller — and the account's owner — at each threshold before it, once per agreement and threshold.
 * Pure: the scheduled job asks `thresholdsCrossed` for each agreement ending within the widest one.
 */

/** Days before an agreement ends when its seller hears of it, unless the organisation chooses others. */
export const DEFAULT_RENEWAL_ALERT_DAYS: readonly number[] = [60, 30];

const DAY_MS = 86_400_000;

/** Whole days from `today` (an ISO day) to `endsOn` (an ISO day); negative once it has ended. */
export function daysUntil(today: string, endsOn: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * The thresholds an agreement ending in `daysLeft` days has reached (each one it is within), the
 * tightest first; none once it has ended. An agreement first seen at 20 days has reached both 60 and
 * 30: one alert is enough, the tightest, and both are spent.
 */
export function thresholdsCrossed(daysLeft: number, thresholds: readonly number[]): number[] {
  if (daysLeft < 0) return [];
  return thresholds.filter((t) => daysLeft <= t).sort((a, b) => a - b);
}
