import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import * as importRepo from '../../server/modules/imports/repo';
import { joinOrderFiles } from '../../server/modules/imports/join';
import { failAbandonedImports, getImport, runImport, type ImportOptions } from '../../server/modules/imports/service';
import { importErrors } from '../../server/modules/imports/service-reports';
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

  describe('never loses a row silently (issue 12 #7–10)', () => {
    const accountsCsv = (n: number, tag: string) =>
      ['Name;City', ...Array.from({ length: n }, (_, i) => `${tag} ${i + 1} AB;Lund`)].join('\n') + '\n';
    const errorsOf = async (id: string) => importErrors(t.ctx, id, 1000, 0);

    it('an unclosed quote: the rest of the file is counted and reported; mode all imports nothing', async () => {
      const lines = accountsCsv(200, 'Unclosed').split('\n');
      lines[101] = '"Unclosed 101 AB;Lund'; // line 102 of the file opens a quote that never closes
      const csv = lines.join('\n');
      const before = await count('accounts');
      const all = await runImport(t.ctx, options({ entity: 'accounts' }), csv);
      expect(all).toMatchObject({ status: 'failed', totalRows: 200, createdRows: 0, failedRows: 100 });
      expect(await count('accounts')).toBe(before);
      const [e] = await errorsOf(all.id);
      expect(e).toMatchObject({ row: 102, column: null, severity: 'error' });
      expect(e!.message).toContain('never closed, so lines 102–201');

      const good = await runImport(t.ctx, options({ entity: 'accounts', mode: 'good' }), csv);
      expect(good).toMatchObject({ status: 'partial', totalRows: 200, createdRows: 100, failedRows: 100 });
      expect(await count('accounts')).toBe(before + 100);
    });

    it("a file of several batches: each batch commits with its own rows and errors, in the file's order", async () => {
      // the parser reads the next batch while the previous one is written: the counts must still add up
      const bad = new Set([10, 2600, 4400]);
      const [{ name }] = rowsOf<{ name: string }>(await t.ctx.db.execute(sql`select name from accounts order by name limit 1`)) as [
        { name: string },
      ];
      const rows = Array.from({ length: 4500 }, (_, i) => `"${name}",${bad.has(i) ? 'Juggling' : 'Call'},Batch row ${i},2025-01-01`);
      const csv = ['Account,Type,Subject,Date', ...rows].join('\n') + '\n';
      const before = await count('activities');
      const all = await runImport(t.ctx, options({ entity: 'activities' }), csv);
      expect(all).toMatchObject({ status: 'failed', totalRows: 4500, createdRows: 0, failedRows: 3 });
      expect(await count('activities')).toBe(before);
      const good = await runImport(t.ctx, options({ entity: 'activities', mode: 'good' }), csv);
      expect(good).toMatchObject({ status: 'partial', totalRows: 4500, createdRows: 4497, failedRows: 3, processedRows: 4500 });
      expect((await errorsOf(good.id)).map((e) => e.row)).toEqual([12, 2602, 4402]);
      expect(await count('activities')).toBe(before + 4497);
    });

    it('a stray quote inside a field and a row with too many cells are row errors, not silently dropped', async () => {
      const csv = 'Name;City\nStray One AB;Lund\nStray Two "The" AB;Lund\nStray Three AB;Lund;Extra;Cells\nStray Four AB;Lund;\n';
      const before = await count('accounts');
      const all = await runImport(t.ctx, options({ entity: 'accounts' }), csv);
      expect(all).toMatchObject({ status: 'failed', totalRows: 4, createdRows: 0, failedRows: 2 });
      expect(await count('accounts')).toBe(before);
      const errs = await errorsOf(all.id);
      expect(errs.map((e) => e.row)).toEqual([3, 4]);
      expect(errs[0]!.message).toContain('quote (") inside a field');
      expect(errs[1]!.message).toContain('4 cells but the header has 2 columns');
      const good = await runImport(t.ctx, options({ entity: 'accounts', mode: 'good' }), csv);
      expect(good).toMatchObject({ status: 'partial', createdRows: 2, failedRows: 2 }); // a trailing empty cell is fine
    });

    it('detects the encoding (UTF-8 with and without BOM, UTF-16, Windows-1252/Latin-1) and states it', async () => {
      const text = 'Name;City\nMalmö Kött AB;Malmö\nBjørn Æble AS;Tromsø\nCafé Ångström;Göteborg\n';
      const cases: [string, Buffer, string][] = [
        ['utf-8', Buffer.from(text, 'utf8'), 'utf-8'],
        ['utf-8 bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
        ['latin-1', iconv.encode(text, 'latin1'), 'windows-1252'],
        ['windows-1252 with €', iconv.encode(text.replace('Café', 'Café €'), 'windows-1252'), 'windows-1252'],
        ['utf-16le bom', iconv.encode(text, 'utf-16le', { addBOM: true }), 'utf-16le'],
        ['utf-16le', iconv.encode(text, 'utf-16le'), 'utf-16le'],
        ['utf-16be bom', iconv.encode(text, 'utf-16be', { addBOM: true }), 'utf-16be'],
      ];
      const headers = { ...leader.headers, 'content-type': 'text/csv' };
      for (const [label, bytes, encoding] of cases) {
        const preview = await t.app.inject({ method: 'POST', url: '/api/imports/preview?entity=accounts', headers, payload: bytes });
        expect(preview.statusCode, label).toBe(200);
        expect(preview.json(), label).toMatchObject({ encoding, headers: ['Name', 'City'], rows: 3, errors: [] });
        expect(preview.json().sample[0], label).toEqual({ Name: 'Malmö Kött AB', City: 'Malmö' });
        const run = await runImport(t.ctx, options({ entity: 'accounts', dryRun: true }), bytes);
        expect(run, label).toMatchObject({ encoding, status: 'succeeded', failedRows: 0 });
      }
      const latin = await runImport(t.ctx, options({ entity: 'accounts' }), iconv.encode(text, 'latin1'));
      expect(latin).toMatchObject({ status: 'succeeded', encoding: 'windows-1252' });
      const found = (await t.app.inject({ method: 'GET', url: '/api/accounts?q=Kott', headers: leader.headers })).json();
      expect(found.items.map((a: { name: string }) => a.name)).toContain('Malmö Kött AB');

      // not text at all: a clear error, not garbage
      const binary = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 0), Buffer.from([1, 2, 0, 0, 7])]);
      const refused = await t.app.inject({ method: 'POST', url: '/api/imports/preview?entity=accounts', headers, payload: binary });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'import_file_unreadable', message: expect.stringContaining('not text') });
      // bytes that are invalid in the detected encoding, past the sample: a row error, not U+FFFD in the data
      const mixed = Buffer.concat([
        Buffer.from(`Name;City\n${`Padding AB;${'Lund '.repeat(15)}\n`.repeat(1000)}`, 'utf8'),
        iconv.encode('Malmö Late AB;Malmö\n', 'latin1'),
      ]);
      const late = await runImport(t.ctx, options({ entity: 'accounts', dryRun: true }), mixed);
      expect(late).toMatchObject({ encoding: 'utf-8', failedRows: 1 });
      expect((await errorsOf(late.id))[0]).toMatchObject({
        row: 1002,
        message: expect.stringContaining('not valid in the file’s encoding'),
      });
    });

    it('refuses a header or a row over the limit fast, without echoing it or blocking the server', async () => {
      const headers = { ...leader.headers, 'content-type': 'text/csv' };
      const noBreak = Buffer.alloc(20 * 1024 * 1024, 'x'); // 20 MB without a line break
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = Date.now();
      const res = await t.app.inject({ method: 'POST', url: '/api/imports?entity=accounts', headers, payload: noBreak });
      delay.disable();
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('import_file_unreadable');
      expect(res.body.length).toBeLessThan(1000);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(delay.max / 1e6).toBeLessThan(1000);

      // a good header, then a 5 MB row: the run fails with the line named, the server answers meanwhile
      const long = Buffer.concat([
        Buffer.from('Name;City\nFine AB;Lund\n'),
        Buffer.alloc(5 * 1024 * 1024, 'y'),
        Buffer.from('\nLater AB;Lund\n'),
      ]);
      const before = await count('accounts');
      const lag = monitorEventLoopDelay({ resolution: 10 });
      lag.enable();
      const run = await runImport(t.ctx, options({ entity: 'accounts' }), long);
      lag.disable();
      expect(run).toMatchObject({ status: 'failed', createdRows: 0 });
      expect(await count('accounts')).toBe(before);
      const [e] = await errorsOf(run.id);
      expect(e!.message).toContain('Line 3 is longer than 1,048,576 characters');
      expect(e!.message.length).toBeLessThan(300);
      expect(lag.max / 1e6).toBeLessThan(1000);
    }, 60_000);

    it('commits the run with its rows; a run left running by a dead process is failed at the next start', async () => {
      const run = await runImport(t.ctx, options({ entity: 'accounts', mode: 'good' }), accountsCsv(3, 'Committed'));
      expect(run).toMatchObject({ status: 'succeeded', createdRows: 3, totalRows: 3, processedRows: 3 });
      // a process that died mid-import left these behind
      const old = new Date(Date.now() - 10 * 60_000);
      const dead = await importRepo.insertImport(t.ctx.db, {
        entity: 'accounts',
        source: 'generic',
        fileName: 'killed.csv',
        mode: 'good',
        dryRun: false,
        mapping: {},
        heartbeatAt: old,
        totalRows: 4000,
        createdRows: 4000,
      });
      const alive = await importRepo.insertImport(t.ctx.db, {
        entity: 'accounts',
        source: 'generic',
        fileName: 'another-instance.csv',
        mode: 'all',
        dryRun: false,
        mapping: {},
      });
      const swept = await failAbandonedImports(t.ctx);
      expect(await getImport(t.ctx, dead.id)).toMatchObject({ status: 'failed', createdRows: 4000 });
      expect((await errorsOf(dead.id))[0]!.message).toContain('interrupted (its process stopped) after 4000 rows');
      // PGlite has one process, so every running run is abandoned; on PostgreSQL a run that is alive elsewhere is left alone
      expect((await getImport(t.ctx, alive.id)).status).toBe(kind === 'pglite' ? 'failed' : 'running');
      expect(swept).toBe(kind === 'pglite' ? 2 : 1);
      expect((await getImport(t.ctx, run.id)).status).toBe('succeeded');
    });
  });

  describe("another CRM's history, through the app's one write path (issue 13)", () => {
    const one = async <T>(text: string) => rowsOf<T>(await t.ctx.db.execute(sql.raw(text)))[0]!;
    const facts = async (accountId: string) => ({
      account: await one<{ status: string }>(`select status from accounts where id = '${accountId}'`),
      holdings: rowsOf<{ product_id: string; started_on: string; ends_on: string | null }>(
        await t.ctx.db.execute(
          sql.raw(`select product_id, started_on::text, ends_on::text from holdings where account_id = '${accountId}' order by 1`),
        ),
      ),
      deal: await one<Record<string, unknown>>(
        `select channel, channel_reason, value, annual_value, signed_on::text, agreement_ends_on::text, closed_at is not null as closed, s.key as stage
           from opportunities o join stages s on s.id = o.stage_id where o.account_id = '${accountId}'`,
      ),
      events: rowsOf<{ event: string; on: string }>(
        await t.ctx.db.execute(
          sql.raw(
            `select event, occurred_at::date::text as on from activities where account_id = '${accountId}' and type = 'event' and event like 'opportunity.%' order by occurred_at`,
          ),
        ),
      ),
    });

    it('an imported won deal leaves the customer exactly as one won in the app: holdings, status, channel, timeline', async () => {
      const headers = leader.headers;
      const newAccount = async (name: string) =>
        (await t.app.inject({ method: 'POST', url: '/api/accounts', headers, payload: { name } })).json().id as string;
      const inApp = await newAccount('Won In The App AB');
      const imported = await newAccount('Won By Import AB');
      const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 864e5).toISOString().slice(0, 10);
      const signedOn = day(30);
      const product = await one<{ id: string; name: string }>(`select id, name from products order by code limit 1`);
      const me = await one<{ name: string }>(`select name from users where email = 'leader@nordlys.example'`);

      const contact = await t.app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers,
        payload: { accountId: inApp, firstName: 'Ada', lastName: 'Buyer' },
      });
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/opportunities',
        headers,
        payload: {
          accountId: inApp,
          contactId: contact.json().id,
          name: 'Deal',
          estimatedValue: 1000,
          expectedCloseOn: signedOn,
          lines: [{ productId: product.id, quantity: 1, unitPrice: 1000 }],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const won = await t.app.inject({
        method: 'POST',
        url: `/api/opportunities/${created.json().id}/win`,
        headers,
        payload: { version: created.json().version, signedOn },
      });
      expect(won.statusCode, won.body).toBe(200);

      const csv = `Opportunity ID;Account;Stage;Amount;Close Date;Created Date;Product;Owner\nH-1;Won By Import AB;Closed Won;1000;${signedOn};${day(90)};${product.name};${me.name}\n`;
      const run = await runImport(t.ctx, options({ entity: 'opportunities', source: 'generic' }), csv);
      expect(run, JSON.stringify(await importErrors(t.ctx, run.id, 10, 0))).toMatchObject({ status: 'succeeded', createdRows: 1 });

      const a = await facts(inApp);
      const b = await facts(imported);
      expect(b.account.status).toBe('customer');
      expect(b.account).toEqual(a.account);
      expect(b.holdings).toEqual(a.holdings);
      expect(b.holdings).toHaveLength(1);
      expect(b.deal).toEqual(a.deal);
      expect(b.deal).toMatchObject({ stage: 'won', signed_on: signedOn, closed: true });
      expect(b.events.map((e) => e.event)).toEqual(['opportunity.created', 'opportunity.won']);
      expect(b.events[1]!.on).toBe(signedOn);

      // a second run changes nothing: no second holding, no second event
      const again = await runImport(t.ctx, options({ entity: 'opportunities', source: 'generic' }), csv);
      expect(again).toMatchObject({ status: 'succeeded', createdRows: 0, updatedRows: 1 });
      expect(await facts(imported)).toEqual(b);
    });

    it('reports owners who are not Korsa users per row, and maps them to users when told', async () => {
      await t.app.inject({ method: 'POST', url: '/api/accounts', headers: leader.headers, payload: { name: 'Owner Test AB' } });
      const csv = 'Opportunity ID;Account;Stage;Amount;Close Date;Owner\nO-1;Owner Test AB;Negotiation;500;2026-09-01;Moses Frase\n';
      const run = await runImport(t.ctx, options({ entity: 'opportunities' }), csv);
      expect(run).toMatchObject({ status: 'succeeded', createdRows: 1 });
      const [warning] = await importErrors(t.ctx, run.id, 10, 0);
      expect(warning).toMatchObject({
        row: 2,
        column: 'Owner',
        severity: 'warning',
        message: expect.stringContaining('"Moses Frase" is not a Korsa user'),
      });
      const mapped = await runImport(t.ctx, options({ entity: 'opportunities', ownerMap: 'Moses Frase=leader@nordlys.example' }), csv);
      expect(mapped).toMatchObject({ status: 'succeeded', updatedRows: 1 });
      expect(await importErrors(t.ctx, mapped.id, 10, 0)).toEqual([]);
      const owner = await one<{ email: string }>(
        `select u.email from opportunities o join users u on u.id = o.owner_id where o.source_id = 'O-1'`,
      );
      expect(owner.email).toBe('leader@nordlys.example');
    });

    it('imports orders with their lines as won deals: the customer owns what it bought; a bad line keeps its order out', async () => {
      const group = await one<{ name: string }>(`select name from sales_groups order by name limit 1`);
      const accounts = 'Customer ID,Customer\nC-1,Fjällbacka Bygg AB\nC-2,Nordkap Shipping AS\n';
      expect(await runImport(t.ctx, options({ entity: 'accounts' }), accounts)).toMatchObject({ status: 'succeeded', createdRows: 2 });
      const products = 'Product ID,Product,Category\nP-ROOF,Roof Safety Kit,Safety\nP-HARN,Harness Pro,Safety\n';
      expect(await runImport(t.ctx, options({ entity: 'products', salesGroup: group.name }), products)).toMatchObject({ createdRows: 2 });

      const file = fixture('orders-lines.csv');
      const run = await runImport(t.ctx, options({ entity: 'orders', mode: 'good', currency: 'SEK' }), file);
      // SO-1001's second line comes after another order's: the order is still one deal with two lines;
      // counted as orders (SO-1001, SO-1002, SO-1003) with their four lines beside them
      expect(run).toMatchObject({
        status: 'partial',
        totalRows: 6,
        createdRows: 3,
        lines: 4,
        failedRows: 2,
        unusedColumns: ['Ship Mode'],
      });
      expect(await importErrors(t.ctx, run.id, 10, 0)).toEqual([
        expect.objectContaining({ row: 6, column: 'Product ID', message: expect.stringContaining('"P-NOPE" was not found') }),
        expect.objectContaining({ row: 7, message: 'not imported: another line of the order (row 6) has an error' }),
      ]);
      const deal = (order: string) =>
        one<Record<string, unknown>>(
          `select o.value::float as value, o.signed_on::text, o.channel, o.currency, s.key as stage, a.name as account,
                  (select count(*)::int from opportunity_lines l where l.opportunity_id = o.id) as lines
             from opportunities o join stages s on s.id = o.stage_id join accounts a on a.id = o.account_id where o.source_id = 'order:${order}'`,
        );
      expect(await deal('SO-1001')).toEqual({
        value: 2550,
        signed_on: '2024-03-05',
        channel: 'new',
        currency: 'SEK',
        stage: 'won',
        account: 'Fjällbacka Bygg AB',
        lines: 2,
      });
      expect(await deal('SO-1003')).toMatchObject({ value: 600, signed_on: '2025-01-10', stage: 'won', lines: 1 });
      expect((await deal('SO-1003')).channel).not.toBe('new');
      expect(await count(`opportunities where source_id = 'order:SO-1004'`)).toBe(0);
      // what the matrix reads: the products each customer owns, and the customer is no longer a prospect
      const owned = async (name: string) =>
        rowsOf<{ code: string }>(
          await t.ctx.db.execute(
            sql.raw(`select distinct p.code from holdings h join products p on p.id = h.product_id join accounts a on a.id = h.account_id
                     where a.name = '${name}' order by 1`),
          ),
        ).map((r) => r.code);
      expect(await owned('Fjällbacka Bygg AB')).toEqual(['P-HARN', 'P-ROOF']);
      expect(await owned('Nordkap Shipping AS')).toEqual(['P-HARN']);
      const statuses = rowsOf<{ status: string }>(
        await t.ctx.db.execute(sql.raw(`select status from accounts where source_id in ('C-1', 'C-2')`)),
      ).map((r) => r.status);
      expect(statuses).toHaveLength(2);
      expect(statuses).not.toContain('prospect');

      // again: nothing new
      const holdings = await count('holdings');
      const again = await runImport(t.ctx, options({ entity: 'orders', mode: 'good', currency: 'SEK' }), file);
      expect(again).toMatchObject({ createdRows: 0, updatedRows: 3, lines: 4, failedRows: 2 });
      expect(await count('holdings')).toBe(holdings);
    });

    it('joins an order file with its lines file on the order id, and reports lines of orders it does not have', async () => {
      const orders = Buffer.from('Order No;Customer ID;Order Date;Currency\nSO-2001;C-2;15.05.2025;NOK\n');
      const lines = Buffer.from(
        'Line;OrderNo;Product ID;Qty;Sales\n1;SO-2001;P-ROOF;2;1000\n2;SO-2001;P-HARN;1;450\n3;SO-9999;P-HARN;1;450\n',
      );
      const joined = await joinOrderFiles(orders, lines);
      const run = await runImport(t.ctx, options({ entity: 'orders', mode: 'good' }), joined);
      expect(run).toMatchObject({ totalRows: 3, createdRows: 1, lines: 2, failedRows: 1, unusedColumns: ['Line'] });
      expect(await importErrors(t.ctx, run.id, 10, 0)).toEqual([
        expect.objectContaining({ row: 4, column: 'Order Date', message: 'the order date is empty' }),
      ]);
      const deal = await one<{ value: number; signed_on: string; currency: string; lines: number }>(
        `select o.value::float as value, o.signed_on::text, o.currency,
                (select count(*)::int from opportunity_lines l where l.opportunity_id = o.id) as lines
           from opportunities o where o.source_id = 'order:SO-2001'`,
      );
      expect(deal).toEqual({ value: 1450, signed_on: '2025-05-15', currency: 'NOK', lines: 2 });
      await expect(joinOrderFiles(Buffer.from('Customer\nC-1\n'), lines)).rejects.toMatchObject({ code: 'import_mapping_incomplete' });
    });

    it('decides the date format for the whole file: never a day and month swapped', async () => {
      await t.app.inject({ method: 'POST', url: '/api/accounts', headers: leader.headers, payload: { name: 'Dates Test AB' } });
      const occurred = async (subject: string) =>
        (await one<{ on: string }>(`select occurred_at::date::text as on from activities where subject = '${subject}'`)).on;
      // month first, as the 12/25 shows: 03/04/2024 is 4 March
      const us = 'Account,Type,Subject,Date\nDates Test AB,call,US one,03/04/2024\nDates Test AB,call,US two,12/25/2024\n';
      expect(await runImport(t.ctx, options({ entity: 'activities' }), Buffer.from(us))).toMatchObject({
        status: 'succeeded',
        createdRows: 2,
      });
      expect(await occurred('US one')).toBe('2024-03-04');
      // day first, as the 25/12 shows: 03/04/2024 is 3 April
      const uk = 'Account,Type,Subject,Date\nDates Test AB,call,UK one,03/04/2024\nDates Test AB,call,UK two,25/12/2024\n';
      await runImport(t.ctx, options({ entity: 'activities' }), Buffer.from(uk));
      expect(await occurred('UK one')).toBe('2024-04-03');
      // Nordic dots are day first
      await runImport(
        t.ctx,
        options({ entity: 'activities' }),
        Buffer.from('Account;Type;Subject;Date\nDates Test AB;call;Dots;03.04.2024\n'),
      );
      expect(await occurred('Dots')).toBe('2024-04-03');
      // nothing tells: ask, through the API too, and take the format when given
      const unclear = 'Account,Type,Subject,Date\nDates Test AB,call,Unclear,03/04/2024\n';
      const headers = { ...leader.headers, 'content-type': 'text/csv' };
      const asked = await t.app.inject({ method: 'POST', url: '/api/imports?entity=activities', headers, payload: unclear });
      expect(asked.statusCode).toBe(400);
      expect(asked.json().error).toMatchObject({
        code: 'import_dates_ambiguous',
        details: { columns: ['Date'], examples: ['03/04/2024'] },
      });
      const mixed = 'Account,Type,Subject,Date\nDates Test AB,call,M1,25/12/2024\nDates Test AB,call,M2,12/25/2024\n';
      await expect(runImport(t.ctx, options({ entity: 'activities' }), mixed)).rejects.toMatchObject({ code: 'import_dates_ambiguous' });
      await runImport(t.ctx, options({ entity: 'activities', dateFormat: 'mdy' }), unclear);
      expect(await occurred('Unclear')).toBe('2024-03-04');
    });
  });
});
