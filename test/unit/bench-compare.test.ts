import { describe, expect, it } from 'vitest';
import { compareSizes, comparisonTable } from '../../bench/http/compare';

const view = (size: string, scenario: string, connections: number, p50: number) => ({
  size,
  scenario,
  connections,
  loadAverage: 1.5,
  api: { requests: 10, requestsPerSecond: 10, p50, p95: p50 * 2, p99: p50 * 3, max: p50 * 3 },
});

describe('the bench’s comparison of two sizes (cost independent of history)', () => {
  it('pairs views by scenario and connections, larger over smaller whatever the order, against ≤ 1.5', () => {
    const medium = { results: [view('medium', 'search', 1, 10), view('medium', 'search', 16, 40), view('medium', 'board', 1, 20)] };
    const large = {
      results: [view('large', 'search', 1, 12), view('large', 'search', 16, 80), view('large', 'matrix', 1, 5), { scenario: 'dataset' }],
    };
    const rows = compareSizes(large, medium);
    expect(rows.map((r) => [r.scenario, r.connections, r.ratio, r.met])).toEqual([
      ['search', 1, 1.2, true],
      ['search', 16, 2, false],
    ]);
    expect(rows[0]!.smaller.size).toBe('medium');
    const table = comparisonTable(rows);
    expect(table).toContain('| large ÷ medium |');
    expect(table).toContain('| search | 16 | 40 (1.5) | 80 (1.5) | 2.00 | ❌ |');
    expect(comparisonTable([])).toMatch(/No view/);
  });
});
