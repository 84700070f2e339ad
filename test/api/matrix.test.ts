import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('the product matrix (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: seller.headers });
  const put = (payload: unknown) =>
    t.app.inject({ method: 'PUT', url: '/api/matrix/cells', headers: seller.headers, payload: payload as object });
  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows accounts × products with owned, pipeline and empty cells, and totals over all matches', async () => {
    const m = (await get('/api/matrix?pageSize=20&status=customer')).json();
    expect(m.products).toHaveLength(40);
    expect(m.rows).toHaveLength(20);
    for (const r of m.rows) {
      expect(r.cells).toHaveLength(40);
      expect(r.cells.filter((c: { state: string }) => c.state === 'owned')).toHaveLength(r.owned);
    }
    // customers whose agreements ended recently are still customers, but own nothing today
    expect(m.rows.filter((r: { owned: number }) => r.owned > 0).length).toBeGreaterThan(10);
    expect(m.totals.accounts).toBeGreaterThan(20);
    const owned = m.totals.perProduct.reduce((s: number, p: { owned: number }) => s + p.owned, 0);
    expect(owned).toBeGreaterThan(0);
    expect(m.rows.some((r: { cells: { state: string }[] }) => r.cells.some((c) => c.state === 'pipeline'))).toBe(true);
  });

  it('shows a one-off purchase as owned (within the passive window), and a running contract until it ends', async () => {
    const me = (await get('/api/me')).json();
    const account = (
      await t.app.inject({
        method: 'POST',
        url: '/api/accounts',
        headers: seller.headers,
        payload: { name: 'Engångsköp AB', marketId: me.market.id },
      })
    ).json();
    const contact = (
      await t.app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: seller.headers,
        payload: { accountId: account.id, firstName: 'Kim', lastName: 'Köpare' },
      })
    ).json();
    const product = (await get(`/api/products?salesGroupId=${me.salesGroup.id}`)).json()[0];
    const opp = (
      await t.app.inject({
        method: 'POST',
        url: '/api/opportunities',
        headers: seller.headers,
        payload: {
          accountId: account.id,
          name: 'One-off',
          currency: 'SEK',
          estimatedValue: 1,
          expectedCloseOn: '2026-01-15',
          contactId: contact.id,
        },
      })
    ).json();
    const signedOn = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const won = await t.app.inject({
      method: 'POST',
      url: `/api/opportunities/${opp.id}/win`,
      headers: seller.headers,
      payload: { version: 1, signedOn, lines: [{ productId: product.id, quantity: 1, unitPrice: 50_000 }] },
    });
    expect(won.statusCode, won.body).toBe(200);
    const m = (await get(`/api/matrix?q=${encodeURIComponent('Engångsköp AB')}`)).json();
    const row = m.rows.find((r: { account: { id: string } }) => r.account.id === account.id);
    expect(row.cells.find((c: { productId: string }) => c.productId === product.id)).toMatchObject({ state: 'owned' });
  });

  it('lists the industries in use for the filters, most common first', async () => {
    const list = (await get('/api/accounts/industries')).json<{ industry: string; accounts: number }[]>();
    expect(list.length).toBeGreaterThan(3);
    expect(list.map((i) => i.accounts)).toEqual([...list.map((i) => i.accounts)].sort((a, b) => b - a));
    const first = (await get(`/api/matrix?industry=${encodeURIComponent(list[0]!.industry)}`)).json();
    expect(first.totals.accounts).toBe(list[0]!.accounts);
  });

  it('filters columns by sales group and rows by market, and sorts by white space', async () => {
    const groups = (await get('/api/sales-groups')).json();
    const markets = (await get('/api/markets')).json();
    const no = markets.find((x: { code: string }) => x.code === 'NO').id;
    const m = (await get(`/api/matrix?salesGroupId=${groups[0].id}&marketId=${no}&sort=whitespace`)).json();
    expect(m.products.every((p: { salesGroupId: string }) => p.salesGroupId === groups[0].id)).toBe(true);
    expect(m.rows.every((r: { account: { marketCode: string } }) => r.account.marketCode === 'NO')).toBe(true);
    const customers = m.rows.filter((r: { account: { status: string } }) => r.account.status === 'customer');
    const spaces = customers.map((r: { whiteSpace: number }) => r.whiteSpace);
    expect([...spaces].sort((a, b) => b - a)).toEqual(spaces);
  });

  it('rolls a global group up over its subsidiaries', async () => {
    const globals = (await get('/api/accounts?isGlobal=true&pageSize=1')).json().items;
    const flat = (await get(`/api/matrix?q=${encodeURIComponent(globals[0].name)}`)).json();
    const rolled = (await get(`/api/matrix?q=${encodeURIComponent(globals[0].name)}&rollup=true`)).json();
    const group = rolled.rows.find((r: { account: { id: string } }) => r.account.id === globals[0].id);
    expect(group.account.subsidiaries).toBeGreaterThanOrEqual(2);
    const parentFlat = flat.rows.find((r: { account: { id: string } }) => r.account.id === globals[0].id);
    expect(group.owned).toBeGreaterThanOrEqual(parentFlat?.owned ?? 0);
    const subsidiaries = (await get(`/api/accounts?parentId=${globals[0].id}`)).json().items.map((a: { id: string }) => a.id);
    expect(rolled.rows.some((r: { account: { id: string } }) => subsidiaries.includes(r.account.id))).toBe(false);
    // totals count rows: a group of companies once
    const all = (await get('/api/matrix?rollup=true&pageSize=100')).json();
    const pages = Math.ceil(all.totals.accounts / 100);
    let rows = all.rows.length;
    for (let page = 2; page <= pages; page++) rows += (await get(`/api/matrix?rollup=true&pageSize=100&page=${page}`)).json().rows.length;
    expect(rows).toBe(all.totals.accounts);
    for (const p of all.totals.perProduct) expect(p.owned).toBeLessThanOrEqual(all.totals.accounts);
  });

  it('lets a seller mark potential or not relevant (with a reason), on the timeline', async () => {
    const m = (await get('/api/matrix?pageSize=1&sort=name')).json();
    const account = m.rows[0].account;
    const empty = m.products[m.rows[0].cells.findIndex((c: { state: string }) => c.state === 'empty')];
    expect((await put({ accountId: account.id, productId: empty.id, state: 'not_relevant' })).statusCode).toBe(400);
    expect((await put({ accountId: account.id, productId: empty.id, state: 'potential' })).statusCode).toBe(200);
    const after = (await get('/api/matrix?pageSize=1&sort=name')).json();
    const cell = after.rows[0].cells.find((c: { productId: string }) => c.productId === empty.id);
    expect(cell).toMatchObject({ state: 'potential', by: expect.any(String) });
    expect(after.totals.perProduct.find((p: { productId: string }) => p.productId === empty.id).potential).toBeGreaterThanOrEqual(1);
    const event = (await get(`/api/accounts/${account.id}/timeline?type=event`)).json().items[0];
    expect(event.event).toBe('matrix.potential');
    expect((await put({ accountId: account.id, productId: empty.id, state: null })).statusCode).toBe(200);
    const csv = await get('/api/matrix/export.csv?status=customer');
    expect(csv.body.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^Account,Market,Industry,Status,Owned,White space,/);
  });

  it('suggests what similar customers own, with the reason in words', async () => {
    const m = (await get('/api/matrix?pageSize=50&status=customer')).json();
    const row = m.rows.find((r: { owned: number }) => r.owned >= 1);
    const s = (await get(`/api/matrix/suggestions?accountId=${row.account.id}`)).json();
    expect(s.peers.count).toBeGreaterThanOrEqual(20);
    expect(s.items.length).toBeGreaterThan(0);
    const owned = row.cells
      .filter((c: { state: string }) => c.state !== 'empty' && c.state !== 'potential')
      .map((c: { productId: string }) => c.productId);
    for (const item of s.items) {
      expect(owned).not.toContain(item.product.id);
      expect(item.reason).toMatch(/^Owned by \d+ % of .*customers/);
      expect(item.confidence).toBeGreaterThan(0);
    }
    const scores = s.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect((await get('/api/matrix/suggestions?accountId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
