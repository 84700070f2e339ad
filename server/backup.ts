/**
 * `korsa backup` and `korsa restore` (issue 12, finding 17).
 *
 * PGlite: a backup is the data directory as PGlite dumps it (`dumpDataDir`, a gzipped tar) — taken
 * between two statements after a CHECKPOINT, so it is consistent, and without Korsa's lock file.
 * With Korsa stopped the CLI opens the directory itself (taking its lock); while Korsa runs, the
 * running server makes the dump (`GET /api/backup`, admins) and `korsa backup --url` fetches it.
 * A restore loads the dump into an empty (or, with --force, replaced) data directory.
 *
 * PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --if-exists`, which are consistent
 * while Korsa runs (one snapshot); the CLI runs them when they are on the PATH.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Config } from './config';
import { DataDirLockedError, lockDataDir } from './db/data-dir-lock';
import { openDatabase } from './db/open';

export class BackupError extends Error {}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
export const defaultBackupFile = (config: Config) => (config.DATABASE_URL ? `korsa-${stamp()}.dump` : `korsa-${stamp()}.tar.gz`);

function hasTool(tool: string): boolean {
  return spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
}

function run(tool: string, args: string[]): void {
  const r = spawnSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (r.status !== 0) throw new BackupError(`${tool} failed: ${r.stderr || r.error?.message || `exit ${r.status}`}`);
}

/** Back up to `file`; with `url`, through the running server (PGlite) with an admin's API key. */
export async function backup(config: Config, file: string, options: { url?: string; apiKey?: string } = {}): Promise<string> {
  if (options.url) {
    if (!options.apiKey) throw new BackupError('Set KORSA_API_KEY to an admin’s API key to back up a running Korsa.');
    const res = await fetch(new URL('/api/backup', options.url), { headers: { authorization: `Bearer ${options.apiKey}` } });
    if (!res.ok) throw new BackupError(`The server answered ${res.status}: ${await res.text()}`);
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return `Backed up the running Korsa at ${options.url} to ${file}.`;
  }
  if (config.DATABASE_URL) {
    if (!hasTool('pg_dump')) throw new BackupError('pg_dump is not on the PATH: install the PostgreSQL client tools, or run pg_dump --format=custom yourself.');
    run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', file, config.DATABASE_URL]);
    return `Backed up PostgreSQL to ${file} (pg_dump, custom format).`;
  }
  let database;
  try {
    database = await openDatabase(config);
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      throw new BackupError(
        `${e.message}\nKorsa is running on this data directory: back it up through the running server with\n` +
          `  KORSA_API_KEY=<an admin's API key> korsa backup --url http://localhost:${config.PORT} --out ${file}`,
      );
    }
    throw e;
  }
  try {
    if (!database.dumpDataDir) throw new BackupError('This database cannot be dumped.');
    fs.writeFileSync(file, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
  } finally {
    await database.close();
  }
  return `Backed up the PGlite data directory ${config.dataDir} to ${file}.`;
}

/** Restore `file` into the configured database. PGlite: Korsa must be stopped. */
export async function restore(config: Config, file: string, options: { force?: boolean } = {}): Promise<string> {
  if (!fs.existsSync(file)) throw new BackupError(`There is no file "${file}".`);
  if (config.DATABASE_URL) {
    if (!hasTool('pg_restore')) throw new BackupError('pg_restore is not on the PATH: install the PostgreSQL client tools.');
    run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--dbname', config.DATABASE_URL, file]);
    return `Restored ${file} into PostgreSQL.`;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const release = lockDataDir(config.dataDir);
  try {
    const target = path.join(config.dataDir, 'pglite');
    if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
      if (!options.force) throw new BackupError(`${target} is not empty: restore into an empty data directory, or add --force to replace it (the old one is kept beside it).`);
      fs.renameSync(target, `${target}.before-restore-${stamp()}`);
    }
    const client = await PGlite.create({
      dataDir: target,
      loadDataDir: new Blob([fs.readFileSync(file)]),
      extensions: { pg_trgm, unaccent },
    });
    await client.query('select 1');
    await client.close();
  } finally {
    release();
  }
  return `Restored ${file} into the PGlite data directory ${config.dataDir}.`;
}
