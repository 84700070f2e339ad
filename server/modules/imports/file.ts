import type { Readable } from 'node:stream';
import { joinOrderFiles } from './join';
import {
  detectMapping,
  detectSource,
  entityFields,
  missingRequired,
  type ImportEntity,
  type ImportSource,
  type Mapping,
} from '@domain/imports/layouts';
import { AppError, errors } from '../../platform/errors';
import { isReadError, readCsv } from './csv';
import { parseRow, type RowError } from './rows';
import { mappingKeys, readCustomCells, withCustomColumns } from './custom-fields';
import type { CustomFieldRule } from '@domain/custom-fields';
import { decideDateFormat, type DateFormat } from '@domain/imports/dates';

// Reading a file before its rows are written: the column mapping, the date format, owner names, the
// columns no field reads, broken records — and the preview the UI shows from them.

/** The detected mapping (with the custom fields whose key or label heads a column), or the given one checked. */
export function mappingFor(
  entity: ImportEntity,
  headers: string[],
  source: ImportSource,
  given?: Mapping,
  custom: readonly CustomFieldRule[] = [],
): Mapping {
  if (!given) return withCustomColumns(detectMapping(entity, headers, source), headers, custom);
  const allowed = new Set<string>([...entityFields[entity], ...mappingKeys(custom)]);
  const bad = Object.entries(given).filter(([field, header]) => !allowed.has(field) || !headers.includes(header));
  if (bad.length) {
    throw errors.invalid(
      'The column mapping names unknown fields or columns.',
      bad.map(([field, header]) => ({
        path: `mapping.${field}`,
        message: allowed.has(field) ? `there is no column "${header}"` : `unknown field (use ${[...allowed].join(', ')})`,
      })),
    );
  }
  return given;
}

/** An upload: the CSV file as the body, or a form with the file (`file`) and, for orders, its lines file (`lines`). */
export type Upload = Buffer | { file?: Buffer; lines?: Buffer };
export const isUpload = (v: unknown): v is Upload =>
  Buffer.isBuffer(v) ||
  (typeof v === 'object' && v !== null && Object.entries(v).every(([k, part]) => (k === 'file' || k === 'lines') && Buffer.isBuffer(part)));

/**
 * The file to import from an upload: the body as it is, or an order file and its lines file joined
 * on the order id (as `korsa import orders ORDERS.csv --lines LINES.csv` does) — read whole, so a
 * pair that cannot be joined stops before anything is written.
 */
export async function uploadedFile(upload: Upload, entity: ImportEntity, encoding?: string): Promise<{ input: Buffer; encoding?: string }> {
  if (Buffer.isBuffer(upload)) return { input: upload, encoding };
  if (!upload.file) throw errors.invalid('Send the file as the form’s "file" part (and, for orders, their lines as "lines").');
  if (!upload.lines) return { input: upload.file, encoding };
  if (entity !== 'orders') throw errors.invalid(`A lines file is for orders with their lines, not for ${entity}.`);
  return { input: await joinOrderFiles(upload.file, upload.lines, { encoding }), encoding: 'utf-8' };
}

/** A file: its bytes or text, or a way to open it (so that it can be read twice, e.g. for its date format). */
export type ImportInput = Readable | Buffer | string | (() => Readable);
export const opened = (input: ImportInput) => (typeof input === 'function' ? input() : input);

const dateFields: Partial<Record<ImportEntity, string[]>> = {
  activities: ['occurredAt'],
  opportunities: ['expectedCloseOn', 'createdOn'],
  orders: ['orderedOn'],
  invoices: ['invoicedOn'],
};

/**
 * The file's date format from all the values of its date columns (a first pass over the file), or
 * `import_dates_ambiguous` when they could be read both ways. A stream that cannot be read twice is
 * read day first unless the format is given.
 */
