import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * A real PostgreSQL streaming standby on this machine: a primary of its own (`initdb` with the test
 * server's programs, on a free port — not a copy of the test server, whose other databases may be
 * large), and a base backup of it (`pg_basebackup -R`) started as a hot standby on another free port.
 * Both live in temporary directories, stopped and removed by `stop()`. As root, the server's binaries
 * run as the `postgres` user (PostgreSQL refuses root).
 */
export interface Standby {
  port: number;
  /** The standby's URL for a database of the primary. */
  url(database: string): string;
  /** Wait until the standby has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Run SQL on the standby (as the superuser of the primary). */
  query<T extends pg.QueryResultRow>(text: string, database?: string): Promise<T[]>;
  stop(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The one row a query gives. */
async function row<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T> {
  const [first] = await query<T>(url, text, values);
  if (!first) throw new Error(`no row from: ${text}`);
  return first;
}

/** The directory of the PostgreSQL programs of the server's major version, or null. */
async function binDir(adminUrl: string): Promise<string | null> {
  const { v } = await row<{ v: string }>(adminUrl, `select current_setting('server_version_num') as v`);
  const major = Math.floor(Number(v) / 10_000);
  const dirs = [`/usr/lib/postgresql/${major}/bin`, `/usr/pgsql-${major}/bin`];
  try {
    dirs.push((await run('pg_config', ['--bindir'])).stdout.trim());
  } catch {
    // no pg_config on the PATH
  }
  for (const dir of dirs) {
    const tool = path.join(dir, 'pg_basebackup');
    if (!['pg_basebackup', 'pg_ctl', 'initdb'].every((t) => fs.existsSync(path.join(dir, t)))) continue;
    const { stdout } = await run(tool, ['--version']);
    if (new RegExp(`\\s${major}(\\.|\\s|$)`).test(stdout)) return dir;
  }
  return null;
}

/** Why no standby can be started here (null: it can). */
export async function standbyUnavailable(adminUrl: string | undefined): Promise<string | null> {
  if (!adminUrl) return 'TEST_DATABASE_URL is not set: no PostgreSQL to replicate';
  try {
    await query(adminUrl, 'select 1');
  } catch (err) {
    return `no PostgreSQL at TEST_DATABASE_URL (${(err as Error).message})`;
  }
  const dir = await binDir(adminUrl);
  if (!dir) return 'no initdb, pg_basebackup and pg_ctl of the server’s major version on this machine';
  if (asRoot) {
    try {
      await run('id', ['-u', 'postgres']);
    } catch {
      return 'running as root and there is no postgres user to run the standby as';
    }
  }
  return null;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Run a PostgreSQL program, as the postgres user when we are root. */
async function pgTool(file: string, args: string[]) {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  try {
    return await run(cmd, argv, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${path.basename(file)} failed: ${e.stderr || e.message}`, { cause: err });
  }
}

/** A temporary directory the postgres user owns when we are root. */
async function tempDir(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (asRoot) await run('chown', ['postgres:postgres', dir]);
  return dir;
}

/**
 * A cluster's place: a temporary directory (its `data`, socket and log) and a free port; `start` runs
 * pg_ctl there (throwing with the log's end), `stop` stops it if started and removes the directory.
 */
async function cluster(bin: string, prefix: string) {
  const dir = await tempDir(prefix);
  const data = path.join(dir, 'data');
  const port = await freePort();
  let started = false;
  const start = async () => {
    try {
      await pgTool(path.join(bin, 'pg_ctl'), [
        ...['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '90'],
        ...['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start'],
      ]);
      started = true;
    } catch (err) {
      const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : '';
      throw new Error(`${(err as Error).message}\n${log.slice(-2_000)}`, { cause: err });
    }
  };
  const stop = async () => {
    if (started) await pgTool(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    started = false;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { data, port, start, stop };
}

const urlAt = (template: string, port: number, database: string) => {
  const u = new URL(template);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
};

export interface Primary {
  /** The primary's superuser URL (database `postgres`): pass it as the admin URL of test databases. */
  url: string;
  stop(): Promise<void>;
}

/** A small PostgreSQL primary of its own (initdb, trust for local and replication connections) on a free port. */
export async function startPrimary(adminUrl: string): Promise<Primary> {
  const bin = (await binDir(adminUrl))!;
  const { data, port, start, stop } = await cluster(bin, 'korsa-primary-');
  try {
    await pgTool(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale', 'C.UTF-8', '--no-sync']);
    fs.appendFileSync(
      path.join(data, 'postgresql.conf'),
      '\n# korsa test primary\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 64MB\nmax_connections = 60\n',
    );
    await start();
  } catch (err) {
    await stop();
    throw new Error(`could not start a primary for the standby: ${(err as Error).message}`, { cause: err });
  }
  return { url: urlAt('postgres://postgres@127.0.0.1/postgres', port, 'postgres'), stop };
}

/** Base-backup a primary (startPrimary's) into a temporary directory and start it as a hot standby on a free port. */
export async function startStandby(primaryUrl: string): Promise<Standby> {
  const adminUrl = primaryUrl;
  const bin = (await binDir(adminUrl))!;
  const primary = new URL(adminUrl);
  const { data, port, start, stop } = await cluster(bin, 'korsa-standby-');
  try {
    await pgTool(path.join(bin, 'pg_basebackup'), [
      ...['-h', primary.hostname, '-p', primary.port || '5432', '-U', decodeURIComponent(primary.username || 'postgres')],
      ...['-D', data, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
    ]);
    // a standby needs at least the primary's limits; Debian keeps the configuration outside the data directory
    const limits = await query<{ name: string; setting: string }>(
      adminUrl,
      `select name, setting from pg_settings where name in
         ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`,
    );
    const conf = path.join(data, 'postgresql.conf');
    const extra = [
      ...limits.map((l) => `${l.name} = ${l.setting}`),
      'hot_standby = on',
      'fsync = off',
      'shared_buffers = 32MB',
      `hba_file = '${path.join(data, 'pg_hba.conf')}'`,
      `ident_file = '${path.join(data, 'pg_ident.conf')}'`,
    ];
    const write = (file: string, text: string) => fs.appendFileSync(file, text);
    write(conf, `\n# korsa test standby\n${extra.join('\n')}\n`);
    fs.writeFileSync(path.join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    fs.writeFileSync(path.join(data, 'pg_ident.conf'), '');
    if (asRoot) await run('chown', ['-R', 'postgres:postgres', data]);
    await start();
  } catch (err) {
    await stop();
    throw new Error(`could not start a streaming standby: ${(err as Error).message}`, { cause: err });
  }
  const url = (database: string) => urlAt(adminUrl, port, database);
  const { standby } = await row<{ standby: boolean }>(url('postgres'), 'select pg_is_in_recovery() as standby');
  if (!standby) {
    await stop();
    throw new Error('the base backup started as a primary, not a standby');
  }
  return {
    port,
    url,
    query: (text, database = 'postgres') => query(url(database), text),
    async caughtUp(timeoutMs = 30_000) {
      const { lsn } = await row<{ lsn: string }>(adminUrl, 'select pg_current_wal_lsn()::text as lsn');
      const until = Date.now() + timeoutMs;
      for (;;) {
        const { done } = await row<{ done: boolean }>(url('postgres'), 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [lsn]);
        if (done) return;
        if (Date.now() > until) throw new Error(`the standby has not replayed ${lsn} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop,
  };
}
