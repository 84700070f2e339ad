import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../bench/suggestions';
import { benchmarkSuggestions } from '@domain/suggestion-evaluation';

const root = fileURLToPath(new URL('../..', import.meta.url));
const superstore = path.resolve(root, '..', 'shared', 'datasets', 'superstore', 'superstore.csv');
const present = fs.existsSync(superstore);
if (!present)
  console.warn(`Skipping the Superstore suggestion benchmark: ${superstore} is not there (it sits beside the repository in CI).`);

describe('the generic customer × product loader', () => {
  it('takes any CSV, the columns chosen by name, a segment and a filter', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-suggestions-')), 'orders.csv');
    fs.writeFileSync(
      file,
      '\uFEFFkund,vara,bransch,status\n' +
        ['a;x;Retail;paid', 'a;y;Retail;paid', 'a;x;Retail;paid', 'b;y;Energy;paid', 'b;z;Energy;cancelled', 'c;z;Energy;paid']
          .map((l) => l.replaceAll(';', ','))
          .join('\n'),
    );
    const data = loadCsv('orders', { file, customer: 'kund', product: 'vara', segment: 'bransch', where: 'status=paid' });
    expect(data.products).toEqual(['x', 'y', 'z']);
    expect(data.rows).toEqual([[0, 1], [1], [2]]);
    expect(data.segmentNames).toEqual(['Retail', 'Energy']);
    expect(data.segments).toEqual([0, 1, 1]);
    expect(() => loadCsv('orders', { file, customer: 'customer', product: 'vara' })).toThrow(/no column "customer"/);
  });
});

describe.skipIf(!present)('suggestions on Superstore (customers × sub-categories)', () => {
  it('ranks at least as well as the best baseline within the interval, on every metric', () => {
    const data = loadCsv('superstore', { file: superstore, customer: 'Customer ID', product: 'Sub-Category', segment: 'Segment' });
    expect(data.rows.length).toBe(804);
    expect(data.items).toBe(17);
    const b = benchmarkSuggestions(data, { seed: 1 });
    expect(b.folds).toBe(6001);
    for (const c of b.comparisons) expect(c.atLeastAsGood, `${c.metric} against ${c.against}`).toBe(true);
    const popular = b.methods.find((m) => m.method === 'most popular')!;
    expect(popular.hitRate3.estimate).toBeGreaterThan(0.68);
    expect(popular.hitRate3.low).toBeLessThan(popular.hitRate3.estimate);
  });
});
