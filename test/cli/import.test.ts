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
