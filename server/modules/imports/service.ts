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
import { fileDateFormat, mappingFor, opened, parseOwnerMap, recordProblems, unusedColumns, type ImportInput } from './file';
import {
  parseRow,
  type AccountRow,
  type ActivityRow,
  type ContactRow,
  type InvoiceRow,
  type OpportunityRow,
  type OrderLineRow,
  type ProductRow,
  type RowError,
} from './rows';
import { recordInvoiceLines } from '../invoices/service';
import { reportingConverter } from '../pipeline/service';
import { parseStageMap } from '@domain/imports/stages';
import { type DateFormat } from '@domain/imports/dates';
import { getOrganisation } from '../org/service';
import { recordHistoricDeals } from '../opportunities/service-history';
import { importableFields, readCustomCells } from './custom-fields';
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

const BATCH = 2000;
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
    const parentLinks: { id: string; parent: string; line: number }[] = [];
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

    const writeBatch = async (t: TxContext, batch: unknown[]) => {
      const tx = t.db;
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
        case 'opportunities': {
          const { deals, errors } = await repo.resolveOpportunityRows(tx, batch as OpportunityRow[], lookups, {
            stageMap: parseStageMap(options.stageMap),
            ownerMap: parseOwnerMap(options.ownerMap),
            defaultCurrency: options.currency,
            reportingCurrency: (await getOrganisation(t)).reportingCurrency,
            now: ctx.clock.now(),
            columns: {
              stage: col('stage'),
              account: accountColumn,
              product: col('product'),
              expectedCloseOn: col('expectedCloseOn'),
              owner: col('owner'),
            },
          });
          result = { created: 0, updated: 0, errors };
          // through the opportunities module, as deals won in the app (set-based per batch)
          const outcomes = await recordHistoricDeals(t, deals);
          for (const [i, r] of outcomes.entries()) {
            if ('error' in r) result.errors.push({ row: deals[i]!.line, column: col('stage'), message: r.error });
            else if (r.outcome === 'created') result.created++;
            else result.updated++;
          }
          break;
        }
        case 'orders': {
          const { deals, errors } = await repo.resolveOrders(tx, batch as repo.OrderGroup[], lookups, {
            ownerMap: parseOwnerMap(options.ownerMap),
            defaultCurrency: options.currency,
            reportingCurrency: (await getOrganisation(t)).reportingCurrency,
            columns: { account: accountColumn, product: col('productCode') ?? col('product'), owner: col('owner') },
          });
          result = { created: 0, updated: 0, errors };
          const outcomes = await recordHistoricDeals(t, deals);
          // counted as orders (each a won deal), not as their lines
          for (const [i, r] of outcomes.entries()) {
            if ('error' in r) result.errors.push({ row: deals[i]!.line, column: null, message: r.error });
            else if (r.outcome === 'created') result.created++;
            else result.updated++;
          }
          break;
        }
        case 'invoices': {
          const fx = await reportingConverter(t);
          const { lines, errors } = await repo.resolveInvoiceRows(
            tx,
            batch as InvoiceRow[],
            lookups,
            { account: accountColumn, product: col('product'), currency: col('currency') },
            { default: options.currency ?? fx.currency, known: new Set(fx.factors.map((f) => f.currency)) },
          );
          result = { ...(await recordInvoiceLines(t, lines)), errors };
          break;
        }
      }
      created += result.created;
      updated += result.updated;
      addErrors(result.errors);
    };

    /**
     * What the parser read since the last batch: its rows and the lines, errors and skips that go with
     * them. The writer adds a cut to the run's counts in the transaction that writes its rows, so a
     * batch's checkpoint never counts rows that are not yet written.
     */
    const newCut = () => ({ rows: [] as unknown[], size: 0, lines: 0, unread: 0, skipped: 0, errors: [] as RowError[] });

    /**
     * Read, validate and write the whole file; `batchDone` runs inside each batch's transaction. One
     * batch is written while the next is read and validated (the database and the parser work at the
     * same time); batches commit one after another, in the file's order.
     */
    const process = async (within: <T>(work: (t: TxContext) => Promise<T>) => Promise<T>, batchDone?: (t: TxContext) => Promise<void>) => {
      lookups.markets = await within((t) => repo.marketLookup(t.db));
      let cut = newCut();
      let writing: Promise<void> = Promise.resolve();
      const flush = async () => {
        const done = cut;
        cut = newCut();
        await writing;
        writing = within(async (t) => {
          total += done.lines;
          unreadLines += done.unread;
          skipped += done.skipped;
          addErrors(done.errors);
          if (done.rows.length) await writeBatch(t, done.rows);
          await batchDone?.(t);
        }).then(() => {
          progress.processedRows = total;
          onProgress?.(progress);
        });
        // awaited at the next flush; until then a failure must not count as unhandled
        writing.catch(() => undefined);
      };
      // orders: lines wait for the rest of their order (its last line is known from the first pass)
      const pending = new Map<string, { lines: OrderLineRow[]; failedAt: number | null }>();
      const orderDone = (key: string) => {
        const order = pending.get(key)!;
        pending.delete(key);
        if (order.failedAt !== null) {
          cut.errors.push(
            ...order.lines.map((r) => ({
              row: r.line,
              column: null,
              message: `not imported: another line of the order (row ${order.failedAt}) has an error`,
            })),
          );
        } else if (order.lines.length) {
          cut.rows.push({ key, lines: order.lines } satisfies repo.OrderGroup);
          cut.size += order.lines.length;
        }
      };
      const orderLine = (record: string[], line: number, row: OrderLineRow | undefined) => {
        const key = orderKeyOf(record);
        const order = pending.get(key) ?? pending.set(key, { lines: [], failedAt: null }).get(key)!;
        if (row) order.lines.push(row);
        else order.failedAt ??= line;
        if ((orders?.lastLine.get(key) ?? line) <= line) orderDone(key);
      };
      try {
        for await (const item of csv.records) {
          if (isReadError(item)) {
            const { line, endLine, message } = item.error;
            cut.lines += endLine - line + 1;
            cut.unread += endLine - line;
            cut.errors.push({ row: line, column: null, message });
            continue;
          }
          const { record, line } = item;
          cut.lines++;
          const problems = recordProblems(csv.headers, record, line);
          if (problems.length) {
            cut.errors.push(...problems);
            if (orders) orderLine(record, line, undefined);
            continue;
          }
          const parsed = parseRow(options.entity, mapping, csv.headers, record, line, dateFormat);
          const cells = readCustomCells(custom, mapping, csv.headers, record, line);
          cut.errors.push(...parsed.errors);
          if (cells.errors.length) {
            cut.errors.push(...cells.errors);
            parsed.row = undefined;
          } else if (parsed.row && Object.keys(cells.values).length) Object.assign(parsed.row, { customFields: cells.values });
          if (parsed.skipped) cut.skipped++;
          if (orders)
            orderLine(record, line, parsed.errors.some((e) => e.severity !== 'warning') ? undefined : (parsed.row as OrderLineRow));
          else if (parsed.row) {
            cut.rows.push(parsed.row);
            cut.size++;
          }
          // a long run of bad or empty lines is reported as it goes, not held in memory
          if (cut.size >= BATCH || cut.lines >= 10 * BATCH) await flush();
        }
      } catch (e) {
        // the file stopped being readable: let the batch in flight finish before the run is closed
        await writing.catch(() => undefined);
        throw e;
      }
      // orders whose last line could not be read
      for (const key of [...pending.keys()]) orderDone(key);
      await flush();
      await writing;
      if (parentLinks.length)
        await within(async (t) => {
          addErrors(await repo.linkParents(t.db, parentLinks, lookups, mapping.parent ?? null));
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
