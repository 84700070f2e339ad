/**
 * A learned win probability that explains itself: naive Bayes over categorical features of an
 * opportunity (stage, sales group, product family, industry, size, age, activity recency, products
 * the customer already owns), trained on the company's own closed deals, with Laplace smoothing.
 * Each prediction carries its reasons: the features that moved the odds most, up or down.
 */
export type Features = Record<string, string>;

export interface Example {
  features: Features;
  won: boolean;
}

export interface Model {
  prior: { won: number; lost: number };
  /** feature → value → [won count, lost count] */
  counts: Record<string, Record<string, [number, number]>>;
  alpha: number;
}

export interface Reason {
  feature: string;
  value: string;
  /** Change in log-odds of winning from this feature (positive helps). */
  effect: number;
}

export interface Prediction {
  probability: number;
  reasons: Reason[];
}

export function train(examples: readonly Example[], alpha = 1): Model {
  const model: Model = { prior: { won: 0, lost: 0 }, counts: {}, alpha };
  for (const e of examples) {
    if (e.won) model.prior.won++;
    else model.prior.lost++;
    for (const [feature, value] of Object.entries(e.features)) {
      const byValue = (model.counts[feature] ??= {});
      const c = (byValue[value] ??= [0, 0]);
      c[e.won ? 0 : 1]++;
    }
  }
  return model;
}

export function predict(model: Model, features: Features, topReasons = 3): Prediction {
  const { won, lost } = model.prior;
  if (won + lost === 0) return { probability: 0.5, reasons: [] };
  let logOdds = Math.log((won + model.alpha) / (lost + model.alpha));
  const reasons: Reason[] = [];
  for (const [feature, value] of Object.entries(features)) {
    const byValue = model.counts[feature];
    if (!byValue) continue;
    const k = Object.keys(byValue).length + 1; // + an unseen value
    const [w, l] = byValue[value] ?? [0, 0];
    const effect = Math.log((w + model.alpha) / (won + model.alpha * k)) - Math.log((l + model.alpha) / (lost + model.alpha * k));
    logOdds += effect;
    reasons.push({ feature, value, effect });
  }
  reasons.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  return { probability: 1 / (1 + Math.exp(-logOdds)), reasons: reasons.slice(0, topReasons) };
}

/** Area under the ROC curve (Mann–Whitney U), ties counted half. */
export function auc(scored: readonly { score: number; won: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSumWon = 0;
  let nWon = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (sorted[k]!.won) {
        rankSumWon += averageRank;
        nWon++;
      }
    i = j;
  }
  const nLost = sorted.length - nWon;
  if (nWon === 0 || nLost === 0) return 0.5;
  return (rankSumWon - (nWon * (nWon + 1)) / 2) / (nWon * nLost);
}

/** Calibration: predictions in equal-width bins, with the mean prediction and the observed win rate. */
export function calibration(scored: readonly { score: number; won: boolean }[], bins = 10) {
  const table = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0, meanPredicted: 0, observed: 0 }));
  for (const s of scored) {
    const bin = table[Math.min(bins - 1, Math.floor(s.score * bins))]!;
    bin.count++;
    bin.meanPredicted += s.score;
    bin.observed += s.won ? 1 : 0;
  }
  return table
    .filter((b) => b.count > 0)
    .map((b) => ({
      ...b,
      meanPredicted: Math.round((b.meanPredicted / b.count) * 1000) / 1000,
      observed: Math.round((b.observed / b.count) * 1000) / 1000,
    }));
}

/** Buckets that make continuous facts categorical and readable. */
export const buckets = {
  ageMonths(days: number): string {
    const m = days / 30.4;
    return m < 1 ? '< 1 month' : m < 3 ? '1–3 months' : m < 6 ? '3–6 months' : m < 9 ? '6–9 months' : '9+ months';
  },
  daysSinceActivity(days: number | null): string {
    if (days === null) return 'never';
    return days <= 7 ? '≤ 1 week' : days <= 30 ? '≤ 1 month' : days <= 90 ? '≤ 3 months' : '> 3 months';
  },
  productsOwned(n: number): string {
    return n === 0 ? 'none' : n === 1 ? '1' : n <= 3 ? '2–3' : '4+';
  },
};
