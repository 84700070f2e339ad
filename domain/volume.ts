/**
 * Sales volume (G1, G2): what a deal adds to the volume, and when. The one place of the rule — the
 * server stores each deal's parts when it writes the deal (`opportunities.volume_parts`) and the
 * read models only add stored parts up (server/modules/read-models).
 *
 * - Only won deals with a signing date count, in their channel, in the deal's currency.
 * - A recurring line contributes each contract year in the month that contract year starts, at
 *   that year's value: 36 months of 100,000 a month are 1.2 M in each of three years (a last,
 *   shorter year counts its months).
 * - A one-off line counts once, when the deal is signed; a deal without lines counts its value then.
 */
import { committedMonths, lineAmount, type LineItem } from './pipeline/money';

export interface VolumePart {
  /** The first day of the month the part falls in (YYYY-MM-01). */
  month: string;
  amount: number;
}

export interface VolumeDeal {
  won: boolean;
  signedOn: string | null;
  /** The deal's value (used when it has no lines). */
  value: number;
  lines: readonly LineItem[];
}

/** Six decimals: sums of the parts stay exact decimals (`numeric`) where the inputs are. */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The month `years` after a date's month (the day does not matter: parts are counted per month). */
function monthAfter(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}-${date.slice(5, 7)}-01`;
}

/** The parts of a deal's volume, merged per month; none unless it is won and signed. */
export function volumeParts(deal: VolumeDeal): VolumePart[] {
  if (!deal.won || !deal.signedOn) return [];
  const signedOn = deal.signedOn;
  const byMonth = new Map<string, number>();
  const add = (month: string, amount: number) => byMonth.set(month, (byMonth.get(month) ?? 0) + amount);
  if (deal.lines.length === 0) add(monthAfter(signedOn, 0), deal.value);
  for (const line of deal.lines) {
    const amount = lineAmount(line);
    if (!line.recurring) {
      add(monthAfter(signedOn, 0), amount);
      continue;
    }
    const months = committedMonths(line);
    for (let k = 0; k * 12 < months; k++) add(monthAfter(signedOn, k), amount * Math.min(12, months - 12 * k));
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, amount]) => ({ month, amount: round6(amount) }));
}
