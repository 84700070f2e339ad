import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type {
  CreateWebhookEndpoint,
  UpdateWebhookEndpoint,
  WebhookEndpoint,
  WebhookMessage,
  WebhookMessageQuery,
} from '@contract/webhooks';
import {
  endpointUrlProblem,
  retryDelayMs,
  PAUSE_AFTER_FAILURES,
  signingSecrets,
  webhookEventTypes,
  type UrlProblem,
  type WebhookEventType,
} from '@domain/webhooks';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { AddressRefused, postWebhook, resolveChecked } from '../../platform/webhook-http';
import { notify } from '../notifications/service';
import * as repo from './repo';

/** How much of a receiver's answer is read (the rest is cut off) and kept in the log. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
/** A claimed message is held this long past its timeout, then another run may take it (at least once). */
const HOLD_MS = 60_000;

const problemText: Record<UrlProblem | 'private_address' | 'unresolvable', string> = {
  not_a_url: 'This is not a URL.',
  bad_scheme: 'Only http and https addresses can receive webhooks.',
  https_required: 'Webhooks are sent over HTTPS only.',
  credentials_in_url: 'Leave user names and passwords out of the address; verify the signature instead.',
  private_address: 'The address is private, loopback or link-local. An admin may allow private networks for this endpoint.',
  unresolvable: 'The host name could not be resolved.',
};

const refused = (reason: keyof typeof problemText, detail?: string) =>
  new AppError('webhook_url_refused', problemText[reason], { reason, path: 'body.url', ...(detail ? { detail } : {}) });

/** Refuse an address before saving it: the rules of `domain/webhooks.ts`, then where it resolves to now. */
async function checkUrl(ctx: AppContext, url: string, allowPrivate: boolean): Promise<void> {
  const problem = endpointUrlProblem(url, ctx.config.KORSA_DEVELOPMENT);
  if (problem) throw refused(problem);
  try {
    await resolveChecked(new URL(url).hostname, allowPrivate);
  } catch (err) {
    if (err instanceof AddressRefused) throw refused('private_address', err.address);
    throw refused('unresolvable');
  }
}

export const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

function presentEndpoint(r: Awaited<ReturnType<typeof repo.listEndpoints>>[number], now: Date): WebhookEndpoint {
  const e = r.endpoint;
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events.filter((x): x is WebhookEventType => (webhookEventTypes as readonly string[]).includes(x)),
    secret: e.secret,
    previousSecretUntil: e.previousSecretUntil && e.previousSecretUntil > now ? e.previousSecretUntil.toISOString() : null,
    enabled: e.enabled,
    allowPrivateNetwork: e.allowPrivateNetwork,
    paused: e.pausedAt !== null,
    pausedAt: e.pausedAt?.toISOString() ?? null,
    consecutiveFailures: e.consecutiveFailures,
    owner: e.ownerId && r.ownerName ? { id: e.ownerId, name: r.ownerName } : null,
    pending: r.pending,
    createdAt: e.createdAt.toISOString(),
  };
}

export async function listEndpoints(ctx: AppContext): Promise<WebhookEndpoint[]> {
  return (await repo.listEndpoints(ctx.db)).map((r) => presentEndpoint(r, ctx.clock.now()));
}

export async function getEndpoint(ctx: AppContext, id: string): Promise<WebhookEndpoint> {
  const row = (await repo.listEndpoints(ctx.db)).find((r) => r.endpoint.id === id);
  if (!row) throw errors.notFound('The webhook endpoint');
  return presentEndpoint(row, ctx.clock.now());
}

export const catalogue = (ctx: AppContext) => ({ events: [...webhookEventTypes], httpAllowed: ctx.config.KORSA_DEVELOPMENT });

