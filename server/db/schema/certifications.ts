import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { certificationSources } from '@domain/certifications';
import { industryCodes } from '@domain/industries';
import { users } from './users';

/**
 * A seller's certification in an industry (I2, `domain/certifications.ts`): a NACE section's letter, from
 * a day until an expiry day (or for good), after an exam their leader held or recorded from outside.
 * One current (not revoked) certification per seller and industry; renewing revokes the old row and
 * adds a new one, so the history stays.
 */
export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    industry: text('industry', { enum: industryCodes }).notNull(),
    grantedOn: date('granted_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    source: text('source', { enum: certificationSources }).notNull(),
    note: text('note').notNull().default(''),
    grantedById: uuid('granted_by_id').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedById: uuid('revoked_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('certifications_current_key')
      .on(t.userId, t.industry)
      .where(sql`${t.revokedAt} is null`),
    index('certifications_industry_idx').on(t.industry),
    check('certifications_expiry_after_grant', sql`${t.expiresOn} is null or ${t.expiresOn} > ${t.grantedOn}`),
    check('certifications_source', sql`${t.source} in ('exam', 'external')`),
  ],
);
