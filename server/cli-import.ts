import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import pino from 'pino';
import { entityFields, importEntities, importSources, type ImportEntity, type ImportSource, type Mapping } from '@domain/imports/layouts';
import { dateFormats, type DateFormat } from '@domain/imports/dates';
import { UsageError, type PeopleCommand } from './cli-people';
import type { Database } from './db/client';
import { openDatabase } from './db/open';
import { joinOrderFiles } from './modules/imports/join';
import { failAbandonedImports, runImport } from './modules/imports/service';
import { importErrorReport, importErrors } from './modules/imports/service-reports';
import { systemClock } from './platform/clock';
import type { AppContext } from './platform/context';
import { AppError } from './platform/errors';

export const importUsage = `korsa import <entity> <file> [--source S] [--mode all|good] [--dry-run] [--group NAME]
                   [--map "Column=field,…"] [--map-file F] [--encoding E] [--lines LINES]
                   [--stage-map "Their stage=korsa_stage,…"] [--owner-map "Their name=e-mail,…"]
                   [--currency XXX] [--date-format iso|dmy|mdy]

Import a CSV file of one of: ${importEntities.join(', ')}.
  --source   ${importSources.join(', ')} (default: detected from the headers)
  --mode     all: one transaction, nothing is imported if any row is bad (default)
             good: import the good rows and report the bad ones
  --dry-run  check every row against the database, write nothing
  --map      the file's columns onto Korsa's fields, e.g. "Customer=name,Org no=orgNumber"
             (overrides the detected mapping for those fields); --map-file reads the same
             from a file (one "Column=field" a line, or a JSON object field → column)
  --encoding the file's character encoding (default: detected — UTF-8 with or without BOM,
             UTF-16, Windows-1252/Latin-1)
  --group    sales group for product rows without one
  --stage-map  opportunities: map the file's stage names onto Korsa's stages (identified,
             quote_designed, pricing, quote_sent, negotiation, won, lost); Salesforce, HubSpot,
             Pipedrive and Maven stage names are known already
  --owner-map  opportunities: the file's owners onto Korsa users (e-mail or name); owners who
             are not users are reported per row and imported without an owner
  --currency opportunities, orders and invoices: currency for rows without one
  --lines    orders: <file> has the orders (id, date, customer, owner …) and LINES their lines
             (order id, product, quantity, amount); joined on the order id. Without it,
             <file> has one row per order line with its order's columns
  --date-format  iso, dmy (05.03.2024, 05/03/2024) or mdy (3/5/2024): decided from all the
             file's dates when not given; a file whose dates read both ways asks for it
Orders become won deals with their lines, on their order date: the customers own what they
bought (the account's product row and the matrix), as a deal won in the app. Orders are counted
as orders (created, updated), with their lines beside them; errors are counted per row.
Fields per entity:
${importEntities.map((e) => `  ${e.padEnd(13)} ${entityFields[e].join(', ')}`).join('\n')}
Re-importing a file updates what it imported before; it never duplicates. Rows that cannot be
imported are listed in an error report (row, column, reason) written to the current directory, with
the file's columns that were not used. Exit status: 0 when every row was imported (or checked), 1
when the import failed or a dry run found no importable row, 2 on wrong arguments.`;

export interface ImportArgs {
  entity: ImportEntity;
  file: string;
  source?: ImportSource;
  mode: 'all' | 'good';
  dryRun: boolean;
  group?: string;
  stageMap?: string;
  ownerMap?: string;
  dateFormat?: DateFormat;
  currency?: string;
  encoding?: string;
  mapping?: Mapping;
  /** orders: the lines file, joined with `file` (the orders) on the order id. */
  lines?: string;
}

