import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addHolding, markPassiveAccounts } from '../../server/modules/accounts/service';
import { inTransaction } from '../../server/platform/context';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('customer memory: accounts, contacts, timeline, search (%s)', (kind) => {
  let t: TestApp;
  let seller: Session; // Fleet & Mobility, SE
  let other: Session; // a seller of another group
  let markets: { id: string; code: string }[];
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const patch = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'PATCH', url, headers: s.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    markets = (await get('/api/markets', seller)).json();
    const users = (await get('/api/users?role=seller&pageSize=100', seller)).json().items as { email: string; salesGroupId: string }[];
    const me = (await get('/api/me', seller)).json();
    const colleague = users.find((u) => u.salesGroupId !== me.salesGroup.id)!;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${await t.userId(colleague.email)}`,
      headers: (await t.signIn('admin@nordlys.example')).headers,
      payload: { password: 'colleague-password' },
    });
    other = await t.signIn(colleague.email, 'colleague-password');
  });
  afterAll(async () => {
    await t.close();
  });

  let parentId: string;
  let accountId: string;

  it('creates accounts in a hierarchy, with the creation on the shared timeline', async () => {
    const se = markets.find((m) => m.code === 'SE')!.id;
    const parent = await post('/api/accounts', seller, { name: 'Skanska Group', isGlobal: true, industry: 'F', marketId: se });
    expect(parent.statusCode).toBe(201);
    parentId = parent.json().id;
    const child = await post('/api/accounts', seller, {
      name: 'Skanska Sverige AB',
      parentId,
      marketId: se,
      city: 'Malmö',
      orgNumber: '556000-4615',
      size: 'enterprise',
    });
    expect(child.statusCode).toBe(201);
    accountId = child.json().id;
    expect(child.json()).toMatchObject({ status: 'prospect', parentId });

    const overview = (await get(`/api/accounts/${parentId}/overview`, other)).json();
    expect(overview.subsidiaries.map((s: { name: string }) => s.name)).toEqual(['Skanska Sverige AB']);
    const childOverview = (await get(`/api/accounts/${accountId}/overview`, other)).json();
    expect(childOverview.parent).toEqual({ id: parentId, name: 'Skanska Group' });
    expect(childOverview.market.code).toBe('SE');
    expect(childOverview.owner.name).toEqual(expect.any(String));
    expect(childOverview.productRow.length).toBe(12);

    const timeline = (await get(`/api/accounts/${accountId}/timeline`, other)).json();
    expect(timeline.items[0]).toMatchObject({ type: 'event', event: 'account.created' });
  });

  it('refuses a parent cycle and unknown references with 400', async () => {
    const cycle = await patch(`/api/accounts/${parentId}`, seller, { parentId: accountId });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.details[0].path).toBe('body.parentId');
    const unknown = await post('/api/accounts', seller, { name: 'X', marketId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    const noName = await post('/api/accounts', seller, { name: '  ' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.details[0].path).toBe('body.name');
  });

  it('writes an owner change to the timeline in the same transaction', async () => {
    const otherMe = (await get('/api/me', other)).json();
    const res = await patch(`/api/accounts/${accountId}`, seller, { ownerId: otherMe.user.id });
    expect(res.statusCode).toBe(200);
    const first = (await get(`/api/accounts/${accountId}/timeline?type=event`, seller)).json().items[0];
    expect(first).toMatchObject({ event: 'account.owner_changed', data: { to: otherMe.user.name } });
  });

  let contactId: string;
  it('adds contacts and logs a call with today and the current user as defaults, visible to every group', async () => {
    const c = await post('/api/contacts', seller, {
      accountId,
      firstName: 'Bjørn',
      lastName: 'Åsheim',
      title: 'CFO',
      buyingRole: 'decision_maker',
      email: 'bjorn@skanska.example',
    });
    expect(c.statusCode).toBe(201);
    contactId = c.json().id;
    const before = Date.now();
    const logged = await post('/api/activities', seller, {
      accountId,
      type: 'call',
      subject: 'Called Bjørn about the fleet',
      contactIds: [contactId],
    });
    expect(logged.statusCode).toBe(201);
    const a = logged.json();
    expect(new Date(a.occurredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(a.author.name).toEqual(expect.any(String));
    expect(a.salesGroup.name).toBe('Fleet & Mobility');
    expect(a.contacts).toEqual([{ id: contactId, name: 'Bjørn Åsheim' }]);

    const seenByOther = (await get(`/api/accounts/${accountId}/timeline`, other)).json();
    expect(seenByOther.items[0].id).toBe(a.id);
    const contact = (await get(`/api/contacts/${contactId}`, other)).json();
    expect(contact.salesGroups.map((g: { name: string }) => g.name)).toEqual(['Fleet & Mobility']);
    const overview = (await get(`/api/accounts/${accountId}/overview`, other)).json();
    expect(overview.touchpoints[0]).toMatchObject({ salesGroupName: 'Fleet & Mobility', activities: 1 });
    const contactTimeline = (await get(`/api/contacts/${contactId}/timeline`, other)).json();
    expect(contactTimeline.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
  });

  it('refuses to link a contact of another account, and lets only the author edit', async () => {
    const elsewhere = await post('/api/accounts', seller, { name: 'Another Company AB' });
    const bad = await post('/api/activities', seller, {
      accountId: elsewhere.json().id,
      type: 'note',
      subject: 'x',
      contactIds: [contactId],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.contactIds');
    const task = (
      await post('/api/activities', seller, { accountId, type: 'task', subject: 'Send the proposal', dueAt: '2030-01-01T09:00:00+01:00' })
    ).json();
    expect((await patch(`/api/activities/${task.id}`, other, { done: true })).statusCode).toBe(403);
    const done = await patch(`/api/activities/${task.id}`, seller, { done: true });
    expect(done.json()).toMatchObject({ done: true, dueAt: '2030-01-01T08:00:00.000Z' });
  });

  it('pages the timeline newest first without gaps or repeats, and filters by type and group', async () => {
    for (let i = 0; i < 7; i++)
      await post('/api/activities', other, { accountId, type: 'note', subject: `Note ${i}`, occurredAt: `2026-0${i + 1}-15T10:00:00Z` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/accounts/${accountId}/timeline?limit=3${cursor ? `&before=${cursor}` : ''}`;
      const pageBody: { items: { id: string; occurredAt: string }[]; nextCursor: string | null } = (await get(url, seller)).json();
      seen.push(...pageBody.items.map((i) => i.id));
      cursor = pageBody.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await get(`/api/accounts/${accountId}/timeline?limit=100`, seller)).json().items;
    expect(seen).toEqual(all.map((i: { id: string }) => i.id));
    const times = all.map((i: { occurredAt: string }) => i.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const notes = (await get(`/api/accounts/${accountId}/timeline?type=note&limit=100`, seller)).json().items;
    expect(notes).toHaveLength(7);
    const otherGroup = (await get('/api/me', other)).json().salesGroup.id;
    const byGroup = (await get(`/api/accounts/${accountId}/timeline?salesGroupId=${otherGroup}&limit=100`, seller)).json().items;
    expect(byGroup.every((i: { salesGroup: { id: string } | null }) => i.salesGroup?.id === otherGroup)).toBe(true);
    const badCursor = await get(`/api/accounts/${accountId}/timeline?before=garbage`, seller);
    expect(badCursor.statusCode).toBe(400);
  });

  it('finds accounts and contacts despite typos and Nordic letters', async () => {
    await post('/api/accounts', seller, { name: 'Malmö Hamn AB' });
    const search = async (q: string) => (await get(`/api/search?q=${encodeURIComponent(q)}`, seller)).json();
    expect((await search('Skanska')).accounts[0].name).toMatch(/^Skanska/);
    expect((await search('Skanska')).accounts.map((a: { name: string }) => a.name)).toContain('Skanska Sverige AB');
    expect((await search('Malmo')).accounts.map((a: { name: string }) => a.name)).toContain('Malmö Hamn AB');
    expect((await search('Bjorn')).contacts.map((c: { name: string }) => c.name)).toContain('Bjørn Åsheim');
    expect((await search('asheim')).contacts.map((c: { name: string }) => c.name)).toContain('Bjørn Åsheim');
    expect((await search('Skanksa')).accounts.map((a: { name: string }) => a.name)).toContain('Skanska Sverige AB');
    const list = (await get('/api/accounts?q=skansk', seller)).json();
    expect(list.items.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Skanska Group', 'Skanska Sverige AB']));
    expect((await get('/api/search?q=', seller)).statusCode).toBe(400);
  });

  it('lists accounts with filters, sorting and paging', async () => {
    const se = markets.find((m) => m.code === 'SE')!.id;
    const page1 = (await get(`/api/accounts?marketId=${se}&pageSize=10&sort=name`, seller)).json();
    expect(page1.items).toHaveLength(10);
    expect(page1.total).toBeGreaterThan(10);
    expect(page1.items.every((a: { marketCode: string }) => a.marketCode === 'SE')).toBe(true);
    const names = page1.items.map((a: { name: string }) => a.name);
    expect([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const page2 = (await get(`/api/accounts?marketId=${se}&pageSize=10&page=2&sort=name`, seller)).json();
    expect(page2.items[0].name >= names[9]).toBe(true);
    const customers = (await get('/api/accounts?status=customer&pageSize=200', seller)).json();
    expect(customers.total).toBeGreaterThan(50);
    expect(customers.items.every((a: { status: string }) => a.status === 'customer')).toBe(true);
    const csv = await get(`/api/accounts/export.csv?marketId=${se}&sort=name`, seller);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^Name,Org number,Status/);
    expect(lines.length - 1).toBe(page1.total);
    const contactsCsv = await get('/api/contacts/export.csv?q=Bjorn', seller);
    expect(contactsCsv.body).toContain('Bjørn,Åsheim,CFO,decision_maker');
    const bad = await get('/api/accounts?sort=sideways', seller);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.sort');
  });

  it('derives status from holdings, marks lost customers, and turns customers whose agreements have all ended passive', async () => {
    const product = (await get('/api/products', seller)).json()[0];
    await inTransaction(t.ctx, (tx) => addHolding(tx, accountId, { productId: product.id, startedOn: '2025-01-01', endsOn: '2027-01-10' }));
    const overview = (await get(`/api/accounts/${accountId}/overview`, seller)).json();
    expect(overview.account.status).toBe('customer');
    expect(overview.productRow.find((c: { family: string }) => c.family === product.family).owned[0].name).toBe(product.name);

    const later = { ...t.ctx, clock: { now: () => new Date('2027-01-15T00:00:00Z') } };
    expect(await markPassiveAccounts(later)).toBeGreaterThanOrEqual(1);
    expect((await get(`/api/accounts/${accountId}`, seller)).json().status).toBe('passive');

    // the owner (changed to `other` above) may declare the customer lost; another seller may not
    const churnReasonId = (await get('/api/churn-reasons', seller)).json().items.find((r: { key: string }) => r.key === 'competitor').id;
    expect((await post(`/api/accounts/${accountId}/lost`, seller, { churnReasonId, reason: 'Went with a competitor' })).statusCode).toBe(
      403,
    );
    const lost = await post(`/api/accounts/${accountId}/lost`, other, { churnReasonId, reason: 'Went with a competitor' });
    expect(lost.statusCode).toBe(200);
    expect(lost.json().status).toBe('lost');
    const event = (await get(`/api/accounts/${accountId}/timeline?type=event`, seller)).json().items[0];
    expect(event).toMatchObject({
      event: 'account.lost',
      data: { reason: 'Went to a competitor — Went with a competitor', churnReasonId },
    });
  });

  it('lets the owning group’s leader edit a knowledge card, and nobody else', async () => {
    const leader = await t.signIn('leader@nordlys.example');
    const me = (await get('/api/me', leader)).json();
    const products = (await get('/api/products', leader)).json<{ id: string; salesGroupId: string }[]>();
    const own = products.find((p) => me.leads.salesGroupIds.includes(p.salesGroupId))!;
    const foreign = products.find((p) => !me.leads.salesGroupIds.includes(p.salesGroupId))!;
    const card = {
      whatItIs: 'Leasing of cars.',
      benefits: ['Predictable cost'],
      signals: ['Old cars'],
      questions: ['How do staff travel?', 'Who owns the cars?', 'What does a car cost you?'],
    };
    const put = (id: string, s: Session, body: unknown) =>
      t.app.inject({ method: 'PUT', url: `/api/products/${id}/card`, headers: s.headers, payload: body as object });
    const ok = await put(own.id, leader, { locale: 'sv', card });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().card.sv.questions).toHaveLength(3);
    expect((await put(foreign.id, leader, { locale: 'sv', card })).statusCode).toBe(403);
    expect((await put(own.id, seller, { locale: 'sv', card })).statusCode).toBe(403);
    const tooFew = await put(own.id, leader, { locale: 'en', card: { ...card, questions: ['Just one?'] } });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().error.details[0].path).toBe('body.card.questions');
  });
});
