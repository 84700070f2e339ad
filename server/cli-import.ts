import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { importEntities, importSources, type ImportEntity, type ImportSource } from './domain/imports/layouts';
import type { Database } from './db/client';
import { importErrorReport, importErrors, runImport } from './modules/imports/service';
import type { AppContext } from './platform/context';

export const importUsage = `korsa import <entity> <file> [--source S] [--mode all|good] [--dry-run] [--group NAME]
                   [--stage-map "Their stage=korsa_stage,…"] [--currency XXX]

Import a CSV file of ${importEntities.join(', ')}.
  --source   ${importSources.join(', ')} (default: detected from the headers)
  --mode     all: one transaction, nothing is imported if any row is bad (default)
             good: import the good rows and report the bad ones
  --dry-run  check every row against the database, write nothing
  --group    sales group for product rows without one
  --stage-map  opportunities: map the file's stage names onto Korsa's stages (identified,
             quote_designed, pricing, quote_sent, negotiation, won, lost); Salesforce, HubSpot,
             Pipedrive and Maven stage names are known already
  --currency opportunities: currency for rows without one
Re-importing a file updates what it imported before; it never duplicates. Rows that cannot be
imported are listed in an error report (row, column, reason) written next to the current directory.`;

export interface ImportArgs {
  entity: ImportEntity;
  file: string;
  source?: ImportSource;
  mode: 'all' | 'good';
  dryRun: boolean;
  group?: string;
  stageMap?: string;
  currency?: string;
}

/** Run an import from the terminal with a progress bar (bytes read of the file). */
export async function importFromCli(ctx: AppContext, database: Database, args: ImportArgs): Promise<number> {
  const size = fs.statSync(args.file).size;
  const stream = fs.createReadStream(args.file);
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar(
        { format: 'Importing {bar} {percentage}% | {rows} rows', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(size, 0, { rows: 0 });
  const started = Date.now();
  const run = await runImport(
    { ...ctx, db: database.db },
    {
      entity: args.entity,
      source: args.source,
      mode: args.mode,
      dryRun: args.dryRun,
      fileName: path.basename(args.file),
      salesGroup: args.group,
      actor: null,
    },
    stream,
    (p) => bar?.update(stream.bytesRead, { rows: p.processedRows }),
  );
  bar?.update(size, { rows: run.totalRows });
  bar?.stop();
  const seconds = (Date.now() - started) / 1000;
  const verb = run.dryRun ? 'Checked' : 'Imported';
  console.log(
    `${verb} ${run.totalRows} rows of ${args.entity} in ${seconds.toFixed(1)} s (${Math.round(run.totalRows / Math.max(seconds, 0.001))} rows/s): ` +
      `${run.createdRows} created, ${run.updatedRows} updated, ${run.failedRows} with errors${run.skippedRows ? `, ${run.skippedRows} with nothing to import` : ''} — ${run.status}.`,
  );
  if (run.dryRun) console.log('Dry run: nothing was written.');
  const reportRows = await importErrors({ ...ctx, db: database.db }, run.id, 1, 0);
  if (reportRows.length > 0) {
    const report = path.resolve(`korsa-import-${run.id.slice(0, 8)}-errors.csv`);
    const csv = await importErrorReport({ ...ctx, db: database.db }, run.id);
    fs.writeFileSync(report, csv);
    const lines = csv.trim().split('\n').slice(1, 11);
    console.log(`Rows to look at (first ${lines.length}; all in ${report}):`);
    for (const l of lines) console.log(`  ${l}`);
    if (run.status === 'failed' && args.mode === 'all' && !run.dryRun)
      console.log('Nothing was imported (mode all). Fix the rows, or use --mode good to import the good rows.');
  }
  return run.status === 'failed' ? 1 : 0;
}
