/**
 * Cross-sell suggestions (D6): which products an account is likely to need next, ranked by a model
 * of what customers own together and explained by one true sentence from the data.
 *
 * - **Ranking** blends an item-to-item signal (cosine co-occurrence, EASE — a linear item-item model
 *   with a closed form — or association-rule confidence) with a popularity prior (over all
 *   customers, or over the account's segment shrunk towards all). Which blend is chosen by a
 *   leave-one-out evaluation on the organisation's own data (`fitRanker`), not by taste; the bench
 *   (`npm run bench -- suggestions`) runs the same selection on held-out folds.
 * - **Explanation**: the strongest association rule "owned by P % of the N [segment] customers who
 *   own X" whose antecedent X the account *owns* (never a product in pipeline or marked not
 *   relevant), meeting the minimum support and lift; a product without such a rule is not
 *   suggested at all — no suggestion rather than a weak one.
 *
 * Pure: plain arrays in, plain values out.
 */
import { inverseSpd } from './stats';

// ─── Data ────────────────────────────────────────────────────────────────────────────────────────

/** Accounts × products as lists of product indices; optionally each account's segment (industry). */
export interface Ownership {
  /** Catalogue size: products are 0 … items − 1. */
  items: number;
  /** The products each account owns (indices, no repeats). */
  rows: readonly (readonly number[])[];
  /** Each account's segment 0 … segmentCount − 1, or −1 for none. */
  segments?: readonly number[];
  segmentCount?: number;
}

/** Counts over the accounts: how many own each product, each pair, and the same per segment. */
export interface OwnershipStats {
  items: number;
  accounts: number;
  count: Float64Array;
  /** items × items, row-major; the diagonal is `count`. */
  cooc: Float64Array;
  segmentCount: number;
  segmentAccounts: Float64Array;
  /** segmentCount × items. */
  segmentOwners: Float64Array;
  /** segmentCount × items × items, only when asked for (explanations in the evaluation). */
  segmentCooc: Float64Array | null;
}

export function ownershipStats(o: Ownership, withSegmentPairs = false): OwnershipStats {
  const n = o.items;
  const segs = o.segmentCount ?? 0;
  const s: OwnershipStats = {
    items: n,
    accounts: o.rows.length,
    count: new Float64Array(n),
    cooc: new Float64Array(n * n),
    segmentCount: segs,
    segmentAccounts: new Float64Array(segs),
    segmentOwners: new Float64Array(segs * n),
    segmentCooc: withSegmentPairs && segs > 0 ? new Float64Array(segs * n * n) : null,
  };
  o.rows.forEach((row, a) => {
    const seg = o.segments?.[a] ?? -1;
    if (seg >= 0) s.segmentAccounts[seg]!++;
    for (const i of row) {
      s.count[i]!++;
      if (seg >= 0) s.segmentOwners[seg * n + i]!++;
      for (const j of row) {
        s.cooc[i * n + j]!++;
        if (seg >= 0 && s.segmentCooc) s.segmentCooc[(seg * n + i) * n + j]!++;
      }
    }
  });
  return s;
}

// ─── Rankers ─────────────────────────────────────────────────────────────────────────────────────

export type ItemSignal = 'none' | 'cosine' | 'ease' | 'rules';
export type Prior = 'popular' | 'segment';

/** One way to rank: (1 − w) × item signal + w × prior, each scaled to its largest candidate value. */
export interface RankerConfig {
  signal: ItemSignal;
  /** EASE's L2 penalty. */
  lambda?: number;
  prior: Prior;
  /** w in [0, 1]; 1 for signal 'none'. */
  priorWeight: number;
}

/** A segment's share is shrunk towards the share among all customers as if it had this many more accounts. */
export const SEGMENT_SHRINK = 20;

export const baselines = {
  popular: { signal: 'none', prior: 'popular', priorWeight: 1 },
  cosine: { signal: 'cosine', prior: 'popular', priorWeight: 0 },
  rules: { signal: 'rules', prior: 'popular', priorWeight: 0 },
} as const satisfies Record<string, RankerConfig>;

export const easeConfig = (lambda: number): RankerConfig => ({ signal: 'ease', lambda, prior: 'popular', priorWeight: 0 });

