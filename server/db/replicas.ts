import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import { openPool, rowsOf, type Db } from './client';

/** A WAL position as PostgreSQL writes it ('16/B374D848'), as a number that compares; null if it is not one. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? '');
  return m ? (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`) : null;
}

export const formatLsn = (lsn: bigint): string =>
  `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;

export interface Replica {
  /** host:port/database, for logs (never the password). */
  name: string;
  db: Db;
  /** How many views this process has read on it. */
  reads: number;
}

/** The streaming replicas of the primary, checked every second; platform/reads.ts decides who reads where. */
export interface ReplicaSet {
  readonly replicas: readonly Replica[];
  /**
   * A replica that has replayed the WAL up to `need` (the position after a user's last write; null:
   * no write to wait for) and is not more than the allowed lag behind — in turn, so reads spread over
   * them. Null: read on the primary.
   */
  choose(need: bigint | null): Promise<Replica | null>;
  /** The primary's WAL position now: at or past the commit of every transaction that has returned. */
  primaryLsn(): Promise<bigint>;
  /** A query on the replica failed for the connection's sake: out of turn until its next check passes. */
  failed(replica: Replica, err: unknown): void;
  close(): Promise<void>;
}

interface State extends Replica {
  pool: pg.Pool;
  healthy: boolean;
  /** Whether its state has been logged yet (the first check logs either way). */
  told: boolean;
  /** How far it has replayed the primary's WAL (what its queries see). */
  replayed: bigint;
  checking: Promise<void> | null;
}

const CHECK_MS = 1_000;

/** What went wrong, from the driver's error under Drizzle's "Failed query". */
const reason = (err: unknown): string => {
  const e = err as { message?: string; cause?: unknown };
  return e.cause ? reason(e.cause) : (e.message ?? String(err));
};

const nameOf = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
};

/**
 * Open a pool per replica and check them every second: a replica serves reads while it answers, is in
 * recovery (a standby, not a promoted or unrelated server) and has replayed what the primary had
 * written `maxLagSeconds` ago.
 */
export async function openReplicas(
  primary: Db,
  urls: readonly string[],
  options: { poolSize: number; maxLagSeconds: number; log: FastifyBaseLogger },
): Promise<ReplicaSet> {
  const { log } = options;
  const states: State[] = urls.map((url) => {
    const { pool, db } = openPool(url, options.poolSize, { connectionTimeoutMillis: 3_000 });
    return { name: nameOf(url), db, reads: 0, pool, healthy: false, told: false, replayed: 0n, checking: null };
  });
  /** The primary's positions over the last moments: the one `maxLag` ago is how far a replica must be. */
  const samples: { at: number; lsn: bigint }[] = [];
  const primaryLsn = async () => {
    // the insert position, not the write position: with synchronous_commit off a commit may still sit in
    // the WAL buffers, before the write position, and a replica "caught up" to it would not have the write
    const row = rowsOf<{ lsn: string }>(await primary.execute(sql`select pg_current_wal_insert_lsn()::text as lsn`))[0];
    const lsn = parseLsn(row?.lsn);
    if (lsn === null) throw new Error(`the primary gave no WAL position (${row?.lsn})`);
    return lsn;
  };
  const required = () => {
    const before = Date.now() - options.maxLagSeconds * 1_000;
    let need = 0n;
    for (const s of samples) if (s.at <= before) need = s.lsn;
    return need;
  };
  const mark = (state: State, healthy: boolean, why: string) => {
    if (healthy === state.healthy && state.told) return;
    state.healthy = healthy;
    state.told = true;
    if (healthy) log.info(`read replica ${state.name} serves reads`);
    else log.warn(`read replica ${state.name} does not serve reads: ${why}`);
  };
  const check = (state: State) =>
    (state.checking ??= (async () => {
      try {
        const result = await state.db.execute(sql`select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as lsn`);
        const row = rowsOf<{ standby: boolean; lsn: string | null }>(result)[0];
        const replayed = parseLsn(row?.lsn);
        if (!row?.standby || replayed === null) return mark(state, false, 'it is not a standby in recovery (promoted, or not a replica)');
        state.replayed = replayed;
        const need = required();
        if (replayed < need) return mark(state, false, `it is more than ${options.maxLagSeconds} s behind the primary`);
        mark(state, true, '');
      } catch (err) {
        mark(state, false, reason(err));
      } finally {
        state.checking = null;
      }
    })());
  const tick = async () => {
    try {
      samples.push({ at: Date.now(), lsn: await primaryLsn() });
      const keep = Date.now() - (options.maxLagSeconds + 5) * 1_000;
      while (samples.length > 1 && samples[1]!.at <= keep) samples.shift();
    } catch (err) {
      log.warn({ err }, 'could not read the primary WAL position for the replicas’ lag');
    }
    await Promise.all(states.map(check));
  };
  await tick();
  const timer = setInterval(() => void tick(), CHECK_MS).unref();
  let turn = 0;
  return {
    replicas: states,
    async choose(need) {
      const order = states.map((_, i) => states[(turn + i) % states.length]!);
      turn = (turn + 1) % states.length;
      const ready = (s: State) => s.healthy && (need === null || s.replayed >= need);
      const now = order.find(ready);
      if (now || need === null) return now ?? null;
      // a write just now: the replicas have usually replayed it within milliseconds — ask them once
      await Promise.all(order.filter((s) => s.healthy).map(check));
      return order.find(ready) ?? null;
    },
    primaryLsn,
    failed(replica, err) {
      const state = states.find((s) => s === replica);
      if (state) mark(state, false, reason(err));
    },
    async close() {
      clearInterval(timer);
      await Promise.all(states.map((s) => s.pool.end().catch(() => undefined)));
    },
  };
}
