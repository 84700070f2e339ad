/**
 * Customer health (J2): a score from 0 to 100 with the reasons it is what it is. An explainable rule,
 * not a model: each signal Korsa has adds or takes points, and every point is a reason shown on the
 * account page. `npm run bench -- health` measures how well it ranks the customers who later left
 * (AUC on a time split) against the baseline "days since the last activity".
 */

/** What Korsa knows about a customer on a day. Counts are whole numbers; money in one currency. */
export interface HealthSignals {
  /** Days since a person last logged a call, meeting, e-mail, note, visit or task there; null if never. */
  daysSinceActivity: number | null;
  /** Tips about the customer waiting past their due date for an answer or report. */
  overdueHandoffs: number;
  /** Tips about the customer that were answered or reported on within the last 90 days. */
  answeredHandoffs: number;
  /** Days until the nearest agreement ends, when one ends within 180 days; null otherwise. */
  renewalDueInDays: number | null;
  /** A renewal deal is open for the customer (someone is working on it). */
  renewalInProgress: boolean;
  /** Products owned today, and a year ago. */
  productsNow: number;
  productsYearAgo: number;
  /** Invoiced in the last 6 months and the 6 before (null when there is no invoicing at all). */
  invoicedLast6Months: number | null;
  invoicedPrevious6Months: number | null;
  /** Deals lost in the last 12 months, and won. */
  lostDeals12Months: number;
  wonDeals12Months: number;
  /** Website visits in the last 30 days, when Korsa receives such signals; null otherwise. */
  websiteVisits30Days: number | null;
}

export const healthReasonKeys = [
  'no_activity',
  'quiet',
  'recent_activity',
  'renewal_due',
  'renewal_in_progress',
  'fewer_products',
  'more_products',
  'invoicing_down',
  'invoicing_up',
  'lost_deals',
  'won_deals',
  'overdue_tips',
  'answered_tips',
  'website_visits',
] as const;
export type HealthReasonKey = (typeof healthReasonKeys)[number];

export interface HealthReason {
  key: HealthReasonKey;
  /** Points it adds (positive) or takes (negative). */
  points: number;
  /** The numbers the reason speaks of (days, count, percent), for its sentence. */
  value: number;
}

export const healthBands = ['healthy', 'watch', 'at_risk'] as const;
export type HealthBand = (typeof healthBands)[number];

export interface Health {
  score: number;
  band: HealthBand;
  /** The reasons, the weightiest first; their points and the base of 70 give the score (before clamping). */
  reasons: HealthReason[];
}

/** A customer with nothing to say for or against it. */
export const HEALTH_BASE = 70;

export function healthBand(score: number): HealthBand {
  return score >= 65 ? 'healthy' : score >= 40 ? 'watch' : 'at_risk';
}

/** The score and its reasons. Pure and deterministic. */
export function healthScore(s: HealthSignals): Health {
  const reasons: HealthReason[] = [];
  const add = (key: HealthReasonKey, points: number, value: number) => {
    if (points !== 0) reasons.push({ key, points, value });
  };

  // activity recency: the relationship is kept warm, or not
  if (s.daysSinceActivity === null) add('no_activity', -25, 0);
  else if (s.daysSinceActivity > 180) add('quiet', -25, s.daysSinceActivity);
  else if (s.daysSinceActivity > 90) add('quiet', -15, s.daysSinceActivity);
  else if (s.daysSinceActivity > 45) add('quiet', -5, s.daysSinceActivity);
  else if (s.daysSinceActivity <= 30) add('recent_activity', 10, s.daysSinceActivity);

  // an agreement ending soon with nobody working on its renewal
  if (s.renewalDueInDays !== null) {
    if (s.renewalInProgress) add('renewal_in_progress', 5, s.renewalDueInDays);
    else add('renewal_due', s.renewalDueInDays <= 90 ? -20 : -10, s.renewalDueInDays);
  }

  // what they own, against a year ago
  const productChange = s.productsNow - s.productsYearAgo;
  if (productChange < 0) add('fewer_products', Math.max(-30, 10 * productChange), -productChange);
  else if (productChange > 0) add('more_products', Math.min(10, 5 * productChange), productChange);

  // invoicing: the last half-year against the one before
  if (s.invoicedPrevious6Months !== null && s.invoicedPrevious6Months > 0) {
    const ratio = (s.invoicedLast6Months ?? 0) / s.invoicedPrevious6Months;
    const percent = Math.round((ratio - 1) * 100);
    if (ratio < 0.5) add('invoicing_down', -20, percent);
    else if (ratio < 0.8) add('invoicing_down', -10, percent);
    else if (ratio > 1.2) add('invoicing_up', 5, percent);
  }

  add('lost_deals', -Math.min(24, 8 * s.lostDeals12Months), s.lostDeals12Months);
  add('won_deals', Math.min(10, 5 * s.wonDeals12Months), s.wonDeals12Months);
  add('overdue_tips', -Math.min(15, 5 * s.overdueHandoffs), s.overdueHandoffs);
  add('answered_tips', Math.min(6, 3 * s.answeredHandoffs), s.answeredHandoffs);
  if (s.websiteVisits30Days !== null && s.websiteVisits30Days > 0) add('website_visits', 5, s.websiteVisits30Days);

  const raw = HEALTH_BASE + reasons.reduce((sum, r) => sum + r.points, 0);
  const score = Math.max(0, Math.min(100, raw));
  reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.key.localeCompare(b.key));
  return { score, band: healthBand(score), reasons };
}

/** The baseline the score is measured against: the longer since anyone was in touch, the riskier. */
export function baselineRisk(s: Pick<HealthSignals, 'daysSinceActivity'>): number {
  return s.daysSinceActivity ?? Number.MAX_SAFE_INTEGER;
}
