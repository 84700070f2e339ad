import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { retentionKinds } from '@domain/data-retention';
import { users } from './users';

/** How long a kind of data about people is kept (L5), set by an admin; a kind without a row is kept. */
export const dataRetentionRules = pgTable('data_retention_rules', {
  kind: text('kind', { enum: retentionKinds }).primaryKey(),
  months: integer('months').notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** The last run of the job for this rule, and what it did. */
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastCount: integer('last_count'),
});
