/**
 * Small numeric tools the models and their evaluations share: a seeded random stream, confidence
 * intervals (Wilson for a proportion, a cluster bootstrap for means over folds grouped by account),
 * and the inverse of a symmetric positive definite matrix (Cholesky). Pure, no I/O.
 */

/** A deterministic random stream in [0, 1) from a seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval of a proportion (95 % by default). */
export function wilson(successes: number, n: number, z = 1.959964): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The q-quantile of sorted values (linear interpolation). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Percentile bootstrap of a ratio of sums over clusters (accounts): each cluster brings the sum of
 * its folds' values (`sums[c]`) and its number of folds (`counts[c]`); clusters are drawn with
 * replacement, so folds of one account stay together (they are not independent).
 * `sums` may hold several series (e.g. two methods' difference) — one call per series.
 */
export function clusterBootstrap(
  sums: ArrayLike<number>,
  counts: ArrayLike<number>,
  options: { resamples?: number; seed?: number; level?: number } = {},
): Interval & { estimate: number } {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const random = seededRandom(options.seed ?? 1);
  const k = sums.length;
  let total = 0;
  let n = 0;
  for (let c = 0; c < k; c++) {
    total += sums[c]!;
    n += counts[c]!;
  }
  const estimate = n ? total / n : 0;
  if (k === 0) return { estimate, low: 0, high: 0 };
  const draws = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    let m = 0;
    for (let i = 0; i < k; i++) {
      const c = Math.floor(random() * k);
      s += sums[c]!;
      m += counts[c]!;
    }
    draws[r] = m ? s / m : 0;
  }
  draws.sort();
  return { estimate, low: quantile(draws, (1 - level) / 2), high: quantile(draws, 1 - (1 - level) / 2) };
}

/**
 * The inverse of a symmetric positive definite n × n matrix (row-major), through its Cholesky
 * factor A = L·Lᵀ: A⁻¹ = L⁻ᵀ·L⁻¹. Throws when the matrix is not positive definite.
 */
export function inverseSpd(a: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const rj = j * n;
    let d = a[rj + j]!;
    for (let k = 0; k < j; k++) d -= l[rj + k]! * l[rj + k]!;
    if (!(d > 0)) throw new Error('inverseSpd: the matrix is not positive definite');
    const ljj = Math.sqrt(d);
    l[rj + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let s = a[ri + j]!;
      for (let k = 0; k < j; k++) s -= l[ri + k]! * l[rj + k]!;
      l[ri + j] = s / ljj;
    }
  }
  // M = L⁻¹ (lower triangular), row by row by forward substitution, reading rows of M (cache-friendly)
  const m = new Float64Array(n * n);
  const acc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    acc.fill(0, 0, i);
    for (let k = 0; k < i; k++) {
      const lik = l[ri + k]!;
      if (lik === 0) continue;
      const rk = k * n;
      for (let j = 0; j <= k; j++) acc[j]! += lik * m[rk + j]!;
    }
    const lii = l[ri + i]!;
    for (let j = 0; j < i; j++) m[ri + j] = -acc[j]! / lii;
    m[ri + i] = 1 / lii;
  }
  // A⁻¹ = Mᵀ·M: (A⁻¹)ij = Σ_k≥max(i,j) M[k][i]·M[k][j]
  const inv = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const rk = k * n;
    for (let i = 0; i <= k; i++) {
      const mki = m[rk + i]!;
      if (mki === 0) continue;
      const ri = i * n;
      for (let j = 0; j <= i; j++) inv[ri + j]! += mki * m[rk + j]!;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) inv[j * n + i] = inv[i * n + j]!;
  return inv;
}
