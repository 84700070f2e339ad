/**
 * An account's status from its history (A1):
 * - lost: declared lost (churned), with no business since;
 * - prospect: never had business;
 * - customer: it owns something today (`ownsOn`): an agreement that runs or is signed to start, or a
 *   one-off purchase within the last `passiveAfterMonths` — the same "owned" as the product matrix;
 * - passive: had business, but owns nothing now.
 */
export const accountStatuses = ['prospect', 'customer', 'passive', 'lost'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export interface Holding {
  /** ISO dates (yyyy-mm-dd). */
  startedOn: string;
  endsOn: string | null;
}

export interface AccountHistory {
  holdings: readonly Holding[];
  lostAt: Date | null;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The last day the account had business: the latest start, or the latest day an agreement ran (today at most). */
export function lastBusinessOn(holdings: readonly Holding[], today: Date): string | null {
  const now = isoDay(today);
  let last: string | null = null;
  for (const h of holdings) {
    const ran = h.endsOn === null || h.endsOn > now ? now : h.endsOn;
    const candidate = h.startedOn > now ? h.startedOn : ran > h.startedOn ? ran : h.startedOn;
    if (last === null || candidate > last) last = candidate;
  }
  return last;
}

/** The first day on which an account with business on `lastBusiness` counts as passive. */
export function passiveFrom(lastBusiness: string, passiveAfterMonths: number): string {
  const d = new Date(`${lastBusiness}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + passiveAfterMonths);
  const lastOfMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastOfMonth));
  return isoDay(d);
}

/**
 * Whether a holding means the customer owns the product on `today`: an agreement not yet ended (also
 * one signed to start later), or a one-off purchase (ends the day it starts) not yet `passiveAfterMonths` old.
 */
export function ownsOn(h: Holding, today: Date, passiveAfterMonths: number): boolean {
  const now = isoDay(today);
  if (h.endsOn !== null && h.endsOn === h.startedOn) return now < passiveFrom(h.startedOn, passiveAfterMonths);
  return h.endsOn === null || h.endsOn >= now;
}

export function accountStatus(history: AccountHistory, today: Date, passiveAfterMonths: number): AccountStatus {
  const last = lastBusinessOn(history.holdings, today);
  if (history.lostAt && (last === null || last <= isoDay(history.lostAt))) return 'lost';
  if (last === null) return 'prospect';
  return history.holdings.some((h) => ownsOn(h, today, passiveAfterMonths)) ? 'customer' : 'passive';
}

/** The latest last-business day that makes a customer passive on `today` (for bulk updates in SQL). */
export function lastPassiveDay(today: Date, passiveAfterMonths: number): string {
  const now = isoDay(today);
  const d = new Date(`${now}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - passiveAfterMonths);
  d.setUTCDate(Math.min(today.getUTCDate(), new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()));
  let day = isoDay(d);
  const shift = (s: string, n: number) => isoDay(new Date(new Date(`${s}T00:00:00Z`).getTime() + n * 86_400_000));
  while (passiveFrom(day, passiveAfterMonths) > now) day = shift(day, -1);
  while (passiveFrom(shift(day, 1), passiveAfterMonths) <= now) day = shift(day, 1);
  return day;
}
