import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auc, buckets, calibration, predict, train } from './win-probability';

describe('win probability', () => {
  const examples = [
    ...Array.from({ length: 40 }, () => ({ features: { owns: '2–3', industry: 'Retail' }, won: true })),
    ...Array.from({ length: 10 }, () => ({ features: { owns: '2–3', industry: 'Retail' }, won: false })),
    ...Array.from({ length: 10 }, () => ({ features: { owns: 'none', industry: 'Retail' }, won: true })),
    ...Array.from({ length: 40 }, () => ({ features: { owns: 'none', industry: 'Retail' }, won: false })),
  ];
  const model = train(examples);

  it('learns which facts go with winning, and says why', () => {
    const good = predict(model, { owns: '2–3', industry: 'Retail' });
    const bad = predict(model, { owns: 'none', industry: 'Retail' });
    expect(good.probability).toBeGreaterThan(0.7);
    expect(bad.probability).toBeLessThan(0.3);
    expect(good.reasons[0]).toMatchObject({ feature: 'owns', value: '2–3' });
    expect(good.reasons[0]!.effect).toBeGreaterThan(0);
    expect(bad.reasons[0]!.effect).toBeLessThan(0);
    // a feature that does not separate won from lost has (almost) no effect
    expect(Math.abs(good.reasons.find((r) => r.feature === 'industry')!.effect)).toBeLessThan(0.05);
  });

  it('falls back to the prior for unseen values and an empty model', () => {
    expect(predict(model, { owns: 'never seen' }).probability).toBeCloseTo(0.5, 1);
    expect(predict(train([]), { owns: 'x' }).probability).toBe(0.5);
  });

  it('always gives a probability between 0 and 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ features: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y', 'z')), won: fc.boolean() })),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y', 'w')),
        (ex, f) => {
          const p = predict(train(ex), f).probability;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('measures ranking with AUC and calibration by bins', () => {
    expect(
      auc([
        { score: 0.9, won: true },
        { score: 0.1, won: false },
      ]),
    ).toBe(1);
    expect(
      auc([
        { score: 0.1, won: true },
        { score: 0.9, won: false },
      ]),
    ).toBe(0);
    expect(
      auc([
        { score: 0.5, won: true },
        { score: 0.5, won: false },
      ]),
    ).toBe(0.5);
    const table = calibration([
      { score: 0.05, won: false },
      { score: 0.95, won: true },
      { score: 0.92, won: false },
    ]);
    expect(table).toEqual([
      { from: 0, to: 0.1, count: 1, meanPredicted: 0.05, observed: 0 },
      { from: 0.9, to: 1, count: 2, meanPredicted: 0.935, observed: 0.5 },
    ]);
  });

  it('buckets facts in words', () => {
    expect(buckets.ageMonths(200)).toBe('6–9 months');
    expect(buckets.daysSinceActivity(null)).toBe('never');
    expect(buckets.productsOwned(3)).toBe('2–3');
  });
});
