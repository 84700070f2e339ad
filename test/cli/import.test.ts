import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, rowsOf } from '../../server/db/client';

const bin = fileURLToPath(new URL('../../bin/korsa.mjs', import.meta.url));

describe('korsa import', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-import-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const env = { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', KORSA_DATA_DIR: path.join(tmp, 'data'), KORSA_DEMO: 'false' };
  const korsa = (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000, cwd: tmp });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const query = async <T>(text: string) => {
    const db = await openPglite(path.join(tmp, 'data', 'pglite'));
    try {
      return rowsOf<T>(await db.db.execute(sql.raw(text)));
    } finally {
      await db.close();
    }
  };

  it('reports an unclosed quote and a stray quote as rows with errors and exits 1; states the encoding', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Quote ${i + 1} AB;Lund`);
    rows[20] = '"Quote 21 AB;Lund';
    const unclosed = korsa(['import', 'accounts', file('unclosed.csv', `Name;City\n${rows.join('\n')}\n`)]);
    expect(unclosed.code).toBe(1);
    expect(unclosed.stdout).toMatch(/Imported 50 rows of accounts \(utf-8\).*0 created, 0 updated, 30 with errors — failed/);
    expect(unclosed.stdout).toContain('22,,error,"a quote ("") opened on this row is never closed, so lines 22–51');
    expect(unclosed.stdout).toContain('Nothing was imported (mode all)');

    const latin = korsa(['import', 'accounts', file('latin.csv', iconv.encode('Name;City;Notes\nMalmö Kött AB;Malmö;x\n', 'latin1'))]);
    expect(latin.code).toBe(0);
    expect(latin.stdout).toMatch(/Imported 1 rows of accounts \(windows-1252\).*1 created.*succeeded/);
    expect(latin.stdout).toContain('Columns not imported (no field reads them): Notes');

    const stray = korsa(['import', 'accounts', '--dry-run', file('stray.csv', 'Name;City\nBad "Quote" AB;Lund\n')]);
    expect(stray.code).toBe(1); // a dry run in which every row fails
    expect(stray.stdout).toContain('1 with errors');
  }, 180_000);

  it('a killed import leaves its committed batches and run row consistent, and is marked failed at the next start', async () => {
    korsa(['import', 'accounts', file('one.csv', 'Name;City\nTimeline Holder AB;Lund\n')]);
    const lines = ['Account;Type;Subject;Date'];
    for (let i = 0; i < 400_000; i++) lines.push(`Timeline Holder AB;call;Call ${i};2025-01-01 ${String(i % 24).padStart(2, '0')}:00`);
    const big = file('activities.csv', `${lines.join('\n')}\n`);
    const child = spawn(process.execPath, [bin, 'import', 'activities', '--mode', 'good', big], { env, cwd: tmp });
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('rows')) resolve();
      });
      child.on('exit', () => reject(new Error(`the import ended before it could be killed: ${err}`)));
    });
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;

    const [left] = await query<{ status: string; created: number; n: number }>(
      `select status, created_rows as created, (select count(*)::int from activities) as n from imports where entity = 'activities'`,
    );
    expect(left!.status).toBe('running');
    expect(left!.created).toBeGreaterThan(0);
    expect(left!.n).toBe(left!.created); // the run's counts were committed with its rows

    const next = korsa(['import', 'accounts', file('again.csv', 'Name;City\nTimeline Holder AB;Lund\n')]);
    expect(next.code).toBe(0);
    const [after] = await query<{ status: string; message: string }>(
      `select i.status, e.message from imports i join import_errors e on e.import_id = i.id where i.entity = 'activities'`,
    );
    expect(after).toMatchObject({ status: 'failed', message: expect.stringContaining('interrupted (its process stopped)') });
  }, 240_000);
});

describe('korsa import orders', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-orders-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const env = { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', KORSA_DATA_DIR: path.join(tmp, 'data'), KORSA_DEMO: 'false' };
  const korsa = (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000, cwd: tmp });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const file = (name: string, content: string) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, content);
    return p;
  };

  it('imports an order file and its lines file as won deals and counts orders, with their lines beside them', () => {
    const password = file('pw.txt', 'a long enough password\n');
    const setup = korsa(
      ['setup', '--org', 'Orders AB', '--admin-email', 'ada@orders.example', '--password-file', password].concat([
        '--market',
        'SE',
        '--currency',
        'SEK',
        '--group',
        'Safety',
      ]),
    );
    expect(setup.code, setup.stderr).toBe(0);
    expect(
      korsa(['import', 'accounts', file('a.csv', 'Customer ID,Customer\nC-1,Fjällbacka Bygg AB\nC-2,Nordkap Shipping AS\n')]).code,
    ).toBe(0);
    const products = korsa([
      'import',
      'products',
      '--group',
      'Safety',
      file('p.csv', 'Product ID,Product\nP-ROOF,Roof Safety Kit\nP-HARN,Harness Pro\n'),
    ]);
    expect(products.code, products.stdout + products.stderr).toBe(0);

    const orders = file('orders.csv', 'Order ID,Order Date,Customer ID\nSO-1,05.03.2024,C-1\nSO-2,06.03.2024,C-2\n');
    const lines = file('lines.csv', 'Order ID,Product ID,Quantity,Sales\nSO-1,P-ROOF,2,1200\nSO-1,P-HARN,3,1350\nSO-2,P-HARN,1,450\n');
    const run = korsa(['import', 'orders', orders, '--lines', lines, '--currency', 'SEK', '--date-format', 'dmy']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/orders: 2 created, 0 updated \(3 lines\), rows: 0 with errors — succeeded/);
  }, 180_000);
});
