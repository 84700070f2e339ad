import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { linkPurposes } from '@domain/access-links';
import { users } from './users';

/** One-time links (invitations, password resets): only the token's SHA-256 is kept. */
export const accessLinks = pgTable(
  'access_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: linkPurposes }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('access_links_user_idx').on(t.userId, t.purpose)],
);

/** Single sign-on in progress: the state sent to the provider, with the PKCE verifier and nonce it must come back to. */
export const ssoLogins = pgTable('sso_logins', {
  stateHash: text('state_hash').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  next: text('next').notNull().default('/'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Hits on rate-limited public routes (set-up, forgot password, one-time links), per action and key. */
/**
 * Hits counted per fixed window (one row per key and window, one upsert per request): for limits too
 * high to keep a row per hit — a busy site's page-view events.
 */
export const publicHitCounts = pgTable(
  'public_hit_counts',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] }), index('public_hit_counts_window_idx').on(t.windowStart)],
);

export const publicHits = pgTable(
  'public_hits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bucket: text('bucket').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('public_hits_bucket_idx').on(t.bucket, t.at)],
);
