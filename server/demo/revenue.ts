import type { Channel } from '@domain/channels';
import type { DemoOpportunity } from './pipeline';

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

export interface DemoInvoiceLine {
  accountKey: number;
  productCode: string;
  invoiceNumber: string;
  invoicedOn: string;
  /** In the deal's currency. */
  amount: number;
  opportunityIndex: number;
}

/**
 * What finance invoiced for the demo's won deals: a recurring line monthly from the start date for
 * as long as its contract runs (until today), a one-off line once at the start. One invoice number
 * per deal and month.
 */
export function planInvoices(opportunities: DemoOpportunity[], today: Date): DemoInvoiceLine[] {
  const out: DemoInvoiceLine[] = [];
  let number = 240_000;
  opportunities.forEach((o, opportunityIndex) => {
    if (!o.signedOn || !o.startOn) return;
    const start = new Date(`${o.startOn}T00:00:00Z`);
    const months = Math.max(1, ...o.lines.map((l) => (l.recurring ? (l.contractMonths ?? 12) : 1)));
    for (let m = 0; m < months; m++) {
      const on = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, Math.min(start.getUTCDate(), 28)));
      if (on.getTime() > today.getTime() - DAY) break;
      const due = o.lines.filter((l) => (l.recurring ? m < (l.contractMonths ?? 12) : m === 0));
      if (due.length === 0) continue;
      const invoiceNumber = `NL-${++number}`;
      for (const l of due) {
        out.push({
          accountKey: o.accountKey,
          productCode: l.productCode,
          invoiceNumber,
          invoicedOn: day(on),
          amount: l.quantity * l.unitPrice,
          opportunityIndex,
        });
      }
    }
  });
  return out;
}

export interface DemoTarget {
  /** Index into the plan's users. */
  sellerIndex: number;
  channel: Channel;
  amount: number;
}

const channelShare: Record<Channel, number> = { renewal: 0.3, upsell: 0.35, win_back: 0.1, new: 0.25 };

/**
 * This year's targets: per seller 15 % above what they signed (annual value, in euros) over the
 * last twelve months, at least 150,000, split over the channels; every third seller has no win-back
 * target. The company asks 8 % more than its sellers add up to, so the gap shows until a leader closes it.
 */
export function planTargets(
  sellerIndexes: number[],
  opportunities: DemoOpportunity[],
  annualEuros: (o: DemoOpportunity) => number,
  today: Date,
): { sellers: DemoTarget[]; company: Record<Channel, number> } {
  const since = today.getTime() - 365 * DAY;
  const signed = new Map<number, number>();
  for (const o of opportunities) {
    if (o.signedOn && new Date(o.signedOn).getTime() >= since) signed.set(o.ownerIndex, (signed.get(o.ownerIndex) ?? 0) + annualEuros(o));
  }
  const round = (n: number, to: number) => Math.round(n / to) * to;
  const sellers = sellerIndexes.flatMap((sellerIndex, k) => {
    const total = Math.max(150_000, (signed.get(sellerIndex) ?? 0) * 1.15);
    return (Object.keys(channelShare) as Channel[])
      .filter((c) => c !== 'win_back' || k % 3 !== 2)
      .map((channel) => ({ sellerIndex, channel, amount: round(total * channelShare[channel], 10_000) }));
  });
  const company = Object.fromEntries(
    (Object.keys(channelShare) as Channel[]).map((c) => [
      c,
      round(sellers.filter((t) => t.channel === c).reduce((s, t) => s + t.amount, 0) * 1.08, 100_000),
    ]),
  ) as Record<Channel, number>;
  return { sellers, company };
}
