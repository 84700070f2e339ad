import type { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { ImportRun } from '@contract/imports';
import {
  detectMapping,
  detectSource,
  entityFields,
  missingRequired,
  type ImportEntity,
  type ImportSource,
  type Mapping,
} from '../../domain/imports/layouts';
import type { Db } from '../../db/client';
import { writeAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { readCsv } from './csv';
import * as repo from './repo';
import {
  parseRow,
  type AccountRow,
  type ActivityRow,
  type ContactRow,
  type InvoiceRow,
  type OpportunityRow,
  type ProductRow,
  type RowError,
} from './rows';
import { recordInvoiceLines } from '../invoices/service';
import { reportingConverter } from '../pipeline/service';
import { parseStageMap } from '../../domain/imports/stages';
import { getOrganisation } from '../org/service';

export interface ImportOptions {
  entity: ImportEntity;
  source?: ImportSource;
  mode: 'all' | 'good';
  dryRun: boolean;
  fileName: string;
  mapping?: Mapping;
  salesGroup?: string;
  stageMap?: string;
  currency?: string;
  actor: { id: string; salesGroupId: string | null } | null;
}

export interface ImportProgress {
  processedRows: number;
}

const BATCH = 2000;
const MAX_STORED_ERRORS = 100_000;
class Rollback extends Error {}

/** Imports running in this process, for progress bars. */
const running = new Map<string, ImportProgress>();

function mappingFor(entity: ImportEntity, headers: string[], source: ImportSource, given?: Mapping): Mapping {
  if (!given) return detectMapping(entity, headers, source);
  const allowed = new Set<string>(entityFields[entity]);
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

/** Detected layout, mapping and the first rows with their errors: what the UI shows before importing. */
export async function previewImport(input: Readable | string, entity: ImportEntity, source?: ImportSource, given?: Mapping) {
  const csv = await readCsv(input);
  if (csv.headers.length === 0) throw errors.invalid('The file is empty.');
  const src = source ?? detectSource(csv.headers);
  const mapping = mappingFor(entity, csv.headers, src, given);
  const sample: Record<string, string>[] = [];
  const rowErrors: RowError[] = csv.skipped.map((s) => ({ row: s.line, column: null, message: s.message }));
  let rows = 0;
  for await (const { record, line } of csv.records) {
    rows++;
    if (sample.length < 10) sample.push(Object.fromEntries(csv.headers.map((h, i) => [h, record[i] ?? ''])));
    if (rowErrors.length < 100) rowErrors.push(...parseRow(entity, mapping, csv.headers, record, line).errors);
  }
  return {
    entity,
    source: src,
    delimiter: csv.delimiter,
    headers: csv.headers,
    mapping,
    fields: [...entityFields[entity]],
    missingRequired: missingRequired(entity, mapping),
    sample,
    rows,
    errors: rowErrors.slice(0, 100),
  };
}

/**
 * Import a CSV file. Mode "all" runs in one transaction and imports nothing if any row is bad;
 * mode "good" commits batch by batch and reports the bad rows. A dry run validates everything
 * against the database and writes nothing. Every bad row is in the error report.
 */
export async function startImport(
  ctx: AppContext,
  options: ImportOptions,
  input: Readable | string,
  onProgress?: (p: ImportProgress) => void,
): Promise<{ run: ImportRun; done: Promise<ImportRun> }> {
  const csv = await readCsv(input);
  if (csv.headers.length === 0) throw errors.invalid('The file is empty.');
  const source = options.source ?? detectSource(csv.headers);
  const mapping = mappingFor(options.entity, csv.headers, source, options.mapping);
  const missing = missingRequired(options.entity, mapping);
  if (missing.length) {
    throw new AppError(400, 'import_mapping_incomplete', `The file has no column for: ${missing.join('; ')}.`, {
      headers: csv.headers,
      mapping,
      missing,
    });
  }
  const run = await repo.insertImport(ctx.db, {
    entity: options.entity,
    source,
    fileName: options.fileName,
    mode: options.mode,
    dryRun: options.dryRun,
    mapping,
    createdById: options.actor?.id ?? null,
  });
  const progress: ImportProgress = { processedRows: 0 };
  running.set(run.id, progress);
  const started = await getImport(ctx, run.id);
  return { run: started, done: execute() };

  async function execute(): Promise<ImportRun> {
    const rowErrors: RowError[] = csv.skipped.map((s) => ({ row: s.line, column: null, message: s.message }));
    const failedLines = new Set<number>();
    let skipped = 0;
    const addErrors = (list: RowError[]) => {
      for (const e of list) {
        if (e.severity !== 'warning') failedLines.add(e.row);
        if (rowErrors.length < MAX_STORED_ERRORS) rowErrors.push(e);
      }
    };
    let created = 0;
    let updated = 0;
    let total = 0;
    const lookups: repo.Lookups = { system: source, markets: new Map(), accountCache: new Map() };
    const parentLinks: { id: string; parent: string; line: number }[] = [];

    const writeBatch = async (tx: Db, batch: unknown[]) => {
      const col = (f: string) => mapping[f] ?? null;
      const accountColumn = col('account') ?? col('accountSourceId');
      let result: repo.BatchResult;
      switch (options.entity) {
        case 'accounts': {
          const r = await repo.writeAccounts(tx, batch as AccountRow[], lookups);
          parentLinks.push(...r.parentLinks);
          result = r;
          break;
        }
        case 'contacts':
          result = await repo.writeContacts(tx, batch as ContactRow[], lookups, accountColumn);
          break;
        case 'products':
          result = await repo.writeProducts(tx, batch as ProductRow[], options.salesGroup, col('salesGroup'));
          break;
        case 'activities':
          result = await repo.writeActivities(tx, batch as ActivityRow[], lookups, accountColumn, options.actor);
          break;
        case 'opportunities':
          result = await repo.writeOpportunities(tx, batch as OpportunityRow[], lookups, {
            stageMap: parseStageMap(options.stageMap),
            defaultCurrency: options.currency,
            reportingCurrency: (await getOrganisation({ ...ctx, db: tx })).reportingCurrency,
            now: ctx.clock.now(),
            columns: { stage: col('stage'), account: accountColumn, product: col('product'), expectedCloseOn: col('expectedCloseOn') },
          });
          break;
        case 'invoices': {
          const fx = await reportingConverter({ ...ctx, db: tx });
          const { lines, errors } = await repo.resolveInvoiceRows(
            tx,
            batch as InvoiceRow[],
            lookups,
            { account: accountColumn, product: col('product'), currency: col('currency') },
            { default: options.currency ?? fx.currency, known: new Set(fx.factors.map((f) => f.currency)) },
          );
          result = { ...(await recordInvoiceLines({ ...ctx, db: tx }, lines)), errors };
          break;
        }
      }
      created += result.created;
      updated += result.updated;
      addErrors(result.errors);
    };

    const process = async (inTransaction: <T>(work: (tx: Db) => Promise<T>) => Promise<T>) => {
      lookups.markets = await inTransaction((tx) => repo.marketLookup(tx));
      let batch: unknown[] = [];
      const flush = async () => {
        if (batch.length) await inTransaction((tx) => writeBatch(tx, batch));
        batch = [];
        progress.processedRows = total;
        onProgress?.(progress);
      };
      for await (const { record, line } of csv.records) {
        total++;
        const parsed = parseRow(options.entity, mapping, csv.headers, record, line);
        addErrors(parsed.errors);
        if (parsed.skipped) skipped++;
        if (parsed.row) batch.push(parsed.row);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      if (parentLinks.length) addErrors(await inTransaction((tx) => repo.linkParents(tx, parentLinks, lookups, mapping.parent ?? null)));
    };

    let rolledBack = false;
    try {
      if (options.mode === 'all' || options.dryRun) {
        await ctx.db
          .transaction(async (tx) => {
            await process((work) => work(tx));
            if (failedLines.size > 0 || options.dryRun) throw new Rollback();
          })
          .catch((e: unknown) => {
            if (!(e instanceof Rollback)) throw e;
            rolledBack = true;
          });
      } else {
        await process((work) => ctx.db.transaction(work));
      }
    } catch (e) {
      running.delete(run.id);
      await repo.finishImport(ctx.db, run.id, { status: 'failed', totalRows: total, finishedAt: ctx.clock.now() }, [
        ...rowErrors,
        {
          row: 0,
          column: null,
          message:
            e instanceof AppError
              ? e.message
              : 'The import stopped on an unexpected error; nothing after the last committed batch was imported.',
        },
      ]);
      throw e;
    }
    running.delete(run.id);

    const failedRows = failedLines.size;
    const status =
      failedRows === 0
        ? 'succeeded'
        : rolledBack && !options.dryRun
          ? 'failed'
          : options.mode === 'good' || options.dryRun
            ? 'partial'
            : 'failed';
    const written = rolledBack && !options.dryRun ? { createdRows: 0, updatedRows: 0 } : { createdRows: created, updatedRows: updated };
    await ctx.db.transaction(async (tx) => {
      await repo.finishImport(
        tx,
        run.id,
        { status, totalRows: total, ...written, failedRows, skippedRows: skipped, finishedAt: ctx.clock.now() },
        rowErrors,
      );
      if (!options.dryRun && !rolledBack) {
        await writeAudit(tx, {
          actorId: options.actor?.id ?? null,
          action: 'import.completed',
          entityType: 'import',
          entityId: run.id,
          data: { entity: options.entity, created, updated, failedRows },
        });
      }
    });
    return getImport(ctx, run.id);
  }
}

/** Import and wait for the outcome (CLI, tests). */
export async function runImport(
  ctx: AppContext,
  options: ImportOptions,
  input: Readable | string,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportRun> {
  return (await startImport(ctx, options, input, onProgress)).done;
}

function presentRun(r: NonNullable<Awaited<ReturnType<typeof repo.findImport>>>): ImportRun {
  return {
    id: r.id,
    entity: r.entity as ImportRun['entity'],
    source: r.source as ImportRun['source'],
    fileName: r.fileName,
    mode: r.mode,
    dryRun: r.dryRun,
    status: r.status,
    totalRows: r.totalRows,
    processedRows: running.get(r.id)?.processedRows ?? r.totalRows,
    createdRows: r.createdRows,
    updatedRows: r.updatedRows,
    failedRows: r.failedRows,
    skippedRows: r.skippedRows,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

export async function getImport(ctx: AppContext, id: string): Promise<ImportRun> {
  const row = await repo.findImport(ctx.db, id);
  if (!row) throw errors.notFound('The import');
  return presentRun(row);
}

export async function listImports(ctx: AppContext): Promise<ImportRun[]> {
  return (await repo.listImports(ctx.db, 50)).map(presentRun);
}

export async function importErrors(ctx: AppContext, id: string, limit: number, offset: number) {
  await getImport(ctx, id);
  return repo.importErrorsOf(ctx.db, id, limit, offset);
}

/** The row-level report as CSV (row, column, severity, reason). */
export async function importErrorReport(ctx: AppContext, id: string): Promise<string> {
  await getImport(ctx, id);
  const rows: string[][] = [['row', 'column', 'severity', 'reason']];
  for (let offset = 0; ; offset += 5000) {
    const page = await repo.importErrorsOf(ctx.db, id, 5000, offset);
    rows.push(...page.map((e) => [String(e.row), e.column ?? '', e.severity, e.message]));
    if (page.length < 5000) break;
  }
  return stringify(rows);
}
