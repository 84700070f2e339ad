import type { DateFormat } from '@domain/imports/dates';
import { activityTypeOf, parseDate } from '@domain/imports/values';

// A fast path for the rows of large files (#13): a row whose every cell is plainly valid is read
// without zod, to the very row zod would give (test/unit/import-rows-fast.test.ts compares them).
// Anything else — a cell too long, an empty required cell, a bad type or date — returns undefined,
// and the row goes through the zod schema of rows.ts, whose messages the report shows.

/** A cell as `cell(max)` of rows.ts reads it: trimmed, empty = undefined; null when it is too long. */
function cell(value: string | undefined, max: number): string | undefined | null {
  if (value === undefined) return undefined;
  if (value.length > max) return null;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

type Columns = ReadonlyMap<string, number>;

/** The activity row of rows.ts (its zod schema's output and the line). */
export interface FastActivityRow {
  sourceId?: string;
  account?: string;
  accountSourceId?: string;
  type: NonNullable<ReturnType<typeof activityTypeOf>>;
  subject: string;
  body?: string;
  occurredAt: Date;
  contactEmail?: string;
  authorEmail?: string;
  line: number;
}

/** Activities: a reader of a record (the fields' column indexes given), or undefined when zod must look at it. */
export function fastActivityReader(columns: Columns, format: DateFormat): (record: string[], line: number) => FastActivityRow | undefined {
  const at = (field: string) => columns.get(field) ?? -1;
  const [sourceIdAt, accountAt, accountSourceIdAt, typeAt, subjectAt, bodyAt, occurredAtAt, contactEmailAt, authorEmailAt] = [
    'sourceId',
    'account',
    'accountSourceId',
    'type',
    'subject',
    'body',
    'occurredAt',
    'contactEmail',
    'authorEmail',
  ].map(at) as [number, number, number, number, number, number, number, number, number];
  // a file has a handful of distinct types: each is read once
  const types = new Map<string | undefined, ReturnType<typeof activityTypeOf>>();
  const typeOf = (v: string | undefined) => {
    let t = types.get(v);
    if (t === undefined && !types.has(v)) {
      t = activityTypeOf(v);
      if (types.size < 1000) types.set(v, t);
    }
    return t;
  };
  return (record, line) => {
    const sourceId = cell(record[sourceIdAt], 200);
    const account = cell(record[accountAt], 200);
    const accountSourceId = cell(record[accountSourceIdAt], 200);
    const typeText = cell(record[typeAt], 40);
    const subject = cell(record[subjectAt], 300);
    const body = cell(record[bodyAt], 10_000);
    const dateText = cell(record[occurredAtAt], 40);
    const contactEmail = cell(record[contactEmailAt], 254);
    const authorEmail = cell(record[authorEmailAt], 254);
    if (
      sourceId === null ||
      account === null ||
      accountSourceId === null ||
      typeText === null ||
      subject == null ||
      body === null ||
      dateText == null ||
      contactEmail === null ||
      authorEmail === null ||
      (!account && !accountSourceId)
    )
      return undefined;
    const type = typeOf(typeText);
    const occurredAt = parseDate(dateText, format);
    if (!type || !occurredAt) return undefined;
    return { sourceId, account, accountSourceId, type, subject, body, occurredAt, contactEmail, authorEmail, line };
  };
}
