import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts, contacts } from './accounts';
import { salesGroups } from './org';
import { opportunities } from './pipeline';
import { users } from './users';
import { emailModes } from '@domain/alerts';
import { handoffStatuses, handoffUrgencies } from '@domain/handoffs';

/**
 * A tip from a seller of one sales group to another group (or a named seller there) about a customer
 * (D2), with the answers of a light needs analysis. The receiver must answer and report back (D3).
 */
export const handoffs = pgTable(
  'handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    giverId: uuid('giver_id').references(() => users.id, { onDelete: 'set null' }),
    giverGroupId: uuid('giver_group_id').references(() => salesGroups.id, { onDelete: 'set null' }),
    toSalesGroupId: uuid('to_sales_group_id')
      .notNull()
      .references(() => salesGroups.id),
    toUserId: uuid('to_user_id').references(() => users.id, { onDelete: 'set null' }),
    productIds: uuid('product_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    /** [{ question, answer }] from the products' needs-analysis questions. */
    answers: jsonb('answers').notNull().default([]),
    urgency: text('urgency', { enum: handoffUrgencies }).notNull().default('normal'),
    note: text('note').notNull().default(''),
    status: text('status', { enum: handoffStatuses }).notNull().default('sent'),
    statusNote: text('status_note'),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    /** When the receiver must have answered (accept/decline), or next reported back. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /**
     * Facts of its updates (domain/handoffs.ts `updateFacts`), kept when an update is written so the
     * ledger and the overview need not read every update: the first answer, ever accepted, ever reported on.
     */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    accepted: boolean('accepted').notNull().default(false),
    reported: boolean('reported').notNull().default(false),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('handoffs_account_idx').on(t.accountId),
    index('handoffs_to_group_idx').on(t.toSalesGroupId, t.status),
    index('handoffs_giver_idx').on(t.giverId, t.createdAt),
    index('handoffs_due_idx').on(t.dueAt),
    index('handoffs_created_idx').on(t.createdAt),
    index('handoffs_opportunity_idx').on(t.opportunityId),
  ],
);

/** Every answer and report on a handoff: what the giver sees. */
export const handoffUpdates = pgTable(
  'handoff_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    handoffId: uuid('handoff_id')
      .notNull()
      .references(() => handoffs.id, { onDelete: 'cascade' }),
    status: text('status', { enum: handoffStatuses }).notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('handoff_updates_handoff_idx').on(t.handoffId, t.at)],
);

/** In-app notifications: reminders, escalations, answers to your handoffs. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Parameters for the translated text, and what to open. */
    data: jsonb('data').notNull().default({}),
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Sent by e-mail (when SMTP is configured); null = not (yet). */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    /** Failed tries to e-mail it; after five it is left in-app only. */
    emailAttempts: integer('email_attempts').notNull().default(0),
    /** Shown in the bell: false for an alert the person wants by e-mail only (domain/alerts.ts). */
    inApp: boolean('in_app').notNull().default(true),
    /** How it is e-mailed: at once, in the next daily digest, or not (domain/alerts.ts). */
    email: text('email', { enum: emailModes }).notNull().default('instant'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unsent_idx')
      .on(t.createdAt)
      .where(sql`${t.emailedAt} is null`),
  ],
);
