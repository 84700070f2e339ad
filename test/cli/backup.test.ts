import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

/** Issue 12, finding 17: `korsa backup` and `korsa restore` round-trip, on PGlite (stopped and running) and PostgreSQL. */
const bin = fileURLToPath(new URL('../../bin/korsa.mjs', import.meta.url));
const baseEnv = { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '' };
const tables = ['users', 'accounts', 'contacts', 'activities', 'opportunities', 'opportunity_lines', 'handoffs', 'targets', 'api_keys'];

function korsa(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...baseEnv, ...env }, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function pgliteCounts(dataDir: string): Promise<Record<string, number>> {
  const client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), extensions: { pg_trgm, unaccent } });
  try {
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = (await client.query<{ n: number }>(`select count(*)::int as n from ${t}`)).rows[0]!.n;
    return out;
  } finally {
    await client.close();
  }
}

describe('korsa backup and korsa restore', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-backup-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const source = path.join(tmp, 'source');

  it('PGlite, Korsa stopped: backs up the data directory and restores it with the same rows; refuses to overwrite without --force', async () => {
    expect(korsa(['demo'], { KORSA_DATA_DIR: source }).code).toBe(0);
    const file = path.join(tmp, 'stopped.tar.gz');
    const b = korsa(['backup', '--out', file], { KORSA_DATA_DIR: source });
    expect(b.code, b.stderr).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    const target = path.join(tmp, 'restored');
    const r = korsa(['restore', file], { KORSA_DATA_DIR: target });
    expect(r.code, r.stderr).toBe(0);
    const before = await pgliteCounts(source);
    expect(before.accounts).toBeGreaterThan(0);
    expect(await pgliteCounts(target)).toEqual(before);
    expect(fs.existsSync(path.join(target, 'korsa.lock'))).toBe(false);

    const again = korsa(['restore', file], { KORSA_DATA_DIR: target });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(korsa(['restore', file, '--force'], { KORSA_DATA_DIR: target }).code).toBe(0);
  }, 600_000);

  it('PGlite, Korsa running: the running server makes a consistent dump that korsa backup --url fetches', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env: { ...baseEnv, KORSA_DATA_DIR: source } });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /running at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    const file = path.join(tmp, 'running.tar.gz');
    try {
      const signIn = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@nordlys.example', password: 'nordlys-demo' }),
      });
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
      const key = await fetch(`${url}/api/api-keys`, { method: 'POST', headers, body: JSON.stringify({ name: 'Backups' }) });
      const { token } = (await key.json()) as { token: string };
      const created = await fetch(`${url}/api/accounts`, { method: 'POST', headers, body: JSON.stringify({ name: 'Written just before the backup AB' }) });
      expect(created.status).toBe(201);

      const seller = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'seller@nordlys.example', password: 'nordlys-demo' }),
      });
      const sellerCookie = seller.headers.get('set-cookie')!.split(';')[0]!;
      expect((await fetch(`${url}/api/backup`, { headers: { cookie: sellerCookie } })).status).toBe(403);

      const b = korsa(['backup', '--url', url, '--out', file], { KORSA_DATA_DIR: source, KORSA_API_KEY: token });
      expect(b.code, b.stderr).toBe(0);
      const without = korsa(['backup', '--out', path.join(tmp, 'x.tar.gz')], { KORSA_DATA_DIR: source });
      expect(without.code).toBe(1);
      expect(without.stderr).toContain('--url');
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    const expected = await pgliteCounts(source);
    const target = path.join(tmp, 'restored-running');
    expect(korsa(['restore', file], { KORSA_DATA_DIR: target }).code).toBe(0);
    expect(await pgliteCounts(target)).toEqual(expected);
  }, 600_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL: pg_dump and pg_restore round-trip', async () => {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const names = [`korsa_bk_src_${process.pid}`, `korsa_bk_dst_${process.pid}`];
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const urlOf = (name: string) => {
      const u = new URL(adminUrl);
      u.pathname = `/${name}`;
      return u.toString();
    };
    const counts = async (url: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const out: Record<string, number> = {};
      for (const t of tables) out[t] = (await c.query<{ n: number }>(`select count(*)::int as n from ${t}`)).rows[0]!.n;
      await c.end();
      return out;
    };
    try {
      for (const n of names) await admin.query(`create database ${n}`);
      expect(korsa(['demo'], { DATABASE_URL: urlOf(names[0]!) }).code).toBe(0);
      const file = path.join(tmp, 'pg.dump');
      const b = korsa(['backup', '--out', file], { DATABASE_URL: urlOf(names[0]!) });
      expect(b.code, b.stderr).toBe(0);
      const r = korsa(['restore', file], { DATABASE_URL: urlOf(names[1]!) });
      expect(r.code, r.stderr).toBe(0);
      expect(await counts(urlOf(names[1]!))).toEqual(await counts(urlOf(names[0]!)));
    } finally {
      for (const n of names) await admin.query(`drop database if exists ${n} with (force)`);
      await admin.end();
    }
  }, 600_000);
});