export async function fileDateFormat(input: ImportInput, entity: ImportEntity, mapping: Mapping, encoding: string): Promise<DateFormat> {
  const columns = (dateFields[entity] ?? []).map((f) => mapping[f]).filter((c): c is string => !!c);
  if (columns.length === 0 || (typeof input === 'object' && !Buffer.isBuffer(input))) return 'dmy';
  const csv = await readCsv(opened(input), { encoding });
  const at = columns.map((c) => csv.headers.indexOf(c));
  const values = (async function* () {
    for await (const item of csv.records) if (!isReadError(item)) for (const i of at) if (item.record[i]) yield item.record[i];
  })();
  const all: string[] = [];
  for await (const v of values) all.push(v);
  const decision = decideDateFormat(all);
  if ('format' in decision) return decision.format;
  const column = columns.join(', ');
  if ('mixed' in decision)
    throw new AppError(
      'import_dates_ambiguous',
      `The dates in ${column} are written both day first ("${decision.dayFirst}") and month first ("${decision.monthFirst}"): make them one format, or give it.`,
      { columns, examples: [decision.dayFirst, decision.monthFirst] },
    );
  throw new AppError(
    'import_dates_ambiguous',
    `The dates in ${column} (e.g. "${decision.examples.join('", "')}") could be day/month or month/day: give the file's date format (dmy or mdy).`,
    { columns, examples: decision.examples },
  );
}

/** "Their name=user@company.com,…" → lower-case name → e-mail (or name) of the Korsa user. */
export function parseOwnerMap(spec: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of (spec ?? '').split(/[,\n]/)) {
    const at = pair.lastIndexOf('=');
    if (at > 0) map[pair.slice(0, at).trim().toLowerCase()] = pair.slice(at + 1).trim();
  }
  return map;
}

/** The file's columns that no field reads: listed in every report, so nothing is dropped silently. */
export const unusedColumns = (headers: string[], mapping: Mapping) => {
  const used = new Set(Object.values(mapping));
  return headers.filter((h) => h !== '' && !used.has(h));
};

/**
 * What is wrong with a record before its values are read: cells beyond the header (a stray
 * delimiter or a broken quote shifts them), or bytes that were not valid in the file's encoding.
 */
export function recordProblems(headers: string[], record: string[], line: number): RowError[] {
  const problems: RowError[] = [];
  if (record.length > headers.length && record.slice(headers.length).some((c) => c.trim() !== ''))
    problems.push({
      row: line,
      column: null,
      message: `the row has ${record.length} cells but the header has ${headers.length} columns (a stray delimiter or quote?)`,
    });
  if (record.some((c) => c.includes('\u0000')))
    problems.push({ row: line, column: null, message: 'the row has a NUL character (a binary file, or a broken export?)' });
  if (record.some((c) => c.includes('\uFFFD')))
    problems.push({ row: line, column: null, message: 'the row has bytes that are not valid in the file’s encoding' });
  return problems;
}

/** Detected layout, mapping and the first rows with their errors: what the UI shows before importing. */
export async function previewImport(
  input: Readable | Buffer | string,
  entity: ImportEntity,
  source?: ImportSource,
  given?: Mapping,
  encoding?: string,
  custom: readonly CustomFieldRule[] = [],
) {
  const csv = await readCsv(input, { encoding });
  if (csv.headers.length === 0) throw errors.invalid('The file is empty.');
  const src = source ?? detectSource(csv.headers);
  const mapping = mappingFor(entity, csv.headers, src, given, custom);
  const sample: Record<string, string>[] = [];
  const rowErrors: RowError[] = [];
  let rows = 0;
  for await (const item of csv.records) {
    if (isReadError(item)) {
      rows += item.error.endLine - item.error.line + 1;
      if (rowErrors.length < 100) rowErrors.push({ row: item.error.line, column: null, message: item.error.message });
      continue;
    }
    const { record, line } = item;
    rows++;
    if (sample.length < 10) sample.push(Object.fromEntries(csv.headers.map((h, i) => [h, record[i] ?? ''])));
    if (rowErrors.length < 100) {
      const problems = recordProblems(csv.headers, record, line);
      rowErrors.push(
        ...(problems.length
          ? problems
          : [
              ...parseRow(entity, mapping, csv.headers, record, line).errors,
              ...readCustomCells(custom, mapping, csv.headers, record, line).errors,
            ]),
      );
    }
  }
  return {
    entity,
    source: src,
    delimiter: csv.delimiter,
    encoding: csv.encoding,
    headers: csv.headers,
    mapping,
    fields: [...entityFields[entity], ...mappingKeys(custom)],
    missingRequired: missingRequired(entity, mapping),
    unusedColumns: unusedColumns(csv.headers, mapping),
    sample,
    rows,
    errors: rowErrors.slice(0, 100),
  };
}
