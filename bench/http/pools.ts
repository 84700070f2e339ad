/**
 * What the requests vary over, sampled from the dataset deterministically (ordered by a hash of the
 * id): accounts, search terms as people type them (names, misspelt names, people), teams and markets.
 */
import { benchSignIns } from '../large/organisation';
import type { RawClient } from './database';

export interface Pools {
  /** Accounts with a history, for the account page and logging activities. */
  accountIds: string[];
  searchTerms: string[];
  salesGroupIds: string[];
  marketIds: string[];
  /** The game's seasons, newest first (the generator makes one over the last year). */
  seasonIds: string[];
  /** Open deals with lines that the bench's leader may close (their group's), each won once by the write bench. */
  openDeals: { id: string; version: number }[];
  year: number;
}

async function query<T>(raw: RawClient, text: string): Promise<T[]> {
  return raw.kind === 'postgres' ? ((await raw.pool.query(text)).rows as T[]) : (await raw.pglite.query<T>(text)).rows;
}

/** A typo a person might make: one letter dropped from the longest word (as e2e/support.ts does). */
export function misspell(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, i) + w.slice(i + 1) : w)).join(' ');
}

const withoutLegalForm = (name: string) => name.replace(/\s+(AB|AS|A\/S|Oy|Group)$/, '');

function searchTermsFrom(accountNames: string[], people: string[]): string[] {
  const terms = accountNames.flatMap((name, i) => {
    const plain = withoutLegalForm(name);
    return i % 3 === 0 ? [plain] : i % 3 === 1 ? [misspell(plain)] : [plain.split(' ')[0]!.toLowerCase()];
  });
  return [...terms, ...people].filter((t) => t.trim().length >= 3);
}

export async function samplePools(raw: RawClient, year: number): Promise<Pools> {
  const accounts = await query<{ id: string }>(
    raw,
    `select a.id from accounts a where exists (select 1 from activities x where x.account_id = a.id) order by md5(a.id::text) limit 300`,
  );
  const names = await query<{ name: string }>(raw, `select name from accounts order by md5(id::text || 'search') limit 120`);
  const people = await query<{ name: string }>(
    raw,
    `select first_name || ' ' || last_name as name from contacts order by md5(id::text) limit 60`,
  );
  const groups = await query<{ id: string }>(raw, 'select id from sales_groups order by name');
  const markets = await query<{ id: string }>(raw, 'select id from markets order by code');
  const seasons = await query<{ id: string }>(raw, 'select id from seasons order by starts_on desc, id limit 4');
  const openDeals = await query<{ id: string; version: number }>(
    raw,
    `select o.id, o.version from opportunities o
      where o.closed_at is null and o.deleted_at is null
        and exists (select 1 from opportunity_lines l where l.opportunity_id = o.id)
        and o.sales_group_id in (select g.id from sales_groups g join users u on u.id = g.leader_id where u.email = '${benchSignIns.leader}')
      order by md5(o.id::text) limit 6000`,
  );
  return {
    accountIds: accounts.map((a) => a.id),
    searchTerms: searchTermsFrom(
      names.map((n) => n.name),
      people.map((p) => p.name),
    ),
    salesGroupIds: groups.map((g) => g.id),
    marketIds: markets.map((m) => m.id),
    seasonIds: seasons.map((s) => s.id),
    openDeals,
    year,
  };
}
