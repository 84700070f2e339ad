import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { markets } from './org';
import { users } from './users';
import { forumCadences } from '@domain/forum';

/** The cross-selling forum (D7): a recurring internal meeting of several groups, per market. */
export const forums = pgTable('forums', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  marketId: uuid('market_id').references(() => markets.id, { onDelete: 'set null' }),
  cadence: text('cadence', { enum: forumCadences })
    .notNull()
    .default('monthly'),
  memberIds: uuid('member_ids').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const forumMeetings = pgTable(
  'forum_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attendeeIds: uuid('attendee_ids').array().notNull(),
    /** [{ text, ownerId?, dueOn? }] — what was decided, by whom, by when. */
    decisions: jsonb('decisions').notNull().default([]),
    notes: text('notes').notNull().default(''),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('forum_meetings_forum_idx').on(t.forumId, t.heldOn)],
);
