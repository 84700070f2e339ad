import type { Role } from '@contract/common';
import type { BehaviourKind } from '@domain/lead-score';
import type { LeadMove, LeadSource, LeadStatus } from '@domain/leads';
import { asciiLower, demoMarkets, type DemoMarketCode } from './catalogue';
import type { DemoAccount } from './customers';
import type { IndustryCode } from '@domain/industries';

/** What the planner needs to know of the demo's people (generate.ts's DemoUser has it). */
interface DemoPerson {
  role: Role;
  groupKey: string | null;
  marketCode: DemoMarketCode | null;
  leadsGroupKey?: string;
}

/** Something a demo lead did on the website or at an event, some days before the demo's today. */
export interface DemoLeadEvent {
  kind: BehaviourKind;
  detail: string;
  daysAgo: number;
}

/** A move of a demo lead, made by a demo user some hours before the demo's today (through the leads service). */
export interface DemoLeadStep {
  status: LeadMove;
  byIndex: number;
  hoursAgo: number;
  reason?: string;
  note?: string;
  /** Handed to sales: the group. */
  groupKey?: string;
}

export interface DemoLead {
  name: string;
  email: string;
  phone: string | null;
  company: string;
  domain: string | null;
  industry: IndustryCode;
  size: string;
  title: string;
  marketCode: DemoMarketCode;
  country: string;
  source: LeadSource;
  campaign: string | null;
  message: string | null;
  /** Who created it (marketing), or null: it came in by itself (a web form). */
  ownerIndex: number | null;
  createdDaysAgo: number;
  /** The demo account whose contact or domain the lead's e-mail belongs to (matched on arrival), if any. */
  matchesAccountKey: number | null;
  events: DemoLeadEvent[];
  steps: DemoLeadStep[];
  /** Converted by the seller who accepted it, with an opportunity at the first stage. */
  convert: { byIndex: number; hoursAgo: number; opportunity: string; estimatedValue: number } | null;
  /** Where it ends up (the last step's status, `converted`, or `new`). */
  status: LeadStatus;
}

type Stranger = [first: string, last: string, title: string, company: string, industry: IndustryCode, size: string];

/** People and companies not (yet) in the customer memory, per market, in the order planLeads takes them. */
const strangers: Record<DemoMarketCode, Stranger[]> = {
  SE: [
    ['Karin', 'Lindgren', 'VD', 'Fjällbacka Logistik AB', 'H', 'large'],
    ['Johan', 'Bergqvist', 'Head of facilities', 'Vänerns Bygg & Montage AB', 'F', 'medium'],
    ['Elin', 'Sjöberg', 'Fastighetschef', 'Norrlandsfastigheter AB', 'L', 'large'],
    ['Mattias', 'Ekström', 'Fleet manager', 'Kalmar Precision AB', 'C', 'large'],
    ['Sara', 'Holmgren', 'Sustainability director', 'Sörmlands Energi AB', 'D', 'enterprise'],
    ['Linnea', 'Åberg', 'Student', 'Uppsala universitet', 'P', 'micro'],
    ['Oskar', 'Nyström', 'Office manager', 'Gävle Handelshus AB', 'G', 'medium'],
    ['Per', 'Wallin', 'CFO', 'Växjö Gjuteri AB', 'C', 'medium'],
    ['Anna', 'Forsberg', 'Head of HR', 'Hallands Revision AB', 'M', 'medium'],
  ],
  NO: [
    ['Ingrid', 'Haugland', 'Daglig leder', 'Vestland Transport AS', 'H', 'large'],
    ['Eirik', 'Solberg', 'Driftssjef', 'Trøndelag Sjømat AS', 'C', 'large'],
    ['Håkon', 'Berge', 'Fleet manager', 'Hordaland Entreprenør AS', 'F', 'large'],
    ['Silje', 'Dahl', 'Head of logistics', 'Nordland Frakt AS', 'H', 'large'],
    ['Marte', 'Lunde', 'Office manager', 'Lofoten Reiseliv AS', 'I', 'small'],
  ],
  DK: [
    ['Rasmus', 'Holm', 'IT director', 'Københavns Revisionshus ApS', 'M', 'medium'],
    ['Anders', 'Winther', 'Indkøber', 'Fyns Detail ApS', 'G', 'small'],
    ['Mette', 'Kjær', 'Administrerende direktør', 'Aarhus Maskinfabrik A/S', 'C', 'large'],
  ],
  FI: [
    ['Juha', 'Nieminen', 'Hankintapäällikkö', 'Espoon Kiinteistöt Oy', 'L', 'enterprise'],
    ['Laura', 'Mäkinen', 'Sustainability manager', 'Tampereen Konepaja Oy', 'C', 'large'],
    ['Mikko', 'Korhonen', 'Head of logistics', 'Oulun Kuljetus Oy', 'H', 'medium'],
  ],
};

