/**
 * Which search hits are worth showing. pg_trgm's word similarity lets a misspelt name through at a
 * low threshold — and with it names that only share a few letters ("Malmo" ~ "Malin", "Mattsson").
 * When something matches well, the weak hits beside it are noise: keep only those within reach of
 * the best hit across accounts, contacts and opportunities.
 */

/** The lowest similarity any hit needs (the database's `<%` threshold). */
export const minimumScore = 0.3;
/** A hit is kept when it scores at least this share of the best hit. */
export const relativeCutoff = 0.6;

/** The score a hit needs, given every hit's score: the minimum, or a share of the best. */
export function relevanceFloor(scores: readonly number[]): number {
  return Math.max(minimumScore, Math.max(0, ...scores) * relativeCutoff);
}

export function keepRelevant<T extends { score: number }>(groups: T[][]): T[][] {
  const floor = relevanceFloor(groups.flat().map((h) => h.score));
  return groups.map((hits) => hits.filter((h) => h.score >= floor));
}
