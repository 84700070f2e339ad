/**
 * A learned win probability that explains itself and says when it cannot know (B7).
 *
 * Two models over categorical facts of an opportunity (stage, sales group, product family,
 * industry, size, age, …), both learned from the company's whole closed history with more weight
 * on recent deals (`recencyWeight`, no hard window):
 * - naive Bayes with Laplace smoothing; reasons = each fact's log-likelihood ratio;
 * - logistic regression on one-hot facts with an L2 penalty (Newton's method); reasons = the
 *   coefficients of the facts present.
 * Which one an organisation uses is chosen on a time split of its own history (`chooseModel`):
 * train on the older deals, score the newer ones, keep the lower Brier score.
 *
 * Honest by construction: without any lost (or any won) deal in the history there is no
 * probability, only "not enough history"; a value the model never saw adds nothing and is never a reason.
 */
import { inverseSpd } from '../stats';

export type Features = Record<string, string>;

export interface Example {
  features: Features;
  won: boolean;
  /** Weight of this example (recency); 1 when absent. */
  weight?: number;
  /** When the deal closed (ms since epoch): what the time split sorts by. */
  closedAt?: number;
}

export interface Reason {
  feature: string;
  value: string;
  /** Change in log-odds of winning from this fact (positive helps). */
  effect: number;
}

export type Prediction =
  | { status: 'estimate'; probability: number; reasons: Reason[] }
  | { status: 'not_enough_history'; missing: 'won' | 'lost' | 'both'; reasons: [] };

export type ModelKind = 'naive_bayes' | 'logistic';

export interface NaiveBayes {
  kind: 'naive_bayes';
  prior: { won: number; lost: number };
  /** feature → value → [weighted won, weighted lost] */
  counts: Record<string, Record<string, [number, number]>>;
  alpha: number;
}

export interface Logistic {
  kind: 'logistic';
  prior: { won: number; lost: number };
  intercept: number;
  /** feature → value → coefficient */
  coefficients: Record<string, Record<string, number>>;
  l2: number;
}

export type Model = NaiveBayes | Logistic;

/** Half the weight for a deal closed this long before the newest one. */
export const HALF_LIFE_DAYS = 365;

/** The weight of a deal closed `ageDays` before the reference day: 1 today, ½ after the half-life, never 0. */
export function recencyWeight(ageDays: number, halfLifeDays = HALF_LIFE_DAYS): number {
  return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
}

/** Weights every example by how long before `now` it closed. */
export function weighByRecency(examples: readonly Example[], now: number, halfLifeDays = HALF_LIFE_DAYS): Example[] {
  return examples.map((e) => ({
    ...e,
    weight: e.closedAt === undefined ? 1 : recencyWeight((now - e.closedAt) / 86_400_000, halfLifeDays),
  }));
}

function priorOf(examples: readonly Example[]) {
  const prior = { won: 0, lost: 0 };
  for (const e of examples) prior[e.won ? 'won' : 'lost'] += e.weight ?? 1;
  return prior;
}

export function trainNaiveBayes(examples: readonly Example[], alpha = 1): NaiveBayes {
  const model: NaiveBayes = { kind: 'naive_bayes', prior: priorOf(examples), counts: {}, alpha };
  for (const e of examples) {
    const w = e.weight ?? 1;
    for (const [feature, value] of Object.entries(e.features)) {
      const byValue = (model.counts[feature] ??= {});
      const c = (byValue[value] ??= [0, 0]);
      c[e.won ? 0 : 1] += w;
    }
  }
  return model;
}

/**
 * Logistic regression on one-hot facts, weighted, with an L2 penalty on the coefficients (not the
 * intercept), by Newton's method on the penalised log-likelihood.
 */
