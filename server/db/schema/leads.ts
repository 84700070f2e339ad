import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { industryCodes } from '@domain/industries';
import { behaviourKinds } from '@domain/lead-score';
import { leadSources, leadStatuses } from '@domain/leads';
import { accounts, contacts } from './accounts';
import { markets, salesGroups } from './org';
import { opportunities } from './pipeline';
import { users } from './users';

/** Marketing's rules (one row, id = 1): scoring, the MQL threshold, and the agreement with sales. */
export const leadSettings = pgTable('lead_settings', {
  id: integer('id').primaryKey().default(1),
  /** domain/lead-score.ts ScoringRules; null = the defaults. */
  scoring: jsonb('scoring'),
  /** Working hours sales has to accept or reject (domain/leads.ts SlaRules). */
  acceptWithinHours: integer('accept_within_hours').notNull().default(8),
  remindBeforeHours: integer('remind_before_hours').notNull().default(2),
  /** { marketId: hours } for markets with their own agreement. */
  acceptWithinHoursByMarket: jsonb('accept_within_hours_by_market').notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A public web form on the company's own site: its key is in the embed code, its origin is the only one allowed (CORS). */
export const leadForms = pgTable('lead_forms', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  key: text('key').notNull().unique(),
  allowedOrigin: text('allowed_origin').notNull(),
  campaign: text('campaign'),
  marketId: uuid('market_id').references(() => markets.id, { onDelete: 'set null' }),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A person and company that marketing found (C1), on its way to sales (C2). */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    company: text('company'),
    orgNumber: text('org_number'),
    domain: text('domain'),
    industry: text('industry', { enum: industryCodes }),
    size: text('size'),
    title: text('title'),
    marketId: uuid('market_id').references(() => markets.id, { onDelete: 'set null' }),
    country: text('country'),
    source: text('source', { enum: leadSources }).notNull(),
    campaign: text('campaign'),
    formId: uuid('form_id').references(() => leadForms.id, { onDelete: 'set null' }),
    message: text('message'),
    /** The marketer who owns it (or who created it). */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: leadStatuses }).notNull().default('new'),
    /** The reason of the last disqualification or rejection (a key of domain/leads.ts's lists). */
    statusReason: text('status_reason'),
    statusNote: text('status_note'),
    /** The score when last computed (for sorting; the page recomputes it with its parts). */
    score: integer('score').notNull().default(0),
    /** The known account and contact it belongs to (matched on arrival, or made by converting). */
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    matchedBy: text('matched_by'),
    /** The sales group it is handed to, and the seller (named when handed, or who accepted). */
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'set null' }),
    assignedUserId: uuid('assigned_user_id').references(() => users.id, { onDelete: 'set null' }),
    handedAt: timestamp('handed_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    remindAt: timestamp('remind_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    convertedAt: timestamp('converted_at', { withTimezone: true }),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('leads_status_idx').on(t.status, t.createdAt),
    index('leads_group_idx').on(t.salesGroupId, t.status),
    index('leads_assigned_idx').on(t.assignedUserId, t.status),
    index('leads_account_idx').on(t.accountId),
    index('leads_email_idx').on(sql`lower(${t.email})`),
    index('leads_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} = 'handed_to_sales'`),
  ],
);

/** What a lead did that counts for its score (visits, downloads, form fills, replies, events). */
export const leadEvents = pgTable(
  'lead_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: behaviourKinds }).notNull(),
    detail: text('detail'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('lead_events_lead_idx').on(t.leadId, t.at)],
);

/** Every move of a lead: who, when, why — its history on the lead page and the SLA report's source. */
export const leadUpdates = pgTable(
  'lead_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    status: text('status', { enum: leadStatuses }).notNull(),
    reason: text('reason'),
    note: text('note'),
    /** When handed to sales: to which group and seller, due when (the agreement report reads these). */
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'set null' }),
    assignedUserId: uuid('assigned_user_id').references(() => users.id, { onDelete: 'set null' }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lead_updates_lead_idx').on(t.leadId, t.at)],
);
