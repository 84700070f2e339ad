import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { accounts, markets } from '../../db/schema';
import type { RowError } from './rows';

/** The global process, seeded by migration 0006. */
export const GLOBAL_PROCESS = '00000000-0000-4000-8000-000000000001';

export interface BatchResult {
  created: number;
  updated: number;
  errors: RowError[];
}

export const textArray = (values: (string | null | undefined)[]) => sql`${sql.param(values.map((v) => v ?? null))}::text[]`;

/** input → id for the inputs that match, via `korsa_fold` equality or exact text. */
export async function lookup(tx: Db, query: (values: ReturnType<typeof textArray>) => ReturnType<typeof sql>, values: string[]) {
  const unique = [...new Set(values)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = rowsOf<{ input: string; id: string }>(await tx.execute(query(textArray(unique))));
  return new Map(rows.map((r) => [r.input, r.id]));
}

export const accountsBySource = (tx: Db, system: string, ids: string[]) =>
  lookup(
    tx,
    (arr) => sql`select x as input, a.id from unnest(${arr}) x join ${accounts} a on a.source_system = ${system} and a.source_id = x`,
    ids,
  );
export const accountsByOrgNumber = (tx: Db, orgs: string[]) =>
  lookup(
    tx,
    (arr) =>
      sql`select distinct on (x) x as input, a.id from unnest(${arr}) x join ${accounts} a on a.org_number = x order by x, a.created_at`,
    orgs,
  );
export const accountsByName = (tx: Db, names: string[]) =>
  lookup(
    tx,
    (arr) =>
      sql`select distinct on (x) x as input, a.id from unnest(${arr}) x join ${accounts} a on korsa_fold(a.name) = korsa_fold(x) order by x, a.created_at`,
    names,
  );

export interface Lookups {
  system: string;
  markets: Map<string, string>;
  accountCache: Map<string, string>;
}

export async function marketLookup(tx: Db): Promise<Map<string, string>> {
  const rows = await tx.select({ id: markets.id, code: markets.code, name: markets.name }).from(markets);
  const map = new Map<string, string>();
  for (const m of rows) {
    map.set(m.code.toLowerCase(), m.id);
    map.set(m.name.toLowerCase(), m.id);
  }
  // the markets' names in their own languages
  const native: Record<string, string[]> = { SE: ['sverige'], NO: ['norge', 'noreg'], DK: ['danmark'], FI: ['suomi'] };
  for (const m of rows) for (const n of native[m.code] ?? []) map.set(n, m.id);
  return map;
}

/** The account a contact or activity row refers to (cached across batches). */
export async function resolveAccounts(tx: Db, rows: { account?: string; accountSourceId?: string }[], l: Lookups) {
  const missingSource = rows.flatMap((r) =>
    r.accountSourceId && !l.accountCache.has(`s:${r.accountSourceId}`) ? [r.accountSourceId] : [],
  );
  const missingName = rows.flatMap((r) => (!r.accountSourceId && r.account && !l.accountCache.has(`n:${r.account}`) ? [r.account] : []));
  // one after the other: a transaction's statements go one at a time (pg deprecates queueing them)
  const bySource = await accountsBySource(tx, l.system, missingSource);
  const byName = await accountsByName(tx, missingName);
  for (const [k, v] of bySource) l.accountCache.set(`s:${k}`, v);
  for (const [k, v] of byName) l.accountCache.set(`n:${k}`, v);
  return (r: { account?: string; accountSourceId?: string }) =>
    (r.accountSourceId ? l.accountCache.get(`s:${r.accountSourceId}`) : undefined) ??
    (r.account ? l.accountCache.get(`n:${r.account}`) : undefined);
}

export function accountError(r: { line: number; account?: string; accountSourceId?: string }, column: string | null): RowError {
  return { row: r.line, column, message: `the account "${r.accountSourceId ?? r.account}" was not found (import the accounts first)` };
}
