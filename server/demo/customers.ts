import type { Faker } from '@faker-js/faker';
import { accountStatus, lastBusinessOn, type AccountStatus } from '@domain/account-status';
import type { IndustryCode } from '@domain/industries';
import { asciiLower, demoGroups, demoMarkets, type DemoMarketCode } from './catalogue';

/** The demo's industries (NACE sections, domain/industries.ts): manufacturing, construction, trade, transport, health,
 * public administration, finance, information and communication, energy, hospitality, real estate, professional services. */
export const demoIndustries = ['C', 'F', 'G', 'H', 'Q', 'O', 'K', 'J', 'D', 'I', 'L', 'M'] as const satisfies readonly IndustryCode[];

type Size = 'micro' | 'small' | 'medium' | 'large' | 'enterprise';
const legalSuffix: Record<DemoMarketCode, string> = { SE: 'AB', NO: 'AS', DK: 'A/S', FI: 'Oy' };
const countryName: Record<DemoMarketCode, string> = { SE: 'Sverige', NO: 'Norge', DK: 'Danmark', FI: 'Suomi' };
const buyingRoles = ['decision_maker', 'economic_buyer', 'influencer', 'champion', 'user', 'gatekeeper'] as const;
const titles = [
  'CEO',
  'CFO',
  'COO',
  'Head of Procurement',
  'Facility Manager',
  'IT Manager',
  'HR Director',
  'Fleet Manager',
  'Sustainability Manager',
  'Office Manager',
  'CIO',
  'Purchasing Manager',
];
const lostReasons = [
  'Moved everything to a competitor',
  'Business closed down the site',
  'Budget cuts after a reorganisation',
  'Unhappy with the service level',
];

export interface DemoAccount {
  key: number;
  name: string;
  orgNumber: string;
  industry: IndustryCode;
  size: Size;
  marketCode: DemoMarketCode;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  website: string;
  phone: string;
  parentKey: number | null;
  isGlobal: boolean;
  holdings: { productCode: string; startedOn: string; endsOn: string | null }[];
  lostAt: Date | null;
  lostReason: string | null;
  status: AccountStatus;
  lastBusinessOn: string | null;
  contacts: {
    firstName: string;
    lastName: string;
    title: string;
    buyingRole: (typeof buyingRoles)[number];
    email: string;
    phone: string;
  }[];
}

const allProducts = demoGroups.flatMap((g) => g.families.flatMap((f) => f.products.map(([code]) => code)));
const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const plain = (s: string) => asciiLower(s);

/**
 * Products that go together, as they do in real customers: a fleet brings fuel cards and charging,
 * an office brings cleaning and hygiene, and so on. The demo's history follows these, so the
 * product matrix and the suggestions have patterns to show.
 */
const affinities: Record<string, string[]> = {
  'FM-LEASE': ['FM-FUEL', 'FM-MGMT', 'FM-CHARGE', 'FM-TELEM'],
  'FM-VAN': ['FM-FUEL', 'FM-TELEM', 'WS-MAINT'],
  'FM-CHARGE': ['FM-HOMECH', 'EC-SOLAR', 'FM-EVTRANS'],
  'FM-EVTRANS': ['FM-CHARGE', 'EC-PLAN', 'EC-SCOPE3'],
  'WS-CLEAN': ['WS-HYG', 'WS-RECEP', 'WS-IFM'],
  'WS-IFM': ['WS-MAINT', 'WS-CLEAN', 'EC-HVAC', 'WS-SENS'],
  'WS-DESIGN': ['WS-MOVE', 'WS-SENS', 'DS-WORKPL'],
  'DS-WORKPL': ['DS-SD', 'DS-M365', 'DS-AWARE'],
  'DS-CLOUD': ['DS-BACKUP', 'DS-SOC', 'DS-M365'],
  'DS-SOC': ['DS-NIS2', 'DS-PENTEST', 'DS-AWARE'],
  'EC-AUDIT': ['EC-LED', 'EC-HVAC', 'EC-SOLAR'],
  'EC-CSRD': ['EC-SCOPE3', 'EC-PLAN', 'FM-EVTRANS'],
  'EC-SOLAR': ['EC-BATT', 'FM-CHARGE', 'EC-PPA'],
};
/** What each industry tends to start with. */
const firstChoices: Partial<Record<IndustryCode, string[]>> = {
  C: ['WS-IND', 'EC-AUDIT', 'FM-VAN', 'DS-SOC'],
  F: ['FM-VAN', 'FM-LEASE', 'WS-MAINT'],
  G: ['WS-CLEAN', 'EC-LED', 'DS-NET'],
  H: ['FM-LEASE', 'FM-TELEM', 'FM-FUEL'],
  Q: ['WS-CLEAN', 'WS-HYG', 'DS-SOC'],
  O: ['EC-CSRD', 'DS-NIS2', 'WS-IFM'],
  K: ['DS-SOC', 'DS-CLOUD', 'WS-DESIGN'],
  J: ['DS-CLOUD', 'WS-DESIGN', 'FM-BENEFIT'],
  D: ['EC-SOLAR', 'EC-CSRD', 'FM-EVTRANS'],
  I: ['WS-FOOD', 'WS-CLEAN', 'EC-HVAC'],
  L: ['WS-IFM', 'EC-AUDIT', 'EC-SOLAR'],
  M: ['DS-WORKPL', 'WS-DESIGN', 'FM-BENEFIT'],
};

