/**
 * The value of an opportunity from its line items (B6, G2).
 * - One-off line: quantity × unit price × (1 − discount), counted once.
 * - Recurring line: priced per month; its contract value is the monthly amount × the committed
 *   months — the contract length, or the months until the customer may terminate, if sooner.
 * - Annual contract value (ACV): what one contract year is worth — recurring lines' monthly amount
 *   × 12 (or their whole value when committed for less than a year), plus one-off lines.
 */
export interface LineItem {
  quantity: number;
  unitPrice: number;
  discountPercent: number;
  recurring: boolean;
  contractMonths: number | null;
  terminableAfterMonths: number | null;
}

export interface Valuation {
  /** Total committed contract value. */
  value: number;
  /** Value of one contract year. */
  annualValue: number;
  oneOff: number;
  monthlyRecurring: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function lineAmount(line: LineItem): number {
  return line.quantity * line.unitPrice * (1 - line.discountPercent / 100);
}

/** Months the customer is committed to on a recurring line (12 when no length is given). */
export function committedMonths(line: LineItem): number {
  const length = line.contractMonths ?? 12;
  return line.terminableAfterMonths !== null ? Math.min(length, line.terminableAfterMonths) : length;
}

/** What a line adds to one contract year: a recurring line's months in that year, a one-off line once. */
export function lineAnnualValue(line: LineItem): number {
  return line.recurring ? lineAmount(line) * Math.min(12, committedMonths(line)) : lineAmount(line);
}

export function valueLines(lines: readonly LineItem[]): Valuation {
  let oneOff = 0;
  let monthly = 0;
  let recurringValue = 0;
  let recurringAnnual = 0;
  for (const line of lines) {
    const amount = lineAmount(line);
    if (!line.recurring) {
      oneOff += amount;
      continue;
    }
    monthly += amount;
    recurringValue += amount * committedMonths(line);
    recurringAnnual += lineAnnualValue(line);
  }
  return {
    value: round2(oneOff + recurringValue),
    annualValue: round2(oneOff + recurringAnnual),
    oneOff: round2(oneOff),
    monthlyRecurring: round2(monthly),
  };
}

/** The valuation an opportunity shows: from its lines, or the seller's estimate while it has none. */
export function valueOpportunity(lines: readonly LineItem[], estimate: number | null): Valuation {
  if (lines.length > 0) return valueLines(lines);
  const v = round2(estimate ?? 0);
  return { value: v, annualValue: v, oneOff: v, monthlyRecurring: 0 };
}

/** Convert between currencies with rates expressed per euro (1 EUR = perEuro units). */
export function convert(amount: number, from: { perEuro: number }, to: { perEuro: number }): number {
  return round2((amount / from.perEuro) * to.perEuro);
}
