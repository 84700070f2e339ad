/**
 * Cross-sell suggestions that explain themselves (D6): association rules "customers like this who
 * own X also own P", conditioned on the customer's industry (falling back to all customers when
 * the industry has too few). For each product the customer lacks, the strongest rule wins:
 * highest confidence, then lift. The reason says it in words.
 */
export interface PairCount {
  /** A product the customer owns (antecedent). */
  antecedent: string;
  /** A product the customer does not own (candidate). */
  candidate: string;
  /** Peers owning both. */
  both: number;
}

export interface RuleInput {
  pairs: PairCount[];
  /** Peers owning each antecedent. */
  antecedentCounts: Record<string, number>;
  /** Peers owning each candidate (for lift). */
  candidateCounts: Record<string, number>;
  peers: number;
  /** Products the customer cannot be offered again (owned, in pipeline, or marked not relevant). */
  exclude: ReadonlySet<string>;
}

export interface Suggestion {
  productId: string;
  /** Probability-like score: the rule's confidence. */
  score: number;
  confidence: number;
  support: number;
  lift: number;
  /** The product the customer owns that the rule starts from; null for "popular among peers". */
  because: string | null;
}

export const MIN_SUPPORT = 3;

export function rankSuggestions(input: RuleInput, limit = 5): Suggestion[] {
  const best = new Map<string, Suggestion>();
  const consider = (s: Suggestion) => {
    const current = best.get(s.productId);
    if (!current || s.confidence > current.confidence || (s.confidence === current.confidence && s.lift > current.lift))
      best.set(s.productId, s);
  };
  for (const p of input.pairs) {
    if (input.exclude.has(p.candidate) || p.both < MIN_SUPPORT) continue;
    const base = input.antecedentCounts[p.antecedent] ?? 0;
    if (base === 0) continue;
    const confidence = p.both / base;
    const prior = (input.candidateCounts[p.candidate] ?? 0) / Math.max(1, input.peers);
    consider({
      productId: p.candidate,
      score: confidence,
      confidence,
      support: p.both,
      lift: prior > 0 ? confidence / prior : 0,
      because: p.antecedent,
    });
  }
  // A customer who owns nothing yet: what most peers own.
  if (best.size === 0) {
    for (const [candidate, n] of Object.entries(input.candidateCounts)) {
      if (input.exclude.has(candidate) || n < MIN_SUPPORT || input.peers === 0) continue;
      const share = n / input.peers;
      consider({ productId: candidate, score: share, confidence: share, support: n, lift: 1, because: null });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || b.lift - a.lift).slice(0, limit);
}
