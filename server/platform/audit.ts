import { sql } from 'drizzle-orm';
import { isWebhookEventType, recordKey } from '@domain/webhooks';
import type { AuditChannel, FieldChange } from '@domain/audit';
import { rowsOf, type Db } from '../db/client';
import { auditEvents } from '../db/schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  /** Field by field, from → to. */
  changes?: FieldChange[];
  /** Through which door the change came; `web` when an actor is named, `job` when none is. */
  channel?: AuditChannel;
  /** When it happened (the request's clock); the database's time if not given. */
  at?: Date;
}

/**
 * The one place a change is recorded: the audit trail entry and, for the events webhooks carry, a
 * message in the outbox of every endpoint subscribed to it — both in the transaction that made the
 * change (`tx`), so they exist exactly when the change does. The `webhooks.deliver` job sends the
 * messages after commit.
 */
export async function writeAudit(tx: Db, entry: AuditEntry): Promise<void> {
  const channel = entry.channel ?? (entry.actorId ? 'web' : 'job');
  const changes = entry.changes ?? [];
  const data = entry.data ?? {};
  await tx.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data,
    changes,
    channel,
    ...(entry.at ? { at: entry.at } : {}),
  });
  if (isWebhookEventType(entry.action)) await enqueue(tx, entry);
}

/** The outbox: a message for every enabled endpoint subscribed to the entry's event. */
async function enqueue(tx: Db, entry: AuditEntry): Promise<void> {
  const channel = entry.channel ?? (entry.actorId ? 'web' : 'job');
  const changes = entry.changes ?? [];
  const data = entry.data ?? {};
  const at = entry.at ?? new Date();
  const payload = {
    type: entry.action,
    timestamp: at.toISOString(),
    data: {
      id: entry.entityId,
      entityType: entry.entityType,
      actorId: entry.actorId,
      channel,
      ...data,
      ...(changes.length ? { changes } : {}),
    },
  };
  await tx.execute(sql`
    insert into webhook_messages (endpoint_id, event_type, record_key, payload, next_attempt_at, created_at)
    select e.id, ${entry.action}, ${recordKey(entry.entityType, entry.entityId)}, ${JSON.stringify(payload)}::jsonb,
           ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from webhook_endpoints e
    where e.enabled and ${entry.action} = any(e.events)`);
}

/** Records purged for good (the `records.purge` job): the trail keeps that they existed, their name and when they were deleted. */
export async function auditPurged(db: Db, entityType: string, rows: { id: string; name: string; deletedAt: string }[]): Promise<void> {
  for (const r of rows) {
    await writeAudit(db, {
      actorId: null,
      action: `${entityType}.purged`,
      entityType,
      entityId: r.id,
      data: { name: r.name, deletedAt: r.deletedAt },
    });
  }
}

/**
 * Many entries at once (imported history): the trail in multi-row statements; the outbox only when
 * some endpoint is on at all (a bulk import into a Korsa without webhooks costs one look-up more).
 */
export async function writeAudits(tx: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  for (let i = 0; i < entries.length; i += 1000) {
    await tx.insert(auditEvents).values(
      entries.slice(i, i + 1000).map((e) => ({
        actorId: e.actorId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        data: e.data ?? {},
        changes: e.changes ?? [],
        channel: e.channel ?? (e.actorId ? 'web' : 'job'),
        ...(e.at ? { at: e.at } : {}),
      })),
    );
  }
  const hooked = entries.filter((e) => isWebhookEventType(e.action));
  if (hooked.length === 0) return;
  const [any] = rowsOf<{ on: boolean }>(await tx.execute(sql`select exists (select 1 from webhook_endpoints where enabled) as on`));
  if (!any?.on) return;
  for (const e of hooked) await enqueue(tx, e);
}
