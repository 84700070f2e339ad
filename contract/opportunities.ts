import { z } from 'zod';
import { Id, PageQuery, pageOf } from './common';
import { Currency } from './org';

export const lostReasons = ['competitor', 'disqualified', 'timed_out', 'other'] as const;
export const LostReason = z.enum(lostReasons);
const isoDate = z.iso.date();

export const Stage = z.object({
  id: Id,
  key: z.string(),
  name: z.string(),
  position: z.number().int(),
  probability: z.number().int(),
  optional: z.boolean(),
  outcome: z.enum(['open', 'won', 'lost']),
  requiredFields: z.array(z.string()),
});
export type Stage = z.infer<typeof Stage>;

export const Process = z.object({ id: Id, name: z.string(), salesGroupId: Id.nullable(), marketId: Id.nullable(), stages: z.array(Stage) });
export type Process = z.infer<typeof Process>;

export const StageInput = z.object({
  id: Id.optional(),
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, 'Use lower-case letters, digits and _'),
  name: z.string().trim().min(1).max(80),
  probability: z.number().int().min(0).max(100),
  optional: z.boolean().default(false),
  outcome: z.enum(['open', 'won', 'lost']).default('open'),
  requiredFields: z
    .array(
      z.enum([
        'estimatedValue',
        'expectedCloseOn',
        'contactId',
        'lines',
        'startOn',
        'quoteSentOn',
        'quoteValidUntil',
        'signedOn',
        'lostReason',
      ]),
    )
    .default([]),
});
/** The whole ordered list of a process's stages (rename, add, reorder, mark optional). */
export const PutStages = z.object({ stages: z.array(StageInput).min(3).max(20) });

export const Competitor = z.object({ id: Id, name: z.string() });
export const CompetitorInput = z.object({ name: z.string().trim().min(1).max(100) });

export const LineInput = z.object({
  productId: Id,
  quantity: z.number().positive().max(1e7),
  unitPrice: z.number().min(0).max(1e10),
  discountPercent: z.number().min(0).max(100).default(0),
  recurring: z.boolean().default(false),
  contractMonths: z.number().int().min(1).max(240).nullable().default(null),
  terminableAfterMonths: z.number().int().min(1).max(240).nullable().default(null),
});
export type LineInput = z.infer<typeof LineInput>;
export const Line = LineInput.extend({ id: Id, productName: z.string(), amount: z.number() });

/** The optional fields a stage's gate may ask for, which can be given on the move itself. */
const GateValues = z.object({
  estimatedValue: z.number().positive().max(1e12).nullable(),
  expectedCloseOn: isoDate.nullable(),
  contactId: Id.nullable(),
  startOn: isoDate.nullable(),
  quoteSentOn: isoDate.nullable(),
  quoteValidUntil: isoDate.nullable(),
});

export const CreateOpportunity = GateValues.partial().extend({
  accountId: Id,
  name: z.string().trim().min(1, 'Name the opportunity').max(200),
  currency: Currency.optional(),
  ownerId: Id.optional(),
  stageId: Id.optional(),
  lines: z.array(LineInput).max(100).optional(),
});
export type CreateOpportunity = z.infer<typeof CreateOpportunity>;

/** Every write carries the version it read: a stale version gets 409 with the current opportunity. */
export const UpdateOpportunity = GateValues.partial()
  .extend({
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(200).optional(),
    ownerId: Id.optional(),
    currency: Currency.optional(),
  })
  .refine((o) => Object.keys(o).length > 1, { message: 'Send at least one field to change.' });
export const MoveOpportunity = GateValues.partial().extend({ version: z.number().int().min(1), stageId: Id });
export const WinOpportunity = z.object({
  version: z.number().int().min(1),
  signedOn: isoDate,
  lines: z.array(LineInput).min(1).max(100).optional(),
});
export const LoseOpportunity = z.object({
  version: z.number().int().min(1),
  reason: LostReason,
  competitorId: Id.nullable().optional(),
  note: z.string().trim().max(2000).optional(),
});
export const PutLines = z.object({ version: z.number().int().min(1), lines: z.array(LineInput).max(100) });
export const ResolveTimedOut = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm'), version: z.number().int().min(1) }),
  z.object({
    action: z.literal('extend'),
    version: z.number().int().min(1),
    expectedCloseOn: isoDate,
    reason: z.string().trim().min(1).max(500),
  }),
]);

export const Opportunity = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  name: z.string(),
  owner: z.object({ id: Id, name: z.string() }).nullable(),
  salesGroupId: Id.nullable(),
  marketId: Id.nullable(),
  processId: Id,
  stage: Stage,
  contactId: Id.nullable(),
  currency: z.string(),
  estimatedValue: z.number().nullable(),
  value: z.number(),
  annualValue: z.number(),
  weightedValue: z.number(),
  expectedCloseOn: z.string().nullable(),
  startOn: z.string().nullable(),
  quoteSentOn: z.string().nullable(),
  quoteValidUntil: z.string().nullable(),
  signedOn: z.string().nullable(),
  lostReason: LostReason.nullable(),
  competitorId: Id.nullable(),
  lostNote: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  stageEnteredAt: z.iso.datetime(),
  ageDays: z.number().int(),
  daysInStage: z.number().int(),
  stale: z.boolean(),
  timedOutProposed: z.boolean(),
  /** Sales channel (G3) with the reason it was classified so, or overridden by a leader. */
  channel: z.enum(['renewal', 'upsell', 'win_back', 'new']).nullable(),
  channelReason: z.string().nullable(),
  channelOverridden: z.boolean(),
  version: z.number().int(),
});
export type Opportunity = z.infer<typeof Opportunity>;

