/**
 * The bench dataset opened the way `korsa serve` opens it (server/db/open.ts: the pool, the PGlite
 * data directory and its lock), with a recorder of the SQL a request issues, so that the same
 * statements can be replayed straight on the database:
 * - PostgreSQL: every pooled connection's `query` is wrapped, so each statement is recorded with its
 *   connection, its transaction and when it started and ended — the replay keeps the app's concurrency
 *   (queries the app ran side by side on several connections run side by side again);
 * - PGlite (one connection, everything in turn): Drizzle's logger records the statements in order.
 */
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Logger } from 'drizzle-orm/logger';
import type pg from 'pg';
import { loadConfig, type Config } from '../../server/config';
import type { Database, Db } from '../../server/db/client';
import { openDatabase } from '../../server/db/open';
import * as schema from '../../server/db/schema';
import type { DatasetLocation } from '../large/dataset';

export interface Statement {
  text: string;
  params: unknown[];
  rowMode?: 'array';
}

/** Statements that ran as one: a transaction on one connection, or a single statement from the pool. */
export interface ReplayUnit {
  statements: Statement[];
  inTransaction: boolean;
  /** Units (by index) that had finished before this one started. */
  after: number[];
}

export type Replay = ReplayUnit[];

/** How a replay reaches the database: the app's pg pool, or PGlite's one connection. */
export type RawClient = { kind: 'postgres'; pool: pg.Pool } | { kind: 'pglite'; pglite: PGlite };

export interface Recorder {
  capture<T>(work: () => Promise<T>): Promise<{ result: T; replay: Replay }>;
}

const transactionStart = /^\s*begin\b/i;
const transactionEnd = /^\s*(commit|rollback)\b/i;
/** The auth hook's session look-up and touch: every request pays them, but they are not the view. */
const authQuery = /\b(from|update)\s+"sessions"/i;

interface Recorded extends Statement {
  connection: number;
  transaction: number | null;
  start: number;
  end: number;
}

type QueryFn = (...args: unknown[]) => unknown;

/** Records what each pooled PostgreSQL connection runs while `capture` is on. */
class PgRecorder implements Recorder {
  private recording: Recorded[] | null = null;
  private connections = 0;
  private transactions = 0;

  instrument(client: pg.Client): void {
    const connection = ++this.connections;
    let transaction: number | null = null;
    const original = client.query.bind(client) as QueryFn;
    const wrapped: QueryFn = (...args) => {
      const [first, second] = args;
      const config =
        typeof first === 'string' ? { text: first } : (first as { text?: string; values?: unknown[]; rowMode?: string } | undefined);
      const text = config?.text;
      if (!this.recording || typeof text !== 'string') return original(...args);
      if (transactionStart.test(text)) transaction = ++this.transactions;
      const entry: Recorded = {
        text,
        params: [...(Array.isArray(second) ? (second as unknown[]) : (config?.values ?? []))],
        ...(config?.rowMode === 'array' ? { rowMode: 'array' as const } : {}),
        connection,
        transaction,
        start: performance.now(),
        end: Number.POSITIVE_INFINITY,
      };
      if (transactionEnd.test(text)) transaction = null;
      this.recording.push(entry);
      const callback = args.findIndex((a) => typeof a === 'function');
      if (callback >= 0) {
        const cb = args[callback] as QueryFn;
        args[callback] = (...res: unknown[]) => {
          entry.end = performance.now();
          return cb(...res);
        };
        return original(...args);
      }
      const result = original(...args);
      if (result instanceof Promise) void result.finally(() => (entry.end = performance.now())).catch(() => undefined);
      return result;
    };
    client.query = wrapped as typeof client.query;
  }

  async capture<T>(work: () => Promise<T>): Promise<{ result: T; replay: Replay }> {
    const recorded: Recorded[] = [];
    this.recording = recorded;
    try {
      const result = await work();
      return { result, replay: unitsOf(recorded) };
    } finally {
      this.recording = null;
    }
  }
}

/** Groups statements into units (transactions, single statements) with what each had to wait for. */
function unitsOf(recorded: Recorded[]): Replay {
  const groups = new Map<string, Recorded[]>();
  recorded.forEach((r, i) => {
    const key = r.transaction === null ? `s${i}` : `t${r.transaction}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  });
  const units = [...groups.values()]
    .filter((g) => !g.some((r) => authQuery.test(r.text)))
    .map((g) => ({ g, start: g[0]!.start, end: Math.max(...g.map((r) => r.end)) }))
    .sort((a, b) => a.start - b.start);
  return units.map((u, i) => ({
    statements: u.g.map(({ text, params, rowMode }) => ({ text, params, ...(rowMode ? { rowMode } : {}) })),
    inTransaction: u.g[0]!.transaction !== null,
    after: units.flatMap((v, j) => (j < i && v.end <= u.start ? [j] : [])),
  }));
}

/** Records the statements Drizzle sends while `capture` runs; PGlite runs them in turn anyway. */
class LoggerRecorder implements Recorder, Logger {
  private recording: Statement[] | null = null;

  logQuery(text: string, params: unknown[]): void {
    this.recording?.push({ text, params: [...params] });
  }

  async capture<T>(work: () => Promise<T>): Promise<{ result: T; replay: Replay }> {
    const recorded: Statement[] = [];
    this.recording = recorded;
    try {
      const result = await work();
      const statements = recorded.filter((s) => !authQuery.test(s.text) && !transactionStart.test(s.text) && !transactionEnd.test(s.text));
      // one transaction, so that `set_config(…, true)` holds for what follows, as in the view's own transaction
      return { result, replay: [{ statements, inTransaction: true, after: [] }] };
    } finally {
      this.recording = null;
    }
  }
}

export interface BenchDatabase {
  database: Database;
  config: Config;
  recorder: Recorder;
  raw: RawClient;
}

/** The environment `korsa serve` would get for this dataset (also used for the cold-start child). */
export function serveEnv(where: DatasetLocation): Record<string, string> {
  return where.db === 'postgres' ? { DATABASE_URL: where.url } : { KORSA_DATA_DIR: where.dataDir };
}

export async function openBenchDatabase(where: DatasetLocation): Promise<BenchDatabase> {
  const config = loadConfig({ ...serveEnv(where), LOG_LEVEL: 'silent' });
  const opened = await openDatabase(config);
  const client = (opened.db as unknown as { $client: pg.Pool | PGlite }).$client;
  if (opened.kind === 'postgres') {
    const pool = client as pg.Pool;
    const recorder = new PgRecorder();
    pool.on('connect', (c) => recorder.instrument(c));
    return { database: opened, config, recorder, raw: { kind: 'postgres', pool } };
  }
  const pglite = client as PGlite;
  const recorder = new LoggerRecorder();
  const db = drizzlePglite({ client: pglite, schema, logger: recorder }) as unknown as Db;
  return { database: { ...opened, db }, config, recorder, raw: { kind: 'pglite', pglite } };
}
