import { sql, type SQL } from 'drizzle-orm';

/**
 * The scopes the read models hold (the `level` column): every deal counts once in each. A query for
 * a scope (and a dimension below it) reads the level that holds exactly those dimensions; one that no
 * level holds (e.g. the sellers of a sales group across markets) sums level 5.
 */
export type Dim = 'market' | 'salesGroup' | 'owner';

const levels: Record<string, number> = {
  '': 0, // the company
  market: 1,
  salesGroup: 2,
  'market,salesGroup': 3,
  owner: 4, // a seller as a person, whichever group or market the deal is in
  'market,owner,salesGroup': 5, // a seller within a group and a market
};

export function levelFor(dims: Iterable<Dim>): number {
  return levels[[...new Set(dims)].sort().join(',')] ?? 5;
}

/** A scope of the drill-down: any of a market, a sales group and a seller (the deal's owner). */
export interface ModelScope {
  marketId?: string;
  salesGroupId?: string;
  ownerId?: string;
}

/** The dimensions a scope names. */
export const dimsOf = (scope: ModelScope): Dim[] => [
  ...(scope.marketId ? (['market'] as const) : []),
  ...(scope.salesGroupId ? (['salesGroup'] as const) : []),
  ...(scope.ownerId ? (['owner'] as const) : []),
];

/**
 * The condition on a read model's rows (columns `level`, `market_id`, `sales_group_id`, `owner_id`, of
 * the table `alias` if given) for a scope, or for the members of the dimensions `below` it: the level
 * that holds exactly those dimensions, filtered to the scope.
 */
export function inModelScope(scope: ModelScope, below: readonly Dim[] = [], alias?: string): SQL {
  const column = (name: string) => (alias ? sql`${sql.identifier(alias)}.${sql.identifier(name)}` : sql.identifier(name));
  const dims: Dim[] = [...dimsOf(scope), ...below];
  const level = levelFor(dims);
  // below level 5 a dimension the level does not hold is null (korsa_rm_levels): saying so lets the key's index find the rows
  const held = (dim: Dim, name: string, id: string | undefined) =>
    id ? sql`and ${column(name)} = ${id}` : level < 5 && !dims.includes(dim) ? sql`and ${column(name)} is null` : sql``;
  return sql`${column('level')} = ${level} ${held('market', 'market_id', scope.marketId)}
      ${held('salesGroup', 'sales_group_id', scope.salesGroupId)} ${held('owner', 'owner_id', scope.ownerId)}`;
}
