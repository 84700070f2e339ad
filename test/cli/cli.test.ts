import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/korsa.mjs', import.meta.url));
const baseEnv = { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '' };

function korsa(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...baseEnv, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start `korsa serve` and resolve with its URL once it prints it. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env: { ...baseEnv, ...env } });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { child, url, output: () => out };
}

async function stop(child: ReturnType<typeof spawn>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

describe('the korsa CLI', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-cli-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints usage and exits non-zero on wrong arguments; --help exits 0', () => {
    const none = korsa([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: korsa <command>');
    const unknown = korsa(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const badFlag = korsa(['serve', '--colour']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('korsa serve');
    const badSize = korsa(['demo', '--size', 'huge']);
    expect(badSize.code).toBe(2);
    expect(badSize.stderr).toContain('--size must be small or medium');
    for (const cmd of ['serve', 'migrate', 'demo', 'setup', 'users', 'org']) {
      const h = korsa([cmd, '--help']);
      expect(h.code, cmd).toBe(0);
      expect(h.stdout).toContain(`korsa ${cmd}`);
    }
  }, 300_000);

  it('refuses an invalid configuration with a clear message', () => {
    const r = korsa(['migrate'], { PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Invalid configuration');
    expect(r.stderr).toContain('PORT');
  }, 120_000);

  it('serves on PGlite with the demo organisation, and refuses a second process on the same data directory', async () => {
    const dataDir = path.join(tmp, 'data');
    const server = startServer({ KORSA_DATA_DIR: dataDir });
    try {
      const url = await server.url;
      const health = await (await fetch(`${url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
      expect(server.output()).toContain('seller@nordlys.example');
      const signIn = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'seller@nordlys.example', password: 'nordlys-demo' }),
      });
      expect(signIn.status).toBe(200);

      const second = korsa(['serve', '--port', '0'], { KORSA_DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('already in use by another Korsa process');
    } finally {
      await stop(server.child);
    }
    // the lock is released on shutdown, and the data survived
    const demoAgain = korsa(['demo'], { KORSA_DATA_DIR: dataDir });
    expect(demoAgain.code).toBe(1);
    expect(demoAgain.stderr).toContain('already has an organisation');
  }, 300_000);

  it('sets Korsa up without a browser: setup, org, users; then the admin signs in', async () => {
    const env = { KORSA_DATA_DIR: path.join(tmp, 'real'), KORSA_DEMO: 'false' };
    const passwordFile = path.join(tmp, 'password.txt');
    fs.writeFileSync(passwordFile, 'a long enough password\n');
    const noMarket = korsa(['setup', '--org', 'Acme', '--admin-email', 'ada@acme.example', '--password-file', passwordFile], env);
    expect(noMarket.code).toBe(2);
    expect(noMarket.stderr).toContain('--market');
    const setup = korsa(
      ['setup', '--org', 'Acme Nordic', '--admin-email', 'ada@acme.example', '--password-file', passwordFile, '--market', 'SE', '--currency', 'SEK'],
      env,
    );
    expect(setup.code, setup.stderr).toBe(0);
    expect(setup.stdout).toContain('Korsa is set up for Acme Nordic: 1 market(s), 0 sales group(s), admin ada@acme.example');
    const again = korsa(['setup', '--org', 'Other', '--admin-email', 'eve@acme.example', '--password-file', passwordFile, '--market', 'NO'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already set up');
    expect(korsa(['org', 'add-group', '--name', 'Machines'], env).code).toBe(0);
    expect(korsa(['org', 'add-market', '--code', 'NO'], env).stdout).toContain('Added the market NO (Norway, NOK, nb-NO)');
    const invited = korsa(['users', 'create', '--email', 'sam@acme.example', '--name', 'Sam Seller', '--role', 'seller', '--group', 'Machines', '--invite'], env);
    expect(invited.code, invited.stderr).toBe(0);
    expect(invited.stdout).toMatch(/http:\/\/localhost:3000\/invitation#\S{40,}/);
    const listed = korsa(['users', 'list'], env);
    expect(listed.stdout).toMatch(/sam@acme\.example\s+Sam Seller\s+seller\s+Machines/);
    expect(korsa(['users', 'deactivate', 'sam@acme.example'], env).code).toBe(0);

    const server = startServer(env);
    try {
      const url = await server.url;
      expect(server.output()).not.toContain('Demo sign-ins');
      const signIn = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ada@acme.example', password: 'a long enough password' }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      await stop(server.child);
    }
  }, 300_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'runs on PostgreSQL: migrate, demo only when asked, serve',
    async () => {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const name = `korsa_cli_${process.pid}`;
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      const env = { DATABASE_URL: url.toString() };
      try {
        expect(korsa(['migrate'], env).code).toBe(0);
        const server = startServer(env);
        try {
          const base = await server.url;
          expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ database: 'postgres' });
          expect(server.output()).not.toContain('Demo sign-ins');
          expect(server.output()).toContain('No users yet: open');
        } finally {
          await stop(server.child);
        }
        const demo = korsa(['demo', '--seed', '3'], env);
        expect(demo.code, demo.stderr).toBe(0);
        expect(demo.stdout).toContain('admin@nordlys.example');
        expect(korsa(['demo'], env).code).toBe(1);
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
    90_000,
  );
});
