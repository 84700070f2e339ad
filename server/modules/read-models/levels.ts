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
