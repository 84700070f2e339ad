/**
 * The statistics the lead-scoring tuning page (C1) needs and no other model does: an L2-regularised
 * logistic regression on numeric columns (fitted by IRLS — Newton's method on the penalised
 * log-likelihood), the AUC's standard error (Hanley & McNeil), and calibration bands that say
 * what a score meant in the training period against what it meant later. Pure, no I/O.
 */
import { inverseSpd } from './stats';

export interface LogisticFit {
  intercept: number;
  /** One coefficient per column, in the columns' order. */
  weights: number[];
  iterations: number;
}

/**
 * Logistic regression of `ys` on the numeric `rows` (n × p, no intercept column: it is added), with
 * an L2 penalty `l2` on the coefficients (not on the intercept), so a value seen in few leads is
 * pulled towards "no effect" rather than to ±∞.
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  ys: readonly boolean[],
  options: { l2?: number; iterations?: number } = {},
): LogisticFit {
  const l2 = options.l2 ?? 1;
  const columns = rows[0]?.length ?? 0;
  const p = columns + 1;
  const beta = new Float64Array(p);
  const positives = ys.filter(Boolean).length;
  if (positives === 0 || positives === ys.length) {
    // nothing to learn: every lead went the same way
    return { intercept: positives === 0 ? -Infinity : Infinity, weights: new Array<number>(columns).fill(0), iterations: 0 };
  }
  beta[0] = Math.log(positives / (ys.length - positives));
  const maxIterations = options.iterations ?? 30;
  let it = 0;
  for (; it < maxIterations; it++) {
    const h = new Float64Array(p * p);
    const g = new Float64Array(p);
    const x = new Float64Array(p);
    x[0] = 1;
    rows.forEach((row, n) => {
      let z = beta[0]!;
      for (let j = 0; j < columns; j++) {
        x[j + 1] = row[j]!;
        z += beta[j + 1]! * row[j]!;
      }
      const mu = 1 / (1 + Math.exp(-z));
      const r = (ys[n] ? 1 : 0) - mu;
      const s = mu * (1 - mu);
      for (let a = 0; a < p; a++) {
        const xa = x[a]!;
        if (xa === 0) continue;
        g[a]! += r * xa;
        for (let b = 0; b < p; b++) h[a * p + b]! += s * xa * x[b]!;
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
  return { intercept: beta[0], weights: Array.from(beta.subarray(1)), iterations: it + 1 };
}

/** The AUC's 95 % interval by Hanley & McNeil's standard error (n1 positives, n0 negatives). */
export function aucInterval(auc: number, n1: number, n0: number): { low: number; high: number } {
  if (n1 === 0 || n0 === 0) return { low: 0, high: 1 };
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const variance = (auc * (1 - auc) + (n1 - 1) * (q1 - auc * auc) + (n0 - 1) * (q2 - auc * auc)) / (n1 * n0);
  const se = Math.sqrt(Math.max(0, variance));
  return { low: Math.max(0, auc - 1.96 * se), high: Math.min(1, auc + 1.96 * se) };
}

export interface ScoredLead {
  score: number;
  positive: boolean;
}

export interface CalibrationBand {
  band: number;
  /** The lowest and highest score in the band (later part). */
  from: number;
  to: number;
  leads: number;
  /** What the earlier part says a score in this range converts at (null: too few leads there). */
  predicted: number | null;
  trainLeads: number;
  /** How the later part's leads in the band did (null: too few). */
  observed: number | null;
}

/**
 * Calibration of a score over time: the later part's leads sorted by score and cut into (at most)
 * ten bands of equal size — fewer when the bands would hold under `minLeads` each — with, per band,
 * the rate the earlier part saw for scores in the band's range (the score's meaning when the model
 * was set) against the rate the later part had. A score is calibrated when the two agree.
 */
export function calibrationBands(train: readonly ScoredLead[], test: readonly ScoredLead[], minLeads: number): CalibrationBand[] {
  const count = Math.min(10, Math.floor(test.length / Math.max(1, minLeads)));
  if (count < 2) return [];
  const sorted = [...test].sort((a, b) => a.score - b.score);
  const rate = (xs: readonly ScoredLead[]) => (xs.length >= minLeads ? xs.filter((x) => x.positive).length / xs.length : null);
  const out: CalibrationBand[] = [];
  for (let b = 0; b < count; b++) {
    const part = sorted.slice(Math.floor((b * sorted.length) / count), Math.floor(((b + 1) * sorted.length) / count));
    if (part.length === 0) continue;
    const from = part[0]!.score;
    const to = part[part.length - 1]!.score;
    const before = train.filter((x) => x.score >= from && x.score <= to);
    out.push({ band: b + 1, from, to, leads: part.length, predicted: rate(before), trainLeads: before.length, observed: rate(part) });
  }
  return out;
}
