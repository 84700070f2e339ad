/**
 * An account's status from its history (A1):
 * - lost: declared lost (churned), with no business since;
 * - prospect: never had business;
 * - customer: an agreement runs today, or business within the last `passiveAfterMonths`;
 * - passive: had business, but none for `passiveAfterMonths`.
 */
export type AccountStatus = 'prospect' | 'customer' | 'passive' | 'lost';

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

export function accountStatus(history: AccountHistory, today: Date, passiveAfterMonths: number): AccountStatus {
  const last = lastBusinessOn(history.holdings, today);
  if (history.lostAt && (last === null || last <= isoDay(history.lostAt))) return 'lost';
  if (last === null) return 'prospect';
  const running = history.holdings.some((h) => h.startedOn <= isoDay(today) && (h.endsOn === null || h.endsOn >= isoDay(today)));
  if (running) return 'customer';
  return isoDay(today) >= passiveFrom(last, passiveAfterMonths) ? 'passive' : 'customer';
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
