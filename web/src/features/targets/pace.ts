/**
 * How volume keeps pace with the year: reached the target, on pace (at least the share of the year
 * gone), somewhat behind (at least 80 % of the pace) or well behind. "At 41 % with 50 % of the year gone"
 * is 82 % of the pace: behind.
 */
export type Pace = 'reached' | 'onPace' | 'behind' | 'farBehind';

export function paceOf(progress: number | null, elapsed: number): Pace | null {
  if (progress === null) return null;
  if (progress >= 1) return 'reached';
  if (elapsed <= 0 || progress >= elapsed) return 'onPace';
  return progress >= elapsed * 0.8 ? 'behind' : 'farBehind';
}

export const paceColor: Record<Pace, string> = { reached: 'teal', onPace: 'teal', behind: 'orange', farBehind: 'red' };
