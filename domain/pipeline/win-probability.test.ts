import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auc,
  brier,
  buckets,
  calibration,
  calibrationByDecile,
  evaluateTimeSplit,
  predict,
  recencyWeight,
  trainLogistic,
  trainNaiveBayes,
  weighByRecency,
  type Example,
  type Prediction,
} from './win-probability';

const estimate = (p: Prediction) => {
  if (p.status !== 'estimate') throw new Error(`no estimate: ${p.status}`);
  return p;
};

describe('win probability', () => {
  const examples: Example[] = [
    ...Array.from({ length: 40 }, () => ({ features: { owns: '2–3', industry: 'Retail' }, won: true })),
    ...Array.from({ length: 10 }, () => ({ features: { owns: '2–3', industry: 'Retail' }, won: false })),
    ...Array.from({ length: 10 }, () => ({ features: { owns: 'none', industry: 'Retail' }, won: true })),
    ...Array.from({ length: 40 }, () => ({ features: { owns: 'none', industry: 'Retail' }, won: false })),
  ];

  for (const [name, model] of [
    ['naive Bayes', trainNaiveBayes(examples)],
    ['logistic regression', trainLogistic(examples)],
  ] as const) {
    it(`${name}: learns which facts go with winning, and says why`, () => {
      const good = estimate(predict(model, { owns: '2–3', industry: 'Retail' }));
      const bad = estimate(predict(model, { owns: 'none', industry: 'Retail' }));
      expect(good.probability).toBeGreaterThan(0.7);
      expect(bad.probability).toBeLessThan(0.3);
      expect(good.reasons[0]).toMatchObject({ feature: 'owns', value: '2–3' });
      expect(good.reasons[0]!.effect).toBeGreaterThan(0);
      expect(bad.reasons[0]!.effect).toBeLessThan(0);
    });

    it(`${name}: a value never seen adds nothing and is no reason`, () => {
      const seen = estimate(predict(model, { industry: 'Retail' }));
      const unseen = estimate(predict(model, { industry: 'Retail', owns: 'never seen' }));
      expect(unseen.probability).toBeCloseTo(seen.probability, 12);
      expect(unseen.reasons.map((r) => r.value)).not.toContain('never seen');
    });
  }

  it('logistic regression recovers the odds of a single fact (lightly penalised)', () => {
    const m = trainLogistic(examples, { l2: 1e-6 });
    expect(estimate(predict(m, { owns: '2–3', industry: 'Retail' })).probability).toBeCloseTo(0.8, 3);
    expect(estimate(predict(m, { owns: 'none', industry: 'Retail' })).probability).toBeCloseTo(0.2, 3);
  });

  it('says "not enough history" when the history has no lost (or no won) deals, instead of a number', () => {
    const allWon = examples.filter((e) => e.won);
    for (const model of [trainNaiveBayes(allWon), trainLogistic(allWon)])
      expect(predict(model, { owns: '2–3' })).toEqual({ status: 'not_enough_history', missing: 'lost', reasons: [] });
    expect(predict(trainNaiveBayes(examples.filter((e) => !e.won)), {})).toMatchObject({ status: 'not_enough_history', missing: 'won' });
    expect(predict(trainNaiveBayes([]), {})).toMatchObject({ status: 'not_enough_history', missing: 'both' });
  });

  it('always gives a probability between 0 and 1, or none (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ features: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y', 'z')), won: fc.boolean() }),
          {
            maxLength: 60,
          },
        ),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y', 'w')),
        (ex, f) => {
          for (const model of [trainNaiveBayes(ex), trainLogistic(ex)]) {
            const p = predict(model, f);
            const hasBoth = ex.some((e) => e.won) && ex.some((e) => !e.won);
            expect(p.status).toBe(hasBoth ? 'estimate' : 'not_enough_history');
            if (p.status === 'estimate') {
              expect(p.probability).toBeGreaterThanOrEqual(0);
              expect(p.probability).toBeLessThanOrEqual(1);
              for (const r of p.reasons) expect(f[r.feature]).toBe(r.value);
              for (const r of p.reasons) expect(ex.some((e) => e.features[r.feature] === r.value)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('weighs recent deals more, and never drops old ones', () => {
    expect(recencyWeight(0)).toBe(1);
    expect(recencyWeight(365)).toBeCloseTo(0.5, 12);
    expect(recencyWeight(3650)).toBeGreaterThan(0);
    const day = 86_400_000;
    const now = Date.UTC(2026, 0, 1);
    // the same facts won long ago and lost lately: the recent losses weigh more
    const history: Example[] = [
      ...Array.from({ length: 10 }, () => ({ features: { product: 'x' }, won: true, closedAt: now - 1000 * day })),
      ...Array.from({ length: 10 }, () => ({ features: { product: 'x' }, won: false, closedAt: now - 10 * day })),
    ];
    expect(estimate(predict(trainNaiveBayes(history), { product: 'x' })).probability).toBeCloseTo(0.5, 1);
    expect(estimate(predict(trainNaiveBayes(weighByRecency(history, now)), { product: 'x' })).probability).toBeLessThan(0.25);
  });

  it('measures ranking with AUC, probabilities with the Brier score, and calibration by bins and deciles', () => {
    expect(
      auc([
        { score: 0.9, won: true },
        { score: 0.1, won: false },
      ]),
    ).toBe(1);
    expect(
      auc([
        { score: 0.5, won: true },
        { score: 0.5, won: false },
      ]),
    ).toBe(0.5);
    expect(
      brier([
        { score: 1, won: true },
        { score: 0.5, won: false },
      ]),
    ).toBeCloseTo(0.125, 12);
    expect(
      calibration([
        { score: 0.05, won: false },
        { score: 0.95, won: true },
        { score: 0.92, won: false },
      ]),
    ).toEqual([
      { from: 0, to: 0.1, count: 1, meanPredicted: 0.05, observed: 0 },
      { from: 0.9, to: 1, count: 2, meanPredicted: 0.935, observed: 0.5 },
    ]);
    const scored = Array.from({ length: 100 }, (_, i) => ({ score: i / 100, won: i % 2 === 0 }));
    const deciles = calibrationByDecile(scored);
    expect(deciles).toHaveLength(10);
    expect(deciles.every((d) => d.count === 10)).toBe(true);
    expect(deciles[0]).toMatchObject({ decile: 1, meanPredicted: 0.045, observed: 0.5 });
  });

  it('compares the models with the stage probability on a time split, and chooses by the Brier score', () => {
    const day = 86_400_000;
    // the stage carries most of the signal; industry a little more
    const history: Example[] = [];
    for (let i = 0; i < 400; i++) {
      const stage = ['identified', 'quote_sent', 'negotiation'][i % 3]!;
      const industry = i % 5 === 0 ? 'Retail' : 'Energy';
      const p = { identified: 0.2, quote_sent: 0.5, negotiation: 0.8 }[stage]! + (industry === 'Retail' ? 0.15 : 0);
      history.push({ features: { stage, industry }, won: (i * 0.6180339887) % 1 < p, closedAt: Date.UTC(2025, 0, 1) + i * day });
    }
    const stageProbability = (e: Example) => ({ identified: 0.1, quote_sent: 0.5, negotiation: 0.75 })[e.features.stage!] ?? null;
    const r = evaluateTimeSplit(history, stageProbability);
    expect(r.train.examples).toBe(280);
    expect(r.test.examples).toBe(120);
    expect(r.splitAt).toBe(Date.UTC(2025, 0, 1) + 279 * day);
    expect(r.naiveBayes!.auc).toBeGreaterThan(0.7);
    expect(r.logistic!.auc).toBeGreaterThan(0.7);
    expect(r.stage!.auc).toBeGreaterThan(0.6);
    expect(r.chosen).toBe(r.logistic!.brier < r.naiveBayes!.brier ? 'logistic' : 'naive_bayes');
    expect(r.naiveBayes!.deciles).toHaveLength(10);
    // a history without losses cannot be evaluated
    const noLosses = evaluateTimeSplit(
      history.map((e) => ({ ...e, won: true })),
      stageProbability,
    );
    expect(noLosses.naiveBayes).toBeNull();
    expect(noLosses.logistic).toBeNull();
  });

  it('buckets facts in words', () => {
    expect(buckets.ageMonths(200)).toBe('6–9 months');
    expect(buckets.daysSinceActivity(null)).toBe('never');
    expect(buckets.productsOwned(3)).toBe('2–3');
  });
});
