import { buffer } from 'node:stream/consumers';
import type { ImportRun } from '@contract/imports';
import { detectSource, missingRequired, type ImportEntity, type ImportSource, type Mapping } from '@domain/imports/layouts';
import type { Db } from '../../db/client';
import type { imports } from '../../db/schema';
import { writeAudit } from '../../platform/audit';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { isReadError, readCsv } from './csv';
import * as repo from './repo';
import { fileDateFormat, mappingFor, opened, unusedColumns, type ImportInput } from './file';
import type { RowError } from './rows';
import { type DateFormat } from '@domain/imports/dates';
import { importableFields } from './custom-fields';
import { batchWriter } from './service-batch';
import { readInCuts } from './service-pipeline';
import { previewImport as preview } from './file';

/** The preview of an upload (file.ts `previewImport`) with the custom fields an import of its entity may fill. */
export async function previewImport(
  ctx: AppContext,
  upload: { input: Buffer; encoding?: string },
  query: { entity: ImportEntity; source?: ImportSource; mapping?: Mapping },
) {
  const custom = await importableFields(ctx, query.entity);
  return preview(upload.input, query.entity, query.source, query.mapping, upload.encoding, custom);
}

export interface ImportOptions {
  entity: ImportEntity;
  source?: ImportSource;
  mode: 'all' | 'good';
  dryRun: boolean;
  fileName: string;
  mapping?: Mapping;
  salesGroup?: string;
  stageMap?: string;
  /** Opportunities: the file's owner names onto Korsa users, e.g. `Moses Frase=moses@company.com`. */
  ownerMap?: string;
  currency?: string;
  /** The file's date format when it is known (otherwise decided from all its dates). */
  dateFormat?: DateFormat;
  /** The file's encoding when it is known (otherwise detected). */
  encoding?: string;
  actor: { id: string; salesGroupId: string | null } | null;
}

export interface ImportProgress {
  processedRows: number;
}

const MAX_STORED_ERRORS = 100_000;
class Rollback extends Error {}

/** Imports running in this process, for progress bars. */
const running = new Map<string, ImportProgress>();

/** A first pass over an order file: the line each order ends on, so that its lines are written together. */
async function lastLinesOfOrders(input: ImportInput, encoding: string, keyOf: (record: string[]) => string) {
  const lastLine = new Map<string, number>();
  const csv = await readCsv(opened(input), { encoding });
  for await (const item of csv.records) if (!isReadError(item)) lastLine.set(keyOf(item.record), item.line);
  return lastLine;
}

/** How often a running import says it is alive, and after how long without a word a run is abandoned. */
const HEARTBEAT_MS = 30_000;
const ABANDONED_AFTER_MS = 2 * 60_000;

/**
 * Import a CSV file. Mode "all" runs in one transaction with the run's own outcome and imports
 * nothing if any row is bad (a row the parser cannot read included); mode "good" commits batch by
 * batch, each batch with the run's counts and errors so far. A dry run validates everything against
 * the database and writes nothing. Every bad row is in the error report. A run whose process dies is
 * left "running" until `failAbandonedImports` (at the next start) marks it failed.
 */
