import { z } from 'zod';
import { overviewLevels, paceLevels } from '@domain/targets';
import { Id, text } from './common';
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

const Progress = z.object({
  volume: z.number(),
  target: z.number().nullable(),
  progress: z.number().nullable(),
  /** How the volume keeps pace with the year (domain/targets.ts `paceOf`); null without a target. */
  pace: z.enum(paceLevels).nullable(),
});
export const Level = z.enum(overviewLevels);

export const Overview = z.object({
  year: z.number().int(),
  reportingCurrency: text(),
  /** Share of the year gone (pace). */
  elapsed: z.number(),
  /** Which level this is and its name ("Nordlys Group", "Sverige", "Fleet & Mobility", "Katarina Berg"). */
  level: Level,
  name: text(),
  /** Signed volume (annual value) against target per channel. */
  volume: z.object({ renewal: Progress, upsell: Progress, win_back: Progress, new: Progress, total: Progress }),
  /** Volume per month of the year and channel (for the stacked chart). */
  volumeByMonth: z.array(
    z.object({
      month: text(),
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
    byStage: z.array(z.object({ stageId: Id, key: text(), name: text(), count: z.number().int(), value: z.number() })),
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
      name: text(),
      volume: z.number(),
      target: z.number().nullable(),
      progress: z.number().nullable(),
      pace: z.enum(paceLevels).nullable(),
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
    name: text(),
    accountId: Id,
    accountName: text(),
    sellerName: text().nullable(),
    salesGroupName: text().nullable(),
    channel: Channel.nullable(),
    /** Annual value in the reporting currency. */
    annualValue: z.number(),
    signedOn: text(),
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
  reportingCurrency: text(),
  items: z.array(
    z.object({
      opportunityId: Id,
      name: text(),
      accountId: Id,
      accountName: text(),
      ownerId: Id.nullable(),
      ownerName: text().nullable(),
      products: z.array(text()),
      endsOn: text(),
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
    accountName: text(),
    sellerName: text().nullable(),
    channel: Channel.nullable(),
  }),
  z.object({ type: z.literal('notification'), userId: Id }),
  /** Something the game's points are computed from changed (sent by the database's triggers). */
  z.object({ type: z.literal('game_changed') }),
  /** A season's standings were computed anew after a change (the leaderboards fetch them again). */
  z.object({ type: z.literal('season_computed'), seasonId: Id }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;
