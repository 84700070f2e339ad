/**
 * How much data each bench size has. Medium is a tenth of large; xl is four times large (the proof
 * that a view's cost does not grow with history); tiny is for the determinism test.
 */
export const benchSizes = ['tiny', 'medium', 'large', 'xl'] as const;
export type BenchSize = (typeof benchSizes)[number];

export interface SizeSpec {
  accounts: number;
  contacts: number;
  opportunities: number;
  activities: number;
  handoffs: number;
  /** Sellers, spread over the 4 sales groups × 4 markets. */
  sellers: number;
  /** Accounts planned (and held in memory) at a time. */
  chunk: number;
}

export const sizeSpecs: Record<BenchSize, SizeSpec> = {
  xl: {
    accounts: 200_000,
    contacts: 600_000,
    opportunities: 1_000_000,
    activities: 8_000_000,
    handoffs: 120_000,
    sellers: 2_400,
    chunk: 500,
  },
  large: {
    accounts: 50_000,
    contacts: 150_000,
    opportunities: 250_000,
    activities: 2_000_000,
    handoffs: 30_000,
    sellers: 600,
    chunk: 500,
  },
  medium: { accounts: 5_000, contacts: 15_000, opportunities: 25_000, activities: 200_000, handoffs: 3_000, sellers: 60, chunk: 500 },
  tiny: { accounts: 300, contacts: 900, opportunities: 1_500, activities: 6_000, handoffs: 180, sellers: 16, chunk: 150 },
};

export function isBenchSize(s: string): s is BenchSize {
  return (benchSizes as readonly string[]).includes(s);
}

/** This chunk's share of a total, so that the chunks add up to exactly the total. */
export function shareOf(total: number, accounts: number, from: number, to: number): number {
  return Math.floor((total * to) / accounts) - Math.floor((total * from) / accounts);
}