const plain = (s: string) => asciiLower(s, /[^a-z0-9]+/g);
const countryOf = (m: DemoMarketCode) => demoMarkets.find((x) => x.code === m)!.name;

/** What a lead that goes somewhere did: pricing twice this week, a download, a form fill. */
const keen = (product: string): DemoLeadEvent[] => [
  { kind: 'pricing_view', detail: `/${product}/pricing`, daysAgo: 2 },
  { kind: 'pricing_view', detail: `/${product}/pricing`, daysAgo: 4 },
  { kind: 'product_view', detail: `/${product}`, daysAgo: 5 },
  { kind: 'download', detail: `Guide: ${product.replaceAll('-', ' ')} for Nordic employers (PDF)`, daysAgo: 6 },
  { kind: 'form_fill', detail: 'Contact us', daysAgo: 8 },
];
/** A glance: a couple of pages a while ago. */
const glance = (product: string, daysAgo: number): DemoLeadEvent[] => [
  { kind: 'page_view', detail: '/', daysAgo },
  { kind: 'product_view', detail: `/${product}`, daysAgo },
];

/**
 * The demo's leads (C1, C2): some new from web forms, events and lists (a few matched to known
 * customers by e-mail or domain, so the account's sellers see them), some being worked, qualified
 * with a high score, handed to a sales group (one within the deadline, one overdue), accepted in
 * time and late, rejected and disqualified with reasons, and one converted. Planned in order from
 * the accounts and users the seed made, without random draws, so the rest of the demo stays as it is.
 */
