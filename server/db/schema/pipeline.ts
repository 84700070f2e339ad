import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, contacts } from './accounts';
import { markets, salesGroups } from './org';
import { products } from './products';
import { users } from './users';
import { channels } from '@domain/channels';
import type { VolumePart } from '@domain/volume';
import type { CustomValues } from '@domain/custom-fields';
import { lostReasons, stageOutcomes } from '@domain/pipeline/outcomes';

/**
 * A sales process: the global minimum process (no group, no market) or a local variant for a
 * sales group and/or market (B2). Each has its stages.
 */
export const processes = pgTable(
  'processes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'cascade' }),
    marketId: uuid('market_id').references(() => markets.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('processes_scope_key').on(t.salesGroupId, t.marketId).nullsNotDistinct()],
);

/** A stage with its default probability and its gate: the fields an opportunity needs to enter it. */
export const stages = pgTable(
  'stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    processId: uuid('process_id')
      .notNull()
      .references(() => processes.id, { onDelete: 'cascade' }),
    /** Stable across renames; local variants reuse the global keys so reports add up. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    probability: integer('probability').notNull(),
    optional: boolean('optional').notNull().default(false),
    outcome: text('outcome', { enum: stageOutcomes }).notNull().default('open'),
    requiredFields: text('required_fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [unique('stages_process_key').on(t.processId, t.key), index('stages_process_idx').on(t.processId, t.position)],
);

/** Competitors to lose to: a managed list, so lost reasons can be ranked. */
export const competitors = pgTable('competitors', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'set null' }),
    marketId: uuid('market_id').references(() => markets.id, { onDelete: 'set null' }),
    processId: uuid('process_id')
      .notNull()
      .references(() => processes.id),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => stages.id),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    currency: text('currency').notNull(),
    /** The seller's estimate, used until line items give the value. */
    estimatedValue: numeric('estimated_value', { precision: 16, scale: 2, mode: 'number' }),
    /** Derived from the line items (domain/pipeline/money.ts), or the estimate. */
    value: numeric('value', { precision: 16, scale: 2, mode: 'number' }).notNull().default(0),
    annualValue: numeric('annual_value', { precision: 16, scale: 2, mode: 'number' }).notNull().default(0),
    expectedCloseOn: date('expected_close_on', { mode: 'string' }),
    startOn: date('start_on', { mode: 'string' }),
    quoteSentOn: date('quote_sent_on', { mode: 'string' }),
    quoteValidUntil: date('quote_valid_until', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    /** When a won deal's agreement ends (domain/pipeline/agreements.ts `dealAgreementEnd`): when it comes up for renewal. */
    agreementEndsOn: date('agreement_ends_on', { mode: 'string' }),
    lostReason: text('lost_reason', { enum: lostReasons }),
    competitorId: uuid('competitor_id').references(() => competitors.id),
    lostNote: text('lost_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by the daily job when the opportunity is old and not closing: proposed as Lost: timed out. */
    timedOutProposedAt: timestamp('timed_out_proposed_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
    /** Sales channel (G3), classified from the customer's history (domain/channels.ts) unless a leader overrode it. */
    channel: text('channel', { enum: channels }),
    channelReason: text('channel_reason'),
    channelOverridden: boolean('channel_overridden').notNull().default(false),
    /**
     * What the deal adds to sales volume, per month (domain/volume.ts `volumeParts`): empty unless
     * won and signed. Written with the deal; the volume read model adds these up.
     */
    volumeParts: jsonb('volume_parts').$type<VolumePart[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    /** Soft delete (domain/records.ts): out of the board, lists and reports, restorable for 30 days. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedById: uuid('deleted_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Values of the admin's custom fields, by key (domain/custom-fields.ts checks them). */
    customFields: jsonb('custom_fields').$type<CustomValues>().notNull().default({}),
    sourceSystem: text('source_system'),
    sourceId: text('source_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('opportunities_account_idx').on(t.accountId),
    index('opportunities_name_trgm').using('gist', sql`korsa_fold(${t.name}) gist_trgm_ops`),
    index('opportunities_name_prefix')
      .on(sql`(korsa_fold(${t.name}) collate "C")`)
      .where(sql`${t.deletedAt} is null`),
    index('opportunities_stage_idx').on(t.stageId, t.expectedCloseOn),
    // a won or lost column's latest first (the board's cards)
    index('opportunities_closed_stage_idx')
      .on(t.stageId, t.closedAt)
      .where(sql`${t.closedAt} is not null`),
    index('opportunities_owner_idx').on(t.ownerId, t.closedAt),
    index('opportunities_group_idx').on(t.salesGroupId, t.closedAt),
    index('opportunities_open_close_idx')
      .on(t.expectedCloseOn)
      .where(sql`${t.closedAt} is null`),
    uniqueIndex('opportunities_source_key').on(t.sourceSystem, t.sourceId),
    index('opportunities_custom_fields_idx').using('gin', sql`${t.customFields} jsonb_path_ops`),
    // agreements coming up for renewal: as many as end in the window, not every deal
    index('opportunities_agreement_ends_idx')
      .on(t.agreementEndsOn)
      .where(sql`${t.agreementEndsOn} is not null`),
    // … of a sales group or a market (the overview's renewals due): else PostgreSQL ANDs in the group's every deal (13.6 → 1 ms at large)
    index('opportunities_group_agreement_ends_idx')
      .on(t.salesGroupId, t.agreementEndsOn)
      .where(sql`${t.agreementEndsOn} is not null`),
    index('opportunities_market_agreement_ends_idx')
      .on(t.marketId, t.agreementEndsOn)
      .where(sql`${t.agreementEndsOn} is not null`),
  ],
);

/** Products in an opportunity (B6). Recurring lines are priced per month, one-off lines once. */
export const opportunityLines = pgTable(
  'opportunity_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    quantity: numeric('quantity', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    unitPrice: numeric('unit_price', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    discountPercent: numeric('discount_percent', { precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
    recurring: boolean('recurring').notNull().default(false),
    contractMonths: integer('contract_months'),
    /** The customer may terminate after this many months: only that part is committed. */
    terminableAfterMonths: integer('terminable_after_months'),
    /** A recurring line's committed months, decided by domain/pipeline/money.ts `committedMonths` when the line is written. */
    committedMonths: integer('committed_months'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('opportunity_lines_opportunity_idx').on(t.opportunityId), index('opportunity_lines_product_idx').on(t.productId)],
);

/** Every stage move, for time in stage, cycle length and stage-to-stage conversion (B7). */
export const stageChanges = pgTable(
  'stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    fromStageId: uuid('from_stage_id').references(() => stages.id),
    toStageId: uuid('to_stage_id')
      .notNull()
      .references(() => stages.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('stage_changes_opportunity_idx').on(t.opportunityId, t.at)],
);

/** Exchange rates per day: how many units of `currency` one euro buys. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    rateOn: date('rate_on', { mode: 'string' }).notNull(),
    perEuro: numeric('per_euro', { precision: 14, scale: 6, mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('exchange_rates_key').on(t.currency, t.rateOn)],
);
