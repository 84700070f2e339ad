import { date, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { products } from './products';

/**
 * Invoicing (revenue, G2), kept apart from sales volume: what was invoiced, per account and product.
 * Lines come from the finance system by CSV import or through the API; `(source_system, source_id)`
 * makes a repeated import or post add nothing.
 */
export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    invoiceNumber: text('invoice_number').notNull(),
    invoicedOn: date('invoiced_on', { mode: 'string' }).notNull(),
    amount: numeric('amount', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
    sourceSystem: text('source_system').notNull(),
    sourceId: text('source_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('invoice_lines_account_idx').on(t.accountId, t.invoicedOn),
    index('invoice_lines_invoiced_on_idx').on(t.invoicedOn),
    uniqueIndex('invoice_lines_source_key').on(t.sourceSystem, t.sourceId),
  ],
);
