/**
 * The audit trail (L5): through which channel a change came, and what changed from → to. Pure; the
 * server writes one entry per change in the change's transaction (`platform/audit.ts`).
 */
import { changedFields } from './records';

/** Through which door a change came: the web app (a session), an API key, a CSV import, a scheduled job. */
export const auditChannels = ['web', 'api_key', 'import', 'job'] as const;
export type AuditChannel = (typeof auditChannels)[number];

/** A session is the web app, a bearer key the API; no actor is a job (imports say so themselves). */
export const channelOf = (actor: { via?: 'session' | 'apiKey' } | null | undefined): AuditChannel =>
  !actor ? 'job' : actor.via === 'apiKey' ? 'api_key' : 'web';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Field-level changes between a record before and after a write, for the fields that matter (in the order given). */
export function fieldChanges<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return changedFields(before, after, fields).map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
}

/** The kinds of records whose history is kept field by field and shown on their pages. */
export const auditedEntities = ['account', 'contact', 'opportunity', 'targets', 'user', 'lead', 'handoff', 'webhook_endpoint'] as const;
