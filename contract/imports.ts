import { z } from 'zod';
import { dateFormats } from '@domain/imports/dates';
import { importEntities, importSources } from '@domain/imports/layouts';
import { Id } from './common';

export { importEntities, importSources };
export const ImportEntity = z.enum(importEntities);
export const ImportSource = z.enum(importSources);
/** all: one transaction, nothing imported if any row is bad. good: import the good rows, report the rest. */
export const ImportMode = z.enum(['all', 'good']);

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Query of POST /api/imports and /api/imports/preview; the body is the CSV file itself (text/csv). */
export const ImportQuery = z.object({
  entity: ImportEntity,
  source: ImportSource.optional(),
  mode: ImportMode.default('all'),
  dryRun: bool.default(false),
  fileName: z.string().trim().max(200).default('upload.csv'),
  /** JSON object field → column header, to override the detected mapping. */
  mapping: z
    .string()
    .max(5000)
    .optional()
    .transform((v, c) => {
      if (v === undefined) return undefined;
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(v));
      } catch {
        c.addIssue({ code: 'custom', message: 'mapping must be a JSON object of field → column' });
        return z.NEVER;
      }
    }),
  /** The file's date format: iso, dmy (day first) or mdy (month first); decided from all its dates when absent. */
  dateFormat: z.enum(dateFormats).optional(),
  /** The file's character encoding (e.g. windows-1252); detected when absent. */
  encoding: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{2,40}$/)
    .optional(),
  /** Sales group for product rows that have none. */
  salesGroup: z.string().trim().max(100).optional(),
  /** Opportunities: the file's stage names onto Korsa's stage keys, e.g. `Engaging=quote_sent,Prospecting=identified`. */
  stageMap: z.string().trim().max(2000).optional(),
  /** Opportunities: the file's owner names onto Korsa users, e.g. `Moses Frase=moses@company.com`. */
  ownerMap: z.string().trim().max(5000).optional(),
  /** Opportunities: currency for rows without one (default: the account's market's, else the reporting currency). */
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

export const RowErrorItem = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
  severity: z.enum(['error', 'warning']).optional(),
});

export const ImportPreview = z.object({
  entity: ImportEntity,
  source: ImportSource,
  delimiter: z.string(),
  /** The character encoding the file was read in (detected, or as given). */
  encoding: z.string(),
  headers: z.array(z.string()),
  /** Korsa field → the file's column. */
  mapping: z.record(z.string(), z.string()),
  fields: z.array(z.string()),
  missingRequired: z.array(z.string()),
  /** Columns of the file that no field reads: they will not be imported. */
  unusedColumns: z.array(z.string()),
  sample: z.array(z.record(z.string(), z.string())),
  rows: z.number().int(),
  errors: z.array(RowErrorItem),
});

export const ImportRun = z.object({
  id: Id,
  entity: ImportEntity,
  source: ImportSource,
  fileName: z.string(),
  mode: ImportMode,
  dryRun: z.boolean(),
  status: z.enum(['running', 'succeeded', 'partial', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  /** Records created and updated; orders are counted as orders (each a won deal), not as their lines. */
  createdRows: z.number().int(),
  updatedRows: z.number().int(),
  /** Rows of the file with errors, and rows with nothing to import. */
  failedRows: z.number().int(),
  skippedRows: z.number().int(),
  /** Orders: the order lines of the created and updated orders (null for other entities, and while running or failed). */
  lines: z.number().int().nullable(),
  /** The character encoding the file was read in. */
  encoding: z.string(),
  /** Columns of the file that no field read. */
  unusedColumns: z.array(z.string()),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportRun = z.infer<typeof ImportRun>;

export const ImportErrorsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