export function trainLogistic(examples: readonly Example[], options: { l2?: number; iterations?: number } = {}): Logistic {
  const l2 = options.l2 ?? 1;
  const prior = priorOf(examples);
  const columns = new Map<string, number>();
  const keyOf = (f: string, v: string) => `${f}\u0000${v}`;
  const rows = examples.map((e) =>
    Object.entries(e.features).map(([f, v]) => {
      const k = keyOf(f, v);
      let c = columns.get(k);
      if (c === undefined) columns.set(k, (c = columns.size + 1)); // column 0 is the intercept
      return c;
    }),
  );
  const p = columns.size + 1;
  const beta = new Float64Array(p);
  if (prior.won > 0 && prior.lost > 0) beta[0] = Math.log(prior.won / prior.lost);
  const iterations = options.iterations ?? 25;
  for (let it = 0; it < iterations && prior.won > 0 && prior.lost > 0; it++) {
    const h = new Float64Array(p * p);
    const g = new Float64Array(p);
    rows.forEach((cols, n) => {
      const e = examples[n]!;
      const w = e.weight ?? 1;
      let z = beta[0]!;
      for (const c of cols) z += beta[c]!;
      const mu = 1 / (1 + Math.exp(-z));
      const r = w * ((e.won ? 1 : 0) - mu);
      const s = w * mu * (1 - mu);
      const at = [0, ...cols];
      for (const a of at) {
        g[a]! += r;
        for (const b of at) h[a * p + b]! += s;
      }
    });
    for (let c = 1; c < p; c++) {
      g[c]! -= l2 * beta[c]!;
      h[c * p + c]! += l2;
    }
    h[0]! += 1e-9;
    const inv = inverseSpd(h, p);
    let change = 0;
    for (let i = 0; i < p; i++) {
      let step = 0;
      for (let j = 0; j < p; j++) step += inv[i * p + j]! * g[j]!;
      beta[i]! += step;
      change = Math.max(change, Math.abs(step));
    }
    if (change < 1e-8) break;
  }
  const coefficients: Record<string, Record<string, number>> = {};
  for (const [k, c] of columns) {
    const [f, v] = k.split('\u0000') as [string, string];
    (coefficients[f] ??= {})[v] = beta[c]!;
  }
  return { kind: 'logistic', prior, intercept: beta[0]!, coefficients, l2 };
}

export function trainModel(kind: ModelKind, examples: readonly Example[]): Model {
  return kind === 'logistic' ? trainLogistic(examples) : trainNaiveBayes(examples);
}

/** No probability without both outcomes in the history. */
function missingOutcome(prior: { won: number; lost: number }): 'won' | 'lost' | 'both' | null {
  if (prior.won <= 0 && prior.lost <= 0) return 'both';
  if (prior.lost <= 0) return 'lost';
  if (prior.won <= 0) return 'won';
  return null;
}

export function predict(model: Model, features: Features, topReasons = 3): Prediction {
  const missing = missingOutcome(model.prior);
  if (missing) return { status: 'not_enough_history', missing, reasons: [] };
  const reasons: Reason[] = [];
  let logOdds: number;
  if (model.kind === 'naive_bayes') {
    const { won, lost } = model.prior;
    const a = model.alpha;
    logOdds = Math.log((won + a) / (lost + a));
    for (const [feature, value] of Object.entries(features)) {
      const byValue = model.counts[feature];
      const c = byValue?.[value];
      if (!byValue || !c) continue; // never seen: adds nothing, is no reason
      const k = Object.keys(byValue).length;
      const effect = Math.log((c[0] + a) / (won + a * k)) - Math.log((c[1] + a) / (lost + a * k));
      logOdds += effect;
      reasons.push({ feature, value, effect });
    }
  } else {
    logOdds = model.intercept;
    for (const [feature, value] of Object.entries(features)) {
      const effect = model.coefficients[feature]?.[value];
      if (effect === undefined) continue;
      logOdds += effect;
      reasons.push({ feature, value, effect });
    }
  }
  reasons.sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect));
  return {
    status: 'estimate',
    probability: 1 / (1 + Math.exp(-logOdds)),
    reasons: reasons.filter((r) => Math.abs(r.effect) > 1e-9).slice(0, topReasons),
  };
}

// ─── Evaluation ──────────────────────────────────────────────────────────────────────────────────

export interface Scored {
  score: number;
  won: boolean;
}

