import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Db, DatabaseKind } from '../db/client';
import type { ReplicaSet } from '../db/replicas';
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

/** Run a use case's writes in one transaction: `work` gets the transaction's context and uses only it. */
export function inTransaction<T>(ctx: AppContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if (isTx(ctx)) return work(ctx);
  return ctx.db.transaction((db) => work({ ...ctx, db, inTransaction: true }));
}

const isTx = (ctx: AppContext): ctx is TxContext => (ctx as Partial<TxContext>).inTransaction === true;
