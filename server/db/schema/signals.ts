import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { signalKinds, visitKinds } from '@domain/signals';
import { accounts, contacts } from './accounts';
import { products } from './products';
import { salesGroups } from './org';
import { users } from './users';

/** Marketing's settings for website signals (one row, id = 1): the quiet period (how long visits are kept is a data-retention rule). */
export const signalSettings = pgTable('signal_settings', {
  id: integer('id').primaryKey().default(1),
  quietDays: integer('quiet_days').notNull().default(14),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A website that sends page views: its token (only the SHA-256 is stored) is the credential. */
export const signalSites = pgTable('signal_sites', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  /** The token's first characters, to recognise it in a list. */
  tokenPrefix: text('token_prefix').notNull(),
  /** The key the tracking script sends from the site's pages: public by nature (it is in the page), it only lets page views in. */
  publicKey: text('public_key')
    .notNull()
    .unique()
    .default(sql`('ksk_' || replace(gen_random_uuid()::text, '-', ''))`),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Pages → a product or a product family (domain/signals.ts subjectForUrl), edited by marketing. */
export const pageProductRules = pgTable(
  'page_product_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pattern: text('pattern').notNull(),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'cascade' }),
    family: text('family'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('page_product_rules_subject', sql`(${t.productId} is null) <> (${t.family} is null)`)],
);

/**
 * A visitor of a site who said who they are (a form fill, an identify call): the script's first-party
 * id → their e-mail, so their later page views belong to the contact with that e-mail. Removed with
 * the visits after the retention period.
 */
export const siteVisitors = pgTable(
  'site_visitors',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => signalSites.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id').notNull(),
    email: text('email').notNull(),
    identifiedAt: timestamp('identified_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.visitorId] }), index('site_visitors_identified_idx').on(t.identifiedAt)],
);

/** A page view (or a form sent) by a known contact or company (anonymous views are not stored). Removed after the retention period. */
export const siteVisits = pgTable(
  'site_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').references(() => signalSites.id, { onDelete: 'set null' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: visitKinds }).notNull().default('page_view'),
    path: text('path').notNull(),
    title: text('title'),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // "when did this person last visit" without scanning all visits
    index('site_visits_contact_idx').on(t.contactId, t.at),
    index('site_visits_account_idx').on(t.accountId, t.at),
    index('site_visits_at_idx').on(t.at),
  ],
);

/** An alert raised from visits; its key makes it once per account, subject and week. */
export const signalAlerts = pgTable(
  'signal_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    kind: text('kind', { enum: signalKinds }).notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'set null' }),
    notifiedUserId: uuid('notified_user_id').references(() => users.id, { onDelete: 'set null' }),
    path: text('path'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('signal_alerts_key').on(t.key), index('signal_alerts_account_idx').on(t.accountId, t.at)],
);
