/**
 * Import throughput of deals through the one write path (imports → opportunities module: process,
 * valuation, channel, holdings and account status, stage history, timeline): Maven's 8,800-deal
 * pipeline from ../shared/datasets and a generated file of N deals, as rows per second.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../server/config';
import type { Database } from '../server/db/client';
import { runImport, type ImportOptions } from '../server/modules/imports/service';
import { createSalesGroup } from '../server/modules/org/service';
import type { AppContext } from '../server/platform/context';
import { freshDatabase } from './import-throughput';

export interface DealBenchOptions {
  db: 'pglite' | 'postgres';
  postgresUrl: string;
  datasets: string;
  /** Deals in the generated file. */
  rows: number;
  accounts: number;
  only?: string[];
  log: (line: string) => void;
}

const contextOf = (database: Database): AppContext => ({
  db: database.db,
  dbKind: database.kind,
  config: loadConfig({}),
  clock: { now: () => new Date() },
  log: pino({ level: 'silent' }),
  mailer: null,
});

const options = (entity: ImportOptions['entity'], extra: Partial<ImportOptions> = {}): ImportOptions => ({
  entity,
  mode: 'all',
  dryRun: false,
  fileName: `${entity}.csv`,
  actor: null,
  ...extra,
});

/** Time one import of `entity` after `prepare` (accounts, products) on a fresh database. */
async function timed(
  o: DealBenchOptions,
  scenario: string,
  prepare: (ctx: AppContext) => Promise<void>,
  entity: ImportOptions['entity'],
  file: () => Buffer,
  extra: Partial<ImportOptions> = {},
) {
  const fresh = await freshDatabase(o);
  try {
    const ctx = contextOf(fresh.database);
    await createSalesGroup(ctx, null, { name: 'Hardware', description: '' });
    await prepare(ctx);
    const input = file();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const run = await runImport(ctx, options(entity, { mode: 'good', ...extra }), input);
    const seconds = (performance.now() - started) / 1000;
    // the machine may be shared: the CPU time of this process says more than the clock (PGlite runs in it)
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    o.log(`${scenario} (${o.db}): ${run.totalRows} rows in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU in Node)`);
    return {
      scenario,
      db: o.db,
      rows: run.totalRows,
      created: run.createdRows,
      failed: run.failedRows,
      seconds: +seconds.toFixed(2),
      rowsPerSecond: Math.round(run.totalRows / seconds),
      nodeCpuSeconds: +cpuSeconds.toFixed(2),
      rowsPerNodeCpuSecond: Math.round(run.totalRows / cpuSeconds),
    };
  } finally {
    await fresh.database.close();
    await fresh.drop();
  }
}

const stages = ['Won', 'Won', 'Won', 'Lost', 'Lost', 'Negotiation', 'Quote sent'];
const productNames = Array.from({ length: 12 }, (_, i) => `Bench Product ${String(i + 1).padStart(2, '0')}`);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Accounts, products and N deals over three years: a third won, with close dates out of order. */
function generated(rows: number, accounts: number) {
  const names = Array.from({ length: accounts }, (_, i) => `Generated Customer ${String(i).padStart(5, '0')} AB`);
  const start = Date.UTC(2023, 0, 1);
  let deals = 'Deal ID,Account,Stage,Amount,Created Date,Close Date,Product\n';
  for (let i = 0; i < rows; i++) {
    const created = start + ((i * 7919) % 1000) * 86_400_000;
    const close = created + (20 + (i % 90)) * 86_400_000;
    deals += `G-${i},${names[(i * 31) % accounts]},${stages[i % stages.length]},${1000 + (i % 50) * 100},${day(created)},${day(close)},${productNames[i % productNames.length]}\n`;
  }
  return {
    accounts: Buffer.from(`Name\n${names.join('\n')}\n`),
    products: Buffer.from(`Name\n${productNames.join('\n')}\n`),
    deals: Buffer.from(deals),
  };
}

export async function benchImportDeals(o: DealBenchOptions) {
  const results: object[] = [];
  const wanted = (name: string) => !o.only || o.only.includes(name);
  const maven = path.join(o.datasets, 'maven-crm');
  if (wanted('maven')) {
    if (!fs.existsSync(path.join(maven, 'sales_pipeline.csv'))) o.log(`Skipping the Maven deals: ${maven} is not there.`);
    else
      results.push(
        await timed(
          o,
          'import-deals-maven',
          async (ctx) => {
            await runImport(ctx, options('accounts'), fs.readFileSync(path.join(maven, 'accounts.csv')));
            await runImport(ctx, options('products', { salesGroup: 'Hardware' }), fs.readFileSync(path.join(maven, 'products.csv')));
          },
          'opportunities',
          () => fs.readFileSync(path.join(maven, 'sales_pipeline.csv')),
          { currency: 'USD' },
        ),
      );
  }
  if (wanted('generated')) {
    const g = generated(o.rows, o.accounts);
    results.push(
      await timed(
        o,
        'import-deals-generated',
        async (ctx) => {
          await runImport(ctx, options('accounts'), g.accounts);
          await runImport(ctx, options('products', { salesGroup: 'Hardware' }), g.products);
        },
        'opportunities',
        () => g.deals,
        { currency: 'EUR', dateFormat: 'iso' },
      ),
    );
  }
  return results;
}
