import { z } from 'zod';
import { webhookEventTypes, webhookMessageStatuses } from '@domain/webhooks';
import { Id, PageQuery, pageOf, text } from './common';

export const WebhookEventType = z.enum(webhookEventTypes);

const Url = text().trim().min(1).max(2000);

/** A receiver as an admin sees it; the secret too (they paste it into the receiver). */
export const WebhookEndpoint = z.object({
  id: Id,
  url: text(),
  description: text(),
  events: z.array(WebhookEventType),
  secret: text(),
  /** After a rotation: until when the previous secret still signs beside this one (null when it no longer does). */
  previousSecretUntil: z.iso.datetime().nullable(),
  enabled: z.boolean(),
  allowPrivateNetwork: z.boolean(),
  paused: z.boolean(),
  pausedAt: z.iso.datetime().nullable(),
  consecutiveFailures: z.number().int(),
  owner: z.object({ id: Id, name: text() }).nullable(),
  /** Messages waiting to go out, and those delivered in the last day. */
  pending: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const CreateWebhookEndpoint = z.object({
  url: Url,
  description: text().trim().max(200).default(''),
  events: z.array(WebhookEventType).min(1).max(webhookEventTypes.length),
  enabled: z.boolean().default(true),
  /** Deliver to private, loopback or link-local addresses (a receiver inside the network): an admin's explicit choice. */
  allowPrivateNetwork: z.boolean().default(false),
});
export type CreateWebhookEndpoint = z.infer<typeof CreateWebhookEndpoint>;

export const UpdateWebhookEndpoint = z
  .object({
    url: Url,
    description: text().trim().max(200),
    events: z.array(WebhookEventType).min(1).max(webhookEventTypes.length),
    enabled: z.boolean(),
    allowPrivateNetwork: z.boolean(),
    /** false: resume a paused endpoint (its waiting messages go out in order). */
    paused: z.literal(false),
  })
  .partial();
export type UpdateWebhookEndpoint = z.infer<typeof UpdateWebhookEndpoint>;

export const WebhookAttempt = z.object({
  id: Id,
  at: z.iso.datetime(),
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int(),
  ok: z.boolean(),
  error: text().nullable(),
  responseExcerpt: text(),
  replay: z.boolean(),
});

/** A message and its delivery: the log line of the admin page. */
export const WebhookMessage = z.object({
  id: Id,
  /** The `webhook-id` header: the same on every try, so receivers can drop duplicates. */
  webhookId: text(),
  endpointId: Id,
  eventType: text(),
  recordKey: text(),
  status: z.enum(webhookMessageStatuses),
  attempts: z.number().int(),
  nextAttemptAt: z.iso.datetime().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastDurationMs: z.number().int().nullable(),
  lastError: text().nullable(),
  lastAttemptAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  payload: z.record(text(), z.unknown()),
  log: z.array(WebhookAttempt),
});
export type WebhookMessage = z.infer<typeof WebhookMessage>;

export const WebhookMessageQuery = PageQuery.extend({
  status: z.enum([...webhookMessageStatuses, 'failing'] as const).optional(),
});
export type WebhookMessageQuery = z.infer<typeof WebhookMessageQuery>;
export const WebhookMessagePage = pageOf(WebhookMessage);

export const WebhookMessageParams = z.object({ id: Id, messageId: Id });

/** What an admin may subscribe to (the same names as the audit trail). */
export const WebhookCatalogue = z.object({ events: z.array(WebhookEventType), httpAllowed: z.boolean() });

/** A rotation's answer: the new secret, shown this once, and until when the old one still signs too. */
export const RotatedWebhookSecret = z.object({ secret: text(), previousSecretUntil: z.iso.datetime() });
export type RotatedWebhookSecret = z.infer<typeof RotatedWebhookSecret>;
