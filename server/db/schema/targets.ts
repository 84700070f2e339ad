import { index, integer, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { markets, salesGroups } from './org';
import { users } from './users';
import { channels } from '@domain/channels';
import { targetScopes } from '@domain/targets';

/**
 * Sales targets per year and channel (G4) for a seller, a sales group, a market or the company, in
 * the reporting currency. Sellers need not have every channel.
 */
export const targets = pgTable(
  'targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    scope: text('scope', { enum: targetScopes }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'cascade' }),
    marketId: uuid('market_id').references(() => markets.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: channels }).notNull(),
    amount: numeric('amount', { precision: 16, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    unique('targets_key').on(t.year, t.scope, t.userId, t.salesGroupId, t.marketId, t.channel).nullsNotDistinct(),
    index('targets_year_idx').on(t.year),
  ],
);
