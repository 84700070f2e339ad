import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from './client';

/** Counting every fuzzy match of a common word is slow at scale; past this, a list says "more than". */
export const SEARCH_COUNT_CAP = 10_000;

/**
 * The planner's estimate of how many rows a query returns (EXPLAIN, not run): what a list shows as
 * "about N" when counting exactly would scan more than SEARCH_COUNT_CAP rows.
 */
export async function estimatedRows(tx: Db, query: SQL): Promise<number> {
  const [row] = rowsOf<Record<string, unknown>>(await tx.execute(sql`explain (format json) ${query}`));
  const plan = Object.values(row ?? {})[0];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: { 'Plan Rows': number } }[];
  return Math.round(parsed[0]?.Plan['Plan Rows'] ?? 0);
}

/** count(*) of a query, stopping at SEARCH_COUNT_CAP + 1 rows. */
export async function countCapped(tx: Db, query: SQL): Promise<{ n: number }[]> {
  return rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from (${query} limit ${SEARCH_COUNT_CAP + 1}) capped`));
}
