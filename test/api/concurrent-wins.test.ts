/**
 * Deals won at the same moment (issue #15's write bench found it: 16 connections winning deals gave
 * 500s). Each win updates shared totals — a product's penetration, the month's volume — in several
 * statements; two such transactions can deadlock, and PostgreSQL aborts one. The transaction is run
 * again (platform/context.ts), so every seller sees their deal won, and the read models still equal
 * a rebuild from the sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readModelSnapshot, rebuildReadModels } from '../../server/modules/read-models/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const DEALS = 60;

describe.each(dbKinds)('deals won concurrently (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let leader: Session;
  const deals: { id: string; version: number }[] = [];
  let products: { id: string }[];

  const send = (method: 'POST' | 'GET', url: string, s: Session, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    const me = (await send('GET', '/api/me', seller)).json();
    products = (await send('GET', '/api/products', seller)).json();
    const accounts: { id: string; contactId: string }[] = [];
    const industries = ['C', 'G', 'J'];
    const sizes = ['small', 'medium', 'large', 'enterprise'];
    for (let i = 0; i < 12; i++) {
      const account = (
        await send('POST', '/api/accounts', seller, {
          name: `Samtidig ${i} AB`,
          marketId: me.market.id,
          industry: industries[i % 3],
          size: sizes[i % 4],
        })
      ).json();
      const contact = (
        await send('POST', '/api/contacts', seller, { accountId: account.id, firstName: 'Sam', lastName: `Tidig ${i}` })
      ).json();
      accounts.push({ id: account.id, contactId: contact.id });
    }
    for (let i = 0; i < DEALS; i++) {
      const a = accounts[i % accounts.length]!;
      const res = await send('POST', '/api/opportunities', seller, {
        accountId: a.id,
        name: `Samtidig affär ${i}`,
        currency: 'SEK',
        estimatedValue: 100_000 + i,
        expectedCloseOn: '2031-06-15',
        contactId: a.contactId,
      });
      expect(res.statusCode, res.body).toBe(201);
      deals.push({ id: res.json().id, version: res.json().version });
    }
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  it('wins every deal, none answered 5xx, and the read models equal a rebuild', { timeout: 180_000 }, async () => {
    // overlapping products on every deal: the wins touch the same penetration and volume rows, in
    // different orders across their statements (the deal's pipeline flags, then the holdings, then
    // the account's status moving every product it has to another row)
    const replies = await Promise.all(
      deals.map((d, i) =>
        send('POST', `/api/opportunities/${d.id}/win`, leader, {
          version: d.version,
          signedOn: '2031-05-02',
          lines: [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => ({
            productId: products[(i + k * 3) % Math.min(products.length, 8)]!.id,
            quantity: 1 + k,
            unitPrice: 10_000 + i,
            recurring: k !== 1,
            contractMonths: k !== 1 ? 12 * (1 + k) : null,
          })),
        }),
      ),
    );
    expect(replies.map((r) => r.statusCode)).toEqual(deals.map(() => 200));
    expect(new Set(replies.map((r) => r.json().stage.outcome))).toEqual(new Set(['won']));

    const kept = await readModelSnapshot(t.ctx.db);
    await rebuildReadModels(t.ctx.db);
    expect(await readModelSnapshot(t.ctx.db)).toEqual(kept);
  });
});
