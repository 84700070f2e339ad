/**
 * The bench datasets: `korsa_bench_<size>` on PostgreSQL, `bench/.data/pglite-<size>` on PGlite.
 * Generated once and kept (with what they hold recorded beside them), so repeated bench runs reuse
 * them; `--fresh` drops and regenerates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sql as dsql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../../server/db/client';
import { rebuildReadModels } from '../../server/modules/read-models/service';
import { demoPassword } from '../../server/demo/catalogue';
import { hashPassword } from '../../server/platform/passwords';
import { GLOBAL_PROCESS, planChunks } from './chunks';
import { pgliteSink, pgliteSql, postgresSink, postgresSql, TableBuffers, type CopySink, type Sql } from './copy-sink';
import { organisationRows, planOrganisation } from './organisation';
import { sizeSpecs, type BenchSize } from './sizes';
import { bulkTables, staticTables, type TableName } from './tables';

export type DbKind = 'postgres' | 'pglite';

export interface DatasetOptions {
  db: DbKind;
  size: BenchSize;
  seed: number;
  fresh: boolean;
  postgresUrl: string;
  /** Check every foreign key after the load (slow on large). */
  verify?: boolean;
  log?: (line: string) => void;
}

/** Where a dataset lives: a PostgreSQL URL, or a KORSA_DATA_DIR whose `pglite/` holds PGlite's files. */
export type DatasetLocation = { db: 'postgres'; url: string; name: string } | { db: 'pglite'; dataDir: string };

export interface DatasetInfo {
  seed: number;
  size: BenchSize;
  today: string;
  generatedAt: string;
  rows: Partial<Record<TableName, number>>;
  seconds: {
    plan_and_copy: number;
    indexes: number;
    vacuum_analyze: number;
    read_models?: number;
    total: number;
    read_model?: Record<string, number>;
  };
}

export const benchDataRoot = fileURLToPath(new URL('../.data', import.meta.url));

export function locationOf(o: Pick<DatasetOptions, 'db' | 'size' | 'postgresUrl'>): DatasetLocation {
  if (o.db === 'pglite') return { db: 'pglite', dataDir: path.join(benchDataRoot, `pglite-${o.size}`) };
  const url = new URL(o.postgresUrl);
  // BENCH_DATABASE_PREFIX lets several checkouts on one server keep their own datasets (default korsa_bench)
  const name = `${process.env.BENCH_DATABASE_PREFIX ?? 'korsa_bench'}_${o.size}`;
  url.pathname = `/${name}`;
  return { db: 'postgres', url: url.toString(), name };
}

async function withAdmin<T>(postgresUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** What the dataset holds, or null when it is missing or its generation did not finish. */
export async function readInfo(o: Pick<DatasetOptions, 'db' | 'size' | 'postgresUrl'>): Promise<DatasetInfo | null> {
  const where = locationOf(o);
  if (where.db === 'pglite') {
    const file = path.join(where.dataDir, 'bench.json');
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetInfo) : null;
  }
  const rows = await withAdmin(
    o.postgresUrl,
    async (c) =>
      (
        await c.query<{ info: string | null }>('select shobj_description(oid, $2) as info from pg_database where datname = $1', [
          where.name,
          'pg_database',
        ])
      ).rows,
  );
  const info = rows[0]?.info;
  return info ? (JSON.parse(info) as DatasetInfo) : null;
}

async function recordInfo(where: DatasetLocation, postgresUrl: string, info: DatasetInfo): Promise<void> {
  if (where.db === 'pglite') return fs.writeFileSync(path.join(where.dataDir, 'bench.json'), `${JSON.stringify(info, null, 2)}\n`);
  await withAdmin(postgresUrl, (c) => c.query(`comment on database ${where.name} is ${pg.escapeLiteral(JSON.stringify(info))}`));
}

