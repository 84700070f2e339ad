/**
 * Korsa's benchmarks: `npm run bench -- <scenario> [options] [--json]`.
 * Prints a table, or with --json one JSON document with the machine description and one object per scenario.
 * See bench/README.md for the scenarios and their options.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { explainViews } from './http/explain';
import { benchHttp, type HttpBenchOptions } from './http/index';
import { benchImport } from './import-throughput';
import { ensureDataset, generate, type DbKind } from './large/dataset';
import { isBenchSize, type BenchSize } from './large/sizes';
import { describeMachine } from './machine';
import { evaluateSuggestions } from './suggestions';
import { evaluateMaven } from './win-probability';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string', default: 'pglite' },
    rows: { type: 'string', default: '1000000' },
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
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const db: DbKind = values.db === 'pglite' || values.db === 'postgres' ? values.db : fail('--db must be pglite or postgres');
const size: BenchSize = isBenchSize(values.size) ? values.size : fail('--size must be tiny, medium or large');
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed)) fail('--seed must be an integer');
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const maven = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets', 'maven-crm');
const log = (line: string) => (values.json ? console.error(line) : console.log(line));

const scenarios: Record<string, () => Promise<{ db?: string; results: object[]; report?: string }>> = {
  import: async () => ({ results: [await benchImport({ db, rows: Number(values.rows), accounts: Number(values.accounts), postgresUrl })] }),
  'win-probability': async () => ({ results: [evaluateMaven(maven)] }),
  suggestions: async () => ({ results: [evaluateSuggestions(maven)].flat() }),
  generate: async () => {
    const options = { db, size, seed, fresh: true, postgresUrl, verify: values.verify, log };
    const info = values.fresh ? await generate(options) : (await ensureDataset({ ...options, fresh: false })).info;
    return { results: [{ scenario: 'generate', db, ...info }] };
  },
  http: async () => benchHttp(httpOptions()),
  explain: async () => explainViews(httpOptions()),
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
