/**
 * A global account's plan spans its group of companies (H1): the open pipeline and the won volume of
 * the account and every subsidiary below it, with each market's part, and the product matrix rolled
 * up — which products the group has anywhere, and which of its companies have white space for each.
 * Pure: amounts come in the reporting currency.
 */

export interface Member {
  id: string;
  marketId: string | null;
}
export interface Figures {
  accounts: number;
  openCount: number;
  openValue: number;
  openWeighted: number;
  wonVolume: number;
}

const zero = (): Figures => ({ accounts: 0, openCount: 0, openValue: 0, openWeighted: 0, wonVolume: 0 });
const rounded = (f: Figures): Figures => ({
  ...f,
  openValue: Math.round(f.openValue),
  openWeighted: Math.round(f.openWeighted),
  wonVolume: Math.round(f.wonVolume),
});

/**
 * The group's figures in total and per market of its companies (a company without a market is in the
 * `null` market's part), the largest part first (by won volume, then open value).
 */
export function rollUpByMarket(
  members: readonly Member[],
  pipeline: readonly { accountId: string; count: number; value: number; weightedValue: number }[],
  volume: readonly { id: string; volume: number }[],
): { totals: Figures; markets: (Figures & { marketId: string | null })[] } {
  const marketOf = new Map(members.map((m) => [m.id, m.marketId]));
  const totals = zero();
  const parts = new Map<string | null, Figures>();
  const part = (accountId: string) => {
    const key = marketOf.get(accountId) ?? null;
    const f = parts.get(key) ?? zero();
    parts.set(key, f);
    return f;
  };
  for (const m of members) {
    part(m.id).accounts++;
    totals.accounts++;
  }
  for (const p of pipeline) {
    if (!marketOf.has(p.accountId)) continue;
    for (const f of [part(p.accountId), totals]) {
      f.openCount += p.count;
      f.openValue += p.value;
      f.openWeighted += p.weightedValue;
    }
  }
  for (const v of volume) {
    if (!marketOf.has(v.id)) continue;
    part(v.id).wonVolume += v.volume;
    totals.wonVolume += v.volume;
  }
  const markets = [...parts]
    .map(([marketId, f]) => ({ marketId, ...rounded(f) }))
    .sort((a, b) => b.wonVolume - a.wonVolume || b.openValue - a.openValue || b.accounts - a.accounts);
  return { totals: rounded(totals), markets };
}

export type CellState = 'owned' | 'pipeline' | 'potential' | 'not_relevant';

/**
 * The matrix rolled up over the group: for every product some company of the group owns or has in its
 * pipeline, where it is owned, where it is in pipeline, and the companies with white space for it —
 * neither owning it, nor in pipeline, nor marked not relevant (a product marked potential is white space).
 * In the products' order.
 */
export function rollUpMatrix(
  memberIds: readonly string[],
  productIds: readonly string[],
  cells: readonly { accountId: string; productId: string; state: CellState }[],
): { productId: string; ownedAt: string[]; pipelineAt: string[]; whiteSpaceAt: string[] }[] {
  const members = new Set(memberIds);
  const states = new Map<string, Set<CellState>>();
  for (const c of cells) {
    if (!members.has(c.accountId)) continue;
    const key = `${c.productId}|${c.accountId}`;
    states.set(key, (states.get(key) ?? new Set()).add(c.state));
  }
  const has = (productId: string, accountId: string, state: CellState) => states.get(`${productId}|${accountId}`)?.has(state) ?? false;
  return productIds.flatMap((productId) => {
    const ownedAt = memberIds.filter((id) => has(productId, id, 'owned'));
    const pipelineAt = memberIds.filter((id) => has(productId, id, 'pipeline'));
    if (ownedAt.length === 0 && pipelineAt.length === 0) return [];
    const whiteSpaceAt = memberIds.filter(
      (id) => !has(productId, id, 'owned') && !has(productId, id, 'pipeline') && !has(productId, id, 'not_relevant'),
    );
    return [{ productId, ownedAt, pipelineAt, whiteSpaceAt }];
  });
}
