/**
 * The arithmetic of the common KPIs (K1): the same in every market and at every level of the
 * overview, and on the targets page. Shares are rounded to three decimals (41.2 %).
 */
import { paceOf, type Pace } from './targets';

export const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** part ÷ whole, or null when there is nothing to divide by. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? round3(part / whole) : null);

export interface Progress {
  volume: number;
  target: number | null;
  /** volume ÷ target; null without a target. */
  progress: number | null;
  pace: Pace | null;
}

/** Volume against a target, with its pace at `elapsed` of the year. */
export function progressOf(volume: number, target: number | null, elapsed: number): Progress {
  const progress = target ? round3(volume / target) : null;
  return { volume: Math.round(volume), target, progress, pace: paceOf(progress, elapsed) };
}

/** Open pipeline closing this year ÷ what is left of the target; null without a target or when it is reached. */
export function coverage(closingInYear: number, target: number | null, volume: number): number | null {
  const left = target === null ? null : target - volume;
  return left !== null && left > 0 ? Math.round((closingInYear / left) * 100) / 100 : null;
}

/** Won ÷ (won + lost). */
export const winRate = (won: number, lost: number) => rate(won, won + lost);

/**
 * The median (interpolated between the two middle values, as PostgreSQL's `percentile_cont(0.5)`)
 * of values given as a histogram: each value with how often it occurs. Null when empty.
 */
export function histogramMedian(buckets: readonly { value: number; count: number }[]): number | null {
  const sorted = buckets.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, b) => s + b.count, 0);
  if (n === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.count;
      if (rank < seen) return b.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  const middle = (n - 1) / 2;
  const low = at(Math.floor(middle));
  return low + (middle - Math.floor(middle)) * (at(Math.ceil(middle)) - low);
}
