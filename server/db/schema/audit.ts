import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { auditChannels } from '@domain/audit';

/**
 * Audit trail (L5): every change — administrative and to the records — written in the transaction
 * that made it: who, when, through which channel, and field by field what changed from → to.
 * Nothing in the API edits or deletes it.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    data: jsonb('data').notNull().default({}),
    /** `[{ field, from, to }]` for the fields that changed. */
    changes: jsonb('changes').notNull().default([]),
    channel: text('channel', { enum: auditChannels }).notNull().default('web'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorId, t.at),
  ],
);