function basket(f: Faker, industry: IndustryCode, count: number): string[] {
  const chosen = new Set<string>([
    f.datatype.boolean(0.75) ? f.helpers.arrayElement(firstChoices[industry] ?? allProducts) : f.helpers.arrayElement(allProducts),
  ]);
  while (chosen.size < count) {
    const related = [...chosen].flatMap((p) => affinities[p] ?? []).filter((p) => !chosen.has(p));
    chosen.add(related.length && f.datatype.boolean(0.7) ? f.helpers.arrayElement(related) : f.helpers.arrayElement(allProducts));
  }
  return [...chosen];
}

/** The business an account has had: none (prospect), running, ended long ago (passive) or lost. */
function history(f: Faker, industry: IndustryCode, today: Date, passiveAfterMonths: number) {
  const roll = f.number.float();
  const holdings: DemoAccount['holdings'] = [];
  let lostAt: Date | null = null;
  let lostReason: string | null = null;
  if (roll >= 0.35) {
    const count = f.number.int({ min: 1, max: 4 });
    const products = basket(f, industry, count);
    const ended = roll < 0.47; // passive or lost: every agreement ended
    for (const productCode of products) {
      const start = addDays(today, -f.number.int({ min: 60, max: 2200 }));
      let endsOn: string | null = f.datatype.boolean(0.4) ? null : day(addDays(start, f.number.int({ min: 365, max: 1460 })));
      if (ended) endsOn = day(addDays(today, -f.number.int({ min: 600, max: 1400 })));
      if (endsOn && endsOn < day(start)) endsOn = day(addDays(start, 365));
      holdings.push({ productCode, startedOn: day(start), endsOn });
    }
    if (ended && f.datatype.boolean(0.4)) {
      const last = lastBusinessOn(holdings, today);
      lostAt = addDays(new Date(`${last}T12:00:00Z`), f.number.int({ min: 10, max: 90 }));
      lostReason = f.helpers.arrayElement(lostReasons);
    }
  }
  const status = accountStatus({ holdings, lostAt }, today, passiveAfterMonths);
  return { holdings, lostAt, lostReason, status, lastBusinessOn: lastBusinessOn(holdings, today) };
}

function contactsFor(f: Faker, domain: string) {
  const taken = new Set<string>();
  return Array.from({ length: f.number.int({ min: 2, max: 5 }) }, (_, i) => {
    const firstName = f.person.firstName();
    const lastName = f.person.lastName();
    let local = `${plain(firstName)}.${plain(lastName)}`;
    while (taken.has(local)) local += '1';
    taken.add(local);
    return {
      firstName,
      lastName,
      title: f.helpers.arrayElement(titles),
      buyingRole: i === 0 ? ('decision_maker' as const) : f.helpers.arrayElement(buyingRoles),
      email: `${local}@${domain}`,
      phone: f.phone.number(),
    };
  });
}

/** Customers: global groups with subsidiaries in several markets, and local companies. */
export function planCustomers(
  fakers: Record<DemoMarketCode, Faker>,
  count: number,
  today: Date,
  passiveAfterMonths: number,
): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  const names = new Set<string>();
  const account = (market: DemoMarketCode, base: string, name: string, parentKey: number | null, isGlobal: boolean): DemoAccount => {
    const f = fakers[market];
    const domain = `${plain(base)}.example`;
    const industry = f.helpers.arrayElement(demoIndustries);
    const created: DemoAccount = {
      key: accounts.length,
      name,
      orgNumber: f.string.numeric(10),
      industry,
      size: isGlobal
        ? 'enterprise'
        : f.helpers.weightedArrayElement([
            { weight: 2, value: 'micro' },
            { weight: 4, value: 'small' },
            { weight: 3, value: 'medium' },
            { weight: 2, value: 'large' },
            { weight: 1, value: 'enterprise' },
          ] as const),
      marketCode: market,
      street: f.location.streetAddress(),
      postalCode: f.location.zipCode(),
      city: f.location.city(),
      country: demoMarkets.find((m) => m.code === market)!.name,
      website: `https://www.${domain}`,
      phone: f.phone.number(),
      parentKey,
      isGlobal,
      ...history(f, industry, today, passiveAfterMonths),
      contacts: contactsFor(f, domain),
    };
    accounts.push(created);
    return created;
  };
  const uniqueBase = (f: Faker) => {
    for (;;) {
      const base = f.company
        .name()
        .replace(/[,.]/g, '')
        .replace(/\s+(AB|AS|A\/S|Oy|ASA|Group|Gruppen|og|och|and|&).*$/i, '')
        .trim();
      if (base.length > 2 && !names.has(base)) {
        names.add(base);
        return base;
      }
    }
  };

  const globalCount = Math.max(4, Math.round(count / 40));
  for (let g = 0; g < globalCount; g++) {
    const home = demoMarkets[g % demoMarkets.length]!.code;
    const base = uniqueBase(fakers[home]);
    const parent = account(home, base, `${base} Group`, null, true);
    const subsidiaryMarkets = fakers[home].helpers.arrayElements(
      demoMarkets.map((m) => m.code),
      { min: 2, max: 4 },
    );
    for (const market of subsidiaryMarkets) {
      account(market, base, `${base} ${countryName[market]} ${legalSuffix[market]}`, parent.key, false);
    }
  }
  while (accounts.length < count) {
    const market = demoMarkets[accounts.length % demoMarkets.length]!.code;
    const base = uniqueBase(fakers[market]);
    account(market, base, `${base} ${legalSuffix[market]}`, null, false);
  }
  return accounts;
}
