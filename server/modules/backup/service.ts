import type { Database } from '../../db/client';
import { AppError } from '../../platform/errors';

/**
 * A consistent dump of the running embedded database (server/backup.ts describes backup and
 * restore). PostgreSQL is backed up with pg_dump, which is consistent while Korsa runs.
 */
export async function dumpRunningDatabase(database: Database): Promise<Buffer> {
  if (!database.dumpDataDir) {
    throw new AppError('bad_request', 'This Korsa runs on PostgreSQL: back it up with pg_dump (korsa backup does it for you).');
  }
  return Buffer.from(await (await database.dumpDataDir()).arrayBuffer());
}
