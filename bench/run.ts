/**
 * Korsa's benchmarks: `npm run bench -- [scenario] [--db pglite|postgres] [--rows N] [--json]`.
 * Prints a table, or with --json one JSON document with the machine description and one object per scenario.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchImport } from './import-throughput';
import { evaluateSuggestions } from './suggestions';
import { evaluateMaven } from './win-probability';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string', default: 'pglite' },
    rows: { type: 'string', default: '1000000' },
    accounts: { type: 'string', default: '5000' },
    json: { type: 'boolean', default: false },
  },
});
const scenario = positionals[0] ?? 'import';
if (scenario !== 'import' && scenario !== 'win-probability' && scenario !== 'suggestions') {
  console.error(`Unknown scenario "${scenario}". Scenarios: import, win-probability, suggestions`);
  process.exit(2);
}
if (values.db !== 'pglite' && values.db !== 'postgres') {
  console.error('--db must be pglite or postgres');
  process.exit(2);
}
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const maven = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets', 'maven-crm');
const result =
  scenario === 'win-probability'
    ? evaluateMaven(maven)
    : scenario === 'suggestions'
      ? evaluateSuggestions(maven)
      : await benchImport({ db: values.db, rows: Number(values.rows), accounts: Number(values.accounts), postgresUrl });
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
if (values.json) console.log(JSON.stringify({ date: new Date().toISOString(), machine, results: [result].flat() }, null, 2));
else console.table([result].flat());
