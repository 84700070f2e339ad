import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertStaleDeals } from '../../server/modules/opportunities/service-aging';
import { paceOf } from '@domain/targets';
import { alertBehindPace } from '../../server/modules/targets/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('the management overview, invoicing, renewals and live updates (%s)', (kind) => {
  let t: TestApp;
  let now = new Date('2032-07-02T12:00:00Z');
  let leader: Session;
  let seller: Session;
  let admin: Session;
  let me: { user: { id: string; name: string }; market: { id: string }; salesGroup: { id: string } };
  let accountId: string;
  let products: { id: string; name: string; salesGroupId: string }[];
  const get = (url: string, s: Session = leader) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'PUT' | 'POST', url: string, s: Session, payload: unknown) =>
    t.app.inject({ method, url, headers: s.headers, payload: payload as object });

  async function win(name: string, signedOn: string, lines: object[]) {
    const contact = (await get(`/api/contacts?accountId=${accountId}`, seller)).json().items[0];
    const opp = (
      await send('POST', '/api/opportunities', seller, {
        accountId,
        name,
        currency: 'EUR',
        estimatedValue: 1,
        expectedCloseOn: signedOn,
        contactId: contact.id,
      })
    ).json();
    const res = await send('POST', `/api/opportunities/${opp.id}/win`, seller, { version: 1, signedOn, lines });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  /** Move the server's clock (sessions expire over long jumps: sign in again). */
  async function travel(to: Date) {
    now = to;
    leader = await t.signIn('leader@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => now } });
    await travel(now);
    me = (await get('/api/me', seller)).json();
    products = (await get('/api/products', seller)).json();
    const account = (await send('POST', '/api/accounts', seller, { name: 'Översikt Test AB', marketId: me.market.id })).json();
    accountId = account.id;
    await send('POST', '/api/contacts', seller, { accountId, firstName: 'Olle', lastName: 'Översikt' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a multi-year upsell at its annual value against the seller’s channel target, at every level of the drill-down', async () => {
    const targets = await send('PUT', '/api/targets', leader, {
      year: 2032,
      entries: [
        { scope: 'seller', userId: me.user.id, channel: 'upsell', amount: 2_400_000 },
        { scope: 'seller', userId: me.user.id, channel: 'new', amount: 1_000_000 },
      ],
    });
    expect(targets.statusCode).toBe(200);
    const first = await win('First order', '2032-02-01', [{ productId: products[0]!.id, quantity: 1, unitPrice: 500_000 }]);
    expect(first.channel).toBe('new');
    const upsell = await win('Three-year upsell', '2032-03-01', [
      { productId: products[1]!.id, quantity: 1, unitPrice: 100_000, recurring: true, contractMonths: 36 },
    ]);
    expect(upsell).toMatchObject({ channel: 'upsell', annualValue: 1_200_000 });

    const mine = (await get(`/api/overview?year=2032&userId=${me.user.id}`)).json();
    expect(mine).toMatchObject({ level: 'seller', name: me.user.name, breakdown: [] });
    // the pace is the server's, from the one rule the web also renders (domain/targets.ts)
    const pace = paceOf(0.5, mine.elapsed);
    expect(pace).not.toBeNull();
    expect(mine.volume.upsell).toEqual({ volume: 1_200_000, target: 2_400_000, progress: 0.5, pace });
    expect(mine.volume.new).toEqual({ volume: 500_000, target: 1_000_000, progress: 0.5, pace });
    expect(mine.volume.total).toEqual({ volume: 1_700_000, target: 3_400_000, progress: 0.5, pace });
    expect(mine.elapsed).toBeGreaterThan(0.49);
    expect(mine.volumeByMonth).toHaveLength(12);
    expect(mine.volumeByMonth[1]).toMatchObject({ month: '2032-02', new: 500_000, upsell: 0 });
    expect(mine.volumeByMonth[2]).toMatchObject({ month: '2032-03', upsell: 1_200_000, target: Math.round(3_400_000 / 12) });
    // the next contract years count in the years they fall in
    expect((await get(`/api/overview?year=2033&userId=${me.user.id}`)).json().volume.upsell.volume).toBe(1_200_000);

    const company = (await get('/api/overview?year=2032')).json();
    expect(company.level).toBe('company');
    expect(company.volume.upsell.volume).toBeGreaterThanOrEqual(1_200_000);
    const market = company.breakdown.find((b: { id: string }) => b.id === me.market.id);
    expect(market).toMatchObject({ level: 'market' });
    expect(market.volume).toBeGreaterThanOrEqual(1_700_000);

    const inMarket = (await get(`/api/overview?year=2032&marketId=${me.market.id}`)).json();
    expect(inMarket.level).toBe('market');
    expect(inMarket.breakdown.every((b: { level: string }) => b.level === 'salesGroup')).toBe(true);
    const group = inMarket.breakdown.find((b: { id: string }) => b.id === me.salesGroup.id);
    expect(group.volume).toBeGreaterThanOrEqual(1_700_000);

    const team = (await get(`/api/overview?year=2032&marketId=${me.market.id}&salesGroupId=${me.salesGroup.id}`)).json();
    expect(team.level).toBe('salesGroup');
    const row = team.breakdown.find((b: { id: string }) => b.id === me.user.id);
    expect(row).toMatchObject({ level: 'seller', volume: 1_700_000, target: 3_400_000, progress: 0.5 });
    // a group without its own target gets the sum of its sellers' targets
    expect(team.volume.upsell.target).toBeGreaterThanOrEqual(2_400_000);

    for (const k of ['pipeline', 'outstandingQuotes', 'handoffs', 'renewalsDue'] as const) expect(company[k]).toBeDefined();
    expect(company.pipeline.byStage.length).toBeGreaterThan(0);
    expect(company.pipeline.open).toBe(company.pipeline.byStage.reduce((s: number, x: { count: number }) => s + x.count, 0));

    const bad = await get('/api/overview?year=2032&marketId=not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const unknown = await get('/api/overview?year=2032&userId=00000000-0000-4000-8000-00000000dead');
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps invoicing apart from volume: posted once, validated, imported by CSV, side by side per year', async () => {
    const lines = [
      { accountId, productId: products[1]!.id, invoiceNumber: 'F-1001', invoicedOn: '2032-04-30', amount: 100_000, currency: 'EUR' },
      { accountId, invoiceNumber: 'F-1001', invoicedOn: '2032-04-30', amount: 2_500, currency: 'EUR', description: 'Set-up' },
    ];
    expect((await send('POST', '/api/invoice-lines', seller, { lines })).statusCode).toBe(403);
    const posted = await send('POST', '/api/invoice-lines', admin, { lines });
    expect(posted.json()).toEqual({ created: 2, updated: 0 });
    expect((await send('POST', '/api/invoice-lines', admin, { lines })).json()).toEqual({ created: 0, updated: 0 });

    const bad = await send('POST', '/api/invoice-lines', admin, {
      lines: [lines[0], { ...lines[0], invoiceNumber: 'F-1002', accountId: '00000000-0000-4000-8000-00000000dead' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ path: 'body.lines.1.accountId', message: 'no such account' }]);
    const notJson = await send('POST', '/api/invoice-lines', admin, { lines: [{ ...lines[0], currency: 'euro' }] });
    expect(notJson.statusCode).toBe(400);
    const twice = await send('POST', '/api/invoice-lines', admin, { lines: [lines[0], lines[0]] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details[0].path).toBe('body.lines.1');
    const unknownCurrency = await send('POST', '/api/invoice-lines', admin, { lines: [{ ...lines[0], currency: 'XXX' }] });
    expect(unknownCurrency.json().error.details).toEqual([{ path: 'body.lines.0.currency', message: 'no exchange rate for XXX' }]);
    // the finance system's own line id: posting it again with a corrected amount updates the line
    const own = { ...lines[1], lineId: 'F-1001/2', invoiceNumber: 'F-1001b' };
    expect((await send('POST', '/api/invoice-lines', admin, { lines: [own] })).json()).toEqual({ created: 1, updated: 0 });
    expect((await send('POST', '/api/invoice-lines', admin, { lines: [{ ...own, amount: 3_000 }] })).json()).toEqual({
      created: 0,
      updated: 1,
    });
    expect((await send('POST', '/api/invoice-lines', admin, { lines: [{ ...own, amount: 2_500 }] })).json()).toEqual({
      created: 0,
      updated: 1,
    });

    const csv = [
      'Customer;Invoice number;Invoice date;Product;Amount;Currency',
      `Översikt Test AB;F-1003;31.05.2032;${products[1]!.name};100 000,00;EUR`,
      'Nobody AB;F-1004;31.05.2032;;5,00;EUR',
      `Översikt Test AB;F-1003;31.05.2032;${products[1]!.name};100 000,00;EUR`,
      'Översikt Test AB;F-1005;0000-01-05;;5,00;EUR',
      'Översikt Test AB;F-1006;31.05.2032;;123456789012345678;EUR',
      'Översikt Test AB;F-1007;31.05.2032;;5,00;XXX',
      '',
    ].join('\n');
    const headers = { ...admin.headers, 'content-type': 'text/csv' };
    const asLeader = await t.app.inject({
      method: 'POST',
      url: '/api/imports?entity=invoices',
      headers: { ...leader.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(asLeader.statusCode).toBe(403);
    const started = await t.app.inject({ method: 'POST', url: '/api/imports?entity=invoices&mode=good', headers, payload: csv });
    expect(started.statusCode, started.body).toBe(202);
    let run = started.json();
    for (let i = 0; i < 100 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await get(`/api/imports/${run.id}`, admin)).json();
    }
    expect(run).toMatchObject({ status: 'partial', createdRows: 1, failedRows: 5 });
    const report = (await get(`/api/imports/${run.id}/errors`, admin)).json();
    const reasons = (report.items ?? report).map((e: { message: string }) => e.message).join(' | ');
    expect(reasons).toMatch(/the same invoice line as row 2/);
    expect(reasons).toMatch(/is too large/);
    expect(reasons).toMatch(/no exchange rate for XXX/);

    const list = (await get(`/api/invoice-lines?accountId=${accountId}`)).json();
    expect(list.total).toBe(4);
    expect(list.items[0]).toMatchObject({ invoiceNumber: 'F-1003', amount: 100_000, productName: products[1]!.name });

    const revenue = (await get(`/api/accounts/${accountId}/revenue`)).json();
    expect(revenue.years.find((y: { year: number }) => y.year === 2032)).toEqual({ year: 2032, volume: 1_700_000, invoiced: 205_000 });
    expect(revenue.years.find((y: { year: number }) => y.year === 2034)).toEqual({ year: 2034, volume: 1_200_000, invoiced: 0 });
    const mine = (await get(`/api/overview?year=2032&userId=${me.user.id}`)).json();
    expect(mine.invoiced).toBeGreaterThanOrEqual(205_000);
  });

  it('lists agreements ending soon in the renewal calendar, and celebrates a won renewal in the feed', async () => {
    await travel(new Date('2034-12-15T12:00:00Z'));
    const calendar = (await get(`/api/renewals?months=6&ownerId=${me.user.id}`)).json();
    const agreement = calendar.items.find((i: { accountId: string }) => i.accountId === accountId);
    expect(agreement).toMatchObject({
      name: 'Three-year upsell',
      endsOn: '2035-03-01',
      annualValue: 1_200_000,
      renewalOpportunityId: null,
    });
    expect(agreement.products).toEqual([products[1]!.name]);
    expect((await get('/api/overview?year=2034')).json().renewalsDue.count).toBeGreaterThanOrEqual(1);

    const renewal = await win('Renewal', '2035-02-15', [
      { productId: products[1]!.id, quantity: 1, unitPrice: 110_000, recurring: true, contractMonths: 24 },
    ]);
    expect(renewal.channel).toBe('renewal');
    const feed = (await get(`/api/overview/wins?userId=${me.user.id}`)).json();
    expect(feed[0]).toMatchObject({ opportunityId: renewal.id, channel: 'renewal', celebrate: true, accountName: 'Översikt Test AB' });
    expect(feed.find((w: { name: string }) => w.name === 'First order').celebrate).toBe(false);
  });

  it('raises alerts once a week while a seller is behind pace or deals go stale', async () => {
    await travel(new Date());
    const grid = (await get('/api/targets?year=2033')).json();
    // a seller in the leader's group: the leader may set their targets
    const other = grid.sellers.find((s: { userId: string; editable: boolean }) => s.userId !== me.user.id && s.editable);
    await send('PUT', '/api/targets', leader, {
      year: 2033,
      entries: [{ scope: 'seller', userId: other.userId, channel: 'new', amount: 9_000_000 }],
    });
    const at = (d: string) => ({ ...t.ctx, clock: { now: () => new Date(d) } });
    expect(await alertBehindPace(at('2033-01-20T08:00:00Z'))).toBe(0); // too early in the year to tell
    const raised = await alertBehindPace(at('2033-07-01T08:00:00Z'));
    expect(raised).toBeGreaterThanOrEqual(1);
    expect(await alertBehindPace(at('2033-07-03T08:00:00Z'))).toBe(0);
    const otherSession = await t.signIn(await emailOf(other.userId));
    const alerts = (await get('/api/notifications', otherSession)).json().items;
    expect(alerts.find((n: { kind: string }) => n.kind === 'targets.behind_pace')).toMatchObject({
      data: { year: 2033, progress: 0, elapsed: 50 },
      link: `/insights?year=2033&userId=${other.userId}`,
    });
    expect(await alertStaleDeals(at('2033-07-01T08:00:00Z'))).toBeGreaterThan(0);
    expect(await alertStaleDeals(at('2033-07-02T08:00:00Z'))).toBe(0);
  });

  async function emailOf(userId: string): Promise<string> {
    const users = (await get('/api/users?pageSize=200', admin)).json().items as { id: string; email: string }[];
    return users.find((u) => u.id === userId)!.email;
  }

  it('streams a won deal to every open overview over server-sent events', async () => {
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, { headers: { cookie: leader.cookie }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const received: string[] = [];
    const done = (async () => {
      let buffer = '';
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        buffer += decoder.decode(value);
        for (const m of buffer.matchAll(/^data: (.*)$/gm)) received.push(m[1]!);
        buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        if (received.some((r) => r.includes('deal_won'))) return;
      }
    })();
    await new Promise((r) => setTimeout(r, 200)); // the subscription is open before the win
    const live = await win('Live deal', now.toISOString().slice(0, 10), [{ productId: products[2]!.id, quantity: 1, unitPrice: 1_000 }]);
    await Promise.race([done, new Promise((r) => setTimeout(r, 5_000))]);
    controller.abort();
    const event = received.map((r) => JSON.parse(r) as { type: string; opportunityId?: string }).find((e) => e.type === 'deal_won');
    expect(event).toMatchObject({ type: 'deal_won', opportunityId: live.id, accountName: 'Översikt Test AB', sellerName: me.user.name });
    // the seller's own notifications are not sent to the leader's stream
    const leaderId = (await get('/api/me')).json().user.id;
    const notices = received.map((r) => JSON.parse(r) as { type: string; userId?: string }).filter((e) => e.type === 'notification');
    expect(notices.every((e) => e.userId === leaderId)).toBe(true);
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
  });
});
