import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    /** The knowledge card (D1) per UI language: { en: { whatItIs, benefits, signals, questions }, sv: …, nb: … }. */
    card: jsonb('card').notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('products_group_idx').on(t.salesGroupId)],
);