/** "Customer=name,Order Date=closeDate" (column=field, or field=column when the left is a field) → field → column. */
export function parseMapSpec(entity: ImportEntity, spec: string): Mapping {
  const fields = new Set<string>(entityFields[entity]);
  const mapping: Mapping = {};
  for (const part of spec.split(/[,\n]/)) {
    const pair = part.trim();
    if (!pair || pair.startsWith('#')) continue;
    const at = pair.lastIndexOf('=');
    if (at < 1) throw new UsageError(`--map: "${pair}" is not "Column=field".`);
    const left = pair.slice(0, at).trim();
    const right = pair.slice(at + 1).trim();
    if (fields.has(right)) mapping[right] = left;
    else if (fields.has(left)) mapping[left] = right;
    else throw new UsageError(`--map: "${right}" is not a field of ${entity} (${[...fields].join(', ')}).`);
  }
  return mapping;
}

function mappingFile(entity: ImportEntity, file: string): Mapping {
  if (!fs.existsSync(file)) throw new UsageError(`There is no mapping file "${file}".`);
  const text = fs.readFileSync(file, 'utf8');
  if (text.trim().startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      return parseMapSpec(
        entity,
        Object.entries(parsed)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(','),
      );
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`The mapping file "${file}" is not valid JSON.`);
    }
  }
  return parseMapSpec(entity, text);
}

const help = { help: { type: 'boolean', short: 'h' } } as const;

export const importCommand: PeopleCommand = {
  usage: importUsage,
  positionals: { min: 2, max: 2 },
  options: {
    ...help,
    source: { type: 'string' },
    mode: { type: 'string', default: 'all' },
    'dry-run': { type: 'boolean', default: false },
    group: { type: 'string' },
    map: { type: 'string' },
    'map-file': { type: 'string' },
    encoding: { type: 'string' },
    'stage-map': { type: 'string' },
    'owner-map': { type: 'string' },
    'date-format': { type: 'string' },
    currency: { type: 'string' },
    lines: { type: 'string' },
  },
  run: async (values, config, [entity, file]) => {
    if (!importEntities.includes(entity as ImportEntity))
      throw new UsageError(`<entity> must be one of ${importEntities.join(', ')}, not "${String(entity)}".`);
    const e = entity as ImportEntity;
    if (!file || !fs.existsSync(file)) throw new UsageError(`There is no file "${String(file)}".`);
    if (values.source !== undefined && !importSources.includes(values.source as ImportSource))
      throw new UsageError(`--source must be one of ${importSources.join(', ')}.`);
    if (values.mode !== 'all' && values.mode !== 'good') throw new UsageError('--mode must be all or good.');
    const currency = typeof values.currency === 'string' ? values.currency.toUpperCase() : undefined;
    if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) throw new UsageError('--currency must be a three-letter code such as SEK.');
    const dateFormat = values['date-format'];
    if (dateFormat !== undefined && !dateFormats.includes(dateFormat as DateFormat))
      throw new UsageError('--date-format must be iso, dmy or mdy.');
    const str = (k: string) => (typeof values[k] === 'string' ? values[k] : undefined);
    if (str('lines') !== undefined && e !== 'orders')
      throw new UsageError('--lines is for orders: korsa import orders ORDERS.csv --lines LINES.csv');
    if (str('lines') !== undefined && !fs.existsSync(str('lines')!)) throw new UsageError(`There is no file "${str('lines')!}".`);
    const fromFile = str('map-file') ? mappingFile(e, str('map-file')!) : undefined;
    const fromFlag = str('map') ? parseMapSpec(e, str('map')!) : undefined;
    const mapping = fromFile || fromFlag ? { ...fromFile, ...fromFlag } : undefined;
    const database = await openDatabase(config);
    try {
      await database.migrate();
      const ctx: AppContext = {
        db: database.db,
        dbKind: database.kind,
        config,
        clock: systemClock,
        log: pino({ level: 'silent' }),
        mailer: null,
      };
      await failAbandonedImports(ctx);
      return await importFromCli(ctx, database, {
        entity: e,
        file,
        source: values.source as ImportSource | undefined,
        mode: values.mode,
        dryRun: values['dry-run'] === true,
        group: str('group'),
        stageMap: str('stage-map'),
        ownerMap: str('owner-map'),
        dateFormat: dateFormat as DateFormat | undefined,
        currency,
        encoding: str('encoding'),
        mapping,
        lines: str('lines'),
      });
    } catch (err) {
      if (err instanceof AppError) {
        console.error(err.message);
        return 1;
      }
      throw err;
    } finally {
      await database.close();
    }
  },
};

