import type { TFunction } from 'i18next';
import { isApiError } from '../../shared/api/errors';
import { errorMessage } from '../../shared/i18n/errorMessage';

/** What went wrong with a sign-in, in words for the person at the keyboard. */
export function signInErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error, 'invalid_credentials')) return t('signIn.invalidCredentials');
  if (isApiError(error, 'validation_failed')) return t('signIn.missingFields');
  return errorMessage(error, t);
}

/** Only paths inside the app: never an absolute URL or `//host`. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}

const ssoReasons = ['unavailable', 'expired', 'failed', 'unverified_email', 'unknown_user', 'inactive', 'rate_limited'] as const;

/** The message for `?sso=<reason>`, where single sign-on sends the browser back when it did not sign anyone in. */
export function ssoErrorKey(reason: string | null) {
  if (!reason) return null;
  const known = (ssoReasons as readonly string[]).includes(reason) ? (reason as (typeof ssoReasons)[number]) : 'failed';
  return `people.sso.error.${known}` as const;
}
