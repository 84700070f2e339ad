/**
 * The audit trail (L5): field-level history — who, when, from → to, through which channel — on the
 * record's page and in the admins' search with filters and CSV export; nothing edits it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('audit trail (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let admin: Session;
  let opportunityId: string;
  let accountId: string;

  const get = (url: string, s?: Session) => t.app.inject({ method: 'GET', url, headers: s?.headers ?? {} });
  const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, s: Session, payload?: unknown) =>
    t.app.inject({ method, url, headers: s.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    const me = (await get('/api/me', seller)).json();
    accountId = (await send('POST', '/api/accounts', seller, { name: 'Historik AB', marketId: me.market.id })).json().id;
    const contactId = (await send('POST', '/api/contacts', seller, { accountId, firstName: 'Hilda', lastName: 'Historik' })).json().id;
    const created = await send('POST', '/api/opportunities', seller, {
      accountId,
      name: 'Flotta',
      estimatedValue: 50_000,
      expectedCloseOn: '2031-03-31',
      contactId,
    });
    expect(created.statusCode, created.body).toBe(201);
    opportunityId = created.json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows an opportunity’s value change with before and after, who made it and through which channel', async () => {
    const o = (await get(`/api/opportunities/${opportunityId}`, seller)).json();
    const edit = await send('PATCH', `/api/opportunities/${opportunityId}`, seller, {
      version: o.version,
      estimatedValue: 75_000,
      expectedCloseOn: '2031-05-31',
    });
    expect(edit.statusCode, edit.body).toBe(200);

    // the same change through an API key
    const key = (await send('POST', '/api/api-keys', seller, { name: 'ERP' })).json().token as string;
    const bearer = { authorization: `Bearer ${key}` };
    const byApi = await t.app.inject({
      method: 'PATCH',
      url: `/api/opportunities/${opportunityId}`,
      headers: bearer,
      payload: { version: edit.json().version, estimatedValue: 80_000 },
    });
    expect(byApi.statusCode).toBe(200);

    // on the record's page: anyone who sees the deal
    const colleague = await t.signIn('leader@nordlys.example');
    const history = await get(`/api/history/opportunity/${opportunityId}`, colleague);
    expect(history.statusCode).toBe(200);
    const updates = history.json().items.filter((e: { action: string }) => e.action === 'opportunity.updated');
    expect(updates).toHaveLength(2);
    const [viaApi, viaWeb] = updates; // newest first
    const me = (await get('/api/me', seller)).json();
    expect(viaWeb).toMatchObject({ actor: { id: me.user.id, name: me.user.name }, channel: 'web' });
    expect(viaWeb.changes).toEqual(
      expect.arrayContaining([
        { field: 'value', from: 50_000, to: 75_000 },
        { field: 'estimatedValue', from: 50_000, to: 75_000 },
        { field: 'expectedCloseOn', from: '2031-03-31', to: '2031-05-31' },
      ]),
    );
    expect(viaApi).toMatchObject({ channel: 'api_key' });
    expect(viaApi.changes).toContainEqual({ field: 'value', from: 75_000, to: 80_000 });
    expect(history.json().items.map((e: { action: string }) => e.action)).toContain('opportunity.created');
  });

  it('records line items’ new value and a stage move by the stages’ names', async () => {
    const before = (await get(`/api/opportunities/${opportunityId}`, seller)).json();
    const product = (await get('/api/products', seller)).json()[0];
    const lines = await send('PUT', `/api/opportunities/${opportunityId}/lines`, seller, {
      version: before.version,
      lines: [{ productId: product.id, quantity: 2, unitPrice: 45_000 }],
    });
    expect(lines.statusCode, lines.body).toBe(200);
    const o = lines.json();
    const process = (await get('/api/processes', seller)).json().find((p: { id: string }) => p.id === o.processId);
    const target = process.stages.find((s: { key: string }) => s.key === 'quote_designed');
    const move = await send('POST', `/api/opportunities/${opportunityId}/move`, seller, { version: o.version, stageId: target.id });
    expect(move.statusCode, move.body).toBe(200);
    const history = (await get(`/api/history/opportunity/${opportunityId}`, seller)).json();
    const stageChange = history.items.find((e: { changes: { field: string }[] }) => e.changes.some((c) => c.field === 'stage'));
    expect(stageChange.changes).toContainEqual({ field: 'stage', from: o.stage.name, to: target.name });
    const valued = history.items.find((e: { changes: { field: string; to: unknown }[] }) =>
      e.changes.some((c) => c.field === 'value' && c.to === 90_000),
    );
    expect(valued.changes).toContainEqual({ field: 'value', from: 80_000, to: 90_000 });
  });

  it('records a win and a reopening as what the deal became: stage by name, signing date, channel', async () => {
    const before = (await get(`/api/opportunities/${opportunityId}`, seller)).json();
    const win = await send('POST', `/api/opportunities/${opportunityId}/win`, seller, { version: before.version, signedOn: '2026-11-30' });
    expect(win.statusCode, win.body).toBe(200);
    const won = win.json();
    type Entry = { action: string; changes: { field: string; from: unknown; to: unknown }[] };
    const latest = async () => ((await get(`/api/history/opportunity/${opportunityId}`, seller)).json().items as Entry[])[0]!;
    const wonEntry = await latest();
    expect(wonEntry.action).toBe('opportunity.updated');
    expect(wonEntry.changes).toContainEqual({ field: 'stage', from: before.stage.name, to: won.stage.name });
    expect(wonEntry.changes).toContainEqual({ field: 'signedOn', from: null, to: '2026-11-30' });
    // the audit is written before the deal (a close holds the shared totals only for its last steps): it names what was written
    for (const field of ['value', 'annualValue', 'channel', 'signedOn', 'lostReason', 'expectedCloseOn']) {
      const change = wonEntry.changes.find((c) => c.field === field);
      if (before[field] === won[field]) expect(change, field).toBeUndefined();
      else expect(change, field).toEqual({ field, from: before[field], to: won[field] });
    }
    const reopen = await send('POST', `/api/opportunities/${opportunityId}/reopen`, seller, { version: won.version, reason: 'Signed too early' });
    expect(reopen.statusCode, reopen.body).toBe(200);
    const reopenedEntry = await latest();
    expect(reopenedEntry.changes).toContainEqual({ field: 'stage', from: won.stage.name, to: before.stage.name });
    expect(reopenedEntry.changes).toContainEqual({ field: 'signedOn', from: '2026-11-30', to: null });
    // a win on a version someone else has changed: 409, and nothing of it stays (its event and audit come before the deal's update)
    const history = async () => (await get(`/api/history/opportunity/${opportunityId}`, seller)).json().items as Entry[];
    const seen = await history();
    const stale = await send('POST', `/api/opportunities/${opportunityId}/win`, seller, { version: won.version, signedOn: '2026-11-30' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(await history()).toEqual(seen);
    expect((await get(`/api/opportunities/${opportunityId}`, seller)).json().closedAt).toBeNull();
  });

  it('keeps field-level history of accounts, users’ roles and targets, searchable by admins with filters and CSV', async () => {
    const a = (await get(`/api/accounts/${accountId}`, seller)).json();
    await send('PATCH', `/api/accounts/${accountId}`, seller, { city: 'Umeå', version: a.version });
    const accountHistory = (await get(`/api/history/account/${accountId}`, seller)).json();
    expect(accountHistory.items[0]).toMatchObject({ action: 'account.updated', changes: [{ field: 'city', from: null, to: 'Umeå' }] });

    const user = (await get('/api/users?role=seller&pageSize=1', admin)).json().items[0];
    const changed = await send('PATCH', `/api/users/${user.id}`, admin, { role: 'sales_leader' });
    expect(changed.statusCode).toBe(200);
    const roles = (await get(`/api/audit-events?entityType=user&entityId=${user.id}&field=role`, admin)).json();
    expect(roles.items[0].changes).toContainEqual({ field: 'role', from: 'seller', to: 'sales_leader' });

    for (const amount of [5_000_000, 6_000_000]) {
      const set = await send('PUT', '/api/targets', admin, { year: 2031, entries: [{ scope: 'company', channel: 'new', amount }] });
      expect(set.statusCode).toBe(200);
    }
    const targets = (await get('/api/audit-events?entityType=targets&entityId=2031', admin)).json();
    expect(targets.items.map((e: { changes: unknown[] }) => e.changes)).toEqual([
      [{ field: 'company:company:new', from: 5_000_000, to: 6_000_000 }],
      [{ field: 'company:company:new', from: null, to: 5_000_000 }],
    ]);

    // filters: by channel, by action prefix, by person, by day
    const viaApi = (await get('/api/audit-events?channel=api_key', admin)).json();
    expect(viaApi.items.length).toBeGreaterThan(0);
    expect(viaApi.items.every((e: { channel: string }) => e.channel === 'api_key')).toBe(true);
    const deals = (await get('/api/audit-events?action=opportunity.&pageSize=200', admin)).json();
    expect(deals.items.every((e: { action: string }) => e.action.startsWith('opportunity.'))).toBe(true);
    const me = (await get('/api/me', seller)).json();
    const mine = (await get(`/api/audit-events?actorId=${me.user.id}`, admin)).json();
    expect(mine.items.every((e: { actorId: string }) => e.actorId === me.user.id)).toBe(true);
    expect((await get('/api/audit-events?to=2000-01-01', admin)).json().total).toBe(0);

    const csv = await get(`/api/audit-events/export.csv?entityType=opportunity&entityId=${opportunityId}`, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('When,Who,Channel,Action');
    expect(csv.body).toMatch(/value: 50000 → 75000/);
  });

  it('lets only admins and management search the whole trail, and nothing edits it', async () => {
    expect((await get('/api/audit-events', seller)).statusCode).toBe(403);
    expect((await get('/api/audit-events/export.csv', seller)).statusCode).toBe(403);
    expect((await get(`/api/history/opportunity/${opportunityId}`)).statusCode).toBe(401);
    expect((await get(`/api/history/user/${opportunityId}`, seller)).statusCode).toBe(400);
    const entry = (await get('/api/audit-events?pageSize=1', admin)).json().items[0];
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const res = await send(method, `/api/audit-events/${entry.id}`, admin, method === 'DELETE' ? undefined : { action: 'x' });
      expect(res.statusCode, method).toBe(404);
      expect(res.json().error.code).toBe('route_not_found');
    }
    expect((await send('POST', '/api/audit-events', admin, { action: 'x' })).statusCode).toBe(404);
  });
});