export function describeConfig(c: RankerConfig): string {
  const prior = c.prior === 'segment' ? 'segment popularity' : 'popularity';
  if (c.signal === 'none') return prior;
  const signal = c.signal === 'ease' ? `EASE λ=${round(c.lambda ?? 0, 3)}` : c.signal === 'cosine' ? 'cosine' : 'rule confidence';
  return c.priorWeight > 0 ? `${signal} + ${round(c.priorWeight * 100, 1)} % ${prior}` : signal;
}

/** EASE penalties to try: a geometric grid scaled by the mean number of owners per product. */
export function easeLambdas(stats: OwnershipStats): number[] {
  let total = 0;
  for (let i = 0; i < stats.items; i++) total += stats.count[i]!;
  const mean = Math.max(1, total / Math.max(1, stats.items));
  return [0.03, 0.15, 0.6, 2.5, 10, 40].map((f) => round(mean * f, 4));
}

/** Every blend `fitRanker` chooses from: each signal alone and with each prior at a few weights, and each prior alone. */
export function configGrid(lambdas: readonly number[], hasSegments: boolean): RankerConfig[] {
  const priors: Prior[] = hasSegments ? ['popular', 'segment'] : ['popular'];
  const weights = [0.02, 0.05, 0.1, 0.2, 0.4, 0.6];
  const signals: RankerConfig[] = [
    { signal: 'cosine', prior: 'popular', priorWeight: 0 },
    { signal: 'rules', prior: 'popular', priorWeight: 0 },
    ...lambdas.map(easeConfig),
  ];
  const out: RankerConfig[] = [];
  for (const s of signals) {
    out.push(s);
    for (const prior of priors) for (const w of weights) out.push({ ...s, prior, priorWeight: w });
  }
  for (const prior of priors) out.push({ signal: 'none', prior, priorWeight: 1 });
  return out;
}

/** (G + λI)⁻¹ for EASE, from the co-occurrence counts. */
export function easeInverse(stats: OwnershipStats, lambda: number): Float64Array {
  const n = stats.items;
  const g = Float64Array.from(stats.cooc);
  for (let i = 0; i < n; i++) g[i * n + i]! += lambda;
  return inverseSpd(g, n);
}

/** What the item signals are computed from, per λ: (G + λI)⁻¹. */
export type EaseInverses = Map<number, Float64Array>;

export function easeInverses(stats: OwnershipStats, configs: readonly RankerConfig[]): EaseInverses {
  const out: EaseInverses = new Map();
  for (const c of configs)
    if (c.signal === 'ease' && c.lambda !== undefined && !out.has(c.lambda)) out.set(c.lambda, easeInverse(stats, c.lambda));
  return out;
}

/**
 * Scratch space and the signals of one query against one training view: the stats with one
 * account's row removed (`removed`; empty in production), the query (what the account owns, or
 * its visible part in the evaluation), and its segment.
 */
export class Scorer {
  readonly n: number;
  readonly pop: Float64Array;
  readonly seg: Float64Array;
  readonly cos: Float64Array;
  readonly rules: Float64Array;
  readonly ease = new Map<number, Float64Array>();
  readonly out: Float64Array;
  private readonly removedMask: Uint8Array;
  private readonly px = new Map<number, { px: Float64Array; d: number }>();
  private removed: readonly number[] = [];
  private segment = -1;
  accounts = 0;
  segmentAccounts = 0;

  constructor(
    readonly stats: OwnershipStats,
    readonly inverses: EaseInverses,
  ) {
    const n = stats.items;
    this.n = n;
    this.pop = new Float64Array(n);
    this.seg = new Float64Array(n);
    this.cos = new Float64Array(n);
    this.rules = new Float64Array(n);
    this.out = new Float64Array(n);
    this.removedMask = new Uint8Array(n);
    for (const lambda of inverses.keys()) this.ease.set(lambda, new Float64Array(n));
  }

