import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Db, DatabaseKind } from '../db/client';
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
}
