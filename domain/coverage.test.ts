import { describe, expect, it } from 'vitest';
import { duplicateRules, outsideCoverage, parallelDeals, ruleFor, type CoverageRule } from './coverage';

const rules: CoverageRule[] = [
  { marketId: 'SE', salesGroupId: null, sellerId: null },
  { marketId: 'SE', salesGroupId: 'fleet', sellerId: 'anna' },
  { marketId: 'NO', salesGroupId: 'fleet', sellerId: 'ola' },
];
const sub = (marketId: string | null) => ({ marketId, globalOwnerId: 'gunnar' });

describe('coverage of international accounts', () => {
  it('takes the person’s group’s rule in the subsidiary’s market, else the market team’s', () => {
    expect(ruleFor(rules, 'SE', 'fleet')?.sellerId).toBe('anna');
    expect(ruleFor(rules, 'SE', 'charging')).toEqual({ marketId: 'SE', salesGroupId: null, sellerId: null });
    expect(ruleFor(rules, 'NO', 'charging')).toBeNull();
    expect(ruleFor(rules, 'FI', 'fleet')).toBeNull();
    expect(ruleFor(rules, null, 'fleet')).toBeNull();
  });

  it('is outside when the rule names another seller, or names none and the person is of another market', () => {
    expect(outsideCoverage(rules, sub('SE'), { id: 'anna', salesGroupId: 'fleet', marketId: 'SE' }).outside).toBe(false);
    expect(outsideCoverage(rules, sub('SE'), { id: 'bo', salesGroupId: 'fleet', marketId: 'SE' }).outside).toBe(true);
    expect(outsideCoverage(rules, sub('SE'), { id: 'kari', salesGroupId: 'charging', marketId: 'NO' }).outside).toBe(true);
    expect(outsideCoverage(rules, sub('SE'), { id: 'eva', salesGroupId: 'charging', marketId: 'SE' }).outside).toBe(false);
  });

  it('never makes the global owner outside, nor anyone where no rule covers the market', () => {
    expect(outsideCoverage(rules, sub('SE'), { id: 'gunnar', salesGroupId: 'fleet', marketId: 'DK' }).outside).toBe(false);
    expect(outsideCoverage(rules, sub('FI'), { id: 'kari', salesGroupId: 'fleet', marketId: 'NO' })).toEqual({ outside: false, rule: null });
  });

  it('names each market and group once', () => {
    expect(duplicateRules([...rules, { marketId: 'SE', salesGroupId: 'fleet', sellerId: 'bo' }])).toEqual([3]);
    expect(duplicateRules(rules)).toEqual([]);
  });

  it('reports open deals for one product at one group from more than one market', () => {
    const deals = [
      { id: 1, groupId: 'g', productId: 'p', marketId: 'SE' },
      { id: 2, groupId: 'g', productId: 'p', marketId: 'NO' },
      { id: 3, groupId: 'g', productId: 'q', marketId: 'SE' },
      { id: 4, groupId: 'g', productId: 'q', marketId: 'SE' },
      { id: 5, groupId: 'h', productId: 'p', marketId: 'DK' },
    ];
    expect(parallelDeals(deals).map((list) => list.map((d) => d.id))).toEqual([[1, 2]]);
  });
});
