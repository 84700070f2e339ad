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
    // penetration is over the accounts in view (the filtered population), whose number is the denominator
    const all = (await get('/api/matrix')).json();
    expect(all.totals.accounts).toBeGreaterThan(first.totals.accounts);
    for (const m of [first, all]) for (const p of m.totals.perProduct) expect(p.penetration).toBeCloseTo(p.owned / m.totals.accounts, 3);
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
    expect(csv.body.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^Account,Market,Industry,Industry name,Status,Owned,White space,/);
  });

  /** Every account's owned products and industry, from the matrix itself. */
  async function everyRow() {
    const rows: { id: string; industry: string | null; owned: string[]; cells: { productId: string; state: string }[] }[] = [];
    for (let page = 1; ; page++) {
      const m = (await get(`/api/matrix?pageSize=100&page=${page}`)).json();
      for (const r of m.rows)
        rows.push({
          id: r.account.id,
          industry: r.account.industry,
          cells: r.cells,
          owned: r.cells.filter((c: { state: string }) => c.state === 'owned').map((c: { productId: string }) => c.productId),
        });
      if (m.rows.length < 100) return rows;
    }
  }

  type Item = {
    product: { id: string };
    because: { id: string } | null;
    segment: string | null;
    support: number;
    base: number;
    confidence: number;
    lift: number;
    reason: string;
    score: number;
  };

  it('suggests what similar customers own, each with one true sentence recomputed here from the matrix', async () => {
    const rows = await everyRow();
    let checked = 0;
    for (const row of rows.filter((r) => r.owned.length > 0).slice(0, 40)) {
      const s = (await get(`/api/matrix/suggestions?accountId=${row.id}`)).json();
      expect(s.gate).toEqual({ minSupport: 5, minLift: 1.2 });
      expect(s.ranking.method).toEqual(expect.any(String));
      const peers = rows.filter((r) => r.id !== row.id && r.owned.length > 0);
      expect(s.peers.count).toBe(peers.length);
      const taken = row.cells.filter((c) => c.state !== 'empty' && c.state !== 'potential').map((c) => c.productId);
      for (const item of s.items as Item[]) {
        expect(taken).not.toContain(item.product.id);
        const scope = peers.filter((r) => item.segment === null || r.industry === item.segment);
        if (item.because) {
          expect(row.owned).toContain(item.because.id);
          expect(item.base).toBe(scope.filter((r) => r.owned.includes(item.because!.id)).length);
          expect(item.support).toBe(scope.filter((r) => r.owned.includes(item.because!.id) && r.owned.includes(item.product.id)).length);
          expect(item.reason).toMatch(/^Owned by \d+ % of the \d+ .*customers who own /);
        } else {
          expect(item.segment).toBe(row.industry);
          expect(item.base).toBe(scope.length);
          expect(item.support).toBe(scope.filter((r) => r.owned.includes(item.product.id)).length);
        }
        expect(item.reason).toContain(`Owned by ${Math.round((100 * item.support) / item.base)} % of the ${item.base} `);
        expect(item.support).toBeGreaterThanOrEqual(5);
        expect(item.lift).toBeGreaterThanOrEqual(1.2);
        checked++;
      }
      const scores = (s.items as Item[]).map((i) => i.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
    expect(checked).toBeGreaterThan(0);
    expect((await get('/api/matrix/suggestions?accountId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('never gives a product marked not relevant, or in pipeline, as a reason — only what the account owns', async () => {
    // a loose gate, so that many rules start from products (the small demo has few strong ones)
    const admin = await t.signIn('admin@nordlys.example');
    const settings = (body: object) => t.app.inject({ method: 'PATCH', url: '/api/organisation', headers: admin.headers, payload: body });
    expect((await settings({ suggestionMinSupport: 2, suggestionMinLift: 1 })).statusCode).toBe(200);
    const rows = await everyRow();
    // a product that explains suggestions somewhere (a strong antecedent) …
    let strong: string | null = null;
    for (const row of rows.filter((r) => r.owned.length > 0).slice(0, 60)) {
      const items = (await get(`/api/matrix/suggestions?accountId=${row.id}`)).json().items as Item[];
      strong = items.find((i) => i.because)?.because?.id ?? null;
      if (strong) break;
    }
    expect(strong).not.toBeNull();
    // … marked not relevant for accounts that do not own it: it must never be their "because", nor suggested
    const others = rows.filter(
      (r) => r.owned.length > 0 && !r.owned.includes(strong!) && r.cells.find((c) => c.productId === strong)?.state === 'empty',
    );
    expect(others.length).toBeGreaterThan(3);
    for (const other of others.slice(0, 15)) {
      expect((await put({ accountId: other.id, productId: strong, state: 'not_relevant', reason: 'Has its own' })).statusCode).toBe(200);
      const items = (await get(`/api/matrix/suggestions?accountId=${other.id}&limit=10`)).json().items as Item[];
      for (const item of items) {
        expect(item.product.id).not.toBe(strong);
        expect(item.because?.id).not.toBe(strong);
        if (item.because) expect(other.owned).toContain(item.because.id);
      }
      expect((await put({ accountId: other.id, productId: strong, state: null })).statusCode).toBe(200);
    }
    // in pipeline: an open deal with the product on an account that does not own it
    const withDeal = (await get('/api/opportunities?status=open&pageSize=50')).json().items as { id: string; accountId: string }[];
    let seen = 0;
    for (const deal of withDeal) {
      const row = rows.find((r) => r.id === deal.accountId);
      if (!row || row.owned.length === 0) continue;
      const pipeline = row.cells.filter((c) => c.state === 'pipeline').map((c) => c.productId);
      if (pipeline.length === 0) continue;
      const items = (await get(`/api/matrix/suggestions?accountId=${row.id}&limit=10`)).json().items as Item[];
      for (const item of items) {
        expect(pipeline).not.toContain(item.product.id);
        if (item.because) {
          expect(pipeline).not.toContain(item.because.id);
          expect(row.owned).toContain(item.because.id);
        }
      }
      seen += items.length;
    }
    expect(seen).toBeGreaterThan(0);
    expect((await settings({ suggestionMinSupport: 5, suggestionMinLift: 1.2 })).statusCode).toBe(200);
  });

  it('reads minimum support and lift from the settings: stricter settings show fewer suggestions, never weaker ones', async () => {
    const admin = await t.signIn('admin@nordlys.example');
    const patch = (body: object) => t.app.inject({ method: 'PATCH', url: '/api/organisation', headers: admin.headers, payload: body });
    const rows = (await everyRow()).filter((r) => r.owned.length > 0).slice(0, 30);
    const count = async () => {
      let n = 0;
      for (const r of rows) n += (await get(`/api/matrix/suggestions?accountId=${r.id}&limit=10`)).json().items.length;
      return n;
    };
    expect((await patch({ suggestionMinSupport: 1, suggestionMinLift: 1 })).json()).toMatchObject({
      suggestionMinSupport: 1,
      suggestionMinLift: 1,
    });
    const loose = await count();
    expect((await patch({ suggestionMinSupport: 8, suggestionMinLift: 2 })).statusCode).toBe(200);
    const strict = await count();
    expect(loose).toBeGreaterThan(strict);
    for (const r of rows.slice(0, 5))
      for (const item of (await get(`/api/matrix/suggestions?accountId=${r.id}`)).json().items as Item[]) {
        expect(item.support).toBeGreaterThanOrEqual(8);
        expect(item.lift).toBeGreaterThanOrEqual(2);
      }
    expect((await patch({ suggestionMinLift: 0.5 })).statusCode).toBe(400);
    expect((await patch({ suggestionMinSupport: 0 })).statusCode).toBe(400);
    expect((await patch({ suggestionMinSupport: 5, suggestionMinLift: 1.2 })).statusCode).toBe(200);
  });
});
