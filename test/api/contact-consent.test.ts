/**
 * Consent and lawful basis for marketing per contact (GDPR, L5): recorded by the account's owner side
 * and marketing, refused to others; in the record's history and in the person's data export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('contact consent and lawful basis (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let otherSeller: Session;
  let marketing: Session;
  let admin: Session;
  let contactId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const put = (s: Session, payload: object, id = contactId) =>
    t.app.inject({ method: 'PUT', url: `/api/contacts/${id}/consent`, headers: s.headers, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    const me = (await get('/api/me', seller)).json();
    const users = (await get('/api/users?pageSize=100', admin)).json().items as {
      email: string;
      role: string;
      salesGroupId: string | null;
    }[];
    const other = users.find((u) => u.role === 'seller' && u.salesGroupId !== me.salesGroup?.id && u.email !== 'seller@nordlys.example')!;
    otherSeller = await t.signIn(other.email);
    marketing = await t.signIn(users.find((u) => u.role === 'marketing')!.email);
    const accountId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/accounts',
        headers: seller.headers,
        payload: { name: 'Samtycke AB', marketId: me.market.id },
      })
    ).json().id;
    contactId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: seller.headers,
        payload: { accountId, firstName: 'Sara', lastName: 'Samtycke' },
      })
    ).json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows no basis until one is recorded: the person is not marketed to', async () => {
    const c = (await get(`/api/contacts/${contactId}`, seller)).json();
    expect(c.marketing).toEqual({ basis: null, consent: null, mayMarket: false });
    expect(c.can.consent).toBe(true);
    expect((await get(`/api/contacts/${contactId}`, otherSeller)).json().can.consent).toBe(false);
  });

  it('refuses a seller of another account, and bad input with 400', async () => {
    const denied = await put(otherSeller, { basis: 'legitimate_interest', consent: null });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    const noConsent = await put(seller, { basis: 'consent', consent: null });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.consent' }] });
    const future = await put(seller, { basis: 'consent', consent: { status: 'given', on: '2999-01-01', source: 'web form' } });
    expect(future.statusCode).toBe(400);
    expect((await put(seller, { basis: 'whim', consent: null })).statusCode).toBe(400);
    expect((await put(seller, { basis: null, consent: null }, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('records consent given, then marketing records it withdrawn; both in the history and the export', async () => {
    const given = await put(seller, { basis: 'consent', consent: { status: 'given', on: '2026-11-02', source: 'Web form: newsletter' } });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json().marketing).toEqual({
      basis: 'consent',
      consent: { status: 'given', on: '2026-11-02', source: 'Web form: newsletter' },
      mayMarket: true,
    });
    const stale = await put(marketing, { basis: 'legitimate_interest', consent: null, version: 1 });
    expect(stale.statusCode).toBe(409);
    const withdrawn = await put(marketing, {
      basis: 'consent',
      consent: { status: 'withdrawn', on: '2026-11-20', source: 'Unsubscribe link' },
      version: given.json().version,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().marketing.mayMarket).toBe(false);

    const history = (await get(`/api/history/contact/${contactId}`, seller)).json();
    const changes = history.items.filter((e: { action: string }) => e.action === 'contact.consent_changed');
    expect(changes).toHaveLength(2);
    expect(changes.flatMap((e: { changes: { field: string; from: unknown; to: unknown }[] }) => e.changes)).toEqual(
      expect.arrayContaining([
        { field: 'marketingBasis', from: null, to: 'consent' },
        { field: 'consentStatus', from: 'given', to: 'withdrawn' },
      ]),
    );

    const exported = (await get(`/api/contacts/${contactId}/personal-data`, admin)).json();
    expect(exported.contact).toMatchObject({
      marketingBasis: 'consent',
      consentStatus: 'withdrawn',
      consentOn: '2026-11-20',
      consentSource: 'Unsubscribe link',
    });
  });
});