export async function startImport(
  ctx: AppContext,
  options: ImportOptions,
  input: ImportInput,
  onProgress?: (p: ImportProgress) => void,
): Promise<{ run: ImportRun; done: Promise<ImportRun> }> {
  // an order's lines may be anywhere in the file: it is read twice, so a stream is held in memory
  if (options.entity === 'orders' && typeof input === 'object' && !Buffer.isBuffer(input)) input = await buffer(input);
  const csv = await readCsv(opened(input), { encoding: options.encoding });
  if (csv.headers.length === 0) throw errors.invalid('The file is empty.');
  const source = options.source ?? detectSource(csv.headers);
  const custom = await importableFields(ctx, options.entity);
  const mapping = mappingFor(options.entity, csv.headers, source, options.mapping, custom);
  const missing = missingRequired(options.entity, mapping);
  if (missing.length) {
    throw new AppError('import_mapping_incomplete', `The file has no column for: ${missing.join('; ')}.`, {
      headers: csv.headers.map((h) => h.slice(0, 200)).slice(0, 500),
      mapping,
      missing,
    });
  }
  const dateFormat = options.dateFormat ?? (await fileDateFormat(input, options.entity, mapping, csv.encoding));
  const at = (field: string) => (mapping[field] ? csv.headers.indexOf(mapping[field]) : -1);
  const orderColumns = {
    sourceId: at('sourceId'),
    account: at('account'),
    accountSourceId: at('accountSourceId'),
    orderedOn: at('orderedOn'),
  };
  /** The order a line belongs to, from the cells as they are (bad lines too). */
  const orderKeyOf = (record: string[]) => {
    const cell = (i: number) => (i >= 0 ? record[i]?.trim() || undefined : undefined);
    return repo.orderKey({
      sourceId: cell(orderColumns.sourceId),
      account: cell(orderColumns.account),
      accountSourceId: cell(orderColumns.accountSourceId),
      orderedOn: cell(orderColumns.orderedOn),
    });
  };
  const orders = options.entity === 'orders' ? { lastLine: await lastLinesOfOrders(input, csv.encoding, orderKeyOf) } : null;
  const run = await repo.insertImport(ctx.db, {
    entity: options.entity,
    source,
    fileName: options.fileName,
    mode: options.mode,
    dryRun: options.dryRun,
    mapping,
    encoding: csv.encoding,
    unusedColumns: unusedColumns(csv.headers, mapping),
    createdById: options.actor?.id ?? null,
  });
  const progress: ImportProgress = { processedRows: 0 };
  running.set(run.id, progress);
  const started = await getImport(ctx, run.id);
  return { run: started, done: execute() };

  async function execute(): Promise<ImportRun> {
    /** Errors not yet stored (mode good stores them with each batch). */
    let pendingErrors: RowError[] = [];
    let storedErrors = 0;
    const failedLines = new Set<number>();
    /** Lines after the first of a part the parser could not read (an unclosed quote swallows the rest). */
    let unreadLines = 0;
    let skipped = 0;
    const addErrors = (list: RowError[]) => {
      for (const e of list) {
        if (e.severity !== 'warning') failedLines.add(e.row);
        if (storedErrors + pendingErrors.length < MAX_STORED_ERRORS) pendingErrors.push(e);
      }
    };
    let created = 0;
    let updated = 0;
    let total = 0;
    const lookups: repo.Lookups = { system: source, markets: new Map(), accountCache: new Map() };
    const counts = () => ({
      totalRows: total,
      createdRows: created,
      updatedRows: updated,
      failedRows: failedLines.size + unreadLines,
      skippedRows: skipped,
    });
    /** Store the run's counts and the errors so far, in the transaction that wrote the rows. */
    const checkpoint = async (tx: Db, values: Partial<typeof imports.$inferInsert> = {}) => {
      const list = pendingErrors;
      pendingErrors = [];
      storedErrors += list.length;
      await repo.finishImport(tx, run.id, { ...counts(), heartbeatAt: ctx.clock.now(), ...values }, list);
    };

    const writer = batchWriter(options, mapping, lookups);
    /**
     * Read, validate and write the whole file (`service-pipeline.ts`); `batchDone` runs inside each
     * batch's transaction.
     */
    const process = async (within: <T>(work: (t: TxContext) => Promise<T>) => Promise<T>, batchDone?: (t: TxContext) => Promise<void>) => {
      lookups.markets = await within((t) => repo.marketLookup(t.db));
      const file = { csv, entity: options.entity, mapping, dateFormat, custom, orders: orders && { ...orders, keyOf: orderKeyOf } };
      await readInCuts(file, (cut) =>
        within(async (t) => {
          total += cut.lines;
          unreadLines += cut.unread;
          skipped += cut.skipped;
          addErrors(cut.errors);
          if (cut.rows.length) {
            const result = await writer.write(t, cut.rows);
            created += result.created;
            updated += result.updated;
            addErrors(result.errors);
          }
          await batchDone?.(t);
        }).then(() => {
          progress.processedRows = total;
          onProgress?.(progress);
        }),
      );
      if (writer.hasParentLinks())
        await within(async (t) => {
          addErrors(await writer.linkParents(t));
          await batchDone?.(t);
        });
    };

    const auditEntry = (tx: Db) =>
      writeAudit(tx, {
        actorId: options.actor?.id ?? null,
        action: 'import.completed',
        entityType: 'import',
        entityId: run.id,
        data: { entity: options.entity, created, updated, failedRows: counts().failedRows },
      });
    const statusOf = (failed: boolean): ImportRun['status'] =>
      !failed ? 'succeeded' : options.mode === 'good' || options.dryRun ? 'partial' : 'failed';

    // on PostgreSQL another instance may sweep abandoned runs: say we are alive (PGlite has one process)
    const heartbeat =
      ctx.dbKind === 'postgres'
        ? setInterval(() => {
            repo.touchImport(ctx.db, run.id, ctx.clock.now()).catch(() => undefined);
          }, HEARTBEAT_MS).unref()
        : null;
    let rolledBack = false;
    try {
      if (options.mode === 'all' || options.dryRun) {
        await inTransaction(ctx, async (t) => {
          await process((work) => work(t));
          if (failedLines.size + unreadLines > 0 || options.dryRun) throw new Rollback();
          // the rows and the run's outcome commit together
          await checkpoint(t.db, { status: 'succeeded', finishedAt: ctx.clock.now() });
          await auditEntry(t.db);
        }).catch((e: unknown) => {
          if (!(e instanceof Rollback)) throw e;
          rolledBack = true;
        });
        if (rolledBack) {
          // nothing was written: the outcome and every error are stored on their own
          const counted = counts();
          if (!options.dryRun) Object.assign(counted, { createdRows: 0, updatedRows: 0 });
          const list = pendingErrors;
          pendingErrors = [];
          await ctx.db.transaction((tx) =>
            repo.finishImport(tx, run.id, { ...counted, status: statusOf(counted.failedRows > 0), finishedAt: ctx.clock.now() }, list),
          );
        }
      } else {
        await process(
          (work) => inTransaction(ctx, work),
          (t) => checkpoint(t.db),
        );
        await ctx.db.transaction(async (tx) => {
          await checkpoint(tx, { status: statusOf(counts().failedRows > 0), finishedAt: ctx.clock.now() });
          await auditEntry(tx);
        });
      }
    } catch (e) {
      const list = pendingErrors;
      pendingErrors = [];
      const written = options.mode === 'good' && !options.dryRun;
      await repo.finishImport(
        ctx.db,
        run.id,
        {
          ...(written ? {} : { createdRows: 0, updatedRows: 0 }),
          totalRows: total,
          failedRows: counts().failedRows,
          status: 'failed',
          finishedAt: ctx.clock.now(),
        },
        [
          ...list,
          {
            row: 0,
            column: null,
            message:
              e instanceof AppError
                ? e.message
                : written
                  ? 'The import stopped on an unexpected error; nothing after the last committed batch was imported.'
                  : 'The import stopped on an unexpected error; nothing was imported.',
          },
        ],
      );
      // an expected condition (the file stops being readable, say) is the run's outcome, not a crash
      if (!(e instanceof AppError)) throw e;
    } finally {
      if (heartbeat) clearInterval(heartbeat);
      running.delete(run.id);
    }
    return getImport(ctx, run.id);
  }
}

