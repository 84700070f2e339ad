/**
 * The four sales channels (G3, source article 004), classified from the customer's history at the
 * deal's date:
 * - win_back: a passive or lost customer reactivated;
 * - renewal: an extension of an agreement the customer has (or recently had) for the same product;
 * - upsell: a product this customer has not bought before (also called cross-sell);
 * - new: a customer with no earlier business.
 * A subsidiary of an existing global customer is not a new customer: the group's history counts.
 * Each line is classified; the deal's channel is that of its largest line (by annual value).
 */
import { passiveFrom } from './account-status';

export const channels = ['renewal', 'upsell', 'win_back', 'new'] as const;
export type Channel = (typeof channels)[number];

export interface HeldProduct {
  productId: string;
  startedOn: string;
  endsOn: string | null;
  /** Held by the customer itself, or by another company of its group. */
  own: boolean;
  /**
   * For a product from a won deal: the day it was signed and the moment it was closed. A customer
   * who signed one product earlier the same day — or signed an agreement that starts later — is
   * no longer new when signing the next.
   */
  signed?: { on: string; at: string } | null;
}

export interface ChannelInput {
  /** The deal's date (signing date, or today for an open deal). */
  on: string;
  /** The moment the deal was (or is being) closed, to order deals signed on the same day; now for an open deal. */
  at: string;
  lines: { productId: string; annualValue: number }[];
  history: HeldProduct[];
  /** When the customer was declared lost, if ever. */
  lostOn: string | null;
  passiveAfterMonths: number;
}

/** Why a deal is in its channel, as a key for the UI to say in words. */
export const channelReasons = ['no_earlier_business', 'group_customer', 'passive', 'lost', 'extends_agreement', 'new_product'] as const;
export type ChannelReason = (typeof channelReasons)[number];

export interface Classification {
  channel: Channel;
  reason: ChannelReason;
  lines: { productId: string; channel: Channel }[];
}

/** Business the customer had before this deal: started before its day, or signed before it (earlier that day, too). */
const before = (h: HeldProduct, on: string, at: string) =>
  h.startedOn < on || (h.signed != null && (h.signed.on < on || (h.signed.on === on && h.signed.at < at)));

/** Classify a deal. The history must not hold the deal's own products (a won deal re-classified after an edit). */
export function classify(input: ChannelInput): Classification {
  const earlier = input.history.filter((h) => before(h, input.on, input.at));
  const own = earlier.filter((h) => h.own);
  const all = (channel: Channel, reason: Classification['reason']): Classification => ({
    channel,
    reason,
    lines: input.lines.map((l) => ({ productId: l.productId, channel })),
  });
  if (earlier.length === 0) return all('new', 'no_earlier_business');

  // The last day the customer (or its group) had business before this deal.
  const lastBusiness = earlier
    .map((h) => (h.endsOn !== null && h.endsOn < input.on ? h.endsOn : input.on))
    .sort()
    .at(-1)!;
  const running = lastBusiness >= input.on;
  if (!running && input.lostOn && input.lostOn >= lastBusiness && input.lostOn <= input.on) return all('win_back', 'lost');
  if (!running && passiveFrom(lastBusiness, input.passiveAfterMonths) <= input.on) return all('win_back', 'passive');

  const lines: Classification['lines'] = input.lines.map((l) => ({
    productId: l.productId,
    channel: own.some((h) => h.productId === l.productId) ? 'renewal' : 'upsell',
  }));
  const largest = [...input.lines].sort((a, b) => b.annualValue - a.annualValue)[0];
  const channel: Channel = lines.find((l) => l.productId === largest?.productId)?.channel ?? 'upsell';
  const reason = own.length === 0 ? 'group_customer' : channel === 'renewal' ? 'extends_agreement' : 'new_product';
  return { channel, reason, lines };
}
