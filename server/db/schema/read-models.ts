/**
 * Read models (server/modules/read-models): aggregates the overview reads instead of scanning the
 * deals. Each row holds one scope of the drill-down (`level`, see read-models/levels) and is kept
 * by the triggers of migration 0027 in the transaction that changes its source; rebuilt from the
 * sources by `korsa rebuild-read-models`.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { industryCodes } from '@domain/industries';

const scope = () => ({
  /** 0 company, 1 market, 2 sales group, 3 group within a market, 4 seller, 5 seller within a group and market. */
  level: smallint('level').notNull(),
  marketId: uuid('market_id'),
  salesGroupId: uuid('sales_group_id'),
  ownerId: uuid('owner_id'),
});

/**
 * A sales group's rows of a level without its market: the sellers of a group across markets are level
 * 5's rows of every market (read-models/levels.ts), which the key's order (market first) cannot find.
 */
const bySalesGroup = (table: string, t: { level: AnyPgColumn; salesGroupId: AnyPgColumn }, time: AnyPgColumn) =>
  index(`${table}_group_idx`).on(t.level, t.salesGroupId, time);

/** Won volume per scope, channel, currency and month (from `opportunities.volume_parts`). */
export const rmVolume = pgTable(
  'rm_volume',
  {
    ...scope(),
    month: date('month', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    currency: text('currency').notNull(),
    amount: numeric('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    unique('rm_volume_key').on(t.level, t.marketId, t.salesGroupId, t.ownerId, t.month, t.channel, t.currency).nullsNotDistinct(),
    bySalesGroup('rm_volume', t, t.month),
  ],
);

/** Open deals per scope, stage, currency and the year they are expected to close. */
export const rmPipeline = pgTable(
  'rm_pipeline',
  {
    ...scope(),
    stageId: uuid('stage_id').notNull(),
    currency: text('currency').notNull(),
    closeYear: integer('close_year'),
    count: integer('count').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [
    unique('rm_pipeline_key').on(t.level, t.marketId, t.salesGroupId, t.ownerId, t.stageId, t.currency, t.closeYear).nullsNotDistinct(),
    bySalesGroup('rm_pipeline', t, t.closeYear),
  ],
);

/** Closed deals (won or lost) per scope, stage and currency: the board's won and lost columns' totals. */
export const rmClosed = pgTable(
  'rm_closed',
  {
    ...scope(),
    stageId: uuid('stage_id').notNull(),
    currency: text('currency').notNull(),
    count: integer('count').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [
    unique('rm_closed_key').on(t.level, t.marketId, t.salesGroupId, t.ownerId, t.stageId, t.currency).nullsNotDistinct(),
    bySalesGroup('rm_closed', t, t.stageId),
  ],
);

/** Deals closed won or lost per scope and day. */
export const rmOutcomes = pgTable(
  'rm_outcomes',
  {
    ...scope(),
    closedOn: date('closed_on', { mode: 'string' }).notNull(),
    outcome: text('outcome').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    unique('rm_outcomes_key').on(t.level, t.marketId, t.salesGroupId, t.ownerId, t.closedOn, t.outcome).nullsNotDistinct(),
    bySalesGroup('rm_outcomes', t, t.closedOn),
  ],
);

/** Won deals per scope, month closed and whole days from created to closed: the median cycle's histogram. */
export const rmWonCycles = pgTable(
  'rm_won_cycles',
  {
    ...scope(),
    month: date('month', { mode: 'string' }).notNull(),
    days: integer('days').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [unique('rm_won_cycles_key').on(t.level, t.marketId, t.salesGroupId, t.ownerId, t.month, t.days).nullsNotDistinct()],
);

/** Which version of each read model's definition was last built, and when. */
export const readModelBuilds = pgTable('read_model_builds', {
  name: text('name').primaryKey(),
  version: integer('version').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The product matrix's cells (issue 15): one row per account × product with anything in it — the
 * cell's facts from holdings, open deals' lines and marks, and the account's filter dimensions
 * copied beside them so the counts follow the account. Kept by the triggers of migration 0034
 * (the touched cells recomputed from their sources); `owned` is as of `rm_matrix_state`.
 */
export const rmMatrixCells = pgTable(
  'rm_matrix_cells',
  {
    accountId: uuid('account_id').notNull(),
    productId: uuid('product_id').notNull(),
    /** The account is not deleted: only such cells are counted. */
    counted: boolean('counted').notNull(),
    marketId: uuid('market_id'),
    industry: text('industry', { enum: industryCodes }),
    size: text('size'),
    status: text('status').notNull(),
    /** A holding without an end. */
    heldOpen: boolean('held_open').notNull(),
    /** The latest end of a holding with one. */
    heldUntil: date('held_until', { mode: 'string' }),
    /** The latest one-off purchase (a holding that ends the day it starts). */
    oneOffOn: date('one_off_on', { mode: 'string' }),
    /** Held on `rm_matrix_state.today` (one-offs since `since`). */
    owned: boolean('owned').notNull(),
    /** Lines of the account's open deals with the product. */
    pipeline: integer('pipeline').notNull(),
    /** The cell's mark: potential or not relevant. */
    mark: text('mark'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.productId] })],
);

/**
 * Penetration per product and per filter dimension of the matrix (market, industry, size, status),
 * over accounts that are not deleted: how many own it, have it in pipeline, are marked potential.
 * The row without a product counts the accounts. `level` 0 holds the company, 1 each market, 2 every
 * combination of the four dimensions: a filter reads the level that holds it and sums its rows.
 */
export const rmMatrixCounts = pgTable(
  'rm_matrix_counts',
  {
    level: smallint('level').notNull(),
    marketId: uuid('market_id'),
    industry: text('industry', { enum: industryCodes }),
    size: text('size'),
    status: text('status'),
    productId: uuid('product_id'),
    accounts: integer('accounts').notNull(),
    owned: integer('owned').notNull(),
    pipeline: integer('pipeline').notNull(),
    potential: integer('potential').notNull(),
  },
  (t) => [unique('rm_matrix_counts_key').on(t.level, t.marketId, t.industry, t.size, t.status, t.productId).nullsNotDistinct()],
);

/** The day (and the one-off window's start) the matrix's `owned` flags hold for; rolled on the first read of a new day. */
export const rmMatrixState = pgTable('rm_matrix_state', {
  id: smallint('id').primaryKey(),
  today: date('today', { mode: 'string' }).notNull(),
  since: date('since', { mode: 'string' }).notNull(),
});

/**
 * The give-to-get ledger's facts per handoff (issue 15): who gave and received it, the day given,
 * the answer in whole hours, and what its deal became — recomputed by the triggers of migration
 * 0034 when the handoff or its deal changes; the ledger's aggregates follow this table's changes.
 */
export const rmLedgerHandoffs = pgTable(
  'rm_ledger_handoffs',
  {
    handoffId: uuid('handoff_id').primaryKey(),
    day: date('day', { mode: 'string' }).notNull(),
    giverId: uuid('giver_id'),
    giverGroupId: uuid('giver_group_id'),
    toUserId: uuid('to_user_id'),
    toGroupId: uuid('to_group_id'),
    linked: boolean('linked').notNull(),
    won: boolean('won').notNull(),
    currency: text('currency'),
    value: numeric('value', { mode: 'number' }),
    answered: boolean('answered').notNull(),
    answerHours: integer('answer_hours'),
    accepted: boolean('accepted').notNull(),
    reported: boolean('reported').notNull(),
    /** For the overview (migration 0056): the customer's market, the giver's market, the account not deleted,
     * the deal deleted, and the handoff still waiting for the receiver (`korsa_handoff_open`, domain/handoffs.ts `isOpen`). */
    customerMarketId: uuid('customer_market_id'),
    giverMarketId: uuid('giver_market_id'),
    counted: boolean('counted').notNull().default(true),
    dealDeleted: boolean('deal_deleted').notNull().default(false),
    open: boolean('open').notNull().default(false),
    dueAt: timestamp('due_at', { withTimezone: true }),
  },
  // the open ones not yet due: few, read to tell overdue from open
  (t) => [
    index('rm_ledger_handoffs_open_due_idx')
      .on(t.dueAt)
      .where(sql`open`),
  ],
);

/**
 * The overview's handoff figures per year given (UTC) and scope (`level` as in read-models/levels.ts:
 * 0 the company, 1 a market, 2 a sales group, 3 a group within a market, 4 a seller), from
 * `rm_ledger_handoffs` of accounts not deleted. A scope gives what its sellers (market: the giver's
 * market; group within a market: the customer's market) gave and receives what was sent to it about
 * its customers; `open` counts the received ones still waiting, so overdue = open − those not yet due.
 */
export const rmOverviewHandoffs = pgTable(
  'rm_overview_handoffs',
  {
    year: smallint('year').notNull(),
    level: smallint('level').notNull(),
    marketId: uuid('market_id'),
    salesGroupId: uuid('sales_group_id'),
    userId: uuid('user_id'),
    given: integer('given').notNull(),
    received: integer('received').notNull(),
    answered: integer('answered').notNull(),
    won: integer('won').notNull(),
    accepted: integer('accepted').notNull(),
    reported: integer('reported').notNull(),
    open: integer('open').notNull(),
  },
  (t) => [unique('rm_overview_handoffs_key').on(t.year, t.level, t.marketId, t.salesGroupId, t.userId).nullsNotDistinct()],
);

const ledgerScope = () => ({
  /** The day given; null: all time. */
  day: date('day', { mode: 'string' }),
  /** 0 per seller, 1 per sales group. */
  by: smallint('by').notNull(),
  partyId: uuid('party_id').notNull(),
});

/** The ledger per seller or group (and per day given): given and what they became, received and how they were answered. */
export const rmLedger = pgTable(
  'rm_ledger',
  {
    ...ledgerScope(),
    /** The won deals' currency ('' for everything else): the value is converted when read. */
    currency: text('currency').notNull(),
    given: integer('given').notNull(),
    toOpportunity: integer('to_opportunity').notNull(),
    won: integer('won').notNull(),
    wonValue: numeric('won_value', { mode: 'number' }).notNull(),
    received: integer('received').notNull(),
    answered: integer('answered').notNull(),
    accepted: integer('accepted').notNull(),
    reported: integer('reported').notNull(),
  },
  (t) => [unique('rm_ledger_key').on(t.day, t.by, t.partyId, t.currency).nullsNotDistinct()],
);

/** Answers per receiver and whole hours taken: the median response time's histogram. */
export const rmLedgerAnswers = pgTable(
  'rm_ledger_answers',
  {
    ...ledgerScope(),
    hours: integer('hours').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [unique('rm_ledger_answers_key').on(t.day, t.by, t.partyId, t.hours).nullsNotDistinct()],
);

/** Handoffs from a giving group to a receiving group (and per day given), and how many were won. */
export const rmLedgerFlows = pgTable(
  'rm_ledger_flows',
  {
    day: date('day', { mode: 'string' }),
    fromGroupId: uuid('from_group_id'),
    toGroupId: uuid('to_group_id').notNull(),
    count: integer('count').notNull(),
    won: integer('won').notNull(),
  },
  (t) => [unique('rm_ledger_flows_key').on(t.day, t.fromGroupId, t.toGroupId).nullsNotDistinct()],
);
