import type { SearchResults } from '@contract/search';
import type { AppContext } from '../../platform/context';
import * as repo from './repo';

export async function search(ctx: AppContext, q: string, limit: number): Promise<SearchResults> {
  const r = await repo.search(ctx.db, q, limit);
  const score = (n: number) => Math.round(Number(n) * 1000) / 1000;
  return {
    accounts: r.accounts.map((a) => ({ ...a, score: score(a.score) })),
    contacts: r.contacts.map((c) => ({ ...c, score: score(c.score) })),
    opportunities: r.opportunities.map((o) => ({ ...o, score: score(o.score) })),
  };
}
