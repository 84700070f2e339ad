/**
 * The evaluation of cross-sell rankings that cannot flatter (issue 16): the standard
 * leave-one-out protocol — for every account owning at least two products, hide each owned product
 * in turn; the training view is every other account (the same for every method); rank every product
 * the account does not own in its visible part — with hit rate at 3 and 5, MRR, catalogue coverage
 * and 95 % intervals from a bootstrap over accounts (an account's folds are not independent).
 *
 * Baselines: most popular, item-to-item cosine co-occurrence, EASE (λ chosen by cross-fitting) and
 * association-rule confidence (Korsa's ranking before). Korsa's blend is chosen the way production
 * chooses it (`fitRanker`), by cross-fitting: the accounts are split into folds, and each fold is
 * ranked with the config that did best on the other folds — no account is scored with a choice
 * made on its own hidden products.
 */
import { clusterBootstrap, seededRandom, type Interval } from './stats';
import {
  DEFAULT_GATE,
  KS,
  Scorer,
  baselines,
  bestConfig,
  configGrid,
  describeConfig,
  easeConfig,
  easeInverses,
  easeLambdas,
  evaluable,
  explain,
  forEachFold,
  ownershipStats,
  rankOf,
  topK,
  tuneGrid,
  type Gate,
  type Ownership,
  type RankerConfig,
  type ScopeCounts,
} from './suggestions';

export interface Estimate extends Interval {
  estimate: number;
}

export interface MethodResult {
  method: string;
  /** What it ranked with (per cross-fitting fold, when chosen). */
  configs: string[];
  accounts: number;
  folds: number;
  hitRate3: Estimate;
  hitRate5: Estimate;
  mrr: Estimate;
  /** Share of the catalogue that appears in some top 5. */
  coverage: number;
  /** Share of folds with at least one suggestion shown (below 1 only with a gate). */
  answered: number;
}

export interface Comparison {
  metric: 'hitRate3' | 'hitRate5' | 'mrr';
  against: string;
  /** Korsa minus the best baseline, with its paired bootstrap interval. */
  difference: Estimate;
  /** Korsa is at least as good within the interval: the difference's upper bound is ≥ 0. */
  atLeastAsGood: boolean;
}

export interface Benchmark {
  items: number;
  accounts: number;
  evaluatedAccounts: number;
  density: number;
  folds: number;
  lambdas: number[];
  methods: MethodResult[];
  comparisons: Comparison[];
  seconds: number;
}

interface Method {
  name: string;
  configFor: (account: number) => RankerConfig;
  gate?: Gate;
}

interface PerAccount {
  folds: Float64Array;
  hit3: Float64Array;
  hit5: Float64Array;
  rr: Float64Array;
  answered: number;
  recommended: Uint8Array;
}

/** Scope counts of the scorer's training view, for the explanation gate. */
function scopes(scorer: Scorer, segmentName: string | null): { all: ScopeCounts<number>; segment: ScopeCounts<number> | null } {
  return {
    all: { segment: null, peers: scorer.accounts, owners: (p) => scorer.owners(p), both: (a, p) => scorer.both(a, p) },
    segment:
      scorer.segmentIndex >= 0
        ? {
            segment: segmentName ?? String(scorer.segmentIndex),
            peers: scorer.segmentAccounts,
            owners: (p) => scorer.segmentOwners(p),
            both: (a, p) => scorer.segmentBoth(a, p),
          }
        : null,
  };
}

function evaluateMethods(data: Ownership, scorer: Scorer, methods: readonly Method[], accounts: readonly number[]): PerAccount[] {
  const position = new Map(accounts.map((a, i) => [a, i]));
  const out: PerAccount[] = methods.map(() => ({
    folds: new Float64Array(accounts.length),
    hit3: new Float64Array(accounts.length),
    hit5: new Float64Array(accounts.length),
    rr: new Float64Array(accounts.length),
    answered: 0,
    recommended: new Uint8Array(data.items),
  }));
  const passing = new Uint8Array(data.items);
  forEachFold(data, scorer, accounts, (a, hidden, candidate) => {
    const i = position.get(a)!;
    const visible = data.rows[a]!.filter((p) => p !== hidden);
    methods.forEach((m, k) => {
      const scores = scorer.score(m.configFor(a), candidate);
      const r = out[k]!;
      r.folds[i]!++;
      let shown = candidate;
      if (m.gate) {
        // walk the candidates best first: those at or above the hidden product decide its place among
        // those shown, and the first five shown make the coverage; the rest need no explanation
        const { all, segment } = scopes(scorer, null);
        const s = scores[hidden]!;
        const floor = s - 1e-9 * Math.max(1, Math.abs(s));
        passing.fill(0);
        let found = 0;
        const order: number[] = [];
        for (let j = 0; j < data.items; j++) if (candidate[j]) order.push(j);
        order.sort((x, y) => scores[y]! - scores[x]!);
        for (const j of order) {
          if (scores[j]! < floor && found >= 5) break;
          if (explain(j, visible, all, segment, m.gate)) {
            passing[j] = 1;
            found++;
          }
        }
        const any = found > 0;
        if (any) r.answered++;
        shown = passing;
        if (!passing[hidden]) {
          for (const j of topK(scores, shown, 5)) r.recommended[j] = 1;
          return;
        }
      } else r.answered++;
      const rank = rankOf(scores, shown, hidden, KS);
      r.hit3[i]! += rank.hits[0]!;
      r.hit5[i]! += rank.hits[1]!;
      r.rr[i]! += rank.rr;
      for (const j of topK(scores, shown, 5)) r.recommended[j] = 1;
    });
  });
  return out;
}

