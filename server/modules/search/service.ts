import type { SearchResults } from '@contract/search';
import type { AppContext } from '../../platform/context';
import { relevanceFloor } from '@domain/search';
import * as repo from './repo';

export async function search(ctx: AppContext, q: string, limit: number): Promise<SearchResults> {
  const r = await repo.search(ctx.db, q, limit);
  const score = (n: number) => Math.round(Number(n) * 1000) / 1000;
  const accounts = r.accounts.map((a) => ({ ...a, score: score(a.score) }));
  const contacts = r.contacts.map((c) => ({ ...c, score: score(c.score) }));
  const opportunities = r.opportunities.map((o) => ({ ...o, score: score(o.score) }));
  // weak hits beside a strong one are noise ("Malmo": the companies in Malmö, not Malin and Mattsson)
  const floor = relevanceFloor([...accounts, ...contacts, ...opportunities].map((h) => h.score));
  const relevant = <T extends { score: number }>(hits: T[]) => hits.filter((h) => h.score >= floor);
  return { accounts: relevant(accounts), contacts: relevant(contacts), opportunities: relevant(opportunities) };
}
