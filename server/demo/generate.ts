import { fakerDA, fakerFI, fakerNB_NO, fakerSV, type Faker } from '@faker-js/faker';
import type { Role } from '@contract/common';
import { asciiLower, demoDomain, demoGroups, demoMarkets, type DemoMarketCode } from './catalogue';
import { planCustomers, type DemoAccount } from './customers';
import { planHistory, type DemoActivity, type DemoSeller } from './history';
import { planHandoffs, type DemoHandoff } from './handoffs';
import { planOpportunities, type DemoOpportunity } from './pipeline';
import { planLeads, type DemoLead } from './leads';
import { planPastLeads, type DemoPastLead } from './past-leads';
import { planTasks, type DemoTask } from './tasks';

export type DemoSize = 'small' | 'medium';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  locale: 'en' | 'sv' | 'nb';
  groupKey: string | null;
  marketCode: DemoMarketCode | null;
  leadsGroupKey?: string;
  leadsMarketCode?: DemoMarketCode;
}

export interface DemoPlan {
  users: DemoUser[];
  accounts: DemoAccount[];
  /** Index into users of each account's owner (a seller in its market). */
  ownerIndex: Map<number, number>;
  /** Global accounts' owner: a sales leader. */
  globalOwnerIndex: Map<number, number>;
  activities: DemoActivity[];
  opportunities: DemoOpportunity[];
  handoffs: DemoHandoff[];
  /** The sellers' open tasks (planned last, with no random draws: the rest stays as the seed makes it). */
  tasks: DemoTask[];
  /** Marketing's leads in every status (planned after the tasks, with no random draws either). */
  leads: DemoLead[];
  /** A year of past leads with outcomes that follow them (the scoring rules' tuning page; its own seeded stream). */
  pastLeads: DemoPastLead[];
}

const sizes: Record<DemoSize, { accounts: number; activitiesPerAccount: [number, number]; pastLeads: number }> = {
  small: { accounts: 240, activitiesPerAccount: [3, 12], pastLeads: 500 },
  medium: { accounts: 1500, activitiesPerAccount: [4, 16], pastLeads: 2000 },
};

const fakers: Record<DemoMarketCode, Faker> = { SE: fakerSV, NO: fakerNB_NO, DK: fakerDA, FI: fakerFI };

/** e-mail local part from a name: "Åsa Öberg-Lindqvist" → "asa.oberg-lindqvist". */
function emailLocal(first: string, last: string): string {
  const plain = (s: string) => asciiLower(s, /[^a-z0-9-]+/g);
  return `${plain(first)}.${plain(last)}`;
}

/**
 * The people of the demo organisation, deterministic for a seed.
 * Per sales group and market: sellers (1 small, 3 medium). Per group: a leader; per market: a leader;
 * plus marketing, management and an admin. Four fixed sign-ins are easy to remember.
 */
export function planDemo(seed: number, size: DemoSize, today: Date = new Date()): DemoPlan {
  for (const f of Object.values(fakers)) f.seed(seed);
  const taken = new Set<string>();
  const users: DemoUser[] = [];
  const person = (market: DemoMarketCode, fixedEmail?: string) => {
    const f = fakers[market];
    const first = f.person.firstName();
    const last = f.person.lastName();
    let local = emailLocal(first, last);
    for (let n = 2; taken.has(local); n++) local = `${emailLocal(first, last)}${n}`;
    taken.add(local);
    return { name: `${first} ${last}`, email: fixedEmail ?? `${local}@${demoDomain}` };
  };
  const uiLocale = (m: DemoMarketCode) => demoMarkets.find((x) => x.code === m)!.uiLocale;

  users.push({ ...person('SE', `admin@${demoDomain}`), role: 'admin', locale: 'en', groupKey: null, marketCode: 'SE' });
  demoGroups.forEach((g, i) => {
    const market = demoMarkets[i % demoMarkets.length]!.code;
    users.push({
      ...person(market, i === 0 ? `leader@${demoDomain}` : undefined),
      role: 'sales_leader',
      locale: uiLocale(market),
      groupKey: g.key,
      marketCode: market,
      leadsGroupKey: g.key,
    });
  });
  for (const m of demoMarkets) {
    users.push({
      ...person(m.code),
      role: 'sales_leader',
      locale: m.uiLocale,
      groupKey: null,
      marketCode: m.code,
      leadsMarketCode: m.code,
    });
  }
  const sellersPerCell = size === 'small' ? 1 : 3;
  for (const g of demoGroups) {
    for (const m of demoMarkets) {
      for (let k = 0; k < sellersPerCell; k++) {
        const fixed = g.key === demoGroups[0]!.key && m.code === 'SE' && k === 0 ? `seller@${demoDomain}` : undefined;
        users.push({ ...person(m.code, fixed), role: 'seller', locale: m.uiLocale, groupKey: g.key, marketCode: m.code });
      }
    }
  }
  users.push({ ...person('SE', `marketing@${demoDomain}`), role: 'marketing', locale: 'sv', groupKey: null, marketCode: 'SE' });
  users.push({ ...person('NO'), role: 'marketing', locale: 'nb', groupKey: null, marketCode: 'NO' });
  users.push({ ...person('SE'), role: 'management', locale: 'sv', groupKey: null, marketCode: 'SE' });
  users.push({ ...person('FI'), role: 'management', locale: 'en', groupKey: null, marketCode: 'FI' });

  const accounts = planCustomers(fakers, sizes[size].accounts, today, 18);
  const sellers: DemoSeller[] = users.flatMap((u, index) =>
    u.role === 'seller' && u.groupKey && u.marketCode ? [{ index, groupKey: u.groupKey, marketCode: u.marketCode, locale: u.locale }] : [],
  );
  const leaders = users.flatMap((u, index) => (u.leadsGroupKey ? [index] : []));
  const f = fakers.SE;
  const ownerOf = new Map<number, DemoSeller>();
  const globalOwnerIndex = new Map<number, number>();
  for (const a of accounts) {
    ownerOf.set(a.key, f.helpers.arrayElement(sellers.filter((s) => s.marketCode === a.marketCode)));
    if (a.isGlobal) globalOwnerIndex.set(a.key, f.helpers.arrayElement(leaders));
  }
  const activities = planHistory(f, accounts, sellers, ownerOf, today, sizes[size].activitiesPerAccount);
  const ownerIndex = new Map([...ownerOf].map(([k, s]) => [k, s.index]));
  const opportunities = planOpportunities(f, accounts, ownerIndex, (i) => users[i]!.groupKey!, today);
  const handoffs = planHandoffs(f, accounts, users, ownerIndex, today);
  const tasks = planTasks(accounts, sellers, ownerIndex, opportunities);
  const leads = planLeads(accounts, users);
  const pastLeads = planPastLeads(seed, sizes[size].pastLeads, today, opportunities, (k) => accounts[k]!.marketCode);
  return { users, accounts, ownerIndex, globalOwnerIndex, activities, opportunities, handoffs, tasks, leads, pastLeads };
}