  /** The training view: every account but this row (none in production). */
  setTraining(removed: readonly number[], segment: number): void {
    for (const i of this.removed) this.removedMask[i] = 0;
    this.removed = removed;
    for (const i of removed) this.removedMask[i] = 1;
    this.segment = segment < this.stats.segmentCount ? segment : -1;
    const gone = removed.length > 0 ? 1 : 0;
    this.accounts = this.stats.accounts - gone;
    this.segmentAccounts = this.segment >= 0 ? this.stats.segmentAccounts[this.segment]! - gone : 0;
    const n = this.n;
    for (const [lambda, p] of this.inverses) {
      const px = new Float64Array(n);
      let q = 0;
      for (const i of removed) {
        const row = i * n;
        for (let j = 0; j < n; j++) px[j]! += p[row + j]!;
      }
      for (const i of removed) q += px[i]!;
      this.px.set(lambda, { px, d: 1 - q });
    }
    for (let j = 0; j < n; j++) {
      const c = this.owners(j);
      this.pop[j] = this.accounts > 0 ? c / this.accounts : 0;
      this.seg[j] =
        this.segment >= 0
          ? (this.segmentOwners(j) + SEGMENT_SHRINK * this.pop[j]!) / (this.segmentAccounts + SEGMENT_SHRINK)
          : this.pop[j]!;
    }
  }

  /** Accounts in the training view owning j. */
  owners(j: number): number {
    return this.stats.count[j]! - this.removedMask[j]!;
  }

  /** Accounts in the training view owning both i and j. */
  both(i: number, j: number): number {
    return this.stats.cooc[i * this.n + j]! - (this.removedMask[i]! & this.removedMask[j]!);
  }

  segmentOwners(j: number): number {
    return this.segment < 0 ? 0 : this.stats.segmentOwners[this.segment * this.n + j]! - this.removedMask[j]!;
  }

  segmentBoth(i: number, j: number): number {
    const sc = this.stats.segmentCooc;
    if (this.segment < 0 || !sc) return 0;
    return sc[(this.segment * this.n + i) * this.n + j]! - (this.removedMask[i]! & this.removedMask[j]!);
  }

  get segmentIndex(): number {
    return this.segment;
  }

  /** The item signals of a query (the products the account owns, or the visible part of its row). */
  setQuery(query: readonly number[], signals: ReadonlySet<ItemSignal> = allSignals): void {
    const n = this.n;
    const { cos, rules } = this;
    if (signals.has('cosine')) {
      cos.fill(0);
      for (const i of query) {
        const ci = this.owners(i);
        if (ci <= 0) continue;
        const row = i * n;
        for (let j = 0; j < n; j++) {
          const b = this.stats.cooc[row + j]! - (this.removedMask[i]! & this.removedMask[j]!);
          if (b > 0) cos[j]! += b / Math.sqrt(ci * this.owners(j));
        }
      }
    }
    if (signals.has('rules')) {
      rules.fill(0);
      for (const i of query) {
        const ci = this.owners(i);
        if (ci <= 0) continue;
        const row = i * n;
        for (let j = 0; j < n; j++) {
          const b = this.stats.cooc[row + j]! - (this.removedMask[i]! & this.removedMask[j]!);
          const conf = b / ci;
          if (conf > rules[j]!) rules[j] = conf;
        }
      }
    }
    if (signals.has('ease')) {
      for (const [lambda, p] of this.inverses) {
        const { px, d } = this.px.get(lambda)!;
        const acc = this.ease.get(lambda)!;
        acc.fill(0);
        let a = 0;
        for (const i of query) {
          a += px[i]!;
          const row = i * n;
          for (let j = 0; j < n; j++) acc[j]! += p[row + j]!;
        }
        a /= d;
        // P' = P + px·pxᵀ/d (the removed row downdated, Sherman–Morrison); score_j = −Σ_i∈query P'_ij / P'_jj
        for (let j = 0; j < n; j++) {
          const diag = p[j * n + j]! + (px[j]! * px[j]!) / d;
          acc[j] = -(acc[j]! + a * px[j]!) / diag;
        }
      }
    }
  }

  /**
   * The blend's scores for the candidates (`candidate[j]` = 1), in `out`; others get −∞.
   * Each part is scaled by its largest absolute value among the candidates.
   */
  score(c: RankerConfig, candidate: Uint8Array): Float64Array {
    const n = this.n;
    const out = this.out;
    const signal =
      c.signal === 'none' ? null : c.signal === 'cosine' ? this.cos : c.signal === 'rules' ? this.rules : this.ease.get(c.lambda!)!;
    const prior = c.prior === 'segment' ? this.seg : this.pop;
    const w = c.signal === 'none' ? 1 : c.priorWeight;
    let maxS = 0;
    let maxP = 0;
    for (let j = 0; j < n; j++) {
      if (!candidate[j]) continue;
      if (signal && Math.abs(signal[j]!) > maxS) maxS = Math.abs(signal[j]!);
      if (prior[j]! > maxP) maxP = prior[j]!;
    }
    const ws = signal && maxS > 0 ? (1 - w) / maxS : 0;
    const wp = maxP > 0 ? w / maxP : 0;
    for (let j = 0; j < n; j++) out[j] = candidate[j] ? (signal ? ws * signal[j]! : 0) + wp * prior[j]! : Number.NEGATIVE_INFINITY;
    return out;
  }
}

