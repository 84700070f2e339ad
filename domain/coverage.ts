/**
 * International accounts (H2): a group of companies has a global account owner and coverage rules
 * saying which market team — and, per sales group, which seller — works its subsidiaries in a market.
 * Someone outside the rule who logs a meeting or opens an opportunity at a covered subsidiary is told
 * who covers it, and the coverer and the global owner hear of it: the customer is not worked in
 * parallel unawares. Everyone still sees every interaction (A3): the rules warn, they never refuse.
 */

export interface CoverageRule {
  marketId: string;
  /** The sales group the rule names a seller for; null: the market's team for every group. */
  salesGroupId: string | null;
  /** The seller who covers; null: the market's team (the subsidiary's owner answers for it). */
  sellerId: string | null;
}

export interface Worker {
  id: string;
  salesGroupId: string | null;
  marketId: string | null;
}

/** The rule that applies to a person of a sales group at a subsidiary in a market: their group's, else the market's. */
export function ruleFor(rules: readonly CoverageRule[], subsidiaryMarketId: string | null, salesGroupId: string | null): CoverageRule | null {
  if (!subsidiaryMarketId) return null;
  const inMarket = rules.filter((r) => r.marketId === subsidiaryMarketId);
  return inMarket.find((r) => r.salesGroupId !== null && r.salesGroupId === salesGroupId) ?? inMarket.find((r) => r.salesGroupId === null) ?? null;
}

/**
 * Whether a person works a subsidiary outside its coverage: a rule applies (their group's, else the
 * market's), and it names another seller, or — naming none — the person is not of the rule's market
 * team. The global owner coordinates the group and is never outside. Without a rule for the
 * subsidiary's market nobody is.
 */
export function outsideCoverage(
  rules: readonly CoverageRule[],
  subsidiary: { marketId: string | null; globalOwnerId: string | null },
  who: Worker,
): { outside: boolean; rule: CoverageRule | null } {
  const rule = ruleFor(rules, subsidiary.marketId, who.salesGroupId);
  if (!rule || who.id === subsidiary.globalOwnerId) return { outside: false, rule };
  const outside = rule.sellerId !== null ? rule.sellerId !== who.id : who.marketId !== rule.marketId;
  return { outside, rule };
}

/** A rule list names each market and sales group once. */
export function duplicateRules(rules: readonly CoverageRule[]): number[] {
  const seen = new Set<string>();
  return rules.flatMap((r, i) => {
    const key = `${r.marketId}|${r.salesGroupId ?? ''}`;
    if (seen.has(key)) return [i];
    seen.add(key);
    return [];
  });
}

/**
 * A conflict: open opportunities for the same product at one group of companies from more than one
 * market — the customer worked in parallel.
 */
export function parallelDeals<T extends { groupId: string; productId: string; marketId: string | null }>(deals: readonly T[]) {
  const byKey = new Map<string, T[]>();
  for (const d of deals) {
    const key = `${d.groupId}|${d.productId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  return [...byKey.values()].filter((list) => new Set(list.map((d) => d.marketId ?? '')).size > 1);
}