/**
 * At start: runs left "running" by a process that died (killed, crashed, the machine stopped) are
 * marked failed, with what they had committed. On PGlite only one process opens the database, so
 * every running run is abandoned; on PostgreSQL, runs whose process has not said it is alive for
 * two minutes.
 */
export async function failAbandonedImports(ctx: AppContext): Promise<number> {
  const before = ctx.dbKind === 'pglite' ? null : new Date(ctx.clock.now().getTime() - ABANDONED_AFTER_MS);
  return inTransaction(ctx, async (tx) => {
    const ids = await repo.abandonedImports(tx.db, before);
    for (const r of ids) {
      await repo.finishImport(tx.db, r.id, { status: 'failed', finishedAt: ctx.clock.now() }, [
        {
          row: 0,
          column: null,
          message:
            r.mode === 'good' && !r.dryRun
              ? `The import was interrupted (its process stopped) after ${r.totalRows} rows; the rows counted as created or updated were imported, nothing after them.`
              : 'The import was interrupted (its process stopped); nothing was imported.',
        },
      ]);
    }
    return ids.length;
  });
}

/** Import and wait for the outcome (CLI, tests). */
export async function runImport(
  ctx: AppContext,
  options: ImportOptions,
  input: ImportInput,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportRun> {
  return (await startImport(ctx, options, input, onProgress)).done;
}

/** An orders run's lines: every line of the file that was neither failed nor empty went into a created or updated order. */
function linesOf(r: NonNullable<Awaited<ReturnType<typeof repo.findImport>>>): number | null {
  if (r.entity !== 'orders' || (r.status !== 'succeeded' && r.status !== 'partial')) return null;
  return r.createdRows + r.updatedRows > 0 ? r.totalRows - r.failedRows - r.skippedRows : 0;
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
    lines: linesOf(r),
    encoding: r.encoding,
    unusedColumns: r.unusedColumns as string[],
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
