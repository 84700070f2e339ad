import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { salesGroups } from './org';

/** A product or offering, sold by one sales group, grouped in families. */
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    salesGroupId: uuid('sales_group_id')
      .notNull()
      .references(() => salesGroups.id),
    family: text('family').notNull(),
    name: text('name').notNull(),
    code: text('code').notNull().unique(),
    description: text('description').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('products_group_idx').on(t.salesGroupId)],
);
