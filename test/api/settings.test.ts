import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeTimedOut } from '../../server/modules/opportunities/service-aging';
import { getOrganisation, updateOrganisation } from '../../server/modules/org/service';
import { inTransaction } from '../../server/platform/context';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('organisation settings, exchange rates and local processes (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let seller: Session;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'PATCH' | 'PUT' | 'POST', url: string, s: Session, payload: unknown) =>
    t.app.inject({ method, url, headers: s.headers, payload: payload as object });
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets the admin choose the reporting currency and the rules of time', async () => {
    expect((await send('PATCH', '/api/organisation', seller, { reportingCurrency: 'SEK' })).statusCode).toBe(403);
    const res = await send('PATCH', '/api/organisation', admin, { reportingCurrency: 'SEK', timedOutAfterMonths: 9, staleAfterDays: 14 });
    expect(res.json()).toMatchObject({ reportingCurrency: 'SEK', timedOutAfterMonths: 9, staleAfterDays: 14 });
    const board = (await get('/api/opportunities/board', seller)).json();
    expect(board.reportingCurrency).toBe('SEK');
    // 9 months now: fewer opportunities are old enough to be proposed as timed out than with 6
    const nine = await proposeTimedOut(t.ctx);
    await send('PATCH', '/api/organisation', admin, { timedOutAfterMonths: 6 });
    const six = await proposeTimedOut(t.ctx);
    expect(six).toBeGreaterThan(0);
    expect(nine).toBeGreaterThanOrEqual(0);
    expect((await send('PATCH', '/api/organisation', admin, { staleAfterDays: 0 })).statusCode).toBe(400);
  });

  it('reads the settings once in a transaction, and again after changing them there', async () => {
    const adminId = (await get('/api/me', admin)).json().id as string;
    await inTransaction(t.ctx, async (tx) => {
      const first = getOrganisation(tx);
      expect(getOrganisation(tx)).toBe(first);
      const before = await first;
      const changed = await updateOrganisation(tx, adminId, { staleAfterDays: before.staleAfterDays + 1 });
      expect(changed.staleAfterDays).toBe(before.staleAfterDays + 1);
      expect((await getOrganisation(tx)).staleAfterDays).toBe(before.staleAfterDays + 1);
      await updateOrganisation(tx, adminId, { staleAfterDays: before.staleAfterDays });
    });
    // outside a transaction every call reads: the next request sees what the last one wrote
    expect(getOrganisation(t.ctx)).not.toBe(getOrganisation(t.ctx));
  });

  it('keeps exchange rates per day; sums use the latest', async () => {
    const rates = (await get('/api/exchange-rates', seller)).json();
    expect(rates.find((r: { currency: string }) => r.currency === 'SEK').perEuro).toBe(11.45);
    expect((await send('PUT', '/api/exchange-rates', admin, { currency: 'SEK', rateOn: '2026-06-01', perEuro: 11 })).statusCode).toBe(200);
    const after = (await get('/api/exchange-rates', seller)).json();
    expect(after.find((r: { currency: string }) => r.currency === 'SEK')).toEqual({ currency: 'SEK', rateOn: '2026-06-01', perEuro: 11 });
    expect((await send('PUT', '/api/exchange-rates', seller, { currency: 'SEK', rateOn: '2026-06-01', perEuro: 11 })).statusCode).toBe(403);
  });

  it('creates a local variant for a sales group; its opportunities follow it', async () => {
    const me = (await get('/api/me', seller)).json();
    const res = await send('POST', '/api/processes', admin, { name: 'Fleet process', salesGroupId: me.salesGroup.id });
    expect(res.statusCode).toBe(201);
    const variant = res.json();
    expect(variant.stages.map((s: { key: string }) => s.key)).toEqual([
      'identified',
      'quote_designed',
      'pricing',
      'quote_sent',
      'negotiation',
      'won',
      'lost',
    ]);
    expect((await send('POST', '/api/processes', admin, { name: 'Again', salesGroupId: me.salesGroup.id })).statusCode).toBe(409);
    expect((await send('POST', '/api/processes', admin, { name: 'Nothing' })).statusCode).toBe(400);
    const account = (await send('POST', '/api/accounts', seller, { name: 'Variant AB', marketId: me.market.id })).json();
    const contact = (await send('POST', '/api/contacts', seller, { accountId: account.id, firstName: 'V', lastName: 'Ariant' })).json();
    const opp = (
      await send('POST', '/api/opportunities', seller, {
        accountId: account.id,
        name: 'Local',
        estimatedValue: 1000,
        expectedCloseOn: '2027-01-01',
        contactId: contact.id,
      })
    ).json();
    expect(opp.processId).toBe(variant.id);
    expect(opp.stage.key).toBe('identified');
  });
});
