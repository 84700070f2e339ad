import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** A named set of list filters a user keeps (and may share with everyone). */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    list: text('list', { enum: ['accounts', 'contacts', 'opportunities'] }).notNull(),
    name: text('name').notNull(),
    /** The list's query string parameters. */
    query: jsonb('query').notNull().default({}),
    shared: boolean('shared').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_views_user_idx').on(t.userId, t.list)],
);
