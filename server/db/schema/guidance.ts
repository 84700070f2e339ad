import { sql } from 'drizzle-orm';
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { opportunities } from './pipeline';
import { users } from './users';

/**
 * A person's in-app guidance (L6): the page tours they have seen (or put away), and the last release whose
 * "what's new" note they acknowledged (null until their first visit, when it becomes the running one).
 */
export const userGuidance = pgTable('user_guidance', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  toursSeen: text('tours_seen')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  releaseSeen: text('release_seen'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Renewal-due alerts sent (K2): one per agreement (a won deal and the day it ends) and threshold in days. */
export const renewalAlerts = pgTable(
  'renewal_alerts',
  {
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    days: integer('days').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.opportunityId, t.endsOn, t.days] })],
);
