/**
 * The bench organisation: the demo's markets, sales groups, product catalogue, competitors and rates
 * (server/demo), with many more people — sellers spread over the 4 groups × 4 markets, a leader per
 * group and per market, marketing, management and one admin — and their targets.
 */
import { fakerDA, fakerFI, fakerNB_NO, fakerSV, type Faker } from '@faker-js/faker';
import type { Role } from '@contract/common';
import { demoCards } from '../../server/demo/cards';
import { asciiLower, demoDomain, demoGroups, demoMarkets, type DemoMarketCode } from '../../server/demo/catalogue';
import type { DemoSeller } from '../../server/demo/history';
import { demoCompetitors, demoRates } from '../../server/demo/pipeline';
import { randomStream, uuidStream } from './ids';
import type { SizeSpec } from './sizes';
import type { Row, Rows } from './tables';

export const benchFakers: Record<DemoMarketCode, Faker> = { SE: fakerSV, NO: fakerNB_NO, DK: fakerDA, FI: fakerFI };
import { channels as channelKeys } from '@domain/channels';
import { defaultPointRules } from '@domain/game';

export { channelKeys };

export interface BenchUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: 'en' | 'sv' | 'nb';
  groupKey: string | null;
  marketCode: DemoMarketCode | null;
  leadsGroupKey?: string;
  leadsMarketCode?: DemoMarketCode;
}

export interface Organisation {
  users: BenchUser[];
  sellers: DemoSeller[];
  /** Sellers' indexes per market, and per market and group. */
  sellersIn: (market: string, groupKey?: string) => number[];
  /** Indexes of the group leaders (global account owners). */
  leaders: number[];
  marketId: Map<string, string>;
  groupId: Map<string, string>;
  productId: Map<string, string>;
  competitorIds: string[];
  currencyOf: Map<string, string>;
}

/** The fixed sign-ins of the bench data (all users share the demo password). */
export const benchSignIns = {
  admin: `admin@${demoDomain}`,
  leader: `leader@${demoDomain}`,
  seller: `seller@${demoDomain}`,
  management: `management@${demoDomain}`,
} as const;

const uiLocale = (m: DemoMarketCode) => demoMarkets.find((x) => x.code === m)!.uiLocale;

