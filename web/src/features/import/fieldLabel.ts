import type { TFunction } from 'i18next';
import type { en } from '../../shared/i18n/locales/en';

type Field = keyof typeof en.imports.fields;

/** A Korsa field's name in the reader's language (its own name if this version has no words for it). */
export function fieldLabel(field: string, t: TFunction): string {
  return t(`imports.fields.${field as Field}`, { defaultValue: field });
}
