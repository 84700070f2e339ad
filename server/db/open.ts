import type { Config } from '../config';
import { openPglite, openPostgres, type Database } from './client';
import { lockDataDir } from './data-dir-lock';

/** Open the configured database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in the data directory. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openPglite(`${config.dataDir}/pglite`);
    return {
      ...database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