/** Run an import from the terminal with a progress bar (bytes read of the file). */
export async function importFromCli(ctx: AppContext, database: Database, args: ImportArgs): Promise<number> {
  const size = fs.statSync(args.lines ?? args.file).size;
  const stream = fs.createReadStream(args.lines ?? args.file);
  // an order file with a lines file: one file of order lines (held in memory)
  const joined = args.lines
    ? await joinOrderFiles(fs.readFileSync(args.file), fs.readFileSync(args.lines), { encoding: args.encoding })
    : null;
  // a first pass (the file's date format) reads it again
  let first = true;
  const open = () => {
    if (joined) return Readable.from([joined]);
    if (first) {
      first = false;
      return stream;
    }
    return fs.createReadStream(args.file);
  };
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar(
        { format: 'Importing {bar} {percentage}% | {rows} rows', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(size, 0, { rows: 0 });
  const started = Date.now();
  let run;
  let reported = 0;
  try {
    run = await runImport(
      { ...ctx, db: database.db },
      {
        entity: args.entity,
        source: args.source,
        mode: args.mode,
        dryRun: args.dryRun,
        fileName: args.lines ? `${path.basename(args.file)} + ${path.basename(args.lines)}` : path.basename(args.file),
        salesGroup: args.group,
        stageMap: args.stageMap,
        ownerMap: args.ownerMap,
        dateFormat: args.dateFormat,
        currency: args.currency,
        encoding: joined ? 'utf-8' : args.encoding,
        mapping: args.mapping,
        actor: null,
      },
      open,
      (p) => {
        if (bar) bar.update(stream.bytesRead, { rows: p.processedRows });
        else if (p.processedRows >= reported + 20_000) {
          reported = p.processedRows;
          console.error(`… ${p.processedRows} rows`);
        }
      },
    );
  } finally {
    bar?.stop();
    stream.destroy();
  }
  const seconds = (Date.now() - started) / 1000;
  const verb = run.dryRun ? 'Checked' : 'Imported';
  console.log(
    `${verb} ${run.totalRows} rows of ${args.entity} (${run.encoding}) in ${seconds.toFixed(1)} s (${Math.round(run.totalRows / Math.max(seconds, 0.001))} rows/s): ` +
      `${args.entity === 'orders' ? 'orders: ' : ''}${run.createdRows} created, ${run.updatedRows} updated${run.lines !== null ? ` (${run.lines} lines)` : ''}, ` +
      `${args.entity === 'orders' ? 'rows: ' : ''}${run.failedRows} with errors${run.skippedRows ? `, ${run.skippedRows} with nothing to import` : ''} — ${run.status}.`,
  );
  if (run.unusedColumns.length) console.log(`Columns not imported (no field reads them): ${run.unusedColumns.join(', ')}`);
  if (run.dryRun) console.log('Dry run: nothing was written.');
  const reportRows = await importErrors({ ...ctx, db: database.db }, run.id, 1, 0);
  if (reportRows.length > 0) {
    const report = path.resolve(`korsa-import-${run.id.slice(0, 8)}-errors.csv`);
    const csv = await importErrorReport({ ...ctx, db: database.db }, run.id);
    fs.writeFileSync(report, csv);
    const lines = csv.trim().split('\n').slice(1, 11);
    console.log(`Rows to look at (first ${lines.length}; all in ${report}):`);
    for (const l of lines) console.log(`  ${l.length > 300 ? `${l.slice(0, 300)}…` : l}`);
    if (run.status === 'failed' && args.mode === 'all' && !run.dryRun)
      console.log('Nothing was imported (mode all). Fix the rows, or use --mode good to import the good rows.');
  }
  const nothingImportable = run.totalRows > 0 && run.failedRows >= run.totalRows - run.skippedRows;
  return run.status === 'failed' || (run.dryRun && nothingImportable) ? 1 : 0;
}
