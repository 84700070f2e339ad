import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from './client';

/** Counting every fuzzy match of a common word is slow at scale; past this, a list says "more than". */
export const SEARCH_COUNT_CAP = 10_000;

/** count(*) of a query, stopping at SEARCH_COUNT_CAP + 1 rows. */
export async function countCapped(tx: Db, query: SQL): Promise<{ n: number }[]> {
  return rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from (${query} limit ${SEARCH_COUNT_CAP + 1}) capped`));
}
