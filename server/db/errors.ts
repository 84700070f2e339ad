import type { ErrorCode } from '@contract/errors';

/** PostgreSQL error codes we translate into user-facing errors (same on pg and PGlite). */
export function pgCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (e: unknown) => pgCode(e) === '23505';
export const isForeignKeyViolation = (e: unknown) => pgCode(e) === '23503';

/**
 * Constraint and data errors a request can cause, as the API answers them (platform/errors.ts):
 * a reference to a record that does not exist, a value the column cannot hold. By SQLSTATE.
 */
export const requestCausedErrors: Record<string, { code: ErrorCode; message: string }> = {
  '23503': { code: 'unknown_reference', message: 'The request refers to a record that does not exist.' },
  '23505': { code: 'already_exists', message: 'That record already exists.' },
  '23514': { code: 'out_of_range', message: 'A value is outside what is allowed.' },
  '23502': { code: 'validation_failed', message: 'A required value is missing.' },
  '22003': { code: 'out_of_range', message: 'A number is too large.' },
  '22008': { code: 'out_of_range', message: 'A date or time is out of range.' },
  '22007': { code: 'validation_failed', message: 'A date or time is not valid.' },
  '22001': { code: 'out_of_range', message: 'A text is too long.' },
  '22021': { code: 'validation_failed', message: 'A text contains a byte sequence that is not valid UTF-8.' },
  '22P05': { code: 'validation_failed', message: 'A text contains a character that cannot be stored (such as a NUL byte).' },
  '22P02': { code: 'validation_failed', message: 'A value has the wrong format.' },
  '2201B': { code: 'validation_failed', message: 'A search pattern is not valid.' },
  '22025': { code: 'validation_failed', message: 'A search pattern is not valid.' },
  '22012': { code: 'out_of_range', message: 'A value leads to a division by zero.' },
  '54000': { code: 'out_of_range', message: 'A value is too large to process.' },
};
