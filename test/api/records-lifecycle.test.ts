import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { purgeDeletedAccounts } from '../../server/modules/accounts/service-delete';
import { purgeDeletedContacts } from '../../server/modules/contacts/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * A deleted record after it is deleted (issue 14): it counts in no figure — read models, overview,
 * matrix — until restored, and is purged for good once it can no longer be restored (30 days).
 * And a cross-sell won minutes after the customer's first deal is an upsell, not new (finding 10).
 */
describe.each(dbKinds)('deleted records in the figures, the purge, and same-day channels (%s)', (kind) => {
  let t: TestApp;
  let offsetMs = 0;
  let seller: Session;
  let marketId: string;
  let products: { id: string; name: string }[];
  const today = () => new Date(Date.now() + offsetMs).toISOString().slice(0, 10);
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, s: Session, payload?: unknown) =>
    t.app.inject({ method, url, headers: s.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function wonDeal(accountId: string, name: string, productId: string) {
    const contact = (await send('POST', '/api/contacts', seller, { accountId, firstName: 'Kim', lastName: name })).json();
    const o = (
      await send('POST', '/api/opportunities', seller, {
        accountId,
        name,
        estimatedValue: 1000,
        expectedCloseOn: '2031-01-01',
        contactId: contact.id,
      })
    ).json();
    const lined = (
      await send('PUT', `/api/opportunities/${o.id}/lines`, seller, {
        version: o.version,
        lines: [{ productId, quantity: 1, unitPrice: 1000, recurring: true, contractMonths: 24 }],
      })
    ).json();
    const won = await send('POST', `/api/opportunities/${o.id}/win`, seller, { version: lined.version, signedOn: today() });
    expect(won.statusCode, won.body).toBe(200);
    return won.json();
  }

  /** What the read models hold for the whole company: won deals closed, and open deals in the pipeline. */
  async function companyFigures() {
    const [won] = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select coalesce(sum(count), 0)::int as n from rm_outcomes where level = 0 and outcome = 'won'`),
    );
    const [open] = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select coalesce(sum(count), 0)::int as n from rm_pipeline where level = 0`),
    );
    return { won: won!.n, open: open!.n };
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => new Date(Date.now() + offsetMs) } });
    seller = await t.signIn('seller@nordlys.example');
    marketId = (await get('/api/me', seller)).json().market.id;
    products = (await get('/api/products', seller)).json();
  });
  afterAll(async () => {
    await t.close();
  });

  it('a cross-sell won minutes after the first deal is an upsell; the first deal stays new when edited later', async () => {
    const account = (await send('POST', '/api/accounts', seller, { name: 'Samma Dag AB', marketId })).json();
    const first = await wonDeal(account.id, 'First product', products[0]!.id);
    expect(first).toMatchObject({ channel: 'new', channelReason: 'no_earlier_business' });
    const second = await wonDeal(account.id, 'Cross-sell', products[1]!.id);
    expect(second).toMatchObject({ channel: 'upsell', channelReason: 'new_product' });
    // editing the first deal re-derives its channel without its own products, and the second came after it
    const edited = await send('PATCH', `/api/opportunities/${first.id}`, seller, {
      version: first.version,
      name: 'First product (edited)',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ channel: 'new', channelReason: 'no_earlier_business' });
  });

  it('a deleted account’s deals count in no read model, the overview’s wins or the matrix; restored, they count again', async () => {
    const account = (await send('POST', '/api/accounts', seller, { name: 'Raderad Kund AB', marketId })).json();
    const won = await wonDeal(account.id, 'Counted once', products[2]!.id);
    const open = (
      await send('POST', '/api/opportunities', seller, {
        accountId: account.id,
        name: 'Open one',
        estimatedValue: 500,
        expectedCloseOn: '2031-06-01',
        contactId: (await send('POST', '/api/contacts', seller, { accountId: account.id, firstName: 'Ola', lastName: 'Öppen' })).json().id,
      })
    ).json();
    expect(open.id).toBeDefined();
    const before = await companyFigures();
    const winIds = async () => (await get('/api/overview/wins', seller)).json<{ opportunityId: string }[]>().map((x) => x.opportunityId);
    expect(await winIds()).toContain(won.id);
    const matrixHas = async () =>
      ((await get(`/api/matrix?q=${encodeURIComponent('Raderad Kund')}`, seller)).json().rows as { account: { id: string } }[]).some(
        (r) => r.account.id === account.id,
      );
    expect(await matrixHas()).toBe(true);

    expect((await send('DELETE', `/api/accounts/${account.id}`, seller)).statusCode).toBe(200);
    expect(await companyFigures()).toEqual({ won: before.won - 1, open: before.open - 1 });
    expect(await winIds()).not.toContain(won.id);
    expect(await matrixHas()).toBe(false);

    expect((await send('POST', `/api/accounts/${account.id}/restore`, seller)).statusCode).toBe(200);
    expect(await companyFigures()).toEqual(before);
    expect(await winIds()).toContain(won.id);
    expect((await get(`/api/opportunities/${open.id}`, seller)).json().deletedAt).toBeNull();
  });

  it('purges what was deleted more than 30 days ago, for good, and keeps what can still be restored', async () => {
    const old = (await send('POST', '/api/accounts', seller, { name: 'Gammal Radering AB', marketId })).json();
    const oldContact = (await send('POST', '/api/contacts', seller, { accountId: old.id, firstName: 'Olle', lastName: 'Gammal' })).json();
    const recent = (await send('POST', '/api/accounts', seller, { name: 'Ny Radering AB', marketId })).json();
    const keptAccount = (await send('POST', '/api/accounts', seller, { name: 'Kvar AB', marketId })).json();
    const lone = (await send('POST', '/api/contacts', seller, { accountId: keptAccount.id, firstName: 'Lo', lastName: 'Ensam' })).json();
    await send('DELETE', `/api/accounts/${old.id}`, seller);
    await send('DELETE', `/api/contacts/${lone.id}`, seller);
    offsetMs = 20 * 86_400_000;
    expect((await send('DELETE', `/api/accounts/${recent.id}`, await t.signIn('seller@nordlys.example'))).statusCode).toBe(200);
    offsetMs = 31 * 86_400_000;
    try {
      const s = await t.signIn('seller@nordlys.example');
      expect(await purgeDeletedContacts(t.ctx)).toBeGreaterThanOrEqual(2); // the lone one and the old account's
      expect(await purgeDeletedAccounts(t.ctx)).toBe(1);
      expect((await get(`/api/accounts/${old.id}`, s)).statusCode).toBe(404);
      expect((await get(`/api/contacts/${oldContact.id}`, s)).statusCode).toBe(404);
      expect((await get(`/api/contacts/${lone.id}`, s)).statusCode).toBe(404);
      // deleted 11 days ago: still there, still restorable
      expect((await get(`/api/accounts/${recent.id}`, s)).json().deletedAt).not.toBeNull();
      expect((await send('POST', `/api/accounts/${recent.id}/restore`, s)).statusCode).toBe(200);
      expect((await get(`/api/accounts/${keptAccount.id}`, s)).statusCode).toBe(200);
      const audit = rowsOf<{ action: string }>(
        await t.ctx.db.execute(sql`select action from audit_events where entity_id = ${old.id} order by at`),
      ).map((r) => r.action);
      expect(audit).toEqual(expect.arrayContaining(['account.deleted', 'account.purged']));
    } finally {
      offsetMs = 0;
    }
  });
});
