/** edmonds-blossom ships no types: a maximum-weight matching of a general graph (Van Rantwijk's algorithm). */
declare module 'edmonds-blossom' {
  /** Edges [u, v, weight]; returns mate[v] (the vertex matched to v, or -1). */
  export default function blossom(edges: readonly (readonly [number, number, number])[], maxCardinality?: boolean): number[];
}
