import { describe, expect, it } from 'vitest';
import type { Matrix } from './api';
import { productGroups, withMark } from './matrixModel';

const product = (id: string, group: string) => ({ id, name: `P${id}`, family: 'F', salesGroupId: group, salesGroupName: `G${group}` });

const matrix: Matrix = {
  products: [product('1', 'a'), product('2', 'a'), product('3', 'b')],
  rows: [
    {
      account: { id: 'x', name: 'X AB', marketCode: 'SE', industry: null, status: 'customer', ownerName: null, subsidiaries: 0 },
      cells: [
        { productId: '1', state: 'owned', by: 'Anna', reason: null },
        { productId: '2', state: 'empty', by: null, reason: null },
        { productId: '3', state: 'potential', by: 'Bo', reason: null },
      ],
      owned: 1,
      whiteSpace: 2,
    },
  ],
  totals: { accounts: 1, perProduct: [] },
  page: 1,
  pageSize: 50,
};

describe('the matrix model', () => {
  it('groups the columns under their sales group, keeping the order', () => {
    expect(productGroups(matrix.products).map((g) => [g.name, g.products.map((p) => p.id)])).toEqual([
      ['Ga', ['1', '2']],
      ['Gb', ['3']],
    ]);
  });

  it('marks white space optimistically, by the one who marked it', () => {
    const next = withMark(matrix, { accountId: 'x', productId: '2', state: 'not_relevant', reason: 'Own fleet' }, 'Cia');
    expect(next.rows[0]!.cells[1]).toEqual({ productId: '2', state: 'not_relevant', by: 'Cia', reason: 'Own fleet' });
    expect(next.rows[0]!.cells[0]).toBe(matrix.rows[0]!.cells[0]);
  });

  it('clears a mark, and never overwrites what is owned', () => {
    expect(withMark(matrix, { accountId: 'x', productId: '3', state: null }, 'Cia').rows[0]!.cells[2]!.state).toBe('empty');
    expect(withMark(matrix, { accountId: 'x', productId: '1', state: 'potential' }, 'Cia').rows[0]!.cells[0]!.state).toBe('owned');
  });
});
