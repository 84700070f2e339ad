import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { markets, salesGroups } from './org';
import { locales, roles } from '@domain/people';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** null: no password (yet) — an invitation not accepted, or a user who signs in only with single sign-on. */
    passwordHash: text('password_hash'),
    role: text('role', { enum: roles }).notNull(),
    locale: text('locale', { enum: locales })
      .notNull()
      .default('en'),
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id),
    marketId: uuid('market_id').references(() => markets.id),
    active: boolean('active').notNull().default(true),
    /** The person put their first-steps checklist away (L6); their steps are still counted. */
    firstStepsDismissedAt: timestamp('first_steps_dismissed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_sales_group_idx').on(t.salesGroupId),
    index('users_market_idx').on(t.marketId),
  ],
);
