import type { BehaviourKind } from '@domain/lead-score';
import type { IndustryCode } from '@domain/industries';
import type { LeadSource } from '@domain/leads';
import { seededRandom } from '@domain/stats';
import { demoMarkets, type DemoMarketCode } from './catalogue';
import type { DemoOpportunity } from './pipeline';

/**
 * A year of past leads for the scoring rules' tuning page (C1): leads that arrived between a year
 * and a month ago, what they did in their first weeks, and whether they became an opportunity. The
 * outcome follows the lead — not a coin: a hidden propensity made of who they are (size, industry,
 * role, source, market) and how interested they were, which also drives what they did (pricing
 * views, downloads, form fills, replies; page views are noise). The configured rules capture some of
 * it (role, size, source, behaviour) and miss some (industry, a market), so the page has something
 * to suggest. A lead that became an opportunity is linked to a planned opportunity of its market
 * opened after it arrived (each at most once) — whether that deal was won is the pipeline's, so the
 * won rates are the demo's deals, not the propensity. Drawn from its own seeded stream, so the rest
 * of the demo stays as the seed makes it.
 */
export interface DemoPastLead {
  name: string;
  email: string;
  company: string;
  industry: IndustryCode;
  size: string;
  title: string;
  marketCode: DemoMarketCode;
  country: string;
  source: LeadSource;
  campaign: string;
  createdAt: Date;
  events: { kind: BehaviourKind; at: Date }[];
  /** Index into the plan's opportunities: it became that one (converted then). Else it was disqualified. */
  opportunityIndex: number | null;
  reason: 'not_a_fit' | 'no_need' | 'no_budget' | null;
}

const DAY = 86_400_000;

const sizes: [string, number][] = [
  ['micro', -1.3],
  ['small', -0.5],
  ['medium', 0.2],
  ['large', 0.7],
  ['enterprise', 0.9],
];
const industries: [IndustryCode, number][] = [
  ['C', 0.7],
  ['H', 0.6],
  ['D', 0.5],
  ['F', 0.3],
  ['L', 0.2],
  ['J', 0],
  ['M', -0.1],
  ['G', -0.4],
  ['I', -0.6],
  ['P', -1.2],
];
const titles: [string, number][] = [
  ['CEO', 1],
  ['VD', 1],
  ['Daglig leder', 1],
  ['Fleet director', 0.7],
  ['Head of facilities', 0.6],
  ['Purchasing manager', 0.3],
  ['Office manager', 0],
  ['Analyst', -0.3],
  ['Coordinator', -0.4],
  ['Student', -1.6],
];
const sources: [LeadSource, number][] = [
  ['web_form', 0.2],
  ['event', 0.3],
  ['list', -0.7],
  ['referral', 1],
  ['partner', 0.4],
];
const marketEffect: Record<DemoMarketCode, number> = { SE: 0, NO: 0.1, DK: -0.2, FI: 0.5 };
const firstNames = [
  'Anna',
  'Erik',
  'Sofia',
  'Lars',
  'Maja',
  'Jonas',
  'Ida',
  'Mikko',
  'Kari',
  'Nils',
  'Freja',
  'Ola',
  'Aino',
  'Per',
  'Liv',
  'Emil',
];
const lastNames = ['Berg', 'Lund', 'Dahl', 'Holm', 'Strand', 'Virtanen', 'Hansen', 'Nyberg', 'Moen', 'Kask', 'Sund', 'Falk', 'Aho', 'Vik'];
const places = ['Nord', 'Syd', 'Väst', 'Öst', 'Fjord', 'Dal', 'Berg', 'Sjö', 'Skog', 'Havn', 'Järn', 'Stål'];
const trades = ['Logistik', 'Bygg', 'Energi', 'Fastigheter', 'Verkstad', 'Handel', 'Transport', 'Konsult', 'Media', 'Mat'];
const suffix: Record<DemoMarketCode, string> = { SE: 'AB', NO: 'AS', DK: 'ApS', FI: 'Oy' };
const campaigns = ['EV fleet webinar', 'Facility Expo', 'Energy guide', 'Partner day', 'Customer referral', 'Industry list Q2'];

/** The past leads, from `today` back a year, matched to the plan's opportunities. */
export function planPastLeads(
  seed: number,
  count: number,
  today: Date,
  opportunities: readonly DemoOpportunity[],
  marketOf: (accountKey: number) => DemoMarketCode,
): DemoPastLead[] {
  const random = seededRandom(seed * 7919 + 17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const poisson = (mean: number) => {
    let k = 0;
    for (let p = Math.exp(-mean), s = p, u = random(); u > s; k++) {
      p *= mean / (k + 1);
      s += p;
    }
    return k;
  };
  // each planned opportunity can be one lead's, once; the earliest fitting one is taken
  const free = opportunities.map((o, i) => ({ i, at: o.createdAt.getTime(), market: marketOf(o.accountKey) })).sort((a, b) => a.at - b.at);
  const taken = new Set<number>();
  const out: DemoPastLead[] = [];
  for (let n = 0; n < count; n++) {
    const createdAt = new Date(today.getTime() - Math.round((395 - (n * 360) / count + random() * 3) * DAY));
    const market = pick(['SE', 'SE', 'SE', 'NO', 'NO', 'DK', 'FI'] as const);
    const [size, sizeEffect] = pick(sizes);
    const [industry, industryEffect] = pick(industries);
    const [title, titleEffect] = pick(titles);
    const [source, sourceEffect] = pick(sources);
    const interest = normal();
    const events: DemoPastLead['events'] = [];
    const happen = (kind: BehaviourKind, times: number) => {
      for (let k = 0; k < times; k++) events.push({ kind, at: new Date(createdAt.getTime() + Math.floor(random() * 21 * DAY)) });
    };
    const keen = Math.exp(0.8 * interest);
    happen('page_view', poisson(3));
    happen('product_view', poisson(0.8 + 0.6 * keen));
    happen('pricing_view', poisson(0.4 * keen));
    happen('download', poisson(0.3 * keen));
    happen('form_fill', poisson(0.25 * keen));
    happen('email_reply', poisson(0.2 * keen));
    if (source === 'event') happen('event_attended', 1);
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    const z = -2.3 + sizeEffect + industryEffect + titleEffect + sourceEffect + marketEffect[market] + 0.9 * interest;
    let opportunityIndex: number | null = null;
    if (random() < 1 / (1 + Math.exp(-z))) {
      const after = createdAt.getTime() + 3 * DAY;
      const match = free.find(
        (o) => !taken.has(o.i) && o.market === market && o.at >= after && o.at <= after + 60 * DAY && o.at < today.getTime(),
      );
      if (match) {
        taken.add(match.i);
        opportunityIndex = match.i;
      }
    }
    const first = pick(firstNames);
    const last = pick(lastNames);
    const company = `${pick(places)}${pick(trades).toLowerCase()} ${suffix[market]}`;
    out.push({
      name: `${first} ${last}`,
      email: `${first}.${last}.${n}@${company
        .split(' ')[0]!
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}.example`.toLowerCase(),
      company,
      industry,
      size,
      title,
      marketCode: market,
      country: demoMarkets.find((m) => m.code === market)!.name,
      source,
      campaign: pick(campaigns),
      createdAt,
      events,
      opportunityIndex,
      reason: opportunityIndex === null ? pick(['not_a_fit', 'no_need', 'no_budget'] as const) : null,
    });
  }
  return out;
}
