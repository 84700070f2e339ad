/** PostgreSQL error codes we translate into user-facing errors (same on pg and PGlite). */
function pgCode(e: unknown): string | undefined {
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