function estimate(sums: Float64Array, counts: Float64Array, seed: number): Estimate {
  const e = clusterBootstrap(sums, counts, { seed });
  return { estimate: e.estimate, low: e.low, high: e.high };
}

/**
 * Every method on one dataset. `folds` cross-fitting folds of accounts (seeded); the gate is the
 * default minimum support and lift unless given.
 */
export function benchmarkSuggestions(
  data: Ownership,
  options: { folds?: number; seed?: number; gate?: Gate; now?: () => number } = {},
): Benchmark {
  const now = options.now ?? (() => 0);
  const t0 = now();
  const K = options.folds ?? 5;
  const random = seededRandom(options.seed ?? 1);
  const accounts = evaluable(data);
  const foldOf = new Map<number, number>();
  const shuffled = [...accounts];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  shuffled.forEach((a, i) => foldOf.set(a, i % K));

  const stats = ownershipStats(data, true);
  const lambdas = easeLambdas(stats);
  const grid = configGrid(lambdas, (data.segmentCount ?? 0) > 0);
  const scorer = new Scorer(stats, easeInverses(stats, grid));
  const sums = tuneGrid(data, scorer, grid, accounts, (a) => foldOf.get(a)!, K);
  const chosen = (indices: number[]) =>
    Array.from({ length: K }, (_, f) => {
      const others = Array.from({ length: K }, (_, g) => g).filter((g) => g !== f);
      const sub = indices.map((i) => grid[i]!);
      return sub[
        bestConfig(
          sub,
          indices.map((i) => sums[i]!),
          others,
        )
      ]!;
    });
  const all = grid.map((_, i) => i);
  const easeOnly = grid.flatMap((c, i) => (c.signal === 'ease' && c.priorWeight === 0 ? [i] : []));
  const korsa = chosen(all);
  const ease = chosen(easeOnly);
  const perFold = (configs: RankerConfig[]) => (a: number) => configs[foldOf.get(a)!]!;
  const methods: Method[] = [
    { name: 'most popular', configFor: () => baselines.popular },
    { name: 'cosine co-occurrence', configFor: () => baselines.cosine },
    { name: 'EASE', configFor: perFold(ease) },
    { name: 'association rules (Korsa before)', configFor: () => baselines.rules },
    { name: 'Korsa', configFor: perFold(korsa) },
    {
      name: `Korsa as shown (support ≥ ${(options.gate ?? DEFAULT_GATE).minSupport}, lift ≥ ${(options.gate ?? DEFAULT_GATE).minLift})`,
      configFor: perFold(korsa),
      gate: options.gate ?? DEFAULT_GATE,
    },
  ];
  const per = evaluateMethods(data, scorer, methods, accounts);
  const results: MethodResult[] = methods.map((m, k) => {
    const r = per[k]!;
    const folds = r.folds.reduce((s, x) => s + x, 0);
    const configs = m.name === 'EASE' ? ease : m.name.startsWith('Korsa') ? korsa : [m.configFor(accounts[0] ?? 0)];
    return {
      method: m.name,
      configs: [...new Set(configs.map(describeConfig))],
      accounts: accounts.length,
      folds,
      hitRate3: estimate(r.hit3, r.folds, 11 + k),
      hitRate5: estimate(r.hit5, r.folds, 23 + k),
      mrr: estimate(r.rr, r.folds, 37 + k),
      coverage: r.recommended.reduce((s, x) => s + x, 0) / Math.max(1, data.items),
      answered: folds ? r.answered / folds : 0,
    };
  });
  // Korsa against the best baseline on each metric, paired by account
  const korsaAt = methods.findIndex((m) => m.name === 'Korsa');
  const baselineAt = [0, 1, 2, 3];
  const comparisons: Comparison[] = (['hitRate3', 'hitRate5', 'mrr'] as const).map((metric, mi) => {
    const field = (['hit3', 'hit5', 'rr'] as const)[mi]!;
    const best = baselineAt.reduce((b, k) => (results[k]![metric].estimate > results[b]![metric].estimate ? k : b), baselineAt[0]!);
    const diff = per[korsaAt]![field].map((v, i) => v - per[best]![field][i]!);
    const d = estimate(diff, per[korsaAt]!.folds, 101 + mi);
    return { metric, against: methods[best]!.name, difference: d, atLeastAsGood: d.high >= 0 };
  });
  let owned = 0;
  for (const r of data.rows) owned += r.length;
  return {
    items: data.items,
    accounts: data.rows.length,
    evaluatedAccounts: accounts.length,
    density: data.rows.length && data.items ? owned / (data.rows.length * data.items) : 0,
    folds: results[0]?.folds ?? 0,
    lambdas,
    methods: results,
    comparisons,
    seconds: (now() - t0) / 1000,
  };
}

export { easeConfig };