/** A fresh, migrated, empty database at the location. */
async function recreate(where: DatasetLocation, postgresUrl: string): Promise<void> {
  if (where.db === 'pglite') {
    fs.rmSync(where.dataDir, { recursive: true, force: true });
    fs.mkdirSync(where.dataDir, { recursive: true });
    const database = await openPglite(path.join(where.dataDir, 'pglite'));
    await database.migrate();
    await database.close();
    return;
  }
  await withAdmin(postgresUrl, async (c) => {
    await c.query(`drop database if exists ${where.name} with (force)`);
    await c.query(`create database ${where.name}`);
  });
  const database = await openPostgres(where.url, 2);
  await database.migrate();
  await database.close();
}

interface SecondaryIndex {
  name: string;
  def: string;
}

/** Indexes that no constraint owns, on the bulk tables: dropped for the load, rebuilt after. */
async function dropSecondaryIndexes(sql: Sql): Promise<SecondaryIndex[]> {
  const indexes = await sql.query<SecondaryIndex>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
     where t.relname = any($1) and t.relnamespace = 'public'::regnamespace
       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
     order by t.relname, c.relname`,
    [[...bulkTables]],
  );
  for (const ix of indexes) await sql.exec(`drop index ${pg.escapeIdentifier(ix.name)}`);
  return indexes;
}

async function loadRows(
  sink: CopySink,
  input: { seed: number; size: BenchSize; today: Date; stageIds: Map<string, string> },
  log: (s: string) => void,
) {
  const spec = sizeSpecs[input.size];
  const org = planOrganisation(input.seed, spec);
  const passwordHash = await hashPassword(demoPassword); // hashed once, shared by every bench user
  const buffers = new TableBuffers(sink);
  const small = organisationRows(org, input.seed, passwordHash, input.today);
  for (const table of staticTables) await buffers.add(table, small[table] ?? []);
  const chunks = Math.ceil(spec.accounts / spec.chunk);
  const started = performance.now();
  let done = 0;
  for (const rows of planChunks({ seed: input.seed, size: spec, today: input.today, org, stageIds: input.stageIds })) {
    for (const table of bulkTables) await buffers.add(table, rows[table] ?? []);
    done++;
    if (done % Math.max(1, Math.round(chunks / 10)) === 0 || done === chunks) {
      log(
        `  ${done}/${chunks} chunks, ${(buffers.counts.get('activities') ?? 0).toLocaleString('en')} activities, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  }
  await buffers.finish();
  return Object.fromEntries(buffers.counts) as Partial<Record<TableName, number>>;
}

