import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industryCodes, industryFromText, industryNames } from '@domain/industries';
import { rowsOf } from '../../server/db/client';
import { runImport } from '../../server/modules/imports/service';
import { importErrors } from '../../server/modules/imports/service-reports';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * Industry as a controlled list (issue 14, finding 12): accounts, leads and interview insights hold a
 * NACE section letter (domain/industries.ts); the API refuses anything else with 400 validation_failed,
 * the matrix and account list filter by the code, imports read free text as a code and report what
 * names none, and the migration's SQL mapping (0040, `korsa_industry_code`) reads text as the domain does.
 */
describe.each(dbKinds)('industries as a controlled list (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let leader: Session;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH', url: string, s: Session, payload: object) =>
    t.app.inject({ method, url, headers: s.headers, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('maps stored free text in SQL exactly as the domain maps it', async () => {
    const samples = [
      ...industryCodes.flatMap((c) => Object.values(industryNames[c])),
      ...['IT', 'it & telecom', 'IT och telekom', 'Tillverkning', 'MANUFACTURING', 'Retail', 'Detaljhandel', 'Hälsa', 'Bygg- og anlegg'],
      ...['Logistik', 'Fastigheter', 'Public sector', 'Professional services', 'Real estate', 'Försäkring', 'Ærø', 'Bjørn'],
      ...['c', ' J ', '62', '62.01', '47111', '01.1', '99', '04', '00', '2', 'C Manufacturing', 'C – Tillverkning', 'C Retail'],
      ...['Food', 'Quantum widgets', '', '  ', 'V', '&', 'and'],
    ];
    const mapped = rowsOf<{ i: number; code: string | null }>(
      await t.ctx.db.execute(
        sql`select i::int as i, korsa_industry_code(x) as code from unnest(${`{${samples.map((s) => JSON.stringify(s)).join(',')}}`}::text[]) with ordinality as s(x, i)`,
      ),
    );
    expect(mapped.map((m) => [samples[m.i - 1], m.code])).toEqual(samples.map((s) => [s, industryFromText(s)]));
  });

  it('keeps the demo on codes and lists the industries in use as codes', async () => {
    const stored = rowsOf<{ industry: string | null }>(await t.ctx.db.execute(sql`select distinct industry from accounts`));
    for (const s of stored) expect(s.industry === null || (industryCodes as readonly string[]).includes(s.industry)).toBe(true);
    const list = (await get('/api/accounts/industries', seller)).json<{ industry: string; accounts: number }[]>();
    expect(list.length).toBeGreaterThan(5);
    for (const row of list) expect(industryCodes).toContain(row.industry);
  });

  it('stores a code on an account and refuses free text with 400 validation_failed', async () => {
    const created = await send('POST', '/api/accounts', seller, { name: 'Kodad Industri AB', industry: 'C' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ industry: 'C' });
    const id = created.json().id;
    for (const industry of ['Manufacturing', 'Tillverkning', 'c', 'V']) {
      const refused = await send('POST', '/api/accounts', seller, { name: 'Fritext AB', industry });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({
        code: 'validation_failed',
        details: [expect.objectContaining({ path: 'body.industry' })],
      });
    }
    const patched = await send('PATCH', `/api/accounts/${id}`, seller, { industry: 'J' });
    expect(patched.json()).toMatchObject({ industry: 'J' });
    expect((await send('PATCH', `/api/accounts/${id}`, seller, { industry: 'IT' })).statusCode).toBe(400);
    expect((await send('PATCH', `/api/accounts/${id}`, seller, { industry: '' })).json()).toMatchObject({ industry: null });
  });

  it('stores a code on a lead and refuses free text', async () => {
    const marketing = await t.signIn('marketing@nordlys.example');
    const created = await send('POST', '/api/leads', marketing, { name: 'Kodad Lead', company: 'Lead AB', industry: 'G', source: 'list' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ industry: 'G' });
    const refused = await send('POST', '/api/leads', marketing, { name: 'Fri Lead', industry: 'Detaljhandel', source: 'list' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('validation_failed');
  });

  it('filters the matrix and the account list by code; a name is 400', async () => {
    const [top] = (await get('/api/accounts/industries', leader)).json<{ industry: string; accounts: number }[]>();
    const matrix = await get(`/api/matrix?industry=${top!.industry}&pageSize=100`, leader);
    expect(matrix.statusCode).toBe(200);
    const rows = matrix.json<{ rows: { account: { industry: string | null } }[]; total: number }>();
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const r of rows.rows) expect(r.account.industry).toBe(top!.industry);
    const accounts = (await get(`/api/accounts?industry=${top!.industry}&pageSize=200`, leader)).json<{ items: { industry: string }[] }>();
    expect(accounts.items.length).toBeGreaterThan(0);
    for (const a of accounts.items) expect(a.industry).toBe(top!.industry);
    const byName = await get(`/api/matrix?industry=${encodeURIComponent(industryNames[top!.industry as 'C'].en)}`, leader);
    expect(byName.statusCode).toBe(400);
    expect(byName.json().error).toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ path: 'querystring.industry' })],
    });
    expect((await get('/api/accounts?industry=Retail', leader)).statusCode).toBe(400);
  });

  it('imports free text as codes and reports, per row, the text that names no industry', async () => {
    const csv = [
      'Name;Industry',
      'Import Tillverkning AB;Tillverkning',
      'Import IT AB;IT',
      'Import Handel AB;detaljhandel',
      'Import Mat AB;Food',
      'Import Teknik AB;technolgy',
      'Import Tom AB;',
    ].join('\n');
    const run = await runImport(t.ctx, { entity: 'accounts', mode: 'all', dryRun: false, fileName: 'i.csv', actor: null }, csv);
    expect(run).toMatchObject({ status: 'succeeded', createdRows: 6 });
    const stored = rowsOf<{ name: string; industry: string | null }>(
      await t.ctx.db.execute(sql`select name, industry from accounts where name like 'Import % AB' order by name`),
    );
    expect(Object.fromEntries(stored.map((s) => [s.name, s.industry]))).toEqual({
      'Import Tillverkning AB': 'C',
      'Import IT AB': 'J',
      'Import Handel AB': 'G',
      'Import Mat AB': null,
      'Import Teknik AB': null,
      'Import Tom AB': null,
    });
    const report = await importErrors(t.ctx, run.id, 10, 0);
    expect(report).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'Industry',
        severity: 'warning',
        message: expect.stringContaining('"Food" is not an industry'),
      }),
      expect.objectContaining({
        row: 6,
        column: 'Industry',
        severity: 'warning',
        message: expect.stringContaining('did you mean "technology"'),
      }),
    ]);
  });

  it('exports the industry as its code and its name in the exporter’s language, and imports the export back', async () => {
    const created = await send('POST', '/api/accounts', seller, { name: 'Exportbransch AB', industry: 'J', city: 'Luleå' });
    expect(created.statusCode).toBe(201);
    const exported = async (s: Session, locale: string) => {
      expect((await send('PATCH', '/api/me', s, { locale })).statusCode).toBe(200);
      const csv = await get(`/api/accounts/export.csv?q=${encodeURIComponent('Exportbransch')}`, s);
      expect(csv.statusCode).toBe(200);
      return csv.body;
    };
    const sv = await exported(seller, 'sv');
    const [row] = parse<Record<string, string>>(sv, { columns: true, bom: true });
    expect(row).toMatchObject({ Name: 'Exportbransch AB', Industry: 'J', 'Industry name': 'Informations- och kommunikationsverksamhet' });
    const nb = parse<Record<string, string>>(await exported(leader, 'nb'), { columns: true, bom: true });
    expect(nb[0]).toMatchObject({ Industry: 'J', 'Industry name': 'Informasjon og kommunikasjon' });
    const en = parse<Record<string, string>>(await exported(seller, 'en'), { columns: true, bom: true });
    expect(en[0]).toMatchObject({ Industry: 'J', 'Industry name': 'Information and communication' });
    const matrix = parse<Record<string, string>>((await get('/api/matrix/export.csv?industry=J', leader)).body, { columns: true, bom: true });
    expect(matrix.length).toBeGreaterThan(0);
    for (const r of matrix) expect(r).toMatchObject({ Industry: 'J', 'Industry name': 'Informasjon og kommunikasjon' });

    // the export as it is, under another name, and without its code column (the name alone, in Swedish)
    const again = sv.replace('Exportbransch AB', 'Återimport Kod AB');
    const withoutCode = (parse(sv, { bom: true }) satisfies string[][])
      .map((cells, i) => [i === 0 ? cells[0] : 'Återimport Namn AB', ...cells.slice(1)])
      .map((cells) => cells.filter((_, c) => c !== 3).join(';'))
      .join('\n');
    for (const file of [again, withoutCode]) {
      const run = await runImport(t.ctx, { entity: 'accounts', mode: 'all', dryRun: false, fileName: 'accounts.csv', actor: null }, file);
      expect(run).toMatchObject({ status: 'succeeded', createdRows: 1 });
      expect(await importErrors(t.ctx, run.id, 10, 0)).toEqual([]);
    }
    const stored = rowsOf<{ name: string; industry: string | null; city: string | null }>(
      await t.ctx.db.execute(sql`select name, industry, city from accounts where name like 'Återimport %' order by name`),
    );
    expect(stored).toEqual([
      { name: 'Återimport Kod AB', industry: 'J', city: 'Luleå' },
      { name: 'Återimport Namn AB', industry: 'J', city: 'Luleå' },
    ]);
  });
});