export async function createEndpoint(ctx: AppContext, actor: Actor, input: CreateWebhookEndpoint): Promise<WebhookEndpoint> {
  await checkUrl(ctx, input.url, input.allowPrivateNetwork);
  const id = await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const row = await repo.insertEndpoint(tx.db, {
      ...input,
      events: [...new Set(input.events)],
      secret: newSecret(),
      ownerId: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'webhook_endpoint.created',
      entityType: 'webhook_endpoint',
      entityId: row.id,
      data: { url: row.url, events: row.events, allowPrivateNetwork: row.allowPrivateNetwork },
      at: now,
    });
    return row.id;
  });
  return getEndpoint(ctx, id);
}

export async function updateEndpoint(ctx: AppContext, actor: Actor, id: string, patch: UpdateWebhookEndpoint): Promise<WebhookEndpoint> {
  const before = await repo.findEndpoint(ctx.db, id);
  if (!before) throw errors.notFound('The webhook endpoint');
  const url = patch.url ?? before.url;
  const allowPrivate = patch.allowPrivateNetwork ?? before.allowPrivateNetwork;
  if (patch.url !== undefined || patch.allowPrivateNetwork === false) await checkUrl(ctx, url, allowPrivate);
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const { paused, ...fields } = patch;
    await repo.updateEndpoint(tx.db, id, {
      ...fields,
      ...(fields.events ? { events: [...new Set(fields.events)] } : {}),
      ...(paused === false ? { pausedAt: null, consecutiveFailures: 0 } : {}),
      updatedAt: now,
    });
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: paused === false ? 'webhook_endpoint.resumed' : 'webhook_endpoint.updated',
      entityType: 'webhook_endpoint',
      entityId: id,
      data: fields,
      at: now,
    });
  });
  return getEndpoint(ctx, id);
}

export async function deleteEndpoint(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findEndpoint(tx.db, id);
    if (!before) throw errors.notFound('The webhook endpoint');
    await repo.deleteEndpoint(tx.db, id);
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'webhook_endpoint.deleted',
      entityType: 'webhook_endpoint',
      entityId: id,
      data: { url: before.url },
    });
  });
}

/** The `webhook-id` of a message: the same on every try and replay, so receivers drop duplicates. */
const webhookIdOf = (id: string) => `msg_${id.replaceAll('-', '')}`;

export async function listMessages(ctx: AppContext, endpointId: string, q: WebhookMessageQuery) {
  if (!(await repo.findEndpoint(ctx.db, endpointId))) throw errors.notFound('The webhook endpoint');
  const { items, total } = await repo.listMessages(ctx.db, endpointId, q.status, q.page, q.pageSize);
  const log = await repo.attemptsOf(
    ctx.db,
    items.map((m) => m.id),
  );
  return { items: items.map((m) => presentMessage(m, log)), total, page: q.page, pageSize: q.pageSize };
}

export function presentMessage(
  m: Awaited<ReturnType<typeof repo.listMessages>>['items'][number],
  log: Awaited<ReturnType<typeof repo.attemptsOf>>,
): WebhookMessage {
  return {
    id: m.id,
    webhookId: webhookIdOf(m.id),
    endpointId: m.endpointId,
    eventType: m.eventType,
    recordKey: m.recordKey,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt.toISOString() : null,
    lastStatusCode: m.lastStatusCode,
    lastDurationMs: m.lastDurationMs,
    lastError: m.lastError,
    lastAttemptAt: m.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: m.deliveredAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
    payload: m.payload as Record<string, unknown>,
    log: log
      .filter((a) => a.messageId === m.id)
      .map((a) => ({
        id: a.id,
        at: a.at.toISOString(),
        statusCode: a.statusCode,
        durationMs: a.durationMs,
        ok: a.ok,
        error: a.error,
        responseExcerpt: a.responseExcerpt,
        replay: a.replay,
      })),
  };
}