const allSignals: ReadonlySet<ItemSignal> = new Set(['cosine', 'rules', 'ease']);

/** Scores closer than this (relative) are ties. */
const TIE = 1e-9;

/**
 * Where `target` lands among the candidates when ties are broken at random: the expected hit at
 * each k and the expected reciprocal rank, and how many candidates score strictly higher.
 */
export function rankOf(scores: Float64Array, candidate: Uint8Array, target: number, ks: readonly number[]) {
  const s = scores[target]!;
  const eps = TIE * Math.max(1, Math.abs(s));
  let greater = 0;
  let ties = 0;
  for (let j = 0; j < scores.length; j++) {
    if (!candidate[j] || j === target) continue;
    const d = scores[j]! - s;
    if (d > eps) greater++;
    else if (d >= -eps) ties++;
  }
  let rr = 0;
  for (let r = greater + 1; r <= greater + ties + 1; r++) rr += 1 / r;
  rr /= ties + 1;
  const hits = ks.map((k) => Math.min(1, Math.max(0, (k - greater) / (ties + 1))));
  return { greater, ties, hits, rr };
}

/** The k best candidates (highest score first; ties by index). */
export function topK(scores: Float64Array, candidate: Uint8Array, k: number): number[] {
  const best: number[] = [];
  for (let j = 0; j < scores.length; j++) {
    if (!candidate[j]) continue;
    if (best.length < k) {
      best.push(j);
      best.sort((a, b) => scores[b]! - scores[a]! || a - b);
    } else if (scores[j]! > scores[best[k - 1]!]!) {
      best[k - 1] = j;
      best.sort((a, b) => scores[b]! - scores[a]! || a - b);
    }
  }
  return best;
}

// ─── Choosing the blend: leave-one-out on the data itself ───────────────────────────────────────

export const KS = [3, 5] as const;

/** Sums of a method's metrics over leave-one-out folds. */
export interface FoldSums {
  folds: number;
  hit3: number;
  hit5: number;
  rr: number;
}

export const emptySums = (): FoldSums => ({ folds: 0, hit3: 0, hit5: 0, rr: 0 });

/** What a blend is chosen by: hit rate at 3, then mean reciprocal rank. */
export const objective = (s: FoldSums) => (s.folds ? s.hit3 / s.folds + s.rr / s.folds : 0);

/**
 * Leave-one-out over the given accounts (each owning ≥ 2 products): hide each owned product in
 * turn; the training view is every other account; rank every product the account does not own in
 * its visible part. Calls `visit` per fold with the scorer ready (training view and query set).
 */
export function forEachFold(
  data: Ownership,
  scorer: Scorer,
  accounts: readonly number[],
  visit: (account: number, hidden: number, candidate: Uint8Array) => void,
  signals: ReadonlySet<ItemSignal> = allSignals,
): void {
  const candidate = new Uint8Array(data.items);
  for (const a of accounts) {
    const row = data.rows[a]!;
    if (row.length < 2) continue;
    scorer.setTraining(row, data.segments?.[a] ?? -1);
    for (const hidden of row) {
      const visible = row.filter((p) => p !== hidden);
      scorer.setQuery(visible, signals);
      candidate.fill(1);
      for (const p of visible) candidate[p] = 0;
      visit(a, hidden, candidate);
    }
  }
}

/** Accounts that can be evaluated: owning at least two products. */
export const evaluable = (data: Ownership) => data.rows.flatMap((r, a) => (r.length >= 2 ? [a] : []));

/** Each config's fold sums over the accounts, split by `groupOf` (for cross-fitting). */
export function tuneGrid(
  data: Ownership,
  scorer: Scorer,
  configs: readonly RankerConfig[],
  accounts: readonly number[],
  groupOf: (account: number) => number,
  groups: number,
): FoldSums[][] {
  const sums = configs.map(() => Array.from({ length: groups }, emptySums));
  const used = new Set<ItemSignal>(configs.map((c) => c.signal).filter((s) => s !== 'none'));
  forEachFold(
    data,
    scorer,
    accounts,
    (a, hidden, candidate) => {
      const g = groupOf(a);
      configs.forEach((c, k) => {
        const r = rankOf(scorer.score(c, candidate), candidate, hidden, KS);
        const s = sums[k]![g]!;
        s.folds++;
        s.hit3 += r.hits[0]!;
        s.hit5 += r.hits[1]!;
        s.rr += r.rr;
      });
    },
    used,
  );
  return sums;
}

