import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const datasets = path.resolve(root, '..', 'shared', 'datasets');
const present = fs.existsSync(path.join(datasets, 'maven-crm', 'accounts.csv'));
if (!present) console.warn(`Skipping the public-sample import tests: ${datasets} is not there (it sits beside the repository in CI).`);

const bin = path.join(root, 'bin', 'korsa.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-samples-'));

function korsa(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dataDir,
    env: { ...process.env, KORSA_DATA_DIR: path.join(dataDir, 'db'), DATABASE_URL: '', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe.skipIf(!present)('the public sample data imports through the CLI', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('imports Maven accounts and products with the expected counts, reports the typos, and changes nothing the second time', () => {
    expect(korsa('demo').code).toBe(0);
    const accounts = path.join(datasets, 'maven-crm', 'accounts.csv');
    const first = korsa('import', 'accounts', accounts);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain('Imported 85 rows of accounts');
    expect(first.out).toContain('85 created, 0 updated, 0 with errors');
    // a sector that names no industry of the list is left empty, with the likely one named
    expect(first.out).toContain(
      '"technolgy"" is not an industry of the list (NACE sections A–U), so it was left empty — did you mean ""technology""?',
    );
    expect(first.out).toContain('"Philipines"" looks like a misspelling of ""Philippines""');
    const report = fs.readdirSync(dataDir).find((f) => f.endsWith('-errors.csv'));
    expect(report).toBeDefined();
    const second = korsa('import', 'accounts', accounts);
    expect(second.out).toContain('0 created, 85 updated');

    const products = path.join(datasets, 'maven-crm', 'products.csv');
    const noGroup = korsa('import', 'products', products);
    expect(noGroup.code).toBe(1);
    expect(noGroup.out).toContain('Nothing was imported');
    const withGroup = korsa('import', 'products', products, '--group', 'Digital Solutions');
    expect(withGroup.code, withGroup.out).toBe(0);
    expect(withGroup.out).toContain('7 created');
    expect(korsa('import', 'products', products, '--group', 'Digital Solutions').out).toContain('0 created, 7 updated');
  }, 120_000);

  it('imports the Salesforce report of accounts with contacts', () => {
    const file = path.join(datasets, 'salesforce-sample', 'Accounts-Contacts.csv');
    const accounts = korsa('import', 'accounts', file);
    expect(accounts.code, accounts.out).toBe(0);
    expect(accounts.out).toContain('Imported 14 rows of accounts');
    expect(accounts.out).toContain('10 created, 4 updated');
    const contacts = korsa('import', 'contacts', file);
    expect(contacts.out).toContain('6 created, 0 updated, 0 with errors, 8 with nothing to import');
    expect(korsa('import', 'contacts', file).out).toContain('0 created, 6 updated');
    const dry = korsa('import', 'contacts', file, '--dry-run');
    expect(dry.out).toContain('Dry run: nothing was written.');
  }, 120_000);
});
