import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, contacts } from './accounts';
import { salesGroups } from './org';
import { users } from './users';
import { activityTypes } from '@domain/activities';


/**
 * The shared timeline (A3): what any seller of any group did with a customer, and system events
 * (type 'event', with `event` naming what happened) written in the same transaction as the change.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    type: text('type', { enum: activityTypes }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull().default(''),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    done: boolean('done').notNull().default(false),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The author's sales group when it was written: "who from which group has been in touch". */
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'set null' }),
    event: text('event'),
    data: jsonb('data').notNull().default({}),
    sourceSystem: text('source_system'),
    sourceId: text('source_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_timeline_idx').on(t.accountId, t.occurredAt.desc(), t.id.desc()),
    index('activities_group_idx').on(t.accountId, t.salesGroupId, t.occurredAt.desc()),
    index('activities_author_idx').on(t.authorId, t.occurredAt.desc()),
    uniqueIndex('activities_source_key').on(t.sourceSystem, t.sourceId),
  ],
);

export const activityContacts = pgTable(
  'activity_contacts',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.contactId] }), index('activity_contacts_contact_idx').on(t.contactId)],
);