/** Every foreign key of the bulk tables holds (the load ran with their triggers off). */
export async function verifyForeignKeys(sql: Sql): Promise<void> {
  const fks = await sql.query<{ child: string; parent: string; cols: string[]; refs: string[] }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
            array(select attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as cols,
            array(select attname::text from unnest(c.confkey) k join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k) as refs
     from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text = any($1)`,
    [[...bulkTables, 'users', 'markets', 'sales_groups', 'products', 'targets']],
  );
  for (const fk of fks) {
    const on = fk.cols.map((col, i) => `p.${fk.refs[i]} = c.${col}`).join(' and ');
    const notNull = fk.cols.map((col) => `c.${col} is not null`).join(' and ');
    const [row] = await sql.query<{ n: number }>(
      `select count(*)::int as n from ${fk.child} c where ${notNull} and not exists (select 1 from ${fk.parent} p where ${on})`,
    );
    if (row && row.n > 0) throw new Error(`${row.n} rows of ${fk.child} (${fk.cols.join(', ')}) point at no ${fk.parent}`);
  }
}

const noon = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12));
const seconds = (fromMs: number) => +((performance.now() - fromMs) / 1000).toFixed(1);

async function openLoad(where: DatasetLocation): Promise<{ sql: Sql; sink: CopySink; close: () => Promise<void> }> {
  if (where.db === 'pglite') {
    const database = await openPglite(path.join(where.dataDir, 'pglite'));
    const client = (database.db as unknown as { $client: PGlite }).$client;
    return { sql: pgliteSql(client), sink: pgliteSink(client), close: () => database.close() };
  }
  const client = new pg.Client({ connectionString: where.url });
  await client.connect();
  return { sql: postgresSql(client), sink: postgresSink(where.url), close: () => client.end() };
}

/** Generate the dataset from scratch: plan and COPY, rebuild the indexes, VACUUM ANALYZE. */
export async function generate(o: DatasetOptions): Promise<DatasetInfo> {
  const log = o.log ?? (() => undefined);
  const where = locationOf(o);
  const today = noon(new Date());
  const t0 = performance.now();
  log(`Generating ${o.size} (seed ${o.seed}) on ${o.db}${where.db === 'postgres' ? ` (${where.name})` : ` (${where.dataDir})`}`);
  await recreate(where, o.postgresUrl);
  const { sql, sink, close } = await openLoad(where);
  try {
    if (where.db === 'postgres') await sql.exec("set maintenance_work_mem = '512MB'");
    const stages = await sql.query<{ key: string; id: string }>('select key, id from stages where process_id = $1', [GLOBAL_PROCESS]);
    const indexes = await dropSecondaryIndexes(sql);
    const tCopy = performance.now();
    const rows = await loadRows(sink, { seed: o.seed, size: o.size, today, stageIds: new Map(stages.map((s) => [s.key, s.id])) }, log);
    await sink.close();
    const copySeconds = seconds(tCopy);
    log(`  planned and copied in ${copySeconds} s; rebuilding ${indexes.length} indexes`);
    const tIndex = performance.now();
    for (const ix of indexes) await sql.exec(ix.def);
    const indexSeconds = seconds(tIndex);
    log(`  indexes in ${indexSeconds} s; vacuum analyze`);
    const tVacuum = performance.now();
    await sql.exec('vacuum analyze');
    const vacuumSeconds = seconds(tVacuum);
    if (o.verify) {
      log('  verifying foreign keys');
      await verifyForeignKeys(sql);
    }
    await close();
    // COPY bypassed the read models' triggers: build them from the loaded rows, as `korsa rebuild-read-models` does
    log('  rebuilding the read models');
    const tModels = performance.now();
    let models: Record<string, number> = {};
    const database = where.db === 'pglite' ? await openPglite(path.join(where.dataDir, 'pglite')) : await openPostgres(where.url, 2);
    try {
      models = (await rebuildReadModels(database.db)).models;
      await database.db.execute(dsql`vacuum analyze rm_volume, rm_pipeline, rm_closed, rm_outcomes, rm_won_cycles, opportunities`);
    } finally {
      await database.close();
    }
    const modelSeconds = seconds(tModels);
    log(
      `  read models in ${modelSeconds} s (${Object.entries(models)
        .map(([name, s]) => `${name} ${s} s`)
        .join(', ')})`,
    );
    const info: DatasetInfo = {
      seed: o.seed,
      size: o.size,
      today: today.toISOString().slice(0, 10),
      generatedAt: new Date().toISOString(),
      rows,
      seconds: {
        plan_and_copy: copySeconds,
        indexes: indexSeconds,
        vacuum_analyze: vacuumSeconds,
        read_models: modelSeconds,
        read_model: models,
        total: seconds(t0),
      },
    };
    await recordInfo(where, o.postgresUrl, info);
    log(`  done in ${info.seconds.total} s`);
    return info;
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}

/** The dataset as it is, or generated when missing, incomplete, of another seed, or `fresh` is asked for. */
export async function ensureDataset(o: DatasetOptions): Promise<{ location: DatasetLocation; info: DatasetInfo; generated: boolean }> {
  const existing = o.fresh ? null : await readInfo(o);
  if (existing && existing.seed === o.seed) return { location: locationOf(o), info: existing, generated: false };
  return { location: locationOf(o), info: await generate(o), generated: true };
}
