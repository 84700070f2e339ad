import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/** An open opportunity on a fresh account, to read its win probability. */
async function openDeal(t: TestApp, seller: Session) {
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: seller.headers });
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: seller.headers, payload });
  const account = (await post('/api/accounts', { name: 'Sannolikhet AB', marketId: (await get('/api/me')).json().market.id })).json();
  const contact = (await post('/api/contacts', { accountId: account.id, firstName: 'Vera', lastName: 'Vinst' })).json();
  const res = await post('/api/opportunities', {
    accountId: account.id,
    name: 'Charging',
    estimatedValue: 100_000,
    expectedCloseOn: '2027-06-30',
    contactId: contact.id,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe.each(dbKinds)('the win probability (%s)', (kind) => {
  describe('with the demo’s history of won and lost deals', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(kind);
    });
    afterAll(async () => t.close());

    it('gives an estimate with reasons, from the model the time split chose', async () => {
      const o = await openDeal(t, await t.signIn('seller@nordlys.example'));
      expect(o.winProbability).toMatchObject({
        status: 'estimate',
        missing: null,
        model: expect.stringMatching(/^(naive_bayes|logistic)$/),
      });
      expect(o.winProbability.probability).toBeGreaterThan(0);
      expect(o.winProbability.probability).toBeLessThan(1);
      for (const r of o.winProbability.reasons) expect(r.value).not.toBe('Sannolikhet AB');
    });

    it('shows admins how well it predicted the newer deals, against the stage probability; nobody else', async () => {
      const admin = await t.signIn('admin@nordlys.example');
      const res = await t.app.inject({ method: 'GET', url: '/api/opportunities/win-probability/evaluation', headers: admin.headers });
      expect(res.statusCode, res.body).toBe(200);
      const e = res.json();
      expect(e.train.examples).toBeGreaterThan(e.test.examples);
      expect(e.test.won + e.test.lost).toBe(e.test.examples);
      for (const m of [e.naiveBayes, e.logistic, e.stage]) {
        expect(m.auc).toBeGreaterThanOrEqual(0);
        expect(m.auc).toBeLessThanOrEqual(1);
        expect(m.deciles.reduce((s: number, d: { count: number }) => s + d.count, 0)).toBe(e.test.examples);
      }
      expect(e.chosen).toBe(e.logistic.brier < e.naiveBayes.brier ? 'logistic' : 'naive_bayes');
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: admin.headers })).json().can.evaluateWinProbability).toBe(true);
      const seller = await t.signIn('seller@nordlys.example');
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/opportunities/win-probability/evaluation', headers: seller.headers })).statusCode,
      ).toBe(403);
    });
  });

  describe('with a history that has no lost deals', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(kind);
      // every lost deal in the demo made won (before the model is first trained)
      await t.database.db.execute(sql`
        update opportunities o set stage_id = (select w.id from stages w where w.process_id = o.process_id and w.outcome = 'won' limit 1)
        where o.stage_id in (select id from stages where outcome = 'lost')`);
    });
    afterAll(async () => t.close());

    it('says "not enough history" instead of a number, with no reasons', async () => {
      const o = await openDeal(t, await t.signIn('seller@nordlys.example'));
      expect(o.winProbability).toMatchObject({ status: 'not_enough_history', probability: null, missing: 'lost', reasons: [] });
      const admin = await t.signIn('admin@nordlys.example');
      const e = (
        await t.app.inject({ method: 'GET', url: '/api/opportunities/win-probability/evaluation', headers: admin.headers })
      ).json();
      expect(e.test.lost).toBe(0);
      expect(e.naiveBayes).toBeNull();
      expect(e.logistic).toBeNull();
    });
  });
});
