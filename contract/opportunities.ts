import { z } from 'zod';
import { channels, type Channel } from '@domain/channels';
import { pipelineWarnings } from '@domain/pipeline/aging';
import { gateFields, lostToUnnamedCompetitor, missingForStage } from '@domain/pipeline/gates';
import { lostReasons, stageOutcomes } from '@domain/pipeline/outcomes';
import { needsChurnReason } from '@domain/retention';
import { Id, PageQuery, Version, pageOf, text } from './common';
import { CustomFieldFilter, CustomValues, CustomValuesInput } from './custom-fields';
import { Currency } from './org';

export { lostReasons };
export const LostReason = z.enum(lostReasons);
const isoDate = z.iso.date();

export const Stage = z.object({
  id: Id,
  key: text(),
  name: text(),
  position: z.number().int(),
  probability: z.number().int(),
  optional: z.boolean(),
  outcome: z.enum(stageOutcomes),
  requiredFields: z.array(text()),
});
export type Stage = z.infer<typeof Stage>;

export const Process = z.object({ id: Id, name: text(), salesGroupId: Id.nullable(), marketId: Id.nullable(), stages: z.array(Stage) });
export type Process = z.infer<typeof Process>;

export const StageInput = z.object({
  id: Id.optional(),
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, 'Use lower-case letters, digits and _'),
  name: text().trim().min(1).max(80),
  probability: z.number().int().min(0).max(100),
  optional: z.boolean().default(false),
  outcome: z.enum(stageOutcomes).default('open'),
  requiredFields: z.array(z.enum(gateFields)).default([]),
});
/** The whole ordered list of a process's stages (rename, add, reorder, mark optional). */
export const PutStages = z.object({ stages: z.array(StageInput).min(3).max(20) });

export const Competitor = z.object({ id: Id, name: text() });
export const CompetitorInput = z.object({ name: text().trim().min(1).max(100) });

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
export const Line = LineInput.extend({ id: Id, productName: text(), amount: z.number() });

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
  name: text().trim().min(1, 'Name the opportunity').max(200),
  currency: Currency.optional(),
  ownerId: Id.optional(),
  stageId: Id.optional(),
  lines: z.array(LineInput).max(100).optional(),
  /** Created from this tip: the tip is linked to it (reported "opportunity created") in the same transaction. */
  handoffId: Id.optional(),
  /** Custom field values by key (GET /api/custom-fields?entity=opportunity). */
  customFields: CustomValuesInput.optional(),
});
export type CreateOpportunity = z.infer<typeof CreateOpportunity>;

/**
 * What a new opportunity needs: the stage it starts in and that stage's gate (presented by the server),
 * at an account (its market decides the process) or, before one is chosen, for the person's own market.
 */
export const NewOpportunityGateQuery = z.object({ accountId: Id.optional() });
export const NewOpportunityGate = z.object({
  stage: z.object({ id: Id, key: text(), name: text() }),
  requiredFields: z.array(z.enum(gateFields)),
});
export type NewOpportunityGate = z.infer<typeof NewOpportunityGate>;

/**
 * A new opportunity with its first stage's gate said before the server says it: the gate's own rule
 * (`missingForStage`) over the fields the server presented. The server applies the same rule when it creates.
 */
export function createOpportunityThrough(requiredFields: readonly string[]) {
  return CreateOpportunity.superRefine((o, ctx) => {
    const missing = missingForStage(requiredFields, 'open', {
      estimatedValue: o.estimatedValue ?? null,
      expectedCloseOn: o.expectedCloseOn ?? null,
      contactId: o.contactId ?? null,
      lineCount: o.lines?.length ?? 0,
      startOn: o.startOn ?? null,
      quoteSentOn: o.quoteSentOn ?? null,
      quoteValidUntil: o.quoteValidUntil ?? null,
      signedOn: null,
      lostReason: null,
      competitorId: null,
    });
    for (const field of missing) ctx.addIssue({ code: 'custom', path: [field], message: 'The first stage needs this.' });
  }, everyField);
}

/** A form's rule runs even when another field is already wrong, so that every missing field is named at once. */
const everyField = { when: () => true };

/** Every write carries the version it read: a stale version gets 409 with the current opportunity. */
export const UpdateOpportunity = GateValues.partial()
  .extend({
    version: Version,
    name: text().trim().min(1).max(200).optional(),
    ownerId: Id.optional(),
    currency: Currency.optional(),
    /** Only the keys given change (`null` clears one). */
    customFields: CustomValuesInput.optional(),
  })
  .refine((o) => Object.keys(o).length > 1, { message: 'Send at least one field to change.' });
