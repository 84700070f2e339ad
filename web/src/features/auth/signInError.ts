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
