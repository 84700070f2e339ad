import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { CustomFieldType, CustomValue } from '@domain/custom-fields';

/** A list's filter on one custom field, its value already read as the field's type (custom-fields/service). */
export interface CustomFieldMatch {
  key: string;
  type: CustomFieldType;
  value: CustomValue;
}

/**
 * The records whose `custom_fields` hold every match — a text field containing the words (accents and
 * case folded), any other the value itself (jsonb containment, which the GIN index answers). Parameters only.
 */
export function customFieldsMatch(column: AnyPgColumn, matches: readonly CustomFieldMatch[] | undefined): SQL | undefined {
  if (!matches || matches.length === 0) return undefined;
  const parts = matches.map((m) =>
    m.type === 'text'
      ? sql`strpos(korsa_fold(${column} ->> ${m.key}::text), korsa_fold(${String(m.value)}::text)) > 0`
      : sql`${column} @> ${JSON.stringify({ [m.key]: m.value })}::jsonb`,
  );
  return sql.join(parts, sql` and `);
}
