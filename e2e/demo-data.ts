/** Test data chosen from the demo organisation the way a person would find it, through the API. */
import { apiAs, misspell } from './support';

export interface Me {
  user: { id: string; name: string };
  salesGroup: { id: string; name: string } | null;
}
interface Page_<T> {
  items: T[];
}
interface AccountRow {
  id: string;
  name: string;
}
interface Entry {
  type: string;
  subject: string;
  salesGroup: { id: string; name: string } | null;
}
interface SearchHits {
  accounts: { id: string; name: string }[];
}
export interface Product {
  id: string;
  name: string;
  salesGroupId: string;
  card: Record<string, { benefits: string[] } | undefined>;
}

export interface SharedAccount extends AccountRow {
  /** The name with a letter dropped, which search still finds first. */
  typo: string;
  /** The other sales groups that wrote on the first page of its timeline. */
  otherGroups: Set<string>;
}

/**
 * An account the seller's group shares with another group: its first timeline page has entries
 * written by sellers of other groups, and its misspelt name still brings it up first in search.
 */
export async function sharedAccount(base: string, seller: string, sellerGroupId: string): Promise<SharedAccount> {
  const get = await apiAs(base, seller);
  const accounts = await get<Page_<AccountRow>>('/api/accounts?pageSize=200&status=customer');
  for (const account of accounts.items) {
    const timeline = await get<{ items: Entry[] }>(`/api/accounts/${account.id}/timeline?limit=25`);
    const others = timeline.items.filter((e) => e.type !== 'event' && e.salesGroup && e.salesGroup.id !== sellerGroupId);
    if (others.length === 0) continue;
    const typo = misspell(account.name);
    if (typo === account.name) continue;
    const hits = await get<SearchHits>(`/api/search?q=${encodeURIComponent(typo)}&limit=6`);
    if (hits.accounts[0]?.id === account.id) return { ...account, typo, otherGroups: new Set(others.map((e) => e.salesGroup!.name)) };
  }
  throw new Error('The demo data has no account shared across groups that a misspelt name finds first.');
}

/** A product of the leader's own group with a Norwegian card. */
export async function productOfOwnGroup(base: string, leader: string): Promise<Product> {
  const get = await apiAs(base, leader);
  const me = await get<Me>('/api/me');
  const products = await get<Product[]>('/api/products');
  const product = products.find((p) => p.salesGroupId === me.salesGroup!.id && p.card.nb);
  if (!product) throw new Error('The leader’s group has no product with a Norwegian card.');
  return product;
}
