/**
 * Deviation alerts (K2): which of a person's notifications are alerts about something going wrong,
 * and whether one reaches the bell and the person's e-mail — at once, in the daily digest, or not.
 * Pure: the notifications service asks `deliveryOf` for every notification it writes; the web's
 * settings list `alertKinds` with the notification kinds each one covers.
 */

/** The alerts a person can choose about, each covering the notification kinds that raise it. */
export const alertKinds = [
  'stalled_deal',
  'unanswered_handoff',
  'sla_breach',
  'behind_pace',
  'renewal_due',
  'plan_review_due',
  'coverage_conflict',
  'one_to_one_due',
] as const;
export type AlertKind = (typeof alertKinds)[number];

export const alertNotificationKinds: Record<AlertKind, readonly string[]> = {
  /** Open deals gone quiet, and deals proposed as lost because their close date passed. */
  stalled_deal: ['opportunities.stale', 'opportunities.timed_out'],
  /** A tip waiting for its receiver's answer or report, and the leader told when it is overdue. */
  unanswered_handoff: ['handoff.reminder', 'handoff.escalated'],
  /** The sales–marketing agreement: a lead's deadline is near, or was missed. */
  sla_breach: ['lead.reminder', 'lead.breached'],
  behind_pace: ['targets.behind_pace'],
  /** A customer's agreement ends within 60 or 30 days (domain/renewal-alerts.ts). */
  renewal_due: ['opportunities.renewal_due'],
  plan_review_due: ['plans.review_due'],
  coverage_conflict: ['coverage.outside_opportunity', 'coverage.outside_meeting'],
  /** A seller's one-to-one is due by the cadence the leader set (I1). */
  one_to_one_due: ['one_to_one.due'],
};

/** The alert a notification kind belongs to; null for notifications that are not alerts (a new tip, a mention). */
export function alertOf(kind: string): AlertKind | null {
  return alertKinds.find((a) => alertNotificationKinds[a].includes(kind)) ?? null;
}

export const emailModes = ['instant', 'digest', 'off'] as const;
export type EmailMode = (typeof emailModes)[number];

export interface AlertPreference {
  inApp: boolean;
  email: EmailMode;
}
export type AlertPreferences = Partial<Record<AlertKind, AlertPreference>>;

/** Until a person chooses: every alert in the bell and e-mailed at once, as before preferences existed. */
export const defaultPreference: AlertPreference = { inApp: true, email: 'instant' };

/** A person's choices for every alert, the defaults filled in. */
export function preferencesOf(chosen: AlertPreferences): Record<AlertKind, AlertPreference> {
  return Object.fromEntries(alertKinds.map((a) => [a, chosen[a] ?? defaultPreference])) as Record<AlertKind, AlertPreference>;
}

/**
 * Where a notification goes for this person. Notifications that are not alerts always reach the bell
 * and e-mail (when the organisation sends e-mail); `store` is false when it goes nowhere at all.
 */
export function deliveryOf(kind: string, chosen: AlertPreferences): AlertPreference & { store: boolean } {
  const alert = alertOf(kind);
  const pref = alert ? (chosen[alert] ?? defaultPreference) : defaultPreference;
  return { ...pref, store: pref.inApp || pref.email !== 'off' };
}

const DAY_MS = 86_400_000;
/** The digest goes out from this hour (UTC) of the next day: in the morning in the Nordics. */
export const DIGEST_HOUR_UTC = 5;

/**
 * The day whose digest is due at `now`: yesterday (UTC) once the digest hour has come, else the day
 * before. The digest of a day holds the alerts of that day and any earlier ones not yet sent.
 */
export function digestDayAt(now: Date): string {
  const back = now.getUTCHours() >= DIGEST_HOUR_UTC ? 1 : 2;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - back * DAY_MS).toISOString().slice(0, 10);
}