export function planLeads(accounts: DemoAccount[], users: DemoPerson[]): DemoLead[] {
  const userIndex = (p: (u: DemoPerson) => boolean) => {
    const i = users.findIndex(p);
    if (i < 0) throw new Error('The demo has no such user.');
    return i;
  };
  const marketer = (m: DemoMarketCode) =>
    users.findIndex((u) => u.role === 'marketing' && u.marketCode === m) >= 0
      ? userIndex((u) => u.role === 'marketing' && u.marketCode === m)
      : userIndex((u) => u.role === 'marketing');
  const seller = (g: string, m: DemoMarketCode) => userIndex((u) => u.role === 'seller' && u.groupKey === g && u.marketCode === m);
  const leader = (g: string) => userIndex((u) => u.leadsGroupKey === g);

  const used: Record<DemoMarketCode, number> = { SE: 0, NO: 0, DK: 0, FI: 0 };
  const out: DemoLead[] = [];
  const stranger = (
    m: DemoMarketCode,
    lead: Pick<DemoLead, 'source' | 'campaign' | 'message' | 'createdDaysAgo' | 'events' | 'steps'> & { convert?: DemoLead['convert'] },
  ) => {
    const k = used[m]++;
    const [first, last, title, company, industry, size] = strangers[m][k]!;
    const student = title === 'Student';
    const domain = student ? null : `${plain(company.replace(/ (AB|AS|A\/S|ApS|Oy)$/, ''))}.example`;
    out.push({
      name: `${first} ${last}`,
      email: `${plain(first)}.${plain(last)}@${domain ?? 'student.example'}`,
      phone: null,
      company,
      domain,
      industry,
      size,
      title,
      marketCode: m,
      country: countryOf(m),
      ownerIndex: lead.source === 'web_form' ? null : marketer(m),
      matchesAccountKey: null,
      convert: lead.convert ?? null,
      status: lead.convert ? 'converted' : (lead.steps[lead.steps.length - 1]?.status ?? 'new'),
      ...lead,
    });
  };

  // New: from web forms, events and bought lists, not yet looked at.
  stranger('SE', {
    source: 'web_form',
    campaign: 'EV fleet webinar',
    message: 'We are replacing 40 diesel vans next year. Can you call me?',
    createdDaysAgo: 1,
    events: [...keen('fleet-leasing').slice(0, 3), { kind: 'form_fill', detail: 'Contact us', daysAgo: 1 }],
    steps: [],
  });
  stranger('SE', {
    source: 'event',
    campaign: 'Facility Expo Stockholm',
    message: null,
    createdDaysAgo: 3,
    events: [{ kind: 'event_attended', detail: 'Facility Expo Stockholm, stand B12', daysAgo: 3 }],
    steps: [],
  });
  stranger('NO', {
    source: 'list',
    campaign: 'Logistics companies Vestland',
    message: null,
    createdDaysAgo: 6,
    events: glance('fleet-management', 5),
    steps: [],
  });
  stranger('DK', {
    source: 'web_form',
    campaign: 'NIS2 guide',
    message: 'Downloaded the NIS2 checklist.',
    createdDaysAgo: 2,
    events: [
      { kind: 'download', detail: 'NIS2 checklist (PDF)', daysAgo: 2 },
      { kind: 'form_fill', detail: 'Download form: NIS2 checklist', daysAgo: 2 },
    ],
    steps: [],
  });
  stranger('FI', {
    source: 'event',
    campaign: 'Energy Day Helsinki',
    message: null,
    createdDaysAgo: 9,
    events: [{ kind: 'event_attended', detail: 'Energy Day Helsinki', daysAgo: 9 }],
    steps: [],
  });

  // New, and matched on arrival: a known contact at a customer (by e-mail), a new person at a customer (by domain).
  const customers = accounts.filter((a) => a.status === 'customer' && !a.isGlobal && a.contacts.length >= 2);
  const matched = (a: DemoAccount, person: { name: string; email: string; title: string }, lead: Partial<DemoLead>) => {
    out.push({
      ...person,
      phone: null,
      company: a.name,
      domain: new URL(a.website).hostname.replace(/^www\./, ''),
      industry: a.industry,
      size: a.size,
      marketCode: a.marketCode,
      country: a.country,
      source: 'web_form',
      campaign: null,
      message: null,
      ownerIndex: null,
      createdDaysAgo: 2,
      matchesAccountKey: a.key,
      events: [],
      steps: [],
      convert: null,
      status: 'new',
      ...lead,
    });
  };
  const bySe = customers.find((a) => a.marketCode === 'SE')!;
  const c = bySe.contacts[0]!;
  matched(
    bySe,
    { name: `${c.firstName} ${c.lastName}`, email: c.email, title: c.title },
    {
      campaign: 'Solar for commercial roofs',
      message: 'We would like an offer for solar panels on our warehouse roof.',
      events: [
        { kind: 'product_view', detail: '/solar-power', daysAgo: 3 },
        { kind: 'pricing_view', detail: '/solar-power/pricing', daysAgo: 2 },
        { kind: 'form_fill', detail: 'Request a quote', daysAgo: 2 },
      ],
    },
  );
  const byNo = customers.find((a) => a.marketCode === 'NO')!;
  const noDomain = new URL(byNo.website).hostname.replace(/^www\./, '');
  matched(
    byNo,
    { name: 'Kari Nordmann', email: `kari.nordmann@${noDomain}`, title: 'Innkjøpssjef' },
    {
      source: 'event',
      ownerIndex: marketer('NO'),
      campaign: 'Arendalsuka breakfast seminar',
      createdDaysAgo: 5,
      events: [{ kind: 'event_attended', detail: 'Breakfast seminar: the electric fleet', daysAgo: 5 }],
    },
  );

  // Being worked by marketing.
  const work = (hoursAgo: number, m: DemoMarketCode): DemoLeadStep => ({ status: 'working', byIndex: marketer(m), hoursAgo });
  stranger('SE', {
    source: 'list',
    campaign: 'Real estate owners Norrland',
    message: null,
    createdDaysAgo: 12,
    events: [...glance('facility-management', 10), { kind: 'email_reply', detail: 'Re: Energy audits for property owners', daysAgo: 7 }],
    steps: [work(24 * 9, 'SE')],
  });
  stranger('NO', {
    source: 'web_form',
    campaign: 'Cold chain webinar',
    message: 'Interested in telematics for our refrigerated trucks.',
    createdDaysAgo: 8,
    events: [...glance('telematics', 8), { kind: 'form_fill', detail: 'Webinar sign-up', daysAgo: 8 }],
    steps: [work(24 * 6, 'NO')],
  });
  const byDk = customers.find((a) => a.marketCode === 'DK')!;
  const dkDomain = new URL(byDk.website).hostname.replace(/^www\./, '');
  matched(
    byDk,
    { name: 'Lars Mikkelsen', email: `lars.mikkelsen@${dkDomain}`, title: 'IT manager' },
    {
      source: 'list',
      ownerIndex: marketer('DK'),
      campaign: 'Cyber security breakfast',
      createdDaysAgo: 14,
      events: [
        { kind: 'download', detail: 'Whitepaper: SOC as a service', daysAgo: 11 },
        { kind: 'email_reply', detail: 'Re: Your SOC questions', daysAgo: 6 },
      ],
      steps: [work(24 * 10, 'DK')],
      status: 'working',
    },
  );

  // Qualified with a high score: ready for sales (fit + pricing views, a download and a form fill this week).
  const qualify = (hoursAgo: number, m: DemoMarketCode): DemoLeadStep => ({ status: 'qualified', byIndex: marketer(m), hoursAgo });
  stranger('SE', {
    source: 'web_form',
    campaign: 'EV fleet webinar',
    message: 'We have 120 company cars and want to move to electric within two years.',
    createdDaysAgo: 10,
    events: keen('fleet-leasing'),
    steps: [work(24 * 8, 'SE'), qualify(20, 'SE')],
  });
  stranger('SE', {
    source: 'referral',
    campaign: null,
    message: 'Referred by a customer: wants charging at three sites.',
    createdDaysAgo: 7,
    events: keen('charging'),
    steps: [qualify(30, 'SE')],
  });
  stranger('NO', {
    source: 'event',
    campaign: 'Arendalsuka breakfast seminar',
    message: null,
    createdDaysAgo: 9,
    events: [{ kind: 'event_attended', detail: 'Breakfast seminar: the electric fleet', daysAgo: 9 }, ...keen('fleet-management')],
    steps: [work(24 * 7, 'NO'), qualify(26, 'NO')],
  });
  stranger('FI', {
    source: 'web_form',
    campaign: 'CSRD reporting guide',
    message: 'We need help with CSRD reporting for 2026.',
    createdDaysAgo: 6,
    events: keen('csrd-reporting'),
    steps: [qualify(40, 'FI')],
  });

  // Disqualified, with a reason.
  stranger('SE', {
    source: 'web_form',
    campaign: 'EV fleet webinar',
    message: 'Writing my thesis on electric fleets.',
    createdDaysAgo: 15,
    events: [{ kind: 'form_fill', detail: 'Webinar sign-up', daysAgo: 15 }],
    steps: [{ status: 'disqualified', byIndex: marketer('SE'), hoursAgo: 24 * 14, reason: 'student_or_private' }],
  });
  stranger('DK', {
    source: 'list',
    campaign: 'Retail chains Denmark',
    message: null,
    createdDaysAgo: 20,
    events: glance('led-lighting', 18),
    steps: [
      work(24 * 18, 'DK'),
      {
        status: 'disqualified',
        byIndex: marketer('DK'),
        hoursAgo: 24 * 16,
        reason: 'no_budget',
        note: 'Frozen budgets until next autumn.',
      },
    ],
  });

  // Handed to sales: one still within the deadline, one overdue (the SLA report shows the breach).
  const hand = (hoursAgo: number, m: DemoMarketCode, groupKey: string): DemoLeadStep => ({
    status: 'handed_to_sales',
    byIndex: marketer(m),
    hoursAgo,
    groupKey,
  });
  stranger('SE', {
    source: 'web_form',
    campaign: 'Workplace of the future',
    message: 'Moving to a new office in March: cleaning, reception and meeting-room sensors.',
    createdDaysAgo: 5,
    events: keen('integrated-facility-management'),
    steps: [qualify(5, 'SE'), hand(1, 'SE', 'workplace')],
  });
  stranger('NO', {
    source: 'web_form',
    campaign: 'Cold chain webinar',
    message: 'Please send us an offer for fuel and charge cards for 60 trucks.',
    createdDaysAgo: 14,
    events: keen('fuel-cards'),
    steps: [qualify(24 * 7, 'NO'), hand(24 * 6, 'NO', 'fleet')],
  });

  // Accepted by the group's seller: one within the deadline, one late.
  const accept = (hoursAgo: number, g: string, m: DemoMarketCode): DemoLeadStep => ({
    status: 'accepted',
    byIndex: seller(g, m),
    hoursAgo,
  });
  stranger('DK', {
    source: 'event',
    campaign: 'Cyber security breakfast',
    message: null,
    createdDaysAgo: 12,
    events: [{ kind: 'event_attended', detail: 'Cyber security breakfast Copenhagen', daysAgo: 12 }, ...keen('soc')],
    steps: [qualify(24 * 4, 'DK'), hand(24 * 3, 'DK', 'digital'), accept(24 * 3 - 2, 'digital', 'DK')],
  });
  stranger('FI', {
    source: 'web_form',
    campaign: 'Logistics fleet guide',
    message: 'Looking at leasing 25 vans.',
    createdDaysAgo: 16,
    events: keen('van-leasing'),
    steps: [qualify(24 * 11, 'FI'), hand(24 * 10, 'FI', 'fleet'), accept(24 * 3, 'fleet', 'FI')],
  });

  // Rejected by sales with a reason: back with marketing.
  stranger('SE', {
    source: 'list',
    campaign: 'Manufacturers Småland',
    message: null,
    createdDaysAgo: 18,
    events: [...glance('energy-audit', 12), { kind: 'download', detail: 'Energy audit checklist', daysAgo: 11 }],
    steps: [
      qualify(24 * 9, 'SE'),
      hand(24 * 8, 'SE', 'fleet'),
      {
        status: 'rejected',
        byIndex: seller('fleet', 'SE'),
        hoursAgo: 24 * 8 - 3,
        reason: 'wrong_group',
        note: 'They asked about an energy audit, not vehicles: Energy & Climate should take it.',
      },
    ],
  });
  stranger('NO', {
    source: 'web_form',
    campaign: 'Workplace of the future',
    message: 'Just curious about prices for now.',
    createdDaysAgo: 13,
    events: [...glance('office-cleaning', 12), { kind: 'pricing_view', detail: '/office-cleaning/pricing', daysAgo: 12 }],
    steps: [
      qualify(24 * 10, 'NO'),
      hand(24 * 9, 'NO', 'workplace'),
      { status: 'rejected', byIndex: leader('workplace'), hoursAgo: 24 * 9 - 4, reason: 'not_ready', note: 'Budget for next year only.' },
    ],
  });

  // Converted: accepted by the seller, who made it an account, a contact and an opportunity.
  stranger('SE', {
    source: 'web_form',
    campaign: 'EV fleet webinar',
    message: 'We want charging for our 30 company cars at the head office.',
    createdDaysAgo: 21,
    events: keen('charging').map((e) => ({ ...e, daysAgo: e.daysAgo + 10 })),
    steps: [qualify(24 * 12, 'SE'), hand(24 * 11, 'SE', 'fleet'), accept(24 * 11 - 3, 'fleet', 'SE')],
    convert: { byIndex: seller('fleet', 'SE'), hoursAgo: 24 * 9, opportunity: 'Workplace charging, head office', estimatedValue: 450_000 },
  });

  return out;
}
