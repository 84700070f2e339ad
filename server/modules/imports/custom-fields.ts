import type { ImportEntity, Mapping } from '@domain/imports/layouts';
import { normaliseHeader } from '@domain/imports/layouts';
import { describeProblem, readCustomValue, type CustomFieldEntity, type CustomFieldRule, type CustomValues } from '@domain/custom-fields';
import type { AppContext } from '../../platform/context';
import { rulesOf } from '../custom-fields/service';
import type { RowError } from './rows';

// Custom fields in an import (#14): a column maps to `cf.<key>` by the field's key or any of its labels
// (as the export heads it), and each cell is read as the field's type — a value the field cannot hold is
// the row's error, never a failed run.

const PREFIX = 'cf.';
const recordOf: Partial<Record<ImportEntity, CustomFieldEntity>> = {
  accounts: 'account',
  contacts: 'contact',
  opportunities: 'opportunity',
};

/** The custom fields an import of `entity` may fill (none for products, activities, orders, invoices). */
export async function importableFields(ctx: AppContext, entity: ImportEntity): Promise<CustomFieldRule[]> {
  const record = recordOf[entity];
  return record ? (await rulesOf(ctx, record)).filter((r) => !r.archived) : [];
}

export const mappingKeys = (rules: readonly CustomFieldRule[]) => rules.map((r) => `${PREFIX}${r.key}`);

/** The detected mapping with the custom fields whose key or label heads a column no other field reads. */
export function withCustomColumns(mapping: Mapping, headers: string[], rules: readonly CustomFieldRule[]): Mapping {
  const used = new Set(Object.values(mapping));
  const next = { ...mapping };
  for (const rule of rules) {
    const names = new Set([rule.key, ...Object.values(rule.labels)].filter((n): n is string => !!n).map(normaliseHeader));
    const header = headers.find((h) => !used.has(h) && names.has(normaliseHeader(h)));
    if (header) {
      next[`${PREFIX}${rule.key}`] = header;
      used.add(header);
    }
  }
  return next;
}

/** A row's custom values from its mapped cells; a cell its field cannot hold is an error naming the column. */
export function readCustomCells(
  rules: readonly CustomFieldRule[],
  mapping: Mapping,
  headers: string[],
  record: string[],
  line: number,
): { values: CustomValues; errors: RowError[] } {
  const values: CustomValues = {};
  const errors: RowError[] = [];
  for (const rule of rules) {
    const header = mapping[`${PREFIX}${rule.key}`];
    if (!header) continue;
    const read = readCustomValue(rule, record[headers.indexOf(header)] ?? '');
    if ('problem' in read)
      errors.push({ row: line, column: header, message: describeProblem(rule, { key: rule.key, problem: read.problem }) });
    else if (read.value !== null) values[rule.key] = read.value;
  }
  return { values, errors };
}
