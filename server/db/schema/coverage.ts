import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { markets, salesGroups } from './org';
import { users } from './users';

/**
 * A coverage rule of a group of companies (H2): which market team — and, per sales group, which seller —
 * works the group's subsidiaries in a market (domain/coverage.ts).
 */
export const coverageRules = pgTable(
  'coverage_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The group: its global account, the top of the hierarchy. */
    groupId: uuid('group_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    marketId: uuid('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'cascade' }),
    sellerId: uuid('seller_id').references(() => users.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coverage_rules_group_idx').on(t.groupId)],
);
