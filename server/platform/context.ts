import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Db, DatabaseKind } from '../db/client';
import type { ReplicaSet } from '../db/replicas';
import { pgCode } from '../db/errors';
import type { Clock } from './clock';
import type { Mailer } from './mailer';

/** What every service needs: the database, the configuration, the clock, a logger and (maybe) a mailer. */
export interface AppContext {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  clock: Clock;
  log: FastifyBaseLogger;
  /** E-mail, when SMTP is configured. */
  mailer: Mailer | null;
  /** Streaming replicas for the read-only views (platform/reads.ts `onReplica`); none on PGlite or without DATABASE_REPLICA_URL. */
  replicas?: ReplicaSet | null;
  /** Set when `db` is a read-only replica: the primary, for the one write a read may make (the matrix's daily roll). */
  primary?: Db;
}

/**
 * A context whose `db` is an open transaction. Steps of a use case that must run inside one take a
 * `TxContext`, so the type says so (and nobody reaches for the outer handle, which deadlocks PGlite).
 */
export type TxContext = AppContext & { readonly inTransaction: true };

/**
 * Run a use case's writes in one transaction: `work` gets the transaction's context and uses only it.
 *
 * Concurrent writers can meet in a deadlock on PostgreSQL: the read models' totals are shared rows
 * (a product's penetration, a month's volume) that a won deal's statements update one after another,
 * each statement in key order but not the transaction as a whole. PostgreSQL then aborts one of them;
 * it is run again from the start, a few times, after a short random pause — so a seller sees their
 * deal won, never a 500. `work` must therefore do nothing but database work that the rollback undoes
 * (e-mail and other outside effects go after the commit, as they do throughout).
 */
export async function inTransaction<T>(ctx: AppContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if (isInTransaction(ctx)) return work(ctx);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction((db) => work({ ...ctx, db, inTransaction: true }));
    } catch (e) {
      const code = pgCode(e);
      if (!code || !retryable.has(code) || attempt >= MAX_ATTEMPTS) throw e;
      ctx.log.warn({ code, attempt }, 'transaction aborted by the database (deadlock or serialisation); running it again');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

const MAX_ATTEMPTS = 5;
/** deadlock_detected, serialization_failure */
const retryable = new Set(['40P01', '40001']);

/** Whether `ctx.db` is an open transaction (inTransaction's context). */
export const isInTransaction = (ctx: AppContext): ctx is TxContext => (ctx as Partial<TxContext>).inTransaction === true;