function planPeople(size: SizeSpec, ids: () => string): BenchUser[] {
  const taken = new Set<string>();
  const person = (market: DemoMarketCode, fixedEmail?: string) => {
    const f = benchFakers[market];
    const first = f.person.firstName();
    const last = f.person.lastName();
    const base = `${asciiLower(first, /[^a-z0-9-]+/g)}.${asciiLower(last, /[^a-z0-9-]+/g)}`;
    let local = base;
    for (let n = 2; taken.has(local); n++) local = `${base}${n}`;
    taken.add(local);
    return { id: ids(), name: `${first} ${last}`, email: fixedEmail ?? `${local}@${demoDomain}` };
  };
  const users: BenchUser[] = [{ ...person('SE', benchSignIns.admin), role: 'admin', locale: 'en', groupKey: null, marketCode: 'SE' }];
  demoGroups.forEach((g, i) => {
    const market = demoMarkets[i % demoMarkets.length]!.code;
    const email = i === 0 ? benchSignIns.leader : undefined;
    users.push({
      ...person(market, email),
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
  const cells = demoGroups.flatMap((g) => demoMarkets.map((m) => ({ g, m })));
  cells.forEach(({ g, m }, i) => {
    const count = Math.floor(size.sellers / cells.length) + (i < size.sellers % cells.length ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const email = i === 0 && k === 0 ? benchSignIns.seller : undefined;
      users.push({ ...person(m.code, email), role: 'seller', locale: m.uiLocale, groupKey: g.key, marketCode: m.code });
    }
  });
  users.push({ ...person('SE'), role: 'marketing', locale: 'sv', groupKey: null, marketCode: 'SE' });
  users.push({ ...person('NO'), role: 'marketing', locale: 'nb', groupKey: null, marketCode: 'NO' });
  users.push({ ...person('SE', benchSignIns.management), role: 'management', locale: 'sv', groupKey: null, marketCode: 'SE' });
  users.push({ ...person('FI'), role: 'management', locale: 'en', groupKey: null, marketCode: 'FI' });
  return users;
}

/** The people and the catalogue, with their ids. Seeds the fakers: call first. */
export function planOrganisation(seed: number, size: SizeSpec): Organisation {
  for (const f of Object.values(benchFakers)) f.seed(seed);
  const id = (table: string) => {
    const s = uuidStream(seed, table);
    return () => s.next();
  };
  const users = planPeople(size, id('users'));
  const sellers: DemoSeller[] = users.flatMap((u, index) =>
    u.role === 'seller' && u.groupKey && u.marketCode ? [{ index, groupKey: u.groupKey, marketCode: u.marketCode, locale: u.locale }] : [],
  );
  const byCell = new Map<string, number[]>();
  for (const s of sellers) {
    for (const key of [s.marketCode, `${s.marketCode}|${s.groupKey}`]) byCell.set(key, [...(byCell.get(key) ?? []), s.index]);
  }
  const nextMarket = id('markets');
  const nextGroup = id('sales_groups');
  const nextProduct = id('products');
  const nextCompetitor = id('competitors');
  return {
    users,
    sellers,
    sellersIn: (market, groupKey) => byCell.get(groupKey ? `${market}|${groupKey}` : market) ?? [],
    leaders: users.flatMap((u, i) => (u.leadsGroupKey ? [i] : [])),
    marketId: new Map(demoMarkets.map((m) => [m.code, nextMarket()])),
    groupId: new Map(demoGroups.map((g) => [g.key, nextGroup()])),
    productId: new Map(demoGroups.flatMap((g) => g.families.flatMap((f) => f.products.map(([code]) => [code, nextProduct()] as const)))),
    competitorIds: demoCompetitors.map(() => nextCompetitor()),
    currencyOf: new Map(demoMarkets.map((m) => [m.code, m.currency])),
  };
}

function targetRows(org: Organisation, seed: number, years: number[]): Row[] {
  const next = uuidStream(seed, 'targets');
  const random = randomStream(seed, 'target amounts');
  const rows: Row[] = [];
  for (const year of years) {
    const perSeller = new Map<string, number>();
    for (const s of org.sellers) {
      for (const channel of channelKeys) {
        const amount = (5 + Math.floor(random() * 56)) * 10_000;
        rows.push([next.next(), year, 'seller', org.users[s.index]!.id, null, null, channel, amount]);
        const key = `${s.groupKey}|${s.marketCode}|${channel}`;
        perSeller.set(key, (perSeller.get(key) ?? 0) + amount);
      }
    }
    const sum = (match: (k: string[]) => boolean) => [...perSeller].filter(([k]) => match(k.split('|'))).reduce((t, [, v]) => t + v, 0);
    for (const channel of channelKeys) {
      for (const g of demoGroups)
        rows.push([
          next.next(),
          year,
          'group',
          null,
          org.groupId.get(g.key)!,
          null,
          channel,
          sum(([gk, , c]) => gk === g.key && c === channel),
        ]);
      for (const m of demoMarkets)
        rows.push([
          next.next(),
          year,
          'market',
          null,
          null,
          org.marketId.get(m.code)!,
          channel,
          sum(([, mk, c]) => mk === m.code && c === channel),
        ]);
      rows.push([next.next(), year, 'company', null, null, null, channel, sum(([, , c]) => c === channel)]);
    }
  }
  return rows;
}

/**
 * The game (#19): one season over the last year with the default point rules, a 5 % referral credit
 * and a team per sales group — its leaderboard scores every seller on a year of the dataset's events.
 */
function seasonRows(org: Organisation, seed: number, today: Date): Pick<Rows, 'seasons' | 'season_teams'> {
  const seasonId = uuidStream(seed, 'seasons').next();
  const teamId = uuidStream(seed, 'season_teams');
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const referral = [{ id: 'referral', kind: 'referral_credit', fixedAmount: null, sharePercent: 5 }];
  return {
    seasons: [[seasonId, 'Bench year', day(-364), day(0), 'against', JSON.stringify(defaultPointRules), JSON.stringify(referral)]],
    season_teams: demoGroups.map((g) => [teamId.next(), seasonId, g.name, 'sales_group', org.groupId.get(g.key)!]),
  };
}

/** The rows of the small tables: organisation, markets, groups, people, catalogue, rates, targets, the game's season. */
export function organisationRows(org: Organisation, seed: number, passwordHash: string, today: Date): Rows {
  const userId = (i: number) => org.users[i]!.id;
  const leaderOfGroup = (key: string) => org.users.find((u) => u.leadsGroupKey === key)?.id ?? null;
  const leaderOfMarket = (code: string) => org.users.find((u) => u.leadsMarketCode === code)?.id ?? null;
  const year = today.getUTCFullYear();
  return {
    organisation: [[1, 'Nordlys Group', 'EUR', 'en', false]],
    markets: demoMarkets.map((m) => [org.marketId.get(m.code)!, m.code, m.name, m.currency, m.locale, leaderOfMarket(m.code)]),
    sales_groups: demoGroups.map((g) => [org.groupId.get(g.key)!, g.name, g.description, leaderOfGroup(g.key)]),
    users: org.users.map((u, i) => [
      userId(i),
      u.email,
      u.name,
      passwordHash,
      u.role,
      u.locale,
      u.groupKey ? org.groupId.get(u.groupKey)! : null,
      u.marketCode ? org.marketId.get(u.marketCode)! : null,
    ]),
    products: demoGroups.flatMap((g) =>
      g.families.flatMap((fam) =>
        fam.products.map(([code, name, description]) => [
          org.productId.get(code)!,
          org.groupId.get(g.key)!,
          fam.family,
          name,
          code,
          description,
          JSON.stringify(demoCards[code] ?? {}),
        ]),
      ),
    ),
    competitors: demoCompetitors.map((name, i) => [org.competitorIds[i]!, name]),
    exchange_rates: ['2020-01-01', `${year}-01-01`].flatMap((on) =>
      Object.entries(demoRates).map(([currency, perEuro]) => [currency, on, perEuro]),
    ),
    targets: targetRows(org, seed, [year - 1, year]),
    ...seasonRows(org, seed, today),
  };
}
