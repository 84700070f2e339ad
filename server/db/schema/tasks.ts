import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, contacts } from './accounts';
import { handoffs } from './handoffs';
import { opportunities } from './pipeline';
import { users } from './users';

/**
 * A task (domain/tasks.ts): what a person must do by a day, optionally about an account, contact,
 * opportunity or tip, with an optional reminder that reaches the bell (and e-mail) once.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    note: text('note').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    remindAt: timestamp('remind_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    handoffId: uuid('handoff_id').references(() => handoffs.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_owner_idx').on(t.ownerId, t.dueOn),
    index('tasks_account_idx').on(t.accountId),
    index('tasks_opportunity_idx').on(t.opportunityId),
    index('tasks_handoff_idx').on(t.handoffId),
    index('tasks_remind_idx')
      .on(t.remindAt)
      .where(sql`${t.remindedAt} is null and ${t.doneAt} is null`),
  ],
);
