/**
 * Data retention (GDPR, L5): how long Korsa keeps each kind of data that is about people, as an
 * admin sets it, and what happens after — the rows are deleted, or anonymised where the business
 * fact is worth keeping (a lead's company, source and status stay for marketing's reports) — website
 * visits (the signals' page views and who the tracking script's visitors said they were) among them.
 * Pure: the scheduled job asks `cutoffOf` for each rule that is set.
 */

export const retentionKinds = ['unconverted_leads', 'notifications', 'website_visits'] as const;
export type RetentionKind = (typeof retentionKinds)[number];

export const retentionActions: Record<RetentionKind, 'anonymise' | 'delete'> = {
  /** Leads never converted, with no change for the period: name, e-mail, phone, title and message erased. */
  unconverted_leads: 'anonymise',
  /** Notifications older than the period (read or not). */
  notifications: 'delete',
  /** Website visits (C3's page views) and the visitors the tracking script identified, older than the period. */
  website_visits: 'delete',
};

/**
 * Website visits must outlive the signals' quiet period (a decision-maker "back" after N days is told by
 * the previous visit), or no one could ever return: the period in days a rule of `months` keeps at least.
 */
export function keepsLongerThan(months: number, days: number): boolean {
  return months * 28 > days;
}

export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 240;

/** The moment before which data of a rule of `months` goes: the same day and time, `months` calendar months back (UTC). */
export function cutoffOf(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
