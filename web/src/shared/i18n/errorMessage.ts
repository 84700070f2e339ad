import type { TFunction } from 'i18next';
import { ApiError, clientErrorCodes } from '../api/errors';

/** The codes with a message of their own in every language (errors.<code>); the rest say "unknown". */
const knownCodes = [
  clientErrorCodes.network,
  clientErrorCodes.badResponse,
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'route_not_found',
  'validation_failed',
  'email_taken',
  'last_admin',
  'record_deleted',
  'custom_field_invalid',
  'restore_expired',
  'setup_done',
  'link_invalid',
  'passwords_disabled',
  'sso_failed',
  'opportunity_open',
  'internal_error',
] as const satisfies readonly ApiError['code'][];
type KnownCode = (typeof knownCodes)[number];
const isKnown = (code: ApiError['code']): code is KnownCode => (knownCodes as readonly string[]).includes(code);

/** A message a person can act on, in the UI's language, for any error an API call can throw. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  if (error.code === 'rate_limited') {
    return t('errors.rate_limited', { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
  }
  if (error.code === 'ritual_transition' || error.code === 'visit_transition') return transitionMessage(error, t);
  if (isKnown(error.code)) return t(`errors.${error.code}`);
  return t('errors.unknown');
}

/**
 * A ritual that has moved on (a full seminar, follow-ups before it began) or a joint visit asked for
 * a step its state does not allow: what the server's details say, else the general text.
 */
function transitionMessage(error: ApiError, t: TFunction): string {
  const d = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;
  if (error.code === 'ritual_transition') {
    if (typeof d.capacity === 'number') return t('errors.ritual_full', { capacity: d.capacity });
    if (typeof d.startsAt === 'string') return t('errors.ritual_not_begun');
    return t('errors.ritual_transition');
  }
  if (typeof d.period === 'string') return t('errors.visit_week_off');
  if (d.allowed === undefined && typeof d.status === 'string') return t('errors.visit_no_customer');
  return t('errors.visit_transition');
}
