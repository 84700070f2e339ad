import type { RotatedWebhookSecret, WebhookMessage } from '@contract/webhooks';
import { SECRET_GRACE_MS, WEBHOOK_TEST_EVENT } from '@domain/webhooks';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import * as repo from './repo';
import { deliverWebhooks, newSecret, presentMessage } from './service';

/**
 * Rotate an endpoint's signing secret: a new one generated here and answered once; the old one keeps
 * signing beside it for `SECRET_GRACE_MS`, so the receiver can switch without losing a message.
 * The audit entry names the rotation, never a secret.
 */
export async function rotateSecret(ctx: AppContext, actor: Actor, id: string): Promise<RotatedWebhookSecret> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const until = new Date(now.getTime() + SECRET_GRACE_MS);
    const secret = newSecret();
    if (!(await repo.rotateSecret(tx.db, id, secret, until, now))) throw errors.notFound('The webhook endpoint');
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'webhook_endpoint.secret_rotated',
      entityType: 'webhook_endpoint',
      entityId: id,
      data: { previousSecretUntil: until.toISOString() },
      at: now,
    });
    return { secret, previousSecretUntil: until.toISOString() };
  });
}

/**
 * Send a test event (`webhook.test`) to one endpoint now, through the normal delivery path — the
 * outbox, the SSRF guard, signing, the log — and answer the message with its first try. A failed try
 * is retried like any other message.
 */
export async function sendTestEvent(ctx: AppContext, actor: Actor, id: string): Promise<WebhookMessage> {
  const messageId = await inTransaction(ctx, async (tx) => {
    const endpoint = await repo.findEndpoint(tx.db, id);
    if (!endpoint) throw errors.notFound('The webhook endpoint');
    if (!endpoint.enabled || endpoint.pausedAt)
      throw errors.conflict('webhook_endpoint_off', 'The endpoint is off or paused; turn it on or resume it to send a test event.');
    const now = tx.clock.now();
    const payload = {
      type: WEBHOOK_TEST_EVENT,
      timestamp: now.toISOString(),
      data: { id, entityType: 'webhook_endpoint', actorId: actor.id, test: true },
    };
    const row = await repo.insertMessage(tx.db, {
      endpointId: id,
      eventType: WEBHOOK_TEST_EVENT,
      recordKey: `webhook_test:${id}`,
      payload,
      at: now,
    });
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'webhook_endpoint.tested',
      entityType: 'webhook_endpoint',
      entityId: id,
      data: { messageId: row.id },
      at: now,
    });
    return row.id;
  });
  await deliverWebhooks(ctx, 1, messageId);
  const message = await repo.findMessage(ctx.db, id, messageId);
  if (!message) throw errors.notFound('The webhook message');
  return presentMessage(message, await repo.attemptsOf(ctx.db, [messageId]));
}