/** The config with the best objective over the given groups' sums. */
export function bestConfig(configs: readonly RankerConfig[], sums: FoldSums[][], groups: readonly number[]): number {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  sums.forEach((byGroup, k) => {
    const total = emptySums();
    for (const g of groups) {
      const s = byGroup[g]!;
      total.folds += s.folds;
      total.hit3 += s.hit3;
      total.hit5 += s.hit5;
      total.rr += s.rr;
    }
    const v = objective(total);
    if (v > bestValue + 1e-12) {
      bestValue = v;
      best = k;
    }
  });
  return best;
}

export interface FittedRanker {
  config: RankerConfig;
  stats: OwnershipStats;
  inverse: Float64Array | null;
  /** Leave-one-out on the accounts it was chosen on: folds, hit rate at 3 and 5, MRR. */
  evaluation: { accounts: number; folds: number; hitRate3: number; hitRate5: number; mrr: number };
}

/** A deterministic sample of at most `max` indices. */
export function sample(indices: readonly number[], max: number): number[] {
  if (indices.length <= max) return [...indices];
  const step = indices.length / max;
  return Array.from({ length: max }, (_, i) => indices[Math.floor(i * step)]!);
}

/**
 * The blend that ranks the organisation's own data best in leave-one-out (on a deterministic
 * sample of at most `maxAccounts` accounts): what production ranks with. Without enough data to
 * evaluate, popularity.
 */
export function fitRanker(data: Ownership, options: { maxAccounts?: number } = {}): FittedRanker {
  const stats = ownershipStats(data);
  const accounts = sample(evaluable(data), options.maxAccounts ?? 1500);
  const configs = configGrid(easeLambdas(stats), (data.segmentCount ?? 0) > 0);
  const inverses = easeInverses(stats, configs);
  const scorer = new Scorer(stats, inverses);
  const sums = tuneGrid(data, scorer, configs, accounts, () => 0, 1);
  const k = accounts.length > 0 ? bestConfig(configs, sums, [0]) : configs.length - 1;
  const config = accounts.length > 0 ? configs[k]! : baselines.popular;
  const s = accounts.length > 0 ? sums[k]![0]! : emptySums();
  return {
    config,
    stats,
    inverse: config.signal === 'ease' ? inverses.get(config.lambda!)! : null,
    evaluation: {
      accounts: accounts.length,
      folds: s.folds,
      hitRate3: s.folds ? s.hit3 / s.folds : 0,
      hitRate5: s.folds ? s.hit5 / s.folds : 0,
      mrr: s.folds ? s.rr / s.folds : 0,
    },
  };
}

/**
 * The candidates for an account in the fitted blend's order: every product it does not own and
 * that is not excluded (in pipeline, marked not relevant). Only what it *owns* is the query.
 */
export function rankCandidates(
  ranker: FittedRanker,
  owned: readonly number[],
  segment: number,
  exclude: readonly number[],
): { item: number; score: number }[] {
  const inverses: EaseInverses = new Map();
  if (ranker.inverse && ranker.config.lambda !== undefined) inverses.set(ranker.config.lambda, ranker.inverse);
  const scorer = new Scorer(ranker.stats, inverses);
  scorer.setTraining([], segment);
  scorer.setQuery(owned, new Set([ranker.config.signal]));
  const candidate = new Uint8Array(ranker.stats.items).fill(1);
  for (const i of owned) candidate[i] = 0;
  for (const i of exclude) candidate[i] = 0;
  const scores = scorer.score(ranker.config, candidate);
  const out: { item: number; score: number }[] = [];
  for (let j = 0; j < scores.length; j++) if (candidate[j]) out.push({ item: j, score: scores[j]! });
  return out.sort((a, b) => b.score - a.score || a.item - b.item);
}

// ─── Explanations ────────────────────────────────────────────────────────────────────────────────

