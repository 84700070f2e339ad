import { type AnyPgColumn, boolean, doublePrecision, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** The one organisation this installation serves (a single row, id = 1). */
export const organisation = pgTable('organisation', {
  id: integer('id').primaryKey().default(1),
  name: text('name').notNull(),
  reportingCurrency: text('reporting_currency').notNull().default('EUR'),
  defaultLocale: text('default_locale').notNull().default('en'),
  isDemo: boolean('is_demo').notNull().default(false),
  /** A customer with no business for this long becomes passive. */
  passiveAfterMonths: integer('passive_after_months').notNull().default(18),
  /** An open deal older than this, not closing within a month, is proposed as Lost: timed out (B4). */
  timedOutAfterMonths: integer('timed_out_after_months').notNull().default(6),
  /** An open deal with no activity for this many days is stale. */
  staleAfterDays: integer('stale_after_days').notNull().default(30),
  /** A cross-sell suggestion needs a rule resting on at least this many customers (D6)… */
  suggestionMinSupport: integer('suggestion_min_support').notNull().default(5),
  /** …that makes the product at least this many times likelier than among all customers. */
  suggestionMinLift: doublePrecision('suggestion_min_lift').notNull().default(1.2),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A country the company sells in, with its currency and locale. */
export const markets = pgTable('markets', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  currency: text('currency').notNull(),
  locale: text('locale').notNull(),
  leaderId: uuid('leader_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A division that sells its own products (a "säljgrupp"). */
export const salesGroups = pgTable('sales_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  leaderId: uuid('leader_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
