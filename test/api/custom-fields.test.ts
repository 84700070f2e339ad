import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/** Custom fields (#14): an admin defines them; records carry, check, filter, export and import their values. */
describe.each(dbKinds)('custom fields (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let admin: Session;
  let accountId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH', url: string, s: Session, payload: object) =>
    t.app.inject({ method, url, headers: s.headers, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
  }, 300_000); // the demo organisation loads slowly on a shared machine
  afterAll(async () => {
    await t.close();
  });

  it('admins define fields; everyone signed in lists them; a seller may not write them', async () => {
    const tier = {
      entity: 'account',
      key: 'tier',
      labels: { en: 'Tier', sv: 'Nivå', nb: 'Nivå' },
      type: 'choice',
      choices: [
        { key: 'gold', labels: { en: 'Gold', sv: 'Guld' } },
        { key: 'silver', labels: { en: 'Silver' } },
      ],
    };
    const denied = await send('POST', '/api/custom-fields', seller, tier);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    const created = await send('POST', '/api/custom-fields', admin, tier);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key: 'tier', type: 'choice', position: 0, archived: false });
    for (const field of [
      { entity: 'account', key: 'region', labels: { en: 'Sales region' }, type: 'text' },
      { entity: 'account', key: 'fleet_size', labels: { en: 'Fleet size', sv: 'Flottans storlek' }, type: 'number' },
      { entity: 'account', key: 'audit_on', labels: { en: 'Audit date' }, type: 'date' },
      { entity: 'contact', key: 'shoe_size', labels: { en: 'Shoe size' }, type: 'number' },
      { entity: 'opportunity', key: 'tender_ref', labels: { en: 'Tender ref' }, type: 'text' },
    ]) {
      expect((await send('POST', '/api/custom-fields', admin, field)).statusCode).toBe(201);
    }
    // the same key twice, a choice field without choices, a bad key
    expect((await send('POST', '/api/custom-fields', admin, tier)).json().error.code).toBe('already_exists');
    expect((await send('POST', '/api/custom-fields', admin, { ...tier, key: 'other', choices: [] })).statusCode).toBe(400);
    expect((await send('POST', '/api/custom-fields', admin, { ...tier, key: 'Bad Key' })).statusCode).toBe(400);

    const listed = (await get('/api/custom-fields?entity=account', seller)).json().items;
    expect(listed.map((f: { key: string }) => f.key)).toEqual(['tier', 'region', 'fleet_size', 'audit_on']);
    const id = listed[0].id;
    expect((await send('PATCH', `/api/custom-fields/${id}`, seller, { archived: true })).statusCode).toBe(403);
    const renamed = await send('PATCH', `/api/custom-fields/${id}`, admin, { labels: { en: 'Customer tier', sv: 'Kundnivå' } });
    expect(renamed.json().labels).toEqual({ en: 'Customer tier', sv: 'Kundnivå' });
    expect((await get('/api/me', admin)).json().can.manageCustomFields).toBe(true);
    expect((await get('/api/me', seller)).json().can.manageCustomFields).toBe(false);
  });

  it('records take, return and change their values; a bad value is 400 custom_field_invalid naming the field', async () => {
    const created = await send('POST', '/api/accounts', seller, {
      name: 'Fjordkraft Custom AS',
      customFields: { tier: 'gold', region: 'Vestland', fleet_size: 42 },
    });
    expect(created.statusCode).toBe(201);
    accountId = created.json().id;
    expect(created.json().customFields).toEqual({ tier: 'gold', region: 'Vestland', fleet_size: 42 });

    for (const [customFields, problem] of [
      [{ tier: 'bronze' }, 'not_a_choice'],
      [{ fleet_size: 'many' }, 'not_a_number'],
      [{ audit_on: '2026-02-30' }, 'not_a_date'],
      [{ colour: 'red' }, 'unknown_field'],
      [{ shoe_size: 44 }, 'unknown_field'], // a contact's field, not an account's
    ] as const) {
      const bad = await send('PATCH', `/api/accounts/${accountId}`, seller, { customFields });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'custom_field_invalid', details: [{ key: Object.keys(customFields)[0], problem }] });
      expect(bad.json().error.message).toMatch(/custom field|takes/);
    }
    // only the keys given change; null clears one
    const changed = await send('PATCH', `/api/accounts/${accountId}`, seller, {
      version: created.json().version,
      customFields: { audit_on: '2026-05-04', region: null },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().customFields).toEqual({ tier: 'gold', fleet_size: 42, audit_on: '2026-05-04' });
    expect((await get(`/api/accounts/${accountId}/overview`, seller)).json().account.customFields).toMatchObject({ tier: 'gold' });

    const contact = await send('POST', '/api/contacts', seller, {
      accountId,
      firstName: 'Siri',
      lastName: 'Custom',
      customFields: { shoe_size: 39.5 },
    });
    expect(contact.json().customFields).toEqual({ shoe_size: 39.5 });
    expect(
      (await send('PATCH', `/api/contacts/${contact.json().id}`, seller, { customFields: { shoe_size: '39' } })).json().error.code,
    ).toBe('custom_field_invalid');
    const deal = await send('POST', '/api/opportunities', seller, {
      accountId,
      name: 'Custom tender',
      estimatedValue: 1000,
      expectedCloseOn: '2026-12-01',
      contactId: contact.json().id,
      customFields: { tender_ref: 'T-77' },
    });
    expect(deal.statusCode).toBe(201);
    expect(deal.json().customFields).toEqual({ tender_ref: 'T-77' });
    const dealChanged = await send('PATCH', `/api/opportunities/${deal.json().id}`, seller, {
      version: deal.json().version,
      customFields: { tender_ref: 'T-78' },
    });
    expect(dealChanged.json().customFields).toEqual({ tender_ref: 'T-78' });
    expect((await get(`/api/opportunities?cf=tender_ref:t-78`, seller)).json().items.map((o: { id: string }) => o.id)).toEqual([
      deal.json().id,
    ]);
    expect((await get(`/api/contacts?cf=shoe_size:39,5`, seller)).json().items.map((c: { id: string }) => c.id)).toEqual([
      contact.json().id,
    ]);
  });

  it('the forecast, the outstanding quotes and the analytics filter by custom fields as the list does', async () => {
    const cf = (value: string) => `cf=${encodeURIComponent(`tender_ref:${value}`)}`;
    const [deal] = (await get(`/api/opportunities?${cf('t-78')}`, seller)).json().items as { id: string; version: number; value: number }[];
    expect(deal).toBeDefined();
    const planned = (q: string) =>
      get(`/api/opportunities/forecast?from=2026-01-01&months=24&${q}`, admin).then((r) => {
        expect(r.statusCode, r.body).toBe(200);
        return r.json<{ months: { count: number }[] }>().months.reduce((n, m) => n + m.count, 0);
      });
    expect(await planned(cf('t-78'))).toBe(1);
    expect(await planned(cf('no such tender'))).toBe(0);
    expect(await planned('')).toBeGreaterThan(1);

    // a quote out in the demo, given a tender reference by an admin
    const open = (await get('/api/opportunities?status=open&pageSize=100', admin)).json().items as {
      id: string;
      version: number;
      stage: { key: string };
    }[];
    const quote = open.find((o) => o.stage.key === 'quote_sent')!;
    expect(quote).toBeDefined();
    const tagged = await send('PATCH', `/api/opportunities/${quote.id}`, admin, { version: quote.version, customFields: { tender_ref: 'Q-9' } });
    expect(tagged.statusCode, tagged.body).toBe(200);
    const quotes = async (q: string) => (await get(`/api/opportunities/outstanding-quotes?${q}`, admin)).json().total.count as number;
    expect(await quotes(cf('q-9'))).toBe(1);
    expect(await quotes(cf('t-78'))).toBe(0); // not at the quote stage
    expect(await quotes('')).toBeGreaterThan(1);

    // the tender lost: the analytics count it, and only it, under its reference
    const lost = await send('POST', `/api/opportunities/${deal!.id}/lose`, seller, { version: deal!.version, reason: 'disqualified' });
    expect(lost.statusCode, lost.body).toBe(200);
    const analytics = (await get(`/api/opportunities/analytics?by=seller&${cf('t-78')}`, admin)).json();
    expect(analytics.overall).toMatchObject({ won: 0, lost: 1 });
    expect(analytics.lostReasons).toEqual([{ reason: 'disqualified', count: 1 }]);
    expect((await get(`/api/opportunities/analytics?by=seller&${cf('q-9')}`, admin)).json().overall).toMatchObject({ won: 0, lost: 0 });
    expect((await get('/api/opportunities/analytics?by=seller', admin)).json().overall.lost).toBeGreaterThan(1);

    // an unknown field or a value its type cannot hold is refused alike on every view
    for (const view of ['forecast', 'outstanding-quotes', 'analytics?by=seller', 'board']) {
      const res = await get(`/api/opportunities/${view}${view.includes('?') ? '&' : '?'}cf=nope:1`, admin);
      expect(res.statusCode, view).toBe(400);
      expect(res.json().error.code).toBe('custom_field_invalid');
    }
  });

  it('archived fields keep their values but take no new ones', async () => {
    const fields = (await get('/api/custom-fields?entity=account', admin)).json().items as { id: string; key: string }[];
    const fleet = fields.find((f) => f.key === 'fleet_size')!;
    expect((await send('PATCH', `/api/custom-fields/${fleet.id}`, admin, { archived: true })).json().archived).toBe(true);
    expect((await get('/api/custom-fields?entity=account', seller)).json().items.map((f: { key: string }) => f.key)).not.toContain(
      'fleet_size',
    );
    expect((await get('/api/custom-fields?entity=account&all=true', admin)).json().items.map((f: { key: string }) => f.key)).toContain(
      'fleet_size',
    );
    const refused = await send('PATCH', `/api/accounts/${accountId}`, seller, { customFields: { fleet_size: 43 } });
    expect(refused.json().error).toMatchObject({ code: 'custom_field_invalid', details: [{ problem: 'archived_field' }] });
    expect((await get(`/api/accounts/${accountId}`, seller)).json().customFields.fleet_size).toBe(42);
    expect((await send('PATCH', `/api/custom-fields/${fleet.id}`, admin, { archived: false })).json().archived).toBe(false);
  });

  it('lists filter by custom fields with parameters; the export has their columns', async () => {
    const ids = async (url: string) => (await get(url, seller)).json().items.map((a: { id: string }) => a.id);
    expect(await ids('/api/accounts?cf=tier:gold&pageSize=100')).toEqual([accountId]);
    expect(await ids('/api/accounts?cf=tier:Guld&pageSize=100')).toEqual([accountId]); // a choice by its label
    expect(await ids('/api/accounts?cf=tier:gold&cf=audit_on:2026-05-04')).toEqual([accountId]);
    expect(await ids('/api/accounts?cf=tier:silver')).toEqual([]);
    expect(await ids(`/api/accounts?cf=${encodeURIComponent("region:x' or 1=1 --")}`)).toEqual([]);
    expect(await ids(`/api/accounts?cf=${encodeURIComponent('region:vestland')}`)).toEqual([]); // cleared above
    const unknown = await get('/api/accounts?cf=nope:1', seller);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('custom_field_invalid');
    expect((await get('/api/accounts?cf=fleet_size:lots', seller)).json().error.code).toBe('custom_field_invalid');
    expect((await get('/api/accounts?cf=notakey', seller)).statusCode).toBe(400);

    const csv = await get(`/api/accounts/export.csv?q=${encodeURIComponent('Fjordkraft Custom')}`, seller);
    expect(csv.statusCode).toBe(200);
    const [header, row] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header!.split(',').slice(-4)).toEqual(['Customer tier', 'Sales region', 'Fleet size', 'Audit date']);
    expect(row!.split(',').slice(-4)).toEqual(['Gold', '', '42', '2026-05-04']);
  });

  it('imports map columns to custom fields by key or label; a value a field cannot hold is a row error', async () => {
    const headers = { ...admin.headers, 'content-type': 'text/csv' };
    const csv = 'Name,Customer tier,Sales region,fleet_size\nNordkapp Custom AS,Silver,Finnmark,"1 200"\nBad Custom AS,Platinum,Troms,3\n';
    const preview = (await t.app.inject({ method: 'POST', url: '/api/imports/preview?entity=accounts', headers, payload: csv })).json();
    expect(preview.mapping).toMatchObject({
      name: 'Name',
      'cf.tier': 'Customer tier',
      'cf.region': 'Sales region',
      'cf.fleet_size': 'fleet_size',
    });
    expect(preview.fields).toContain('cf.audit_on');
    expect(preview.errors).toEqual([expect.objectContaining({ row: 3, column: 'Customer tier' })]);

    const started = await t.app.inject({ method: 'POST', url: '/api/imports?entity=accounts&mode=good', headers, payload: csv });
    expect(started.statusCode).toBe(202);
    let run = started.json();
    for (let i = 0; i < 100 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await get(`/api/imports/${run.id}`, admin)).json();
    }
    expect(run).toMatchObject({ status: 'partial', createdRows: 1, failedRows: 1 });
    const errors = (await get(`/api/imports/${run.id}/errors`, admin)).json();
    expect(JSON.stringify(errors)).toMatch(/Customer tier.*takes one of: Gold, Silver/);
    const imported = (await get('/api/accounts?cf=region:finnmark', seller)).json().items;
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({
      name: 'Nordkapp Custom AS',
      customFields: { tier: 'silver', region: 'Finnmark', fleet_size: 1200 },
    });

    const explicit = await t.app.inject({
      method: 'POST',
      url: `/api/imports/preview?entity=accounts&mapping=${encodeURIComponent('{"name":"Name","cf.nope":"Sales region"}')}`,
      headers,
      payload: csv,
    });
    expect(explicit.statusCode).toBe(400);
  });

  it('admins put a kind of record’s fields in a new order, every field once; the lists follow it', async () => {
    const listed = async (s: Session) =>
      ((await get('/api/custom-fields?entity=account&all=true', s)).json().items as { id: string; key: string; position: number }[]);
    const before = await listed(admin);
    const byKey = new Map(before.map((f) => [f.key, f.id]));
    const order = ['audit_on', 'tier', 'fleet_size', 'region'].map((k) => byKey.get(k)!);
    expect(before).toHaveLength(order.length);
    const put = (s: Session, body: object) => t.app.inject({ method: 'PUT', url: '/api/custom-fields/order', headers: s.headers, payload: body });
    expect((await put(seller, { entity: 'account', ids: order })).statusCode).toBe(403);
    const moved = await put(admin, { entity: 'account', ids: order });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().items.map((f: { key: string }) => f.key)).toEqual(['audit_on', 'tier', 'fleet_size', 'region']);
    expect((await listed(seller)).map((f) => [f.key, f.position])).toEqual([
      ['audit_on', 0],
      ['tier', 1],
      ['fleet_size', 2],
      ['region', 3],
    ]);
    // one left out, one twice, or another kind's field: refused, the order as it was
    const contactField = (await get('/api/custom-fields?entity=contact', admin)).json().items[0].id as string;
    for (const ids of [order.slice(1), [...order.slice(1), order[1]!], [...order.slice(1), contactField]]) {
      const bad = await put(admin, { entity: 'account', ids });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].path).toBe('body.ids');
    }
    expect((await listed(admin)).map((f) => f.key)).toEqual(['audit_on', 'tier', 'fleet_size', 'region']);
    const audit = await get('/api/audit-events?action=custom_field.reordered', admin);
    expect(audit.json().items.length).toBe(1);
  });
});
