import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkSuggestions } from './suggestion-evaluation';
import { inverseSpd } from './stats';
import {
  DEFAULT_GATE,
  Scorer,
  configGrid,
  easeInverses,
  explain,
  fitRanker,
  ownershipStats,
  rankCandidates,
  rankOf,
  reasonText,
  scopeCountsFromRows,
  suggest,
  type Ownership,
  type RankerConfig,
} from './suggestions';

/** Random ownership matrices: up to 30 accounts × 8 products, 3 segments. */
const ownershipArb = fc
  .record({
    items: fc.integer({ min: 2, max: 8 }),
    accounts: fc.array(fc.record({ seg: fc.integer({ min: -1, max: 2 }), bits: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 2,
      maxLength: 30,
    }),
  })
  .map(({ items, accounts }): Ownership => {
    const rows = accounts.map((a) => Array.from({ length: items }, (_, i) => i).filter((i) => (a.bits >> i) & 1));
    return { items, rows, segments: accounts.map((a) => a.seg), segmentCount: 3 };
  });

describe('ownership counts and the training view', () => {
  it('counts owners, pairs and segments', () => {
    const s = ownershipStats({ items: 3, rows: [[0, 1], [1], [0, 1, 2]], segments: [0, 1, 0], segmentCount: 2 }, true);
    expect([...s.count]).toEqual([2, 3, 1]);
    expect(s.cooc[0 * 3 + 1]).toBe(2);
    expect(s.cooc[1 * 3 + 2]).toBe(1);
    expect([...s.segmentAccounts]).toEqual([2, 1]);
    expect(s.segmentOwners[0 * 3 + 1]).toBe(2);
    expect(s.segmentCooc![(0 * 3 + 0) * 3 + 2]).toBe(1);
  });

  it('removing an account from the counts (the leave-one-out view) gives exactly the model trained without it (property)', () => {
    const configs: RankerConfig[] = configGrid([0.5, 4], true);
    fc.assert(
      fc.property(ownershipArb, fc.nat(), (data, pick) => {
        const a = pick % data.rows.length;
        const row = data.rows[a]!;
        if (row.length < 2) return;
        const without: Ownership = {
          ...data,
          rows: data.rows.filter((_, i) => i !== a),
          segments: data.segments!.filter((_, i) => i !== a),
        };
        const full = ownershipStats(data, true);
        const reduced = ownershipStats(without, true);
        const down = new Scorer(full, easeInverses(full, configs));
        const fresh = new Scorer(reduced, easeInverses(reduced, configs));
        const seg = data.segments![a]!;
        down.setTraining(row, seg);
        fresh.setTraining([], seg);
        const visible = row.slice(1);
        down.setQuery(visible);
        fresh.setQuery(visible);
        expect(down.accounts).toBe(fresh.accounts);
        for (let j = 0; j < data.items; j++) {
          expect(down.owners(j)).toBe(fresh.owners(j));
          expect(down.segmentOwners(j)).toBe(fresh.segmentOwners(j));
          for (const i of visible) {
            expect(down.both(i, j)).toBe(fresh.both(i, j));
            expect(down.segmentBoth(i, j)).toBe(fresh.segmentBoth(i, j));
          }
          expect(down.pop[j]).toBeCloseTo(fresh.pop[j]!, 9);
          expect(down.seg[j]).toBeCloseTo(fresh.seg[j]!, 9);
          expect(down.cos[j]).toBeCloseTo(fresh.cos[j]!, 9);
          expect(down.rules[j]).toBeCloseTo(fresh.rules[j]!, 9);
          for (const lambda of [0.5, 4]) expect(down.ease.get(lambda)![j]).toBeCloseTo(fresh.ease.get(lambda)![j]!, 6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('inverts a symmetric positive definite matrix', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 144, maxLength: 144 }),
        (n, v) => {
          // A = BᵀB + I
          const a = new Float64Array(n * n);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) {
              let s = i === j ? 1 : 0;
              for (let k = 0; k < n; k++) s += v[k * n + i]! * v[k * n + j]!;
              a[i * n + j] = s;
            }
          const inv = inverseSpd(a, n);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) {
              let s = 0;
              for (let k = 0; k < n; k++) s += a[i * n + k]! * inv[k * n + j]!;
              expect(s).toBeCloseTo(i === j ? 1 : 0, 6);
            }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('ranking', () => {
  it('counts ties as a random order would: the expected hit and reciprocal rank', () => {
    const scores = Float64Array.from([0.9, 0.5, 0.5, 0.5, 0.1]);
    const all = new Uint8Array(5).fill(1);
    const r = rankOf(scores, all, 2, [3, 5]);
    // one above, two tied with it: rank 2, 3 or 4 with equal chance
    expect(r.greater).toBe(1);
    expect(r.ties).toBe(2);
    expect(r.hits[0]).toBeCloseTo(2 / 3, 12);
    expect(r.hits[1]).toBe(1);
    expect(r.rr).toBeCloseTo((1 / 2 + 1 / 3 + 1 / 4) / 3, 12);
  });

  it('learns products that go together and ranks by the blend the data prefers', () => {
    // pairs (0,1) and (2,3) always go together; 4 is popular on its own
    const rows: number[][] = [];
    for (let i = 0; i < 40; i++) rows.push(i % 2 ? [0, 1, 4] : [2, 3, 4]);
    for (let i = 0; i < 20; i++) rows.push([4, 5]);
    const ranker = fitRanker({ items: 6, rows });
    expect(ranker.config.signal).not.toBe('none');
    expect(ranker.evaluation.hitRate3).toBeGreaterThan(0.9);
    const ranked = rankCandidates(ranker, [0], -1, []);
    expect(ranked[0]!.item).toBe(1);
    // excluded products (in pipeline, not relevant) are never ranked
    expect(rankCandidates(ranker, [0], -1, [1]).map((r) => r.item)).not.toContain(1);
  });
});

describe('explanations', () => {
  const rows = [
    ...Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, segment: 'Manufacturing', owned: i < 8 ? ['fleet', 'charging'] : ['fleet'] })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, segment: 'Retail', owned: i < 2 ? ['fleet', 'charging'] : ['cleaning'] })),
  ];

  it('says one true sentence from the data, from a product the account owns', () => {
    const all = scopeCountsFromRows(rows, 'me', null);
    const manufacturing = scopeCountsFromRows(rows, 'me', 'Manufacturing');
    const e = explain('charging', ['fleet'], all, manufacturing, { minSupport: 5, minLift: 1.2 })!;
    // 8 of the 10 manufacturing customers who own fleet own charging (lift in the segment: 0.8 / 0.8 = 1 — too weak);
    // among all: 10 of 12 fleet owners own charging, against 10 of 20 overall → lift 1.67
    expect(e).toMatchObject({ because: 'fleet', segment: null, support: 10, base: 12 });
    expect(e.lift).toBeCloseTo(10 / 12 / (10 / 20), 12);
    expect(reasonText(e, 'Fleet Leasing')).toBe('Owned by 83 % of the 12 customers who own Fleet Leasing');
  });

  it('shows no suggestion rather than a weak one', () => {
    const all = scopeCountsFromRows(rows, 'me', null);
    expect(explain('cleaning', ['fleet'], all, null, DEFAULT_GATE)).toBeNull();
    expect(explain('charging', ['fleet'], all, null, { minSupport: 11, minLift: 1 })).toBeNull();
    // popularity alone (lift 1) is not a reason unless the admin allows lift 1
    expect(explain('cleaning', [], all, null, { minSupport: 1, minLift: 1.01 })).toBeNull();
  });

  it('every explanation recomputes exactly from the data and cites only a product the account owns (property)', () => {
    const products = ['a', 'b', 'c', 'd', 'e', 'f'];
    const segments = ['X', 'Y', null];
    const matrixArb = fc.array(
      fc.record({
        segment: fc.constantFrom(...segments),
        owned: fc.subarray(products),
        pipeline: fc.subarray(products),
        notRelevant: fc.subarray(products),
      }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        matrixArb,
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(1, 1.1, 1.5, 2),
        (accounts, pick, minSupport, minLift) => {
          const rows = accounts.map((a, i) => ({ id: String(i), segment: a.segment, owned: a.owned }));
          const me = accounts[pick % accounts.length]!;
          const meId = String(pick % accounts.length);
          const owned = me.owned;
          const taken = new Set([...me.owned, ...me.pipeline, ...me.notRelevant]);
          const all = scopeCountsFromRows(rows, meId, null);
          const segment = me.segment ? scopeCountsFromRows(rows, meId, me.segment) : null;
          // any order of candidates: the explanation does not depend on the ranking
          const ranked = products.filter((p) => !taken.has(p)).map((p, i) => ({ product: p, score: -i }));
          const gate = { minSupport, minLift };
          const shown = suggest(ranked, owned, all, segment, gate, 10);
          const peers = rows.filter((r) => r.id !== meId);
          for (const s of shown) {
            const e = s.explanation;
            expect(taken.has(s.product)).toBe(false);
            const scope = peers.filter((r) => e.segment === null || r.segment === e.segment);
            if (e.because !== null) {
              // only what the account owns — never its pipeline or what it marked not relevant, unless it also owns it
              expect(owned).toContain(e.because);
              expect(e.base).toBe(scope.filter((r) => r.owned.includes(e.because!)).length);
              expect(e.support).toBe(scope.filter((r) => r.owned.includes(e.because!) && r.owned.includes(s.product)).length);
              const prior = scope.filter((r) => r.owned.includes(s.product)).length / scope.length;
              expect(e.lift).toBeCloseTo(e.support / e.base / prior, 12);
            } else {
              expect(e.segment).not.toBeNull();
              expect(e.base).toBe(scope.length);
              expect(e.support).toBe(scope.filter((r) => r.owned.includes(s.product)).length);
              const prior = peers.filter((r) => r.owned.includes(s.product)).length / peers.length;
              expect(e.lift).toBeCloseTo(e.support / e.base / prior, 12);
            }
            expect(e.confidence).toBe(e.support / e.base);
            expect(e.support).toBeGreaterThanOrEqual(minSupport);
            expect(e.lift).toBeGreaterThanOrEqual(minLift);
            const percent = Math.round((100 * e.support) / e.base);
            expect(reasonText(e, e.because)).toContain(`Owned by ${percent} % of the ${e.base} `);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the evaluation', () => {
  it('never lets the hidden product count for itself: a product only the account owns cannot be found by popularity', () => {
    // product 3 is owned by account 0 alone; every other account owns 0, 1, 2
    const rows = [[0, 3], ...Array.from({ length: 20 }, () => [0, 1, 2])];
    const b = benchmarkSuggestions({ items: 4, rows }, { folds: 2 });
    const popular = b.methods.find((m) => m.method === 'most popular')!;
    // account 0: hiding 3 ranks 1 and 2 (20 owners each) above 3 (no owner in the training view): RR 1/3;
    // hiding 0: 0, 1, 2 tie at 20 owners → expected RR (1 + 1/2 + 1/3) / 3. Every other account: the hidden one of
    // 0/1/2 (20 or 19 owners) against 3 (1 owner) → rank 1.
    expect(b.folds).toBe(2 + 60);
    expect(popular.mrr.estimate).toBeCloseTo((1 / 3 + (1 + 1 / 2 + 1 / 3) / 3 + 60) / 62, 9);
    expect(b.methods.map((m) => m.method)).toEqual([
      'most popular',
      'cosine co-occurrence',
      'EASE',
      'association rules (Korsa before)',
      'Korsa',
      'Korsa as shown (support ≥ 5, lift ≥ 1.2)',
    ]);
    for (const m of b.methods) expect(m.hitRate3.low).toBeLessThanOrEqual(m.hitRate3.estimate);
  });
});