/** Send a message again now (manual replay), with the same `webhook-id`; its log is kept. */
export async function replayMessage(ctx: AppContext, actor: Actor, endpointId: string, messageId: string): Promise<{ ok: true }> {
  await inTransaction(ctx, async (tx) => {
    const m = await repo.findMessage(tx.db, endpointId, messageId);
    if (!m) throw errors.notFound('The webhook message');
    await repo.requeue(tx.db, m.id, tx.clock.now());
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'webhook_message.replayed',
      entityType: 'webhook_endpoint',
      entityId: endpointId,
      data: { messageId, eventType: m.eventType },
    });
  });
  return { ok: true };
}

/**
 * Scheduled (every few seconds, any instance): deliver what the outbox holds, after the changes
 * committed — at least once, in order per record and endpoint, signed as Standard Webhooks do
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`). A failure is tried again with
 * exponential backoff; an endpoint failing `PAUSE_AFTER_FAILURES` times in a row is paused and its
 * owner told. Returns how many were delivered.
 */
export async function deliverWebhooks(ctx: AppContext, limit = 50, onlyMessageId?: string): Promise<number> {
  const timeoutMs = ctx.config.WEBHOOK_TIMEOUT_MS;
  const now = ctx.clock.now();
  const claimed = await inTransaction(ctx, (tx) =>
    repo.claimDue(tx.db, now, new Date(now.getTime() + timeoutMs + HOLD_MS), limit, onlyMessageId),
  );
  const results = await Promise.all(
    claimed.map(async (m) => {
      const at = ctx.clock.now();
      const body = JSON.stringify(m.payload);
      const webhookId = webhookIdOf(m.id);
      let headers: Record<string, string>;
      try {
        // during a rotation's grace period, signed with the new and the old secret (space-separated)
        const secrets = signingSecrets(
          {
            secret: m.secret,
            previousSecret: m.previous_secret,
            previousSecretUntil: m.previous_secret_until === null ? null : new Date(m.previous_secret_until),
          },
          at,
        );
        const signature = secrets.map((secret) => new Webhook(secret).sign(webhookId, at, body)).join(' ');
        headers = { 'webhook-id': webhookId, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature };
      } catch (err) {
        ctx.log.error({ err, endpoint: m.endpoint_id }, 'webhook secret unusable');
        return {
          m,
          at,
          result: { statusCode: null, durationMs: 0, ok: false, error: 'the signing secret is unusable', responseExcerpt: '' },
        };
      }
      const result = await postWebhook({
        url: m.url,
        headers,
        body,
        allowPrivate: m.allow_private_network,
        timeoutMs,
        maxResponseBytes: MAX_RESPONSE_BYTES,
      });
      return { m, at, result };
    }),
  );
  let delivered = 0;
  for (const { m, at, result } of results) {
    await inTransaction(ctx, async (tx) => {
      await repo.insertAttempt(tx.db, {
        messageId: m.id,
        at,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        ok: result.ok,
        error: result.error,
        responseExcerpt: result.responseExcerpt,
        replay: m.replay,
      });
      if (result.ok) {
        delivered++;
        await repo.markDelivered(tx.db, m.id, at, result.statusCode, result.durationMs);
        await repo.resetFailures(tx.db, m.endpoint_id);
        return;
      }
      const attempts = m.attempts + 1;
      await repo.markFailed(
        tx.db,
        m.id,
        at,
        new Date(at.getTime() + retryDelayMs(attempts)),
        result.statusCode,
        result.durationMs,
        result.error,
      );
      const endpoint = await repo.countFailure(tx.db, m.endpoint_id, at, PAUSE_AFTER_FAILURES);
      // told once: when this failure is the one that paused it
      if (endpoint?.failures === PAUSE_AFTER_FAILURES && endpoint.ownerId) {
        await notify(tx, [
          {
            userId: endpoint.ownerId,
            kind: 'webhooks.paused',
            data: { name: endpoint.url, failures: endpoint.failures },
            link: `/admin/webhooks?endpoint=${m.endpoint_id}`,
          },
        ]);
      }
    });
  }
  return delivered;
}
