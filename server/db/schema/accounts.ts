import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { industryCodes } from '@domain/industries';
import { markets } from './org';
import { opportunities } from './pipeline';
import { products } from './products';
import { users } from './users';
import { accountSizes, accountStatuses, buyingRoles } from '@domain/accounts';
import { consentStatuses, lawfulBases } from '@domain/consent';
import type { CustomValues } from '@domain/custom-fields';

/** A company: a global parent or a local subsidiary in one market (A1, H2). */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    orgNumber: text('org_number'),
    industry: text('industry', { enum: industryCodes }),
    size: text('size', { enum: accountSizes }),
    marketId: uuid('market_id').references(() => markets.id),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    country: text('country'),
    website: text('website'),
    phone: text('phone'),
    parentId: uuid('parent_id').references((): AnyPgColumn => accounts.id, { onDelete: 'set null' }),
    isGlobal: boolean('is_global').notNull().default(false),
    globalOwnerId: uuid('global_owner_id').references(() => users.id, { onDelete: 'set null' }),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** Derived by domain/account-status.ts from the history below; stored so lists can filter by it. */
    status: text('status', { enum: accountStatuses }).notNull().default('prospect'),
    lastBusinessAt: timestamp('last_business_at', { withTimezone: true }),
    lostAt: timestamp('lost_at', { withTimezone: true }),
    lostReason: text('lost_reason'),
    sourceSystem: text('source_system'),
    sourceId: text('source_id'),
    /** Every change counts up; a write that carries an older version is refused (409 version_conflict). */
    version: integer('version').notNull().default(1),
    /** Soft delete (domain/records.ts): out of every list, restorable for 30 days. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedById: uuid('deleted_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Values of the admin's custom fields, by key (domain/custom-fields.ts checks them). */
    customFields: jsonb('custom_fields').$type<CustomValues>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('accounts_name_trgm').using('gist', sql`korsa_fold(${t.name}) gist_trgm_ops`),
    index('accounts_city_trgm').using('gist', sql`korsa_fold(${t.city}) gist_trgm_ops`),
    index('accounts_name_sort').on(t.name, t.id),
    index('accounts_folded_name_idx').on(sql`korsa_fold(${t.name})`),
    // search's prefix path: `like 'prefix%'` in name order (modules/search/repo.ts)
    index('accounts_name_prefix').on(sql`(korsa_fold(${t.name}) collate "C")`).where(sql`${t.deletedAt} is null`),
    index('accounts_org_number_idx').on(t.orgNumber),
    index('accounts_market_idx').on(t.marketId, t.name),
    index('accounts_status_idx').on(t.status, t.name),
    index('accounts_updated_idx').on(t.updatedAt.desc(), t.id.desc()),
    index('accounts_owner_idx').on(t.ownerId),
    index('accounts_parent_idx').on(t.parentId),
    uniqueIndex('accounts_source_key').on(t.sourceSystem, t.sourceId),
    index('accounts_custom_fields_idx').using('gin', sql`${t.customFields} jsonb_path_ops`),
  ],
);

/** A person at an account (A2). */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    title: text('title'),
    buyingRole: text('buying_role', { enum: buyingRoles }),
    email: text('email'),
    phone: text('phone'),
    sourceSystem: text('source_system'),
    sourceId: text('source_id'),
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedById: uuid('deleted_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Values of the admin's custom fields, by key (domain/custom-fields.ts checks them). */
    customFields: jsonb('custom_fields').$type<CustomValues>().notNull().default({}),
    /** Personal data erased on request (GDPR): the contact is anonymous, the deals stay. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** The lawful basis for marketing to the person (domain/consent.ts); null: not recorded. */
    marketingBasis: text('marketing_basis', { enum: lawfulBases }),
    /** Their consent to marketing: given or withdrawn, the day, and where it came from. */
    consentStatus: text('consent_status', { enum: consentStatuses }),
    consentOn: date('consent_on', { mode: 'string' }),
    consentSource: text('consent_source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId, t.lastName),
    index('contacts_name_trgm').using('gist', sql`korsa_fold(${t.firstName} || ' ' || ${t.lastName}) gist_trgm_ops`),
    index('contacts_name_sort').on(t.lastName, t.firstName, t.id),
    index('contacts_name_prefix')
      .on(sql`(korsa_fold(${t.firstName} || ' ' || ${t.lastName}) collate "C")`)
      .where(sql`${t.deletedAt} is null`),
    index('contacts_last_name_prefix')
      .on(sql`(korsa_fold(${t.lastName} || ' ' || ${t.firstName}) collate "C")`)
      .where(sql`${t.deletedAt} is null`),
    index('contacts_email_idx').on(sql`lower(${t.email})`),
    uniqueIndex('contacts_source_key').on(t.sourceSystem, t.sourceId),
    index('contacts_custom_fields_idx').using('gin', sql`${t.customFields} jsonb_path_ops`),
  ],
);

/** Products an account has: a won deal or an active agreement (feeds status and the product row). */
export const holdings = pgTable(
  'holdings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    /** The won deal it came from (null for agreements imported or entered as history): a deal's channel is classified without itself. */
    opportunityId: uuid('opportunity_id').references((): AnyPgColumn => opportunities.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('holdings_account_idx').on(t.accountId), index('holdings_product_idx').on(t.productId)],
);
