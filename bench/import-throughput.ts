/**
 * Import throughput: N activities through Korsa's CSV import (validation, account lookup,
 * de-duplication, batched inserts) against PostgreSQL's own COPY of the same rows into the same table.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openPglite, openPostgres, rowsOf, type Database } from '../server/db/client';
import { loadConfig } from '../server/config';
import { runImport } from '../server/modules/imports/service';
import pino from 'pino';

export interface ImportBenchOptions {
  db: 'pglite' | 'postgres';
  rows: number;
  accounts: number;
  postgresUrl: string;
}

export async function freshDatabase(
  o: Pick<ImportBenchOptions, 'db' | 'postgresUrl'>,
): Promise<{ database: Database; drop: () => Promise<void>; url?: string }> {
  if (o.db === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-bench-'));
    const database = await openPglite(dir);
    await database.migrate();
    return { database, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `korsa_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: o.postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(o.postgresUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 4);
  await database.migrate();
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: o.postgresUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const types = ['Call', 'Meeting', 'Email', 'Note', 'Visit'];

/** The CSV a company would export: account name, type, subject, date, notes. */
async function writeCsv(file: string, rows: number, accountNames: string[]) {
  const start = Date.UTC(2023, 0, 1);
  async function* lines() {
    yield 'Account,Type,Subject,Date,Notes\n';
    let chunk = '';
    for (let i = 0; i < rows; i++) {
      const when = new Date(start + i * 60_000).toISOString();
      chunk += `${accountNames[i % accountNames.length]},${types[i % types.length]},Follow-up ${i},${when},"Notes, with a comma ${i}"\n`;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(Readable.from(lines()), fs.createWriteStream(file));
}

/** The same rows as COPY text (tab-separated), with account ids already resolved. */
function copyText(rows: number, accountIds: string[], from: number, to: number): string {
  const start = Date.UTC(2023, 0, 1);
  let out = '';
  for (let i = from; i < to; i++) {
    out += `${randomUUID()}\t${accountIds[i % accountIds.length]}\t${types[i % types.length]!.toLowerCase()}\tFollow-up ${i}\tNotes, with a comma ${i}\t${new Date(start + i * 60_000).toISOString()}\tcopy\tc${i}\n`;
  }
  return out;
}

async function seedAccounts(database: Database, n: number): Promise<{ names: string[]; ids: string[] }> {
  const names = Array.from({ length: n }, (_, i) => `Bench Customer ${String(i).padStart(5, '0')} AB`);
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1000) {
    const chunk = names.slice(i, i + 1000);
    const result = await database.db.execute(sql`insert into accounts (name) select unnest(${sql.param(chunk)}::text[]) returning id`);
    ids.push(...rowsOf<{ id: string }>(result).map((r) => r.id));
  }
  return { names, ids };
}

const columns = '(id, account_id, type, subject, body, occurred_at, source_system, source_id)';

async function copyRows(database: Database, url: string | undefined, rows: number, ids: string[]): Promise<number> {
  const started = performance.now();
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const stream = client.query(copyFrom(`COPY activities ${columns} FROM STDIN`));
    await pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < rows; i += 50_000) yield copyText(rows, ids, i, Math.min(rows, i + 50_000));
        })(),
      ),
      stream,
    );
    await client.end();
  } else {
    const pglite = (database.db as unknown as { $client: { query: (q: string, p: unknown[], o: unknown) => Promise<unknown> } }).$client;
    for (let i = 0; i < rows; i += 100_000) {
      const blob = new Blob([copyText(rows, ids, i, Math.min(rows, i + 100_000))]);
      await pglite.query(`COPY activities ${columns} FROM '/dev/blob'`, [], { blob });
    }
  }
  return performance.now() - started;
}

export async function benchImport(o: ImportBenchOptions) {
  const file = path.join(os.tmpdir(), `korsa-bench-activities-${o.rows}.csv`);
  const korsa = await freshDatabase(o);
  try {
    const { names } = await seedAccounts(korsa.database, o.accounts);
    await writeCsv(file, o.rows, names);
    const config = loadConfig({});
    const ctx = {
      db: korsa.database.db,
      dbKind: korsa.database.kind,
      config,
      clock: { now: () => new Date() },
      log: pino({ level: 'silent' }),
      mailer: null,
    };
    const started = performance.now();
    const run = await runImport(
      ctx,
      { entity: 'activities', mode: 'good', dryRun: false, fileName: 'bench.csv', actor: null },
      fs.createReadStream(file),
    );
    const importMs = performance.now() - started;
    if (run.createdRows !== o.rows) throw new Error(`imported ${run.createdRows} of ${o.rows} rows (${run.failedRows} failed)`);
    await korsa.drop();

    const baseline = await freshDatabase(o);
    const { ids } = await seedAccounts(baseline.database, o.accounts);
    const copyMs = await copyRows(baseline.database, baseline.url, o.rows, ids);
    await baseline.drop();
    const korsaRate = Math.round(o.rows / (importMs / 1000));
    const copyRate = Math.round(o.rows / (copyMs / 1000));
    return {
      scenario: 'import-activities',
      db: o.db,
      rows: o.rows,
      accounts: o.accounts,
      korsaSeconds: +(importMs / 1000).toFixed(2),
      korsaRowsPerSecond: korsaRate,
      copySeconds: +(copyMs / 1000).toFixed(2),
      copyRowsPerSecond: copyRate,
      ratioOfCopy: +(korsaRate / copyRate).toFixed(3),
    };
  } finally {
    fs.rmSync(file, { force: true });
  }
}
