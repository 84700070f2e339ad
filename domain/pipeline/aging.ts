/**
 * Time matters (B4): a typical cycle is 6–9 months. An open opportunity older than `maxAgeMonths`
 * whose expected close is not within the next month is proposed as Lost: timed out. One with no
 * activity for `staleAfterDays` is stale.
 */
export interface AgingRules {
  maxAgeMonths: number;
  staleAfterDays: number;
}

export const defaultAgingRules: AgingRules = { maxAgeMonths: 6, staleAfterDays: 30 };

const DAY = 86_400_000;

export function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + months);
  r.setUTCDate(Math.min(day, new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate()));
  return r;
}

export function ageInDays(createdAt: Date, now: Date): number {
  return Math.floor((now.getTime() - createdAt.getTime()) / DAY);
}

export function isTimedOut(
  o: { createdAt: Date; expectedCloseOn: string | null; closed: boolean },
  now: Date,
  rules: AgingRules = defaultAgingRules,
): boolean {
  if (o.closed) return false;
  if (addMonths(o.createdAt, rules.maxAgeMonths) > now) return false;
  if (o.expectedCloseOn === null) return true;
  const close = new Date(`${o.expectedCloseOn}T00:00:00Z`);
  const withinNextMonth = close >= new Date(now.getTime() - DAY) && close <= addMonths(now, 1);
  return !withinNextMonth;
}

export function isStale(
  o: { lastActivityAt: Date | null; createdAt: Date; closed: boolean },
  now: Date,
  rules: AgingRules = defaultAgingRules,
): boolean {
  if (o.closed) return false;
  const last = o.lastActivityAt ?? o.createdAt;
  return now.getTime() - last.getTime() > rules.staleAfterDays * DAY;
}

/** An open opportunity whose expected close date has passed (the day itself is not yet overdue). */
export function isCloseOverdue(o: { expectedCloseOn: string | null; closed: boolean }, now: Date): boolean {
  if (o.closed || o.expectedCloseOn === null) return false;
  return o.expectedCloseOn < now.toISOString().slice(0, 10);
}

export const pipelineWarnings = ['timed_out', 'close_overdue', 'stale'] as const;
export type PipelineWarning = (typeof pipelineWarnings)[number];

/**
 * The one warning a card shows, the most pressing first: proposed as lost (a decision is due), then a
 * close date in the past (the forecast is wrong), then no activity for a while. A timed-out deal is
 * usually stale and overdue as well; saying all three is noise.
 */
export function pipelineWarning(o: { timedOutProposed: boolean; closeOverdue: boolean; stale: boolean }): PipelineWarning | null {
  if (o.timedOutProposed) return 'timed_out';
  if (o.closeOverdue) return 'close_overdue';
  if (o.stale) return 'stale';
  return null;
}
