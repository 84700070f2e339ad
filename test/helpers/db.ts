import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database, type DatabaseKind } from '../../server/db/client';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const dbKinds: DatabaseKind[] = ['pglite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])];

/**
 * A fresh, migrated database: PGlite in memory, or a PostgreSQL database created for this test
 * file (on TEST_DATABASE_URL's server, or `adminUrl`'s) and dropped by close().
 */
export async function createTestDatabase(kind: DatabaseKind, adminUrl = process.env.TEST_DATABASE_URL!): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openPglite();
    await database.migrate();
    return database;
  }
  const name = `korsa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 4);
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