/** Area under the ROC curve (Mann–Whitney U), ties counted half. */
export function auc(scored: readonly Scored[]): number {
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

/** Mean squared error of the probabilities (lower is better; 0.25 for a coin at a 50 % base rate). */
export function brier(scored: readonly Scored[]): number {
  if (scored.length === 0) return 0;
  let s = 0;
  for (const x of scored) s += (x.score - (x.won ? 1 : 0)) ** 2;
  return s / scored.length;
}

/** Calibration: predictions in equal-width bins, with the mean prediction and the observed win rate. */
export function calibration(scored: readonly Scored[], bins = 10) {
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

export interface DecileRow {
  decile: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Calibration by decile: the predictions sorted and cut into ten groups of (nearly) equal size. */
export function calibrationByDecile(scored: readonly Scored[], groups = 10): DecileRow[] {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  const out: DecileRow[] = [];
  for (let d = 0; d < groups; d++) {
    const from = Math.floor((d * sorted.length) / groups);
    const to = Math.floor(((d + 1) * sorted.length) / groups);
    if (to <= from) continue;
    let p = 0;
    let w = 0;
    for (let i = from; i < to; i++) {
      p += sorted[i]!.score;
      w += sorted[i]!.won ? 1 : 0;
    }
    out.push({ decile: d + 1, count: to - from, meanPredicted: round3(p / (to - from)), observed: round3(w / (to - from)) });
  }
  return out;
}

export interface ModelScore {
  auc: number;
  brier: number;
  deciles: DecileRow[];
}

export interface TimeSplitEvaluation {
  /** The last close date (ms) in the training part. */
  splitAt: number | null;
  train: { examples: number; won: number; lost: number };
  test: { examples: number; won: number; lost: number; winRate: number };
  naiveBayes: ModelScore | null;
  logistic: ModelScore | null;
  /** Every deal at the probability its stage is configured with. */
  stage: ModelScore | null;
  /** The model with the lower Brier score on the newer deals (naive Bayes when they tie or cannot be told apart). */
  chosen: ModelKind;
}

function score(scored: Scored[]): ModelScore {
  return { auc: round3(auc(scored)), brier: round4(brier(scored)), deciles: calibrationByDecile(scored) };
}

/**
 * Train on the older `trainShare` of the closed history (by close date), predict the newer deals,
 * and compare both models with the stage probability (`stageProbability(example)` in 0…1).
 * Recency weights are taken relative to the newest training deal.
 */
export function evaluateTimeSplit(
  examples: readonly Example[],
  stageProbability: (e: Example) => number | null,
  options: { trainShare?: number; halfLifeDays?: number } = {},
): TimeSplitEvaluation {
  const sorted = [...examples].sort((a, b) => (a.closedAt ?? 0) - (b.closedAt ?? 0));
  // split between deals, never inside one day's closings
  let cut = Math.floor(sorted.length * (options.trainShare ?? 0.7));
  while (cut > 0 && cut < sorted.length && sorted[cut]!.closedAt === sorted[cut - 1]!.closedAt) cut++;
  const trainPart = sorted.slice(0, cut);
  const testPart = sorted.slice(cut);
  const splitAt = trainPart.at(-1)?.closedAt ?? null;
  const weighted = weighByRecency(trainPart, splitAt ?? 0, options.halfLifeDays);
  const count = (xs: readonly Example[]) => ({
    examples: xs.length,
    won: xs.filter((x) => x.won).length,
    lost: xs.filter((x) => !x.won).length,
  });
  const scoreWith = (m: Model): ModelScore | null => {
    const scored: Scored[] = [];
    for (const e of testPart) {
      const p = predict(m, e.features);
      if (p.status !== 'estimate') return null;
      scored.push({ score: p.probability, won: e.won });
    }
    return scored.length ? score(scored) : null;
  };
  const naiveBayes = scoreWith(trainNaiveBayes(weighted));
  const logistic = scoreWith(trainLogistic(weighted));
  const stageScored = testPart.flatMap((e) => {
    const p = stageProbability(e);
    return p === null ? [] : [{ score: p, won: e.won }];
  });
  const test = count(testPart);
  return {
    splitAt,
    train: count(trainPart),
    test: { ...test, winRate: test.examples ? round3(test.won / test.examples) : 0 },
    naiveBayes,
    logistic,
    stage: stageScored.length ? score(stageScored) : null,
    chosen: logistic && naiveBayes && logistic.brier < naiveBayes.brier ? 'logistic' : 'naive_bayes',
  };
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

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
