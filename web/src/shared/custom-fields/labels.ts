import { labelIn, showCustomValue, type CustomValues } from '@domain/custom-fields';
import type { Locale } from '@domain/people';
import type { FieldDefinition } from './api';

/** A field's label in the UI's language (else English, else any given). */
export const fieldLabel = (f: Pick<FieldDefinition, 'labels'>, locale: Locale) => labelIn(f.labels, locale);

/** A choice field's choices for a select, labelled in the UI's language. */
export const choiceOptions = (f: FieldDefinition, locale: Locale) =>
  f.choices.map((c) => ({ value: c.key, label: labelIn(c.labels, locale) }));

/** A record's custom values in one line ("Tier: Gold · Region: North"), e.g. in "here is what changed". */
export function describeValues(fields: readonly FieldDefinition[], values: unknown, locale: Locale): string {
  const given = (typeof values === 'object' && values !== null ? values : {}) as CustomValues;
  const parts = fields
    .filter((f) => given[f.key] !== undefined)
    .map((f) => `${fieldLabel(f, locale)}: ${showCustomValue(f, given[f.key], locale)}`);
  return parts.length ? parts.join(' · ') : '—';
}
