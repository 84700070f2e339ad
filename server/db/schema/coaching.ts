import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Agenda } from '@contract/one-to-ones';
import type { Ratings } from '@domain/one-to-ones';
import { tasks } from './tasks';
import { users } from './users';

/** How often a seller's leader meets them one to one (I1); a seller without a row has the default cadence. */
export const oneToOneCadences = pgTable('one_to_one_cadences', {
  sellerId: uuid('seller_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  everyDays: integer('every_days').notNull(),
  setById: uuid('set_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A one-to-one held: the agenda Korsa prepared for it (as it stood), the leader's notes and ratings of
 * the seller's behaviours. Its agreed actions are tasks on the seller's list (`one_to_one_actions`).
 */
export const oneToOnes = pgTable(
  'one_to_ones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sellerId: uuid('seller_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    leaderId: uuid('leader_id').references(() => users.id, { onDelete: 'set null' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    notes: text('notes').notNull().default(''),
    ratings: jsonb('ratings').$type<Ratings>().notNull().default({}),
    agenda: jsonb('agenda').$type<Agenda>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('one_to_ones_seller_idx').on(t.sellerId, t.heldAt)],
);

/** An action agreed at a one-to-one: a task on the seller's list, brought back at the next one until done. */
export const oneToOneActions = pgTable(
  'one_to_one_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    oneToOneId: uuid('one_to_one_id')
      .notNull()
      .references(() => oneToOnes.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('one_to_one_actions_meeting_idx').on(t.oneToOneId)],
);
