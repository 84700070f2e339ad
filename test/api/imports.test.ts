import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { runImport, type ImportOptions } from '../../server/modules/imports/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const options = (o: Partial<ImportOptions> & Pick<ImportOptions, 'entity'>): ImportOptions => ({
  mode: 'all',
  dryRun: false,
  fileName: 'test.csv',
  actor: null,
  ...o,
});

describe.each(dbKinds)('CSV import (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  const count = async (table: string) => {
    const r = await t.ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    return rowsOf<{ n: number }>(r)[0]!.n;
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { demo: true });
    leader = await t.signIn('leader@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports nothing in all-or-nothing mode when a row is bad, and reports the row and column', async () => {
    const before = await count('accounts');
    const run = await runImport(t.ctx, options({ entity: 'accounts' }), fixture('accounts-semicolon-bom.csv'));
    expect(run).toMatchObject({ status: 'failed', totalRows: 5, createdRows: 0, failedRows: 1 });
    expect(await count('accounts')).toBe(before);
    const report = await t.app.inject({ method: 'GET', url: `/api/imports/${run.id}/errors.csv`, headers: leader.headers });
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.body).toContain('4,Name,error,the account name is empty');
  });

  it('imports the good rows in good mode: BOM, semicolons, decimal commas, Nordic letters, parents', async () => {
    const run = await runImport(t.ctx, options({ entity: 'accounts', mode: 'good' }), fixture('accounts-semicolon-bom.csv'));
    expect(run).toMatchObject({ status: 'partial', totalRows: 5, createdRows: 4, failedRows: 1 });
    const list = (await t.app.inject({ method: 'GET', url: '/api/accounts?q=Fjallraven', headers: leader.headers })).json();
    const byName = Object.fromEntries(list.items.map((a: { name: string }) => [a.name, a]));
    expect(byName['Fjällräven Verkstad AB']).toMatchObject({
      size: 'enterprise',
      city: 'Örebro',
      marketCode: 'SE',
      orgNumber: '556677-1234',
    });
    expect(byName['Fjällräven Norge AS']).toMatchObject({ size: 'small', marketCode: 'NO', parentName: 'Fjällräven Verkstad AB' });
    const quoted = (await t.app.inject({ method: 'GET', url: '/api/accounts?q=Kaffe', headers: leader.headers })).json();
    expect(quoted.items[0].name).toBe('Kaffe & Kaka, Malmö AB');
  });

  it('does not duplicate anything when the same file is imported again', async () => {
    const before = await count('accounts');
    const run = await runImport(t.ctx, options({ entity: 'accounts', mode: 'good' }), fixture('accounts-semicolon-bom.csv'));
    expect(run).toMatchObject({ createdRows: 0, updatedRows: 4 });
    expect(await count('accounts')).toBe(before);
  });

  it('reads HubSpot companies and Pipedrive persons, and reports people of unknown companies', async () => {
    const companies = await runImport(t.ctx, options({ entity: 'accounts' }), fixture('hubspot-companies.csv'));
    expect(companies).toMatchObject({ source: 'hubspot', status: 'succeeded', createdRows: 2 });
    const people = await runImport(t.ctx, options({ entity: 'contacts', mode: 'good' }), fixture('pipedrive-persons.csv'));
    expect(people).toMatchObject({ source: 'pipedrive', status: 'partial', createdRows: 2, failedRows: 1 });
    const errors = (await t.app.inject({ method: 'GET', url: `/api/imports/${people.id}/errors`, headers: leader.headers })).json();
    expect(errors).toEqual([
      {
        row: 4,
        column: 'Person - Organization',
        severity: 'error',
        message: expect.stringContaining('"Unknown Company Ltd" was not found'),
      },
    ]);
    const ingrid = (await t.app.inject({ method: 'GET', url: '/api/search?q=Ingrid%20Solberg', headers: leader.headers })).json();
    expect(ingrid.contacts[0]).toMatchObject({ name: 'Ingrid Solberg', accountName: 'Havgull Shipping AS' });
    const again = await runImport(t.ctx, options({ entity: 'contacts', mode: 'good' }), fixture('pipedrive-persons.csv'));
    expect(again).toMatchObject({ createdRows: 0, updatedRows: 2 });
  });

  it('imports activities onto the timeline, skipping duplicates, with dates in Nordic formats', async () => {
    const dry = await runImport(t.ctx, options({ entity: 'activities', dryRun: true }), fixture('activities.csv'));
    expect(dry).toMatchObject({ dryRun: true, status: 'partial', createdRows: 2, failedRows: 3 });
    const before = await count('activities');
    const all = await runImport(t.ctx, options({ entity: 'activities' }), fixture('activities.csv'));
    expect(all.status).toBe('failed');
    expect(await count('activities')).toBe(before);
    const good = await runImport(t.ctx, options({ entity: 'activities', mode: 'good' }), fixture('activities.csv'));
    expect(good).toMatchObject({ createdRows: 2, failedRows: 3 });
    const messages = (await t.app.inject({ method: 'GET', url: `/api/imports/${good.id}/errors`, headers: leader.headers })).json();
    expect(messages.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['4:Type', '5:Account', '6:Date']);
    const again = await runImport(t.ctx, options({ entity: 'activities', mode: 'good' }), fixture('activities.csv'));
    expect(again.createdRows).toBe(0);
    const havgull = (await t.app.inject({ method: 'GET', url: '/api/search?q=Havgull', headers: leader.headers })).json().accounts[0];
    const timeline = (await t.app.inject({ method: 'GET', url: `/api/accounts/${havgull.id}/timeline`, headers: leader.headers })).json();
    expect(timeline.items[0]).toMatchObject({
      type: 'call',
      subject: 'Called Ingrid about the fleet',
      occurredAt: '2026-03-05T14:30:00.000Z',
      contacts: [{ name: 'Ingrid Solberg' }],
    });
  });

  it('imports through the HTTP API: preview, upload, poll, report; only for leaders and up', async () => {
    const csv = fixture('hubspot-companies.csv').replace('Aurora Logistik Oy', 'Aurora Logistiikka Oy');
    const headers = { ...leader.headers, 'content-type': 'text/csv' };
    const preview = await t.app.inject({ method: 'POST', url: '/api/imports/preview?entity=accounts', headers, payload: csv });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      source: 'hubspot',
      delimiter: ',',
      rows: 2,
      missingRequired: [],
      mapping: { name: 'Company name' },
    });
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/imports?entity=accounts&mode=good&fileName=companies.csv',
      headers,
      payload: csv,
    });
    expect(started.statusCode).toBe(202);
    let run = started.json();
    for (let i = 0; i < 50 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await t.app.inject({ method: 'GET', url: `/api/imports/${run.id}`, headers: leader.headers })).json();
    }
    // matched on HubSpot's Record ID: the renamed company is updated, not duplicated
    expect(run).toMatchObject({ status: 'succeeded', fileName: 'companies.csv', updatedRows: 2, createdRows: 0 });
    const renamed = (await t.app.inject({ method: 'GET', url: '/api/search?q=Aurora', headers: leader.headers })).json();
    expect(renamed.accounts.map((a: { name: string }) => a.name)).toEqual(['Aurora Logistiikka Oy']);

    const missing = await t.app.inject({ method: 'POST', url: '/api/imports?entity=activities', headers, payload: 'Foo,Bar\n1,2\n' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('import_mapping_incomplete');
    const badMapping = await t.app.inject({
      method: 'POST',
      url: `/api/imports?entity=accounts&mapping=${encodeURIComponent('{"name":"Nope"}')}`,
      headers,
      payload: csv,
    });
    expect(badMapping.statusCode).toBe(400);
    const empty = await t.app.inject({ method: 'POST', url: '/api/imports?entity=accounts', headers, payload: '' });
    expect(empty.statusCode).toBe(400);
    const seller = await t.signIn('seller@nordlys.example');
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/imports?entity=accounts',
      headers: { ...seller.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
