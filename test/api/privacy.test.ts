/**
 * A person's data on request (GDPR, L5): the export holds the contact's timeline entries; erasure
 * leaves no personal field but keeps the deal, with the reason in the audit trail.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('personal data requests (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let admin: Session;
  let accountId: string;
  let contactId: string;
  let opportunityId: string;
  const person = { firstName: 'Ingrid', lastName: 'Lindqvist', email: 'ingrid.lindqvist@kundbolaget.se', phone: '+46 70 555 12 34' };

  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH', url: string, s: Session, payload: unknown) =>
    t.app.inject({ method, url, headers: s.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    const me = (await get('/api/me', seller)).json();
    accountId = (await send('POST', '/api/accounts', seller, { name: 'Kundbolaget AB', marketId: me.market.id })).json().id;
    contactId = (await send('POST', '/api/contacts', seller, { accountId, ...person, title: 'Inköpschef' })).json().id;
    const call = await send('POST', '/api/activities', seller, {
      accountId,
      type: 'call',
      subject: 'Called Ingrid Lindqvist about the fleet',
      body: 'Ingrid wants a quote; reach her at ingrid.lindqvist@kundbolaget.se',
      contactIds: [contactId],
    });
    expect(call.statusCode).toBe(201);
    const deal = await send('POST', '/api/opportunities', seller, {
      accountId,
      name: 'Fleet renewal',
      estimatedValue: 120_000,
      expectedCloseOn: '2031-06-30',
      contactId,
    });
    expect(deal.statusCode, deal.body).toBe(201);
    opportunityId = deal.json().id;
    await send('PATCH', `/api/contacts/${contactId}`, seller, { title: 'Inköpsdirektör' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses sellers both the export and the erasure (denied cases)', async () => {
    expect((await get(`/api/contacts/${contactId}/personal-data`, seller)).statusCode).toBe(403);
    expect((await get(`/api/contacts/${contactId}/personal-data.html`, seller)).statusCode).toBe(403);
    const erase = await send('POST', `/api/contacts/${contactId}/erase`, seller, { reason: 'data_subject_request', note: 'asked by mail' });
    expect(erase.statusCode).toBe(403);
    expect((await get('/api/me', seller)).json().can.handlePersonalData).toBe(false);
  });

  it('exports everything about the contact, with their timeline entries, as JSON and readable HTML', async () => {
    const res = await get(`/api/contacts/${contactId}/personal-data`, admin);
    expect(res.statusCode).toBe(200);
    const data = res.json();
    expect(data.contact).toMatchObject({ firstName: 'Ingrid', lastName: 'Lindqvist', email: person.email, phone: person.phone });
    expect(data.account).toEqual({ id: accountId, name: 'Kundbolaget AB' });
    expect(data.timeline.map((a: { subject: string }) => a.subject)).toContain('Called Ingrid Lindqvist about the fleet');
    expect(data.timeline.some((a: { event: string | null }) => a.event === 'contact.created')).toBe(true);
    expect(data.opportunities.map((o: { name: string }) => o.name)).toEqual(['Fleet renewal']);
    expect(data.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['contact.created', 'contact.updated']));

    const html = await get(`/api/contacts/${contactId}/personal-data.html`, admin);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('<h1>Personal data held about Ingrid Lindqvist</h1>');
    expect(html.body).toContain('Called Ingrid Lindqvist about the fleet');

    const audit = (await get(`/api/audit-events?entityType=contact&entityId=${contactId}&action=contact.exported`, admin)).json();
    expect(audit.total).toBe(2);
  });

  it('erases by anonymising: no personal field left anywhere, the deal kept, the reason in the audit trail', async () => {
    const bad = await send('POST', `/api/contacts/${contactId}/erase`, admin, { reason: 'because' });
    expect(bad.statusCode).toBe(400);
    const res = await send('POST', `/api/contacts/${contactId}/erase`, admin, {
      reason: 'data_subject_request',
      note: 'Ingrid asked by e-mail on 1 December',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ contactId, dealsKept: 1 });
    expect(res.json().cleaned.timeline).toBeGreaterThanOrEqual(2);

    const contact = (await get(`/api/contacts/${contactId}`, seller)).json();
    expect(contact).toMatchObject({ firstName: 'Erased', lastName: 'person', email: null, phone: null, title: null });

    // the deal stays, with its value and its (now anonymous) contact
    const deal = (await get(`/api/opportunities/${opportunityId}`, seller)).json();
    expect(deal).toMatchObject({ name: 'Fleet renewal', value: 120_000 });

    // no trace of the person in any text Korsa keeps
    const dump = async (query: ReturnType<typeof sql>) => JSON.stringify(rowsOf(await t.database.db.execute(query)));
    const everything = [
      await dump(sql`select * from contacts where id = ${contactId}`),
      await dump(sql`select subject, body, data from activities where account_id = ${accountId}`),
      await dump(sql`select data, changes from audit_events where entity_id in (${contactId}, ${accountId}, ${opportunityId})`),
      await dump(sql`select payload from webhook_messages`),
    ].join('\n');
    for (const term of ['Ingrid', 'Lindqvist', person.email, person.phone, 'Inköpschef', 'Inköpsdirektör'])
      expect(everything).not.toContain(term);

    // the audit trail says who erased whom, when and why
    const trail = (await get(`/api/audit-events?entityType=contact&entityId=${contactId}&action=contact.erased`, admin)).json();
    expect(trail.items[0]).toMatchObject({
      action: 'contact.erased',
      data: { reason: 'data_subject_request', note: '[erased] asked by e-mail on 1 December' },
    });
    expect(trail.items[0].actor.name).toBeTruthy();

    const again = await send('POST', `/api/contacts/${contactId}/erase`, admin, { reason: 'other', note: 'twice' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('erasure_refused');
  });
});
