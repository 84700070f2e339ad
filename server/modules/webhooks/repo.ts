import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { users, webhookAttempts, webhookEndpoints, webhookMessages } from '../../db/schema';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

export async function listEndpoints(db: Db) {
  return db
    .select({
      endpoint: webhookEndpoints,
      ownerName: users.name,
      pending: sql<number>`(select count(*)::int from webhook_messages m where m.endpoint_id = ${webhookEndpoints.id} and m.status = 'pending')`,
    })
    .from(webhookEndpoints)
    .leftJoin(users, eq(users.id, webhookEndpoints.ownerId))
    .orderBy(asc(webhookEndpoints.createdAt));
}

export async function findEndpoint(db: Db, id: string) {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

export async function insertEndpoint(db: Db, values: typeof webhookEndpoints.$inferInsert) {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  return row!;
}

export async function updateEndpoint(db: Db, id: string, values: Partial<typeof webhookEndpoints.$inferInsert>) {
  const [row] = await db.update(webhookEndpoints).set(values).where(eq(webhookEndpoints.id, id)).returning();
  return row;
}

export async function deleteEndpoint(db: Db, id: string) {
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
}

export async function listMessages(
  db: Db,
  endpointId: string,
  status: 'pending' | 'delivered' | 'failing' | undefined,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(webhookMessages.endpointId, endpointId),
    status === 'failing'
      ? and(eq(webhookMessages.status, 'pending'), sql`${webhookMessages.attempts} > 0`)
      : status
        ? eq(webhookMessages.status, status)
        : undefined,
  );
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(webhookMessages)
      .where(where)
      .orderBy(desc(webhookMessages.seq))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(webhookMessages)
      .where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function attemptsOf(db: Db, messageIds: string[]) {
  if (messageIds.length === 0) return [];
  return db.select().from(webhookAttempts).where(inArray(webhookAttempts.messageId, messageIds)).orderBy(asc(webhookAttempts.at));
}

export async function findMessage(db: Db, endpointId: string, id: string) {
  const [row] = await db
    .select()
    .from(webhookMessages)
    .where(and(eq(webhookMessages.id, id), eq(webhookMessages.endpointId, endpointId)));
  return row;
}

/** Send a message again (replay): waiting, due now, its log kept. */
export async function requeue(db: Db, id: string, now: Date) {
  await db
    .update(webhookMessages)
    .set({ status: 'pending', nextAttemptAt: now, claimedUntil: null, deliveredAt: null })
    .where(eq(webhookMessages.id, id));
}

export interface Claimed {
  id: string;
  endpoint_id: string;
  event_type: string;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | string | null;
  allow_private_network: boolean;
  replay: boolean;
}

/**
 * Claim what is due to send: pending, due, its endpoint on and not paused, not held by another
 * sender — and no earlier message of the same record to that endpoint still waiting (order per
 * record). Claimed messages are held until `holdUntil` and committed, so no other run sends them.
 */
export async function claimDue(db: Db, now: Date, holdUntil: Date, limit: number, onlyId?: string): Promise<Claimed[]> {
  const result = await db.execute(sql`
    with picked as (
      select m.id from webhook_messages m join webhook_endpoints e on e.id = m.endpoint_id
      where m.status = 'pending' and m.next_attempt_at <= ${now.toISOString()}::timestamptz
        and (m.claimed_until is null or m.claimed_until < ${now.toISOString()}::timestamptz)
        and e.enabled and e.paused_at is null
        and (${onlyId ?? null}::uuid is null or m.id = ${onlyId ?? null}::uuid)
        and not exists (
          select 1 from webhook_messages p
          where p.endpoint_id = m.endpoint_id and p.record_key = m.record_key and p.seq < m.seq and p.status = 'pending'
        )
      order by m.seq limit ${limit}
      for update of m skip locked
    ),
    claimed as (
      update webhook_messages m set claimed_until = ${holdUntil.toISOString()}::timestamptz
      from picked where m.id = picked.id
      returning m.id, m.endpoint_id, m.event_type, m.payload, m.attempts, m.seq, m.delivered_at
    )
    select c.id, c.endpoint_id, c.event_type, c.payload, c.attempts, e.url, e.secret, e.previous_secret, e.previous_secret_until,
           e.allow_private_network,
           exists (select 1 from webhook_attempts a where a.message_id = c.id and a.ok) as replay
    from claimed c join webhook_endpoints e on e.id = c.endpoint_id
    order by c.seq`);
  return rowsOf<Claimed>(result);
}

export async function insertAttempt(db: Db, values: typeof webhookAttempts.$inferInsert) {
  await db.insert(webhookAttempts).values(values);
}

export async function markDelivered(db: Db, id: string, at: Date, statusCode: number | null, durationMs: number) {
  await db
    .update(webhookMessages)
    .set({
      status: 'delivered',
      deliveredAt: at,
      claimedUntil: null,
      attempts: sql`${webhookMessages.attempts} + 1`,
      lastAttemptAt: at,
      lastStatusCode: statusCode,
      lastDurationMs: durationMs,
      lastError: null,
    })
    .where(eq(webhookMessages.id, id));
}

export async function markFailed(
  db: Db,
  id: string,
  at: Date,
  next: Date,
  statusCode: number | null,
  durationMs: number,
  error: string | null,
) {
  await db
    .update(webhookMessages)
    .set({
      nextAttemptAt: next,
      claimedUntil: null,
      attempts: sql`${webhookMessages.attempts} + 1`,
      lastAttemptAt: at,
      lastStatusCode: statusCode,
      lastDurationMs: durationMs,
      lastError: error,
    })
    .where(eq(webhookMessages.id, id));
}

/** Count a failure on the endpoint; returns the count and whether this failure paused it. */
export async function countFailure(db: Db, endpointId: string, now: Date, pauseAt: number) {
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`,
      pausedAt: sql`case when ${webhookEndpoints.pausedAt} is null and ${webhookEndpoints.consecutiveFailures} + 1 >= ${pauseAt}
                         then ${now.toISOString()}::timestamptz else ${webhookEndpoints.pausedAt} end`,
    })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning({
      failures: webhookEndpoints.consecutiveFailures,
      pausedAt: webhookEndpoints.pausedAt,
      ownerId: webhookEndpoints.ownerId,
      url: webhookEndpoints.url,
    });
  return row;
}

export async function resetFailures(db: Db, endpointId: string) {
  await db.update(webhookEndpoints).set({ consecutiveFailures: 0 }).where(eq(webhookEndpoints.id, endpointId));
}

/** A new signing secret; the one before keeps signing beside it until `previousUntil`. */
export async function rotateSecret(db: Db, id: string, secret: string, previousUntil: Date, now: Date) {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ previousSecret: sql`${webhookEndpoints.secret}`, previousSecretUntil: previousUntil, secret, updatedAt: now })
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id });
  return row;
}

/** A message to one endpoint only (a test event), due now. */
export async function insertMessage(
  db: Db,
  values: { endpointId: string; eventType: string; recordKey: string; payload: unknown; at: Date },
) {
  const [row] = await db
    .insert(webhookMessages)
    .values({
      endpointId: values.endpointId,
      eventType: values.eventType,
      recordKey: values.recordKey,
      payload: values.payload,
      nextAttemptAt: values.at,
      createdAt: values.at,
    })
    .returning({ id: webhookMessages.id });
  return row!;
}
