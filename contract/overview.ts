import { z } from 'zod';
import { Id } from './common';
import { Channel, Year } from './targets';

/**
 * The management overview (K1, K2): the same KPIs in every market, for the company or one level
 * of the drill-down company → market → sales group → seller. Filters live in the URL.
 */
export const OverviewQuery = z.object({
  year: Year,
  marketId: Id.optional(),
  salesGroupId: Id.optional(),
  userId: Id.optional(),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

const Progress = z.object({ volume: z.number(), target: z.number().nullable(), progress: z.number().nullable() });
export const Level = z.enum(['company', 'market', 'salesGroup', 'seller']);

export const Overview = z.object({
  year: z.number().int(),
  reportingCurrency: z.string(),
  /** Share of the year gone (pace). */
  elapsed: z.number(),
  /** Which level this is and its name ("Nordlys Group", "Sverige", "Fleet & Mobility", "Katarina Berg"). */
  level: Level,
  name: z.string(),
  /** Signed volume (annual value) against target per channel. */
  volume: z.object({ renewal: Progress, upsell: Progress, win_back: Progress, new: Progress, total: Progress }),
  /** Volume per month of the year and channel (for the stacked chart). */
  volumeByMonth: z.array(
    z.object({
      month: z.string(),
      renewal: z.number(),
      upsell: z.number(),
      win_back: z.number(),
      new: z.number(),
      target: z.number().nullable(),
    }),
  ),
  /** Invoiced in the year (revenue), beside volume. */
  invoiced: z.number(),
  pipeline: z.object({
    open: z.number().int(),
    /** Open value closing this year (expected close in the year), reporting currency. */
    value: z.number(),
    /** The same, weighted by the stages' probabilities. */
    weighted: z.number(),
    /** Open pipeline closing this year ÷ what is left of the target; null without a target. */
    coverage: z.number().nullable(),
    /** Per stage key (local variants share the global keys), in stage order. */
    byStage: z.array(z.object({ stageId: Id, key: z.string(), name: z.string(), count: z.number().int(), value: z.number() })),
  }),
  /** Closed in the last 12 months. */
  winRate: z.number().nullable(),
  medianCycleDays: z.number().nullable(),
  outstandingQuotes: z.object({ count: z.number().int(), value: z.number() }),
  handoffs: z.object({
    given: z.number().int(),
    received: z.number().int(),
    answered: z.number().int(),
    won: z.number().int(),
    /** Share of accepted handoffs with at least one report back. */
    feedbackRate: z.number().nullable(),
    overdue: z.number().int(),
  }),
  renewalsDue: z.object({ count: z.number().int(), value: z.number() }),
  /** The next level down, to drill into (markets, then groups, then sellers; empty at seller level). */
  breakdown: z.array(
    z.object({
      level: Level,
      id: Id,
      name: z.string(),
      volume: z.number(),
      target: z.number().nullable(),
      progress: z.number().nullable(),
      pipeline: z.number(),
      winRate: z.number().nullable(),
    }),
  ),
});
export type Overview = z.infer<typeof Overview>;

/** Deals won lately, newest first: the overview's feed; a won renewal is celebrated. */
export const WinFeed = z.array(
  z.object({
    opportunityId: Id,
    name: z.string(),
    accountId: Id,
    accountName: z.string(),
    sellerName: z.string().nullable(),
    salesGroupName: z.string().nullable(),
    channel: Channel.nullable(),
    /** Annual value in the reporting currency. */
    annualValue: z.number(),
    signedOn: z.string(),
    celebrate: z.boolean(),
  }),
);

export const RenewalsQuery = z.object({
  months: z.coerce.number().int().min(1).max(24).default(6),
  ownerId: Id.optional(),
  marketId: Id.optional(),
  salesGroupId: Id.optional(),
});
/** Agreements (won deals with recurring lines) ending in the coming months (J1). */
export const Renewals = z.object({
  reportingCurrency: z.string(),
  items: z.array(
    z.object({
      opportunityId: Id,
      name: z.string(),
      accountId: Id,
      accountName: z.string(),
      ownerId: Id.nullable(),
      ownerName: z.string().nullable(),
      products: z.array(z.string()),
      endsOn: z.string(),
      /** Annual value in the reporting currency. */
      annualValue: z.number(),
      /** An open renewal opportunity on the same account, if someone has started one. */
      renewalOpportunityId: Id.nullable(),
    }),
  ),
});

/** Server-sent events on `/api/events`. */
export const LiveEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('deal_won'),
    opportunityId: Id,
    accountName: z.string(),
    sellerName: z.string().nullable(),
    channel: Channel.nullable(),
  }),
  z.object({ type: z.literal('notification'), userId: Id }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;
