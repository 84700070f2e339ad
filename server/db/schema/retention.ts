import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { churnKinds } from '@domain/retention';
import { accounts } from './accounts';
import { markets } from './org';
import { opportunities } from './pipeline';
import { users } from './users';

/**
 * Why customers leave (J2): the organisation's list. The defaults have a stable `key` (the web names
 * them in the reader's language, domain/retention.ts); those an admin adds have a `label`. A reason in
 * use is retired (`active = false`), never deleted, so the report keeps its history.
 */
export const churnReasons = pgTable(
  'churn_reasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key'),
    label: text('label'),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(100),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('churn_reasons_key').on(t.key)],
);

/**
 * A customer lost, or a renewal lost: with its reason, what it was worth a year (in the reporting
 * currency when recorded), the products it concerned and the market — what the churn report adds up.
 */
export const churnRecords = pgTable(
  'churn_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: churnKinds }).notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    reasonId: uuid('reason_id')
      .notNull()
      .references(() => churnReasons.id),
    note: text('note').notNull().default(''),
    lostValue: numeric('lost_value', { precision: 16, scale: 2, mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull(),
    productIds: uuid('product_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    marketId: uuid('market_id').references(() => markets.id, { onDelete: 'set null' }),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('churn_records_occurred_idx').on(t.occurredAt), index('churn_records_account_idx').on(t.accountId)],
);