export const MoveOpportunity = GateValues.partial().extend({ version: Version, stageId: Id });
export const WinOpportunity = z.object({
  version: Version,
  signedOn: isoDate,
  lines: z.array(LineInput).min(1).max(100).optional(),
});
/** Reopen a closed deal, saying why (kept on the timeline). */
export const ReopenOpportunity = z.object({
  version: Version,
  reason: text().trim().min(1).max(500),
});
export const LoseOpportunity = z.object({
  version: Version,
  reason: LostReason,
  competitorId: Id.nullable().optional(),
  note: text().trim().max(2000).optional(),
  /** Why the customer let the agreement go: required when a renewal is lost (domain/retention.ts `needsChurnReason`). */
  churnReasonId: Id.optional(),
});
/**
 * Losing this deal, with the rules that depend on it said before the server says them: the gate's
 * competitor when lost to one, and a churn reason when the deal is a renewal. The server applies the
 * same two functions in the close itself (it knows the deal's channel only there).
 */
export function loseOpportunityOf(deal: { channel: Channel | null }) {
  return LoseOpportunity.superRefine((loss, ctx) => {
    if (lostToUnnamedCompetitor({ lostReason: loss.reason, competitorId: loss.competitorId })) {
      ctx.addIssue({ code: 'custom', path: ['competitorId'], message: 'Name the competitor the deal was lost to.' });
    }
    if (needsChurnReason(deal.channel) && !loss.churnReasonId) {
      ctx.addIssue({ code: 'custom', path: ['churnReasonId'], message: 'A lost renewal needs the reason the customer let it go.' });
    }
  }, everyField);
}
export const PutLines = z.object({ version: Version, lines: z.array(LineInput).max(100) });
export const ResolveTimedOut = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('confirm'),
    version: Version,
    /** A renewal that timed out lost the customer's agreement: why they let it go (domain/retention.ts `needsChurnReason`). */
    churnReasonId: Id.optional(),
  }),
  z.object({
    action: z.literal('extend'),
    version: Version,
    expectedCloseOn: isoDate,
    reason: text().trim().min(1).max(500),
  }),
]);

export const Opportunity = z.object({
  id: Id,
  accountId: Id,
  accountName: text(),
  name: text(),
  owner: z.object({ id: Id, name: text() }).nullable(),
  salesGroupId: Id.nullable(),
  marketId: Id.nullable(),
  processId: Id,
  stage: Stage,
  contactId: Id.nullable(),
  currency: text(),
  estimatedValue: z.number().nullable(),
  value: z.number(),
  annualValue: z.number(),
  weightedValue: z.number(),
  expectedCloseOn: text().nullable(),
  startOn: text().nullable(),
  quoteSentOn: text().nullable(),
  quoteValidUntil: text().nullable(),
  signedOn: text().nullable(),
  lostReason: LostReason.nullable(),
  competitorId: Id.nullable(),
  lostNote: text().nullable(),
  closedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  stageEnteredAt: z.iso.datetime(),
  ageDays: z.number().int(),
  daysInStage: z.number().int(),
  stale: z.boolean(),
  timedOutProposed: z.boolean(),
  /** Open with its expected close date in the past (domain/pipeline/aging). */
  closeOverdue: z.boolean(),
  /** The one warning to show, the most pressing of the three (domain/pipeline/aging `pipelineWarning`). */
  warning: z.enum(pipelineWarnings).nullable(),
  /** Sales channel (G3) with the reason it was classified so, or overridden by a leader. */
  channel: z.enum(channels).nullable(),
  channelReason: text().nullable(),
  channelOverridden: z.boolean(),
  /** Values of the admin's custom fields, by key (GET /api/custom-fields?entity=opportunity). */
  customFields: CustomValues,
  version: z.number().int(),
  /** Set while the opportunity is deleted (restorable for 30 days, domain/records.ts). */
  deletedAt: z.iso.datetime().nullable(),
  /** What the viewer may do (domain/access.ts): change it — fields, stage, lines, win or lose — as its owner, their leader or an admin; delete it. */
  can: z.object({ change: z.boolean(), delete: z.boolean() }),
});
export type Opportunity = z.infer<typeof Opportunity>;

export const WinModelKind = z.enum(['naive_bayes', 'logistic']);

export const WinProbability = z.object({
  /** An estimate, or not enough history to give one (no lost — or no won — deals yet). */
  status: z.enum(['estimate', 'not_enough_history']),
  probability: z.number().nullable(),
  /** What the history lacks when there is no estimate. */
  missing: z.enum(['won', 'lost', 'both']).nullable(),
  /** The model the organisation's own time split chose. */
  model: WinModelKind,
  /** The facts that moved the odds most: effect > 0 helps, < 0 hurts (log-odds). Never a value the model has not seen. */
  reasons: z.array(z.object({ feature: text(), value: text(), effect: z.number() })),
});

