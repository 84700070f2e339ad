import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

/** A database handle or a transaction: both run queries the same way. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  /**
   * LISTEN on a channel; payloads of `pg_notify(channel, …)` arrive after their transaction commits.
   * Resolves to unlisten. `onLost` is called if the listening connection drops (then listen again).
   */
  listen(channel: string, onPayload: (payload: string) => void, onLost?: (err: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /**
   * PostgreSQL only: take a session advisory lock on a connection of its own and hold it until
   * released — resolves to the release, or null when another session holds it. `onLost`: the
   * connection dropped, and the lock with it. (PGlite has one process per data directory: no need.)
   */
  tryLock?(key: number, onLost: (err: unknown) => void): Promise<(() => Promise<void>) | null>;
  /**
   * PGlite only: the data directory as a gzipped tar, consistent (taken after a CHECKPOINT, between
   * two statements) while the database is in use — `korsa backup` and `GET /api/backup`.
   */
  dumpDataDir?(): Promise<Blob>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// int8 (count(*), sums of bigint) as JS numbers on `pg`, as PGlite already returns them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** Embedded PostgreSQL (WASM). `dataDir` undefined = in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const client = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
    },
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
    dumpDataDir: async () => {
      await client.exec('CHECKPOINT');
      return client.dumpDataDir('gzip');
    },
  };
}

/** Advisory-lock key so that several instances starting together migrate one at a time. */
const MIGRATION_LOCK = 7_248_113;

/**
 * A `pg` pool and its Drizzle handle. Korsa's queries are short: PostgreSQL's JIT compiles them on every
 * request for longer than they run (the give-to-get ledger: 0.9 s with it, 0.3 s without —
 * bench/FINDINGS.md #1); and sorts of a few hundred thousand rows stay in memory instead of spilling
 * to disk (FINDINGS B). Connections say `application_name=korsa` in pg_stat_activity.
 */
export function openPool(url: string, poolSize: number, extra: pg.PoolConfig = {}): { pool: pg.Pool; db: Db } {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    application_name: 'korsa',
    ...extra,
    options: '-c jit=off -c work_mem=16MB',
    // queries started together on one connection (a transaction's `Promise.all`) go out together instead
    // of queueing behind each other, which pg 9 will no longer allow
    pipeline: true,
  });
  pool.on('error', () => undefined); // idle-client errors are surfaced on the next query
  return { pool, db: drizzlePg({ client: pool, schema }) };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const { pool, db } = openPool(url, poolSize);
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    listen: async (channel, onPayload, onLost) => {
      // a connection of its own: pooled connections are handed to other queries between uses
      const client = new pg.Client({ connectionString: url });
      let ended = false;
      const lost = (err: unknown) => {
        if (ended) return;
        ended = true;
        void client.end().catch(() => undefined);
        onLost?.(err);
      };
      client.on('error', lost);
      client.on('end', () => lost(new Error('the LISTEN connection ended')));
      client.on('notification', (message) => {
        if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
      });
      try {
        await client.connect();
        await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      } catch (err) {
        ended = true;
        await client.end().catch(() => undefined);
        throw err;
      }
      return async () => {
        ended = true;
        await client.end().catch(() => undefined);
      };
    },
    tryLock: async (key, onLost) => {
      const client = new pg.Client({ connectionString: url, application_name: 'korsa', keepAlive: true });
      let ended = false;
      const end = async () => {
        ended = true;
        await client.end().catch(() => undefined);
      };
      const lost = (err: unknown) => {
        if (ended) return;
        void end();
        onLost(err);
      };
      client.on('error', lost);
      client.on('end', () => lost(new Error('the lock connection ended')));
      try {
        await client.connect();
        const got = (await client.query<{ got: boolean }>('select pg_try_advisory_lock($1) as got', [key])).rows[0]?.got;
        if (got) return end;
      } catch (err) {
        await end();
        throw err;
      }
      await end();
      return null;
    },
    close: () => pool.end(),
  };
}

/** Raw `sql` results differ by driver in shape only; both carry `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** How many rows a raw insert, update or delete touched (node-postgres says `rowCount`, PGlite `affectedRows`). */
export function affectedRows(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
