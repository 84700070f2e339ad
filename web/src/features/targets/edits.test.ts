import { describe, expect, it } from 'vitest';
import type { TargetGridData } from './api';
import { cellKey, currentValue, entriesOf, gapsOf, paste, rejectedCells, sellerRow, setCell, type Edits } from './edits';
import { parseClipboard } from './parseAmount';

const grid: TargetGridData = {
  year: 2026,
  reportingCurrency: 'EUR',
  sellers: [
    { userId: 'a', name: 'Anna', salesGroupId: 'g1', marketId: 'm1', targets: { renewal: 100, upsell: 200 }, editable: true },
    { userId: 'b', name: 'Bo', salesGroupId: 'g1', marketId: 'm2', targets: {}, editable: true },
    { userId: 'c', name: 'Cai', salesGroupId: 'g2', marketId: 'm1', targets: { new: 50 }, editable: true },
  ],
  company: { renewal: 1000, upsell: 150 },
  gap: [],
  can: { setCompany: true, copyYear: true },
};
const rows = grid.sellers.map((s) => sellerRow(s.userId));

describe('editing the target grid', () => {
  it('keeps a typed value as a pending edit and shows it in place of the saved one', () => {
    const edits = setCell(grid, {}, sellerRow('b'), 'upsell', '1 200 000');
    expect(edits).toEqual({ 'seller:b|upsell': { value: 1200000 } });
    expect(currentValue(grid, edits, sellerRow('b'), 'upsell')).toBe(1200000);
    expect(currentValue(grid, edits, sellerRow('a'), 'upsell')).toBe(200);
  });

  it('forgets an edit that returns a cell to its saved value', () => {
    const edits = setCell(grid, setCell(grid, {}, sellerRow('a'), 'renewal', '5'), sellerRow('a'), 'renewal', '100');
    expect(edits).toEqual({});
  });

  it('clears a cell to null (removing the target) and marks text that is not an amount', () => {
    let edits: Edits = setCell(grid, {}, sellerRow('a'), 'renewal', '');
    edits = setCell(grid, edits, sellerRow('a'), 'upsell', 'lots');
    expect(edits).toEqual({ 'seller:a|renewal': { value: null }, 'seller:a|upsell': { invalid: 'lots' } });
    expect(currentValue(grid, edits, sellerRow('a'), 'upsell')).toBeNull();
  });

  it('pastes a block rightwards and downwards from the focused cell, counting what falls outside', () => {
    const block = parseClipboard('1 000\t2.000\t3,000\n4000\t5000\t6000\t7000\n');
    const result = paste(grid, {}, block, rows, { row: 1, col: 1 });
    expect(result.applied).toBe(6);
    expect(result.outside).toBe(1);
    expect(currentValue(grid, result.edits, sellerRow('b'), 'upsell')).toBe(1000);
    expect(currentValue(grid, result.edits, sellerRow('b'), 'win_back')).toBe(2000);
    expect(currentValue(grid, result.edits, sellerRow('b'), 'new')).toBe(3000);
    expect(currentValue(grid, result.edits, sellerRow('c'), 'upsell')).toBe(4000);
    expect(currentValue(grid, result.edits, sellerRow('c'), 'new')).toBe(6000);
    expect(currentValue(grid, result.edits, sellerRow('a'), 'upsell')).toBe(200);
  });

  it('turns the valid edits into one request, leaving out the invalid ones', () => {
    let edits: Edits = setCell(grid, {}, sellerRow('b'), 'new', '10');
    edits = setCell(grid, edits, 'company', 'new', '99');
    edits = setCell(grid, edits, sellerRow('c'), 'new', '');
    edits = setCell(grid, edits, sellerRow('a'), 'new', '?');
    const { entries, keys, invalid } = entriesOf(edits);
    expect(invalid).toBe(1);
    expect(entries).toEqual([
      { scope: 'seller', userId: 'b', channel: 'new', amount: 10 },
      { scope: 'company', channel: 'new', amount: 99 },
      { scope: 'seller', userId: 'c', channel: 'new', amount: null },
    ]);
    expect(keys).toEqual(['seller:b|new', 'company|new', 'seller:c|new']);
  });

  it('computes the gap per channel from all sellers, pending edits included', () => {
    const gaps = gapsOf(grid, setCell(grid, {}, sellerRow('b'), 'renewal', '400'));
    expect(gaps.find((g) => g.channel === 'renewal')).toEqual({ channel: 'renewal', company: 1000, sellers: 500, gap: 500 });
    // the sellers exceed the company target: no gap
    expect(gaps.find((g) => g.channel === 'upsell')).toEqual({ channel: 'upsell', company: 150, sellers: 200, gap: 0 });
    expect(gaps.find((g) => g.channel === 'new')).toEqual({ channel: 'new', company: 0, sellers: 50, gap: 0 });
  });

  it('finds the cells a server validation error names', () => {
    const sent = [cellKey(sellerRow('a'), 'new'), cellKey('company', 'renewal')];
    expect([...rejectedCells(['body.entries.1.amount', 'body.year', 'body.entries.7'], sent)]).toEqual(['company|renewal']);
  });
});
