import type { CustomValues } from '@domain/custom-fields';
import type { FieldDefinition } from './api';

/** What a form's custom inputs hold: text as typed, a number or '' (empty), a choice's key or null. */
export type CustomFormValues = Record<string, string | number | null>;

/** The form's starting values of the fields in use: the record's values, empty where it has none. */
export function customFormValues(fields: readonly FieldDefinition[], values: CustomValues): CustomFormValues {
  return Object.fromEntries(fields.filter((f) => !f.archived).map((f) => [f.key, values[f.key] ?? (f.type === 'choice' ? null : '')]));
}

/** The request's `customFields`: every field of the form, an empty one as null (cleared). */
export function customFieldsInput(values: CustomFormValues): Record<string, string | number | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : v]));
}

/** The list filters in the page's URL (`cf.<key>=value`) as the API's `cf=<key>:<value>`. */
export function customFilterOf(params: URLSearchParams): string[] | undefined {
  const cf = [...params.entries()].filter(([k, v]) => k.startsWith('cf.') && v !== '').map(([k, v]) => `${k.slice(3)}:${v}`);
  return cf.length ? cf : undefined;
}
