/** Rows read for an export, made JSON-friendly. */
export const str = (v: unknown) => (typeof v === 'string' ? v : '');
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
/** Rows as JSON-friendly records: dates as ISO text, snake_case as camelCase. */
export const plain = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), iso(v)]));