const WinModelScore = z.object({
  auc: z.number(),
  brier: z.number(),
  deciles: z.array(z.object({ decile: z.number().int(), count: z.number().int(), meanPredicted: z.number(), observed: z.number() })),
});

/** How well the win probability predicted the newer deals from the older ones (admins). */
export const WinProbabilityEvaluation = z.object({
  chosen: WinModelKind,
  /** The last close date in the training part (the older 70 % of closed deals' stages). */
  splitAt: z.iso.datetime().nullable(),
  train: z.object({ examples: z.number().int(), won: z.number().int(), lost: z.number().int() }),
  test: z.object({ examples: z.number().int(), won: z.number().int(), lost: z.number().int(), winRate: z.number() }),
  naiveBayes: WinModelScore.nullable(),
  logistic: WinModelScore.nullable(),
  /** Every deal at its stage's configured probability. */
  stage: WinModelScore.nullable(),
  /** Half-life of the recency weights, in days. */
  halfLifeDays: z.number().int(),
});

export const OpportunityDetail = Opportunity.extend({
  /** Learned from the company's own closed deals; null once closed. */
  winProbability: WinProbability.nullable(),
  lines: z.array(Line),
  history: z.array(
    z.object({
      from: text().nullable(),
      fromKey: text().nullable(),
      to: text(),
      toKey: text(),
      at: z.iso.datetime(),
      by: text().nullable(),
    }),
  ),
});
export type OpportunityDetail = z.infer<typeof OpportunityDetail>;

export const OpportunityFilters = z.object({
  q: text().trim().max(100).optional(),
  status: z.enum(stageOutcomes).optional(),
  stageId: Id.optional(),
  ownerId: Id.optional(),
  salesGroupId: Id.optional(),
  marketId: Id.optional(),
  accountId: Id.optional(),
  productId: Id.optional(),
  /** The deal's channel (renewal, upsell/cross-sell, win-back, new), e.g. the won upsells of a quarter. */
  channel: z.enum(channels).optional(),
  timedOut: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** By custom fields: `cf=<key>:<value>`, repeated for several (the list, the board and the export). */
  cf: CustomFieldFilter,
});
export type OpportunityFilters = z.infer<typeof OpportunityFilters>;
export const OpportunityListQuery = PageQuery.merge(OpportunityFilters).extend({
  sort: z.enum(['-value', 'value', 'expectedCloseOn', '-expectedCloseOn', '-createdAt', 'name']).default('expectedCloseOn'),
});
export type OpportunityListQuery = z.infer<typeof OpportunityListQuery>;
export const OpportunityPage = pageOf(Opportunity);

export const OutstandingQuotes = z.object({
  reportingCurrency: text(),
  total: z.object({ count: z.number().int(), value: z.number() }),
  bySeller: z.array(z.object({ id: Id.nullable(), name: text().nullable(), count: z.number().int(), value: z.number() })),
  bySalesGroup: z.array(z.object({ id: Id.nullable(), name: text().nullable(), count: z.number().int(), value: z.number() })),
  byMarket: z.array(z.object({ id: Id.nullable(), name: text().nullable(), count: z.number().int(), value: z.number() })),
});

export const ForecastQuery = OpportunityFilters.omit({ status: true }).extend({
  from: z.iso.date().optional(),
  months: z.coerce.number().int().min(1).max(36).default(12),
});
const ForecastCell = z.object({ count: z.number().int(), value: z.number(), weightedValue: z.number() });
export const Forecast = z.object({
  reportingCurrency: text(),
  missingRates: z.array(text()),
  months: z.array(
    ForecastCell.extend({
      month: text(),
      bySalesGroup: z.array(ForecastCell.extend({ id: Id.nullable(), name: text().nullable() })),
      byMarket: z.array(ForecastCell.extend({ id: Id.nullable(), name: text().nullable() })),
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
  reportingCurrency: text(),
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
      name: text().nullable(),
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
      key: text(),
      name: text(),
      entered: z.number().int(),
      advanced: z.number().int(),
      conversion: z.number().nullable(),
      medianDaysInStage: z.number().nullable(),
    }),
  ),
  lostReasons: z.array(z.object({ reason: text(), count: z.number().int() })),
  competitors: z.array(z.object({ id: Id, name: text(), count: z.number().int(), value: z.number() })),
});

export const OverrideChannel = z.object({
  version: Version,
  channel: z.enum(channels),
  reason: text().trim().min(1, 'Say why').max(500),
});

/** A local variant of the global process: for a sales group, a market or both. */
export const ProcessInput = z
  .object({
    name: text().trim().min(1).max(100),
    salesGroupId: Id.nullable().optional(),
    marketId: Id.nullable().optional(),
  })
  .refine((p) => !!p.salesGroupId || !!p.marketId, {
    message: 'A local variant is for a sales group, a market or both.',
    path: ['salesGroupId'],
  });
