import type { TFunction } from 'i18next';
import { rejectedFields } from '../api/errors';

/**
 * The parts of a zod issue we translate. Structural, so that this file does not load zod: forms in
 * the first download load their schema when they are first shown.
 */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  /** For a union: each alternative's issues (an e-mail address or nothing: the address's problem counts). */
  errors?: readonly (readonly IssueLike[])[];
}

/** A field's own words for any problem with it (e.g. "Say why the customer left"), by field path. */
export type FieldMessages = Partial<Record<string, string>>;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One issue in the UI's language: the field's own words if it has them, else by the kind of problem. */
export function issueMessage(issue: IssueLike, t: TFunction, input?: unknown, own?: string): string {
  if (own) return own;
  const missing =
    (issue.code === 'too_small' && (issue.origin === 'array' || (issue.origin !== 'number' && Number(issue.minimum ?? 0) <= 1))) ||
    ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_format') &&
      isBlank(valueAt(input, issue.path)));
  if (missing) return t('fields.required');
  const first = issue.code === 'invalid_union' ? issue.errors?.[0]?.[0] : undefined;
  if (first) return issueMessage({ ...first, path: [...issue.path, ...first.path] }, t, input);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return t('fields.atLeast', { min: Number(issue.minimum) });
      return t('fields.tooShort', { count: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number') return t('fields.atMost', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('fields.tooMany', { count: Number(issue.maximum) });
      return t('fields.tooLong');
    case 'invalid_format':
      return issue.format === 'email' ? t('fields.email') : t('fields.invalid');
    case 'invalid_value':
      return t('fields.unknownChoice');
    default:
      return t('fields.invalid');
  }
}

/**
 * Translated messages per field from a client-side validation, keyed by the field's path
 * (`name`, `lines.0.amount`, or the form's own name for it through `rename`): each field's first problem.
 */
export function clientFieldErrors(
  issues: readonly IssueLike[],
  t: TFunction,
  input?: unknown,
  messages: FieldMessages = {},
  rename: (path: string) => string = (path) => path,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = rename(issue.path.map(String).join('.'));
    if (field && !out[field]) out[field] = issueMessage(issue, t, input, messages[field]);
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
 * The server's own texts are English; we show the field's own words or a translated hint instead.
 */
export function serverFieldErrors(
  error: unknown,
  t: TFunction,
  messages: FieldMessages = {},
  rename: (path: string) => string = (path) => path,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rejected of rejectedFields(error)) {
    const key = serverFieldMessages[rejected];
    const field = rename(rejected);
    out[field] = messages[field] ?? (key ? t(key) : t('fields.invalid'));
  }
  return out;
}
