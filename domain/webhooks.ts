/**
 * Webhooks (L2): which events an endpoint may subscribe to, when a failed delivery is tried again,
 * when an endpoint that keeps failing is paused, and which addresses an endpoint may have.
 * Pure: the server delivers (platform/webhook-http.ts) and stores; these are the rules it follows.
 */

/**
 * The events a subscriber may choose: the same names as the audit trail and the timeline, so a
 * receiver reads what a person reads on the record's page.
 */
export const webhookEventTypes = [
  'account.created',
  'account.updated',
  'account.deleted',
  'account.restored',
  'account.lost',
  'account.merged',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'contact.restored',
  'contact.merged',
  'contact.erased',
  'opportunity.created',
  'opportunity.updated',
  'opportunity.stage_changed',
  'opportunity.owner_changed',
  'opportunity.won',
  'opportunity.lost',
  'opportunity.deleted',
  'opportunity.restored',
  'handoff.sent',
  'handoff.accepted',
  'handoff.declined',
  'handoff.contacted',
  'handoff.meeting_held',
  'handoff.opportunity_created',
  'handoff.not_relevant',
  'handoff.withdrawn',
  'lead.arrived',
  'lead.qualified',
  'lead.converted',
  'targets.set',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export const isWebhookEventType = (s: string): s is WebhookEventType => (webhookEventTypes as readonly string[]).includes(s);

/** What a delivery is now: waiting (first try or a retry), delivered (a 2xx answer). */
export const webhookMessageStatuses = ['pending', 'delivered'] as const;
export type WebhookMessageStatus = (typeof webhookMessageStatuses)[number];

/** Exponential backoff: 10 s after the first failure, then ×4 (40 s, 2 min 40 s, 10 min 40 s, …), at most 6 hours. */
export const RETRY_BASE_MS = 10_000;
export const RETRY_FACTOR = 4;
export const RETRY_MAX_MS = 6 * 3_600_000;

/** How long to wait before the next try after `failedAttempts` failures (1 = the first failed). */
export function retryDelayMs(failedAttempts: number): number {
  const n = Math.max(1, Math.floor(failedAttempts));
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * RETRY_FACTOR ** (n - 1));
}

/**
 * An endpoint is paused after this many failed attempts in a row (across its messages; any 2xx
 * answer resets the count) — with the backoff above, about a day of failing. Its messages wait;
 * an admin resumes it and they go out in order.
 */
export const PAUSE_AFTER_FAILURES = 10;

export const shouldPause = (consecutiveFailures: number): boolean => consecutiveFailures >= PAUSE_AFTER_FAILURES;

/** A record's deliveries go out in order: its key (`opportunity:<id>`). */
export const recordKey = (entityType: string, entityId: string): string => `${entityType}:${entityId}`;

export type UrlProblem = 'not_a_url' | 'https_required' | 'credentials_in_url' | 'bad_scheme';

/**
 * What is wrong with an endpoint's address before any look-up: only http(s), HTTPS unless plain
 * http is allowed (development), no user:password in it. The address it resolves to is checked
 * when it is saved and again at every delivery (the SSRF guard).
 */
export function endpointUrlProblem(raw: string, allowPlainHttp: boolean): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not_a_url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'bad_scheme';
  if (url.protocol === 'http:' && !allowPlainHttp) return 'https_required';
  if (url.username || url.password) return 'credentials_in_url';
  return null;
}

/**
 * After a secret is rotated the old one keeps signing beside the new one for this long, so a
 * receiver can switch without losing a message (Standard Webhooks: several space-separated
 * signatures in `webhook-signature`, any one valid is enough).
 */
export const SECRET_GRACE_MS = 24 * 3_600_000;

/** The secrets a delivery at `now` is signed with: the current one, and the previous one while its grace lasts. */
export function signingSecrets(
  endpoint: { secret: string; previousSecret: string | null; previousSecretUntil: Date | null },
  now: Date,
): string[] {
  const { previousSecret, previousSecretUntil } = endpoint;
  return previousSecret && previousSecretUntil && previousSecretUntil.getTime() > now.getTime()
    ? [endpoint.secret, previousSecret]
    : [endpoint.secret];
}

/** The event a "send a test event" delivers: not subscribable, sent only to the endpoint asked. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';
