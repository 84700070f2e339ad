import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { webhookMessageStatuses } from '@domain/webhooks';
import { users } from './users';

/** A receiver of webhooks (L2): its address, the events it wants, its signing secret, on/off and paused. */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  events: text('events')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Standard Webhooks secret, `whsec_` + base64 of 32 random bytes; shown to admins to configure the receiver. */
  secret: text('secret').notNull(),
  /** After a rotation: the secret before it, still signing beside the new one until `previousSecretUntil` (a grace period). */
  previousSecret: text('previous_secret'),
  previousSecretUntil: timestamp('previous_secret_until', { withTimezone: true }),
  enabled: boolean('enabled').notNull().default(true),
  /** An admin allowed private, loopback and link-local addresses (a receiver inside the company's network). */
  allowPrivateNetwork: boolean('allow_private_network').notNull().default(false),
  /** Failed attempts in a row; a 2xx answer resets it. */
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  pausedAt: timestamp('paused_at', { withTimezone: true }),
  /** Who is told when it is paused: the admin who created it. */
  ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The outbox and the delivery log in one: a message per event and subscribed endpoint, written in the
 * transaction of the change (`platform/audit.ts`), delivered after commit by the `webhooks.deliver`
 * job, in `seq` order per endpoint and record.
 */
export const webhookMessages = pgTable(
  'webhook_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    /** `opportunity:<id>`: a record's messages go out in order. */
    recordKey: text('record_key').notNull(),
    /** The Standard Webhooks body: `{ type, timestamp, data }`, fixed when the change was made. */
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: webhookMessageStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A delivery in flight holds the message until then (at least once: a crashed sender's claim runs out). */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    lastDurationMs: integer('last_duration_ms'),
    lastError: text('last_error'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_messages_endpoint_idx').on(t.endpointId, t.seq),
    index('webhook_messages_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
    index('webhook_messages_record_idx').on(t.endpointId, t.recordKey, t.seq),
  ],
);

/** Every try of a message: when, the answer's status, how long it took, what went wrong. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => webhookMessages.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    ok: boolean('ok').notNull(),
    error: text('error'),
    /** The first characters of the answer, for the log. */
    responseExcerpt: text('response_excerpt').notNull().default(''),
    replay: boolean('replay').notNull().default(false),
  },
  (t) => [index('webhook_attempts_message_idx').on(t.messageId, t.at)],
);
