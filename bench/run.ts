/**
 * Korsa's benchmarks: `npm run bench -- <scenario> [options] [--json]`.
 * Prints a table, or with --json one JSON document with the machine description and one object per scenario.
 * See bench/README.md for the scenarios and their options.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compareRuns } from './http/compare';
import { explainViews } from './http/explain';
import { benchHttp, type HttpBenchOptions } from './http/index';
import { benchImportDeals } from './import-deals';
import { benchImport } from './import-throughput';
import { benchIngest } from './ingest';
import { ensureDataset, generate, type DbKind } from './large/dataset';
import { isBenchSize, type BenchSize } from './large/sizes';
import { benchFuzz } from './fuzz';
import { benchHealth } from './health';
import { benchLeadTuning } from './lead-tuning';
import { describeMachine } from './machine';
import { benchSuggestions } from './suggestions';
import { benchWinProbability } from './win-probability';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string', default: 'pglite' },
    rows: { type: 'string', default: '1000000' },
    deals: { type: 'string', default: '20000' },
    accounts: { type: 'string', default: '5000' },
    size: { type: 'string', default: 'medium' },
    seed: { type: 'string', default: '1' },
    fresh: { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,16' },
    only: { type: 'string' },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    csv: { type: 'string' },
    customer: { type: 'string' },
    product: { type: 'string' },
    segment: { type: 'string' },
    where: { type: 'string' },
    datasets: { type: 'string' },
    requests: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '10' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const db: DbKind = values.db === 'pglite' || values.db === 'postgres' ? values.db : fail('--db must be pglite or postgres');
const size: BenchSize = isBenchSize(values.size) ? values.size : fail('--size must be tiny, medium, large or xl');
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed)) fail('--seed must be an integer');
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const datasets = values.datasets ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets');
const log = (line: string) => (values.json ? console.error(line) : console.log(line));

const scenarios: Record<string, () => Promise<{ db?: string; results: object[]; report?: string }>> = {
  import: async () => {
    // activities against COPY; deals (Maven's file and a generated one) through the one write path
    const only = values.only?.split(',');
    const results: object[] = [];
    if (!only || only.includes('activities'))
      results.push(await benchImport({ db, rows: Number(values.rows), accounts: Number(values.accounts), postgresUrl }));
    results.push(...(await benchImportDeals({ db, postgresUrl, datasets, rows: Number(values.deals), accounts: 2000, only, log })));
    return { results };
  },
  'win-probability': async () =>
    benchWinProbability({
      datasets,
      size: process.argv.some((a) => a.startsWith('--size')) ? size : 'large',
      seed,
      only: values.only?.split(','),
      log,
    }),
  suggestions: async () =>
    benchSuggestions({
      datasets,
      csv: values.csv
        ? {
            file: values.csv,
            customer: values.customer ?? fail('--csv needs --customer COLUMN'),
            product: values.product ?? fail('--csv needs --product COLUMN'),
            segment: values.segment,
            where: values.where,
          }
        : undefined,
      only: values.only?.split(','),
      size: process.argv.some((a) => a.startsWith('--size')) ? size : 'large',
      seed,
      log,
    }),
  generate: async () => {
    const options = { db, size, seed, fresh: true, postgresUrl, verify: values.verify, log };
    const info = values.fresh ? await generate(options) : (await ensureDataset({ ...options, fresh: false })).info;
    return { results: [{ scenario: 'generate', db, ...info }] };
  },
  http: async () => benchHttp(httpOptions()),
  explain: async () => explainViews(httpOptions()),
  health: async () =>
    benchHealth({ seed, size: values.size === 'tiny' ? 'small' : 'medium', log }),
  'lead-tuning': async () => benchLeadTuning({ seed, size: values.size === 'tiny' ? 'small' : 'medium', log }),
  ingest: async () =>
    benchIngest({
      postgresUrl,
      durationSeconds: Number(values.duration),
      connections: values.connections.split(',').map(Number),
      batch: Number(values.batch),
      log,
    }),
  compare: async () => compareRuns(positionals.slice(1)),
  fuzz: async () => benchFuzz({ requests: Number(values.requests), seed, db, log }),
};

function httpOptions(): HttpBenchOptions {
  return {
    db,
    size,
    seed,
    fresh: values.fresh,
    postgresUrl,
    durationSeconds: Number(values.duration),
    connections: values.connections.split(',').map(Number),
    only: values.only?.split(','),
    browser: values.browser && !values['no-browser'],
    log,
  };
}

const scenario = positionals[0] ?? 'import';
const run = scenarios[scenario];
if (!run) fail(`Unknown scenario "${scenario}". Scenarios: ${Object.keys(scenarios).join(', ')}`);
const { db: dbVersion, results, report } = await run();
const machine = describeMachine(dbVersion);
if (values.json) console.log(JSON.stringify({ date: machine.date, machine, results }, null, 2));
else if (report) console.log(`\n${JSON.stringify(machine)}\n\n${report}`);
else console.table(results);
process.exit(0);
