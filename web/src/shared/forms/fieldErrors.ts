import type { TFunction } from 'i18next';
import { rejectedFields } from '../api/errors';

/** The parts of a zod issue we translate (kept structural so that zod stays out of the main bundle). */
export interface IssueLike {
  code: string;
  path: PropertyKey[];
  minimum?: number | bigint;
  format?: string;
}

function messageFor(issue: IssueLike, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum ?? 1) > 1 ? t('fields.passwordLength') : t('fields.required');
    case 'too_big':
      return t('fields.tooLong');
    case 'invalid_format':
      return issue.format === 'email' ? t('fields.email') : t('fields.invalid');
    case 'invalid_value':
      return t('fields.unknownChoice');
    default:
      return t('fields.invalid');
  }
}

/** Translated messages per field from a client-side zod validation. */
export function clientFieldErrors(issues: readonly IssueLike[], t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !out[field]) out[field] = messageFor(issue, t);
  }
  return out;
}

const serverFieldMessages: Record<string, 'fields.email' | 'fields.passwordLength' | 'fields.required' | 'fields.unknownChoice'> = {
  email: 'fields.email',
  password: 'fields.passwordLength',
  name: 'fields.required',
  role: 'fields.unknownChoice',
  locale: 'fields.unknownChoice',
  salesGroupId: 'fields.unknownChoice',
  marketId: 'fields.unknownChoice',
};

/**
 * Translated messages per field from a server `validation_failed` (details paths such as `body.email`).
 * The server's own texts are English; we show the field's translated hint instead.
 */
export function serverFieldErrors(error: unknown, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of rejectedFields(error)) {
    const key = serverFieldMessages[field];
    out[field] = key ? t(key) : t('fields.invalid');
  }
  return out;
}
