import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Db, DatabaseKind } from '../db/client';
import type { Clock } from './clock';

/** What every service needs: the database, the configuration, the clock and a logger. */
export interface AppContext {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  clock: Clock;
  log: FastifyBaseLogger;
}
