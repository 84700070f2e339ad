import type { z } from 'zod';
import type { AuditEvent, AuditPage, recordHistoryTypes } from '@contract/audit';
import { api } from '../api/client';

export type { AuditEvent };
export type HistoryPage = z.infer<typeof AuditPage>;
export type HistorySubject = (typeof recordHistoryTypes)[number];

export const historyApi = {
  record: (entityType: HistorySubject, id: string, pageSize: number, signal?: AbortSignal) =>
    api.get<HistoryPage>(`/api/history/${entityType}/${id}`, { pageSize }, signal),
};

/** A value of the audit trail as text: dates and numbers as they are, nothing as a dash. */
export function shownValue(v: unknown, format: { number: (n: number) => string }): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'number') return format.number(v);
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Fields whose values are codes, shown by their names in the reader's language (consent: `consent.*`). */
const codedFields: Record<string, string> = { marketingBasis: 'consent.bases', consentStatus: 'consent.choices' };

/** A field's value of the audit trail as a reader reads it: a code by its translated name, else as `shownValue`. */
export function shownFieldValue(
  field: string,
  v: unknown,
  format: { number: (n: number) => string },
  t: (key: string, options: { defaultValue: string }) => string,
): string {
  const prefix = codedFields[field];
  if (prefix && typeof v === 'string' && v !== '') return t(`${prefix}.${v}`, { defaultValue: v });
  return shownValue(v, format);
}