export const WinProbability = z.object({
  probability: z.number(),
  /** The facts that moved the odds most: effect > 0 helps, < 0 hurts (log-odds). */
  reasons: z.array(z.object({ feature: z.string(), value: z.string(), effect: z.number() })),
});

export const OpportunityDetail = Opportunity.extend({
  /** Learned from the company's own closed deals; null once closed. */
  winProbability: WinProbability.nullable(),
  lines: z.array(Line),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      fromKey: z.string().nullable(),
      to: z.string(),
      toKey: z.string(),
      at: z.iso.datetime(),
      by: z.string().nullable(),
    }),
  ),
});
export type OpportunityDetail = z.infer<typeof OpportunityDetail>;

export const OpportunityFilters = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['open', 'won', 'lost']).optional(),
  stageId: Id.optional(),
  ownerId: Id.optional(),
  salesGroupId: Id.optional(),
  marketId: Id.optional(),
  accountId: Id.optional(),
  productId: Id.optional(),
  timedOut: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type OpportunityFilters = z.infer<typeof OpportunityFilters>;
export const OpportunityListQuery = PageQuery.merge(OpportunityFilters).extend({
  sort: z.enum(['-value', 'value', 'expectedCloseOn', '-expectedCloseOn', '-createdAt', 'name']).default('expectedCloseOn'),
});
export type OpportunityListQuery = z.infer<typeof OpportunityListQuery>;
export const OpportunityPage = pageOf(Opportunity);

export const BoardQuery = OpportunityFilters.omit({ status: true, stageId: true }).extend({
  processId: Id.optional(),
  perColumn: z.coerce.number().int().min(1).max(200).default(50),
});
export const BoardColumn = z.object({
  stage: Stage,
  count: z.number().int(),
  value: z.number(),
  weightedValue: z.number(),
  cards: z.array(Opportunity),
});
export const Board = z.object({ process: Process, reportingCurrency: z.string(), columns: z.array(BoardColumn) });

export const OutstandingQuotes = z.object({
  reportingCurrency: z.string(),
  total: z.object({ count: z.number().int(), value: z.number() }),
  bySeller: z.array(z.object({ id: Id.nullable(), name: z.string().nullable(), count: z.number().int(), value: z.number() })),
  bySalesGroup: z.array(z.object({ id: Id.nullable(), name: z.string().nullable(), count: z.number().int(), value: z.number() })),
  byMarket: z.array(z.object({ id: Id.nullable(), name: z.string().nullable(), count: z.number().int(), value: z.number() })),
});

export const ForecastQuery = OpportunityFilters.omit({ status: true }).extend({
  from: z.iso.date().optional(),
  months: z.coerce.number().int().min(1).max(36).default(12),
});
const ForecastCell = z.object({ count: z.number().int(), value: z.number(), weightedValue: z.number() });
export const Forecast = z.object({
  reportingCurrency: z.string(),
  missingRates: z.array(z.string()),
  months: z.array(
    ForecastCell.extend({
      month: z.string(),
      bySalesGroup: z.array(ForecastCell.extend({ id: Id.nullable(), name: z.string().nullable() })),
      byMarket: z.array(ForecastCell.extend({ id: Id.nullable(), name: z.string().nullable() })),
    }),
  ),
  /** Open opportunities whose expected close has passed: they need a new date or an outcome. */
  overdue: ForecastCell,
});

export const AnalyticsQuery = OpportunityFilters.omit({ status: true, stageId: true, timedOut: true }).extend({
  by: z.enum(['seller', 'salesGroup', 'market', 'product']).default('salesGroup'),
  /** Opportunities closed (or moved) in this window; defaults to everything. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const Analytics = z.object({
  reportingCurrency: z.string(),
  overall: z.object({
    won: z.number().int(),
    lost: z.number().int(),
    winRate: z.number().nullable(),
    wonValue: z.number(),
    medianCycleDays: z.object({ won: z.number().nullable(), lost: z.number().nullable() }),
  }),
  rows: z.array(
    z.object({
      id: Id.nullable(),
      name: z.string().nullable(),
      won: z.number().int(),
      lost: z.number().int(),
      winRate: z.number().nullable(),
      wonValue: z.number(),
      medianCycleDaysWon: z.number().nullable(),
    }),
  ),
  /** Of the opportunities that entered each stage, how many went further (stage-to-stage conversion). */
  stages: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      entered: z.number().int(),
      advanced: z.number().int(),
      conversion: z.number().nullable(),
      medianDaysInStage: z.number().nullable(),
    }),
  ),
  lostReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  competitors: z.array(z.object({ id: Id, name: z.string(), count: z.number().int(), value: z.number() })),
});

export const OverrideChannel = z.object({
  version: z.number().int().min(1),
  channel: z.enum(['renewal', 'upsell', 'win_back', 'new']),
  reason: z.string().trim().min(1, 'Say why').max(500),
});

export const ProcessInput = z.object({
  name: z.string().trim().min(1).max(100),
  salesGroupId: Id.nullable().optional(),
  marketId: Id.nullable().optional(),
});