/** Counts among one population of peers (all customers, or those of one segment), the account left out. */
export interface ScopeCounts<P> {
  /** The segment's name; null for all customers. */
  segment: string | null;
  peers: number;
  /** Peers owning p. */
  owners(p: P): number;
  /** Peers owning both a and p. */
  both(a: P, p: P): number;
}

export interface Gate {
  /** The fewest peers a rule may rest on (owning both). */
  minSupport: number;
  /** How much likelier than among all customers the rule must make the product. */
  minLift: number;
}

export const DEFAULT_GATE: Gate = { minSupport: 5, minLift: 1.2 };

/**
 * One true sentence: "owned by `support` of the `base` [segment] customers [who own `because`]"
 * — `confidence` = support / base; `lift` = confidence / the product's share among all customers
 * (for a rule within a segment: among that segment's customers).
 */
export interface Explanation<P> {
  because: P | null;
  segment: string | null;
  support: number;
  base: number;
  confidence: number;
  lift: number;
}

/**
 * The strongest rule for `product` (highest confidence, then support) that starts from something
 * the account owns — or from its segment alone — and meets the gate; null when none does.
 */
export function explain<P>(
  product: P,
  owned: readonly P[],
  all: ScopeCounts<P>,
  segment: ScopeCounts<P> | null,
  gate: Gate,
): Explanation<P> | null {
  let best: Explanation<P> | null = null;
  const consider = (e: Explanation<P>) => {
    if (e.support < gate.minSupport || e.lift < gate.minLift) return;
    if (!best || e.confidence > best.confidence || (e.confidence === best.confidence && e.support > best.support)) best = e;
  };
  const share = (scope: ScopeCounts<P>) => (scope.peers > 0 ? scope.owners(product) / scope.peers : 0);
  for (const scope of segment ? [all, segment] : [all]) {
    const prior = share(scope);
    if (prior <= 0) continue;
    for (const a of owned) {
      const base = scope.owners(a);
      const support = scope.both(a, product);
      if (base <= 0 || support <= 0) continue;
      const confidence = support / base;
      consider({ because: a, segment: scope.segment, support, base, confidence, lift: confidence / prior });
    }
  }
  if (segment && segment.peers > 0) {
    const prior = share(all);
    const support = segment.owners(product);
    if (prior > 0 && support > 0) {
      const confidence = support / segment.peers;
      consider({ because: null, segment: segment.segment, support, base: segment.peers, confidence, lift: confidence / prior });
    }
  }
  return best;
}

/** The sentence in English (the web app says it in the reader's language from the same numbers). */
export function reasonText(e: Explanation<unknown>, because: string | null): string {
  const percent = Math.round((100 * e.support) / e.base);
  const who = `${e.base} ${e.segment ? `${e.segment} ` : ''}customer${e.base === 1 ? '' : 's'}`;
  return because ? `Owned by ${percent} % of the ${who} who own ${because}` : `Owned by ${percent} % of the ${who}`;
}

export interface Suggestion<P> {
  product: P;
  score: number;
  explanation: Explanation<P>;
}

/**
 * Suggestions in ranked order, each with its explanation; products without a rule that meets the
 * gate are left out (no suggestion rather than a weak one).
 */
export function suggest<P>(
  ranked: readonly { product: P; score: number }[],
  owned: readonly P[],
  all: ScopeCounts<P>,
  segment: ScopeCounts<P> | null,
  gate: Gate,
  limit: number,
): Suggestion<P>[] {
  const out: Suggestion<P>[] = [];
  for (const r of ranked) {
    if (out.length >= limit) break;
    if (owned.includes(r.product)) continue;
    const explanation = explain(r.product, owned, all, segment, gate);
    if (explanation) out.push({ product: r.product, score: r.score, explanation });
  }
  return out;
}

/** Counts from plain rows (accounts with their segment and what they own), the account left out. */
export function scopeCountsFromRows<P>(
  rows: readonly { id: string; segment: string | null; owned: readonly P[] }[],
  accountId: string,
  segment: string | null,
): ScopeCounts<P> {
  const peers = rows.filter((r) => r.id !== accountId && (segment === null || r.segment === segment));
  const sets = peers.map((r) => new Set(r.owned));
  return {
    segment,
    peers: peers.length,
    owners: (p) => sets.filter((s) => s.has(p)).length,
    both: (a, p) => sets.filter((s) => s.has(a) && s.has(p)).length,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
