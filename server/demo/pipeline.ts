import type { Faker } from '@faker-js/faker';
import { demoGroups, demoMarkets } from './catalogue';
import type { DemoAccount } from './customers';

export const demoCompetitors = [
  'Nordic Fleet Partners',
  'CleanCo Facility',
  'Fjord IT Services',
  'GreenGrid Energi',
  'Baltic Workplace Group',
];
/** Units per euro, as of the start of the year. */
export const demoRates = { SEK: 11.45, NOK: 11.7, DKK: 7.46, EUR: 1, USD: 1.08, GBP: 0.85 };

const openStages = ['identified', 'quote_designed', 'pricing', 'quote_sent', 'negotiation'] as const;
const path = ['identified', 'quote_designed', 'quote_sent', 'negotiation'];

export interface DemoOpportunity {
  accountKey: number;
  ownerIndex: number;
  name: string;
  stageKey: string;
  /** Stages passed through, with the day each was entered. */
  history: { stageKey: string; at: Date }[];
  createdAt: Date;
  estimatedValue: number;
  expectedCloseOn: string;
  quoteSentOn: string | null;
  quoteValidUntil: string | null;
  startOn: string | null;
  signedOn: string | null;
  closedAt: Date | null;
  lostReason: 'competitor' | 'disqualified' | 'timed_out' | 'other' | null;
  competitorIndex: number | null;
  contactIndex: number;
  lines: { productCode: string; quantity: number; unitPrice: number; recurring: boolean; contractMonths: number | null }[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Opportunities over the last year and a half: open ones in every stage, and won and lost ones with their history. */
export function planOpportunities(
  f: Faker,
  accounts: DemoAccount[],
  ownerIndex: Map<number, number>,
  sellerGroup: (index: number) => string,
  today: Date,
): DemoOpportunity[] {
  const out: DemoOpportunity[] = [];
  for (const a of accounts) {
    if (!f.datatype.boolean(0.7)) continue;
    // prices are drawn in Swedish kronor and shown in the market's own currency
    const currency = demoMarkets.find((m) => m.code === a.marketCode)!.currency as keyof typeof demoRates;
    const local = (sek: number) => Math.max(1, Math.round((sek * demoRates[currency]) / demoRates.SEK));
    const owner = ownerIndex.get(a.key)!;
    const group = demoGroups.find((g) => g.key === sellerGroup(owner))!;
    const products = group.families.flatMap((fam) => fam.products.map(([code, name]) => ({ code, name })));
    const count = f.number.int({ min: 1, max: 2 });
    for (let i = 0; i < count; i++) {
      const picked = f.helpers.arrayElements(products, { min: 1, max: 3 });
      const createdAt = new Date(today.getTime() - f.number.int({ min: 5, max: 540 }) * DAY);
      const outcome = f.helpers.weightedArrayElement([
        { weight: 5, value: 'open' },
        { weight: 3, value: 'won' },
        { weight: 2, value: 'lost' },
      ] as const);
      const stageKey = outcome === 'open' ? f.helpers.arrayElement(openStages) : outcome;
      const order = stageKey === 'pricing' ? ['identified', 'quote_designed', 'pricing'] : path;
      const steps = outcome === 'open' ? order.slice(0, order.indexOf(stageKey) + 1) : path.slice(0, f.number.int({ min: 2, max: 4 }));
      const ageDays = Math.max(1, Math.floor((today.getTime() - createdAt.getTime()) / DAY));
      // closed deals took anything from a fortnight to most of their age: wins spread over the months
      const spanDays = outcome === 'open' ? ageDays : Math.max(1, Math.floor(ageDays * f.number.float({ min: 0.1, max: 0.9 })));
      const history = steps.map((s, k) => ({
        stageKey: s,
        at: new Date(createdAt.getTime() + Math.floor((spanDays * k) / (steps.length + 1)) * DAY),
      }));
      const closedAt = outcome === 'open' ? null : new Date(createdAt.getTime() + spanDays * DAY);
      if (closedAt) history.push({ stageKey, at: closedAt });
      const lines = picked.map((p) => {
        const recurring = f.datatype.boolean(0.6);
        return {
          productCode: p.code,
          quantity: f.number.int({ min: 1, max: 20 }),
          unitPrice: local(recurring ? f.number.int({ min: 5, max: 80 }) * 100 : f.number.int({ min: 10, max: 400 }) * 1000),
          recurring,
          contractMonths: recurring ? f.helpers.arrayElement([12, 24, 36]) : null,
        };
      });
      const quoted = history.some((h) => h.stageKey === 'quote_sent');
      const quoteDay = history.find((h) => h.stageKey === 'quote_sent')?.at;
      out.push({
        accountKey: a.key,
        ownerIndex: owner,
        name: `${picked[0]!.name} — ${a.name.replace(/ (AB|AS|A\/S|Oy|Group)$/, '')}`,
        stageKey,
        history,
        createdAt,
        estimatedValue: local(f.number.int({ min: 5, max: 300 }) * 10_000),
        expectedCloseOn: day(new Date(closedAt ? closedAt.getTime() : today.getTime() + f.number.int({ min: -20, max: 200 }) * DAY)),
        quoteSentOn: quoted && quoteDay ? day(quoteDay) : null,
        quoteValidUntil: quoted && quoteDay ? day(new Date(quoteDay.getTime() + 30 * DAY)) : null,
        startOn: stageKey === 'pricing' || outcome === 'won' ? day(new Date((closedAt ?? today).getTime() + 30 * DAY)) : null,
        signedOn: outcome === 'won' && closedAt ? day(closedAt) : null,
        closedAt,
        lostReason:
          outcome === 'lost' ? f.helpers.arrayElement(['competitor', 'competitor', 'disqualified', 'timed_out', 'other'] as const) : null,
        competitorIndex: null,
        contactIndex: f.number.int({ min: 0, max: a.contacts.length - 1 }),
        // lines exist once the quote has been designed
        lines: steps.includes('quote_designed') || outcome === 'won' ? lines : [],
      });
      const last = out[out.length - 1]!;
      if (last.lostReason === 'competitor') last.competitorIndex = f.number.int({ min: 0, max: demoCompetitors.length - 1 });
    }
  }
  return out;
}
