import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertsOnPace, elapsedShare, paceOf, resolveTargets, targetGap, totalTarget, type TargetRow } from './targets';

describe('keeping pace with the year', () => {
  it('has no pace without a target', () => {
    expect(paceOf(null, 0.5)).toBeNull();
  });

  it('is on pace at or above the share of the year gone, and reached at the target', () => {
    expect(paceOf(0.5, 0.5)).toBe('onPace');
    expect(paceOf(0.7, 0.5)).toBe('onPace');
    expect(paceOf(1.2, 0.5)).toBe('reached');
    expect(paceOf(0, 0)).toBe('onPace');
  });

  it('is behind at 41 % with 50 % of the year gone, and well behind further down', () => {
    expect(paceOf(0.41, 0.5)).toBe('behind');
    expect(paceOf(0.39, 0.5)).toBe('farBehind');
    expect(paceOf(0, 0.9)).toBe('farBehind');
  });

  it('does not judge before a tenth of the year is gone, and alerts only far behind', () => {
    expect(paceOf(0, 0.05)).toBe('onPace');
    expect(alertsOnPace(paceOf(0.31, 0.5))).toBe(true);
    expect(alertsOnPace(paceOf(0.45, 0.5))).toBe(false);
  });

  it('never calls a higher progress a worse pace (monotone)', () => {
    const order = { farBehind: 0, behind: 1, onPace: 2, reached: 3 } as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, e) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order[paceOf(lo, e)!]).toBeLessThanOrEqual(order[paceOf(hi, e)!]);
      }),
    );
  });

  it('counts the share of a calendar year gone', () => {
    expect(elapsedShare(2030, new Date('2029-12-31T00:00:00Z'))).toBe(0);
    expect(elapsedShare(2030, new Date('2031-01-02T00:00:00Z'))).toBe(1);
    expect(elapsedShare(2030, new Date('2030-07-02T12:00:00Z'))).toBeCloseTo(0.5, 2);
  });
});

describe('targets', () => {
  const t = (r: Partial<TargetRow> & Pick<TargetRow, 'scope' | 'channel' | 'amount'>): TargetRow => ({
    userId: null,
    salesGroupId: null,
    marketId: null,
    ...r,
  });
  const sellers = [
    { userId: 'a', salesGroupId: 'g1', marketId: 'se' },
    { userId: 'b', salesGroupId: 'g1', marketId: 'no' },
    { userId: 'c', salesGroupId: 'g2', marketId: 'se' },
  ];
  const rows = [
    t({ scope: 'seller', userId: 'a', channel: 'new', amount: 100 }),
    t({ scope: 'seller', userId: 'b', channel: 'new', amount: 50 }),
    t({ scope: 'seller', userId: 'c', channel: 'upsell', amount: 70 }),
    t({ scope: 'group', salesGroupId: 'g2', channel: 'upsell', amount: 500 }),
    t({ scope: 'company', channel: 'new', amount: 1000 }),
  ];

  it('gives a seller their own, a group or market its own or else its sellers’ sum, the company its own', () => {
    expect(resolveTargets(rows, sellers, { userId: 'a' })).toEqual({ renewal: null, upsell: null, win_back: null, new: 100 });
    expect(resolveTargets(rows, sellers, { salesGroupId: 'g1' }).new).toBe(150);
    expect(resolveTargets(rows, sellers, { salesGroupId: 'g2' }).upsell).toBe(500);
    expect(resolveTargets(rows, sellers, { marketId: 'se' })).toMatchObject({ new: 100, upsell: 70 });
    expect(resolveTargets(rows, sellers, { salesGroupId: 'g1', marketId: 'no' }).new).toBe(50);
    // per channel: the company's own where set, else its sellers' (not its groups')
    expect(resolveTargets(rows, sellers, {})).toMatchObject({ new: 1000, upsell: 70 });
  });

  it('adds channels up to a total, and shows the gap between the company and its sellers', () => {
    expect(totalTarget({ renewal: null, upsell: 70, win_back: null, new: 100 })).toBe(170);
    expect(totalTarget({ renewal: null, upsell: null, win_back: null, new: null })).toBeNull();
    const gap = targetGap({ new: 1000 }, [{ new: 100 }, { new: 50 }]);
    expect(gap.find((g) => g.channel === 'new')).toEqual({ channel: 'new', company: 1000, sellers: 150, gap: 850 });
    expect(targetGap({ new: 10 }, [{ new: 50 }]).find((g) => g.channel === 'new')!.gap).toBe(0);
  });
});
