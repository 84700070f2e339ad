import { describe, expect, it } from 'vitest';
import { rollUpByMarket, rollUpMatrix } from './plan-rollup';

describe('rollUpByMarket', () => {
  it('adds the group up in total and per market of its companies, the largest part first', () => {
    const members = [
      { id: 'group', marketId: 'se' },
      { id: 'se2', marketId: 'se' },
      { id: 'no', marketId: 'no' },
      { id: 'x', marketId: null },
    ];
    const { totals, markets } = rollUpByMarket(
      members,
      [
        { accountId: 'se2', count: 2, value: 100.4, weightedValue: 30 },
        { accountId: 'no', count: 1, value: 50, weightedValue: 40 },
        { accountId: 'elsewhere', count: 9, value: 999, weightedValue: 999 },
      ],
      [
        { id: 'no', volume: 500 },
        { id: 'group', volume: 200 },
      ],
    );
    expect(totals).toEqual({ accounts: 4, openCount: 3, openValue: 150, openWeighted: 70, wonVolume: 700 });
    expect(markets).toEqual([
      { marketId: 'no', accounts: 1, openCount: 1, openValue: 50, openWeighted: 40, wonVolume: 500 },
      { marketId: 'se', accounts: 2, openCount: 2, openValue: 100, openWeighted: 30, wonVolume: 200 },
      { marketId: null, accounts: 1, openCount: 0, openValue: 0, openWeighted: 0, wonVolume: 0 },
    ]);
  });
});

describe('rollUpMatrix', () => {
  it('lists the products the group has anywhere, and who has white space for each', () => {
    const rows = rollUpMatrix(
      ['group', 'a', 'b'],
      ['p1', 'p2', 'p3'],
      [
        { accountId: 'a', productId: 'p1', state: 'owned' },
        { accountId: 'b', productId: 'p1', state: 'not_relevant' },
        { accountId: 'group', productId: 'p2', state: 'pipeline' },
        { accountId: 'a', productId: 'p2', state: 'potential' },
        { accountId: 'b', productId: 'p3', state: 'potential' },
        { accountId: 'outsider', productId: 'p3', state: 'owned' },
      ],
    );
    expect(rows).toEqual([
      { productId: 'p1', ownedAt: ['a'], pipelineAt: [], whiteSpaceAt: ['group'] },
      { productId: 'p2', ownedAt: [], pipelineAt: ['group'], whiteSpaceAt: ['a', 'b'] },
    ]);
  });
});
