/**
 * A person's data on request (GDPR, L5, #21) beyond contacts: a lead's export and erasure, a user's
 * export (no secrets), the readable HTML of each (every value escaped), and a contact's erasure taking
 * away the website visitor ↔ contact identification.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('personal data of leads and users (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let admin: Session;
  let sellerId: string;
  let leadId: string;
  const evil = '<script>alert("x")</script>';
  const lead = { name: 'Lovisa Lindgren', email: 'lovisa.lindgren@exempel.se', phone: '+46 70 123 45 67', source: 'event' };

  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const count = async (query: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await t.ctx.db.execute(query))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    sellerId = (await get('/api/me', seller)).json().user.id;
    const made = await post('/api/leads', admin, { ...lead, company: 'Exempel AB', message: `Call Lovisa Lindgren ${evil}` });
    expect(made.statusCode, made.body).toBe(201);
    leadId = made.json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses sellers the lead’s and the user’s exports and the lead’s erasure (denied cases)', async () => {
    for (const url of [
      `/api/leads/${leadId}/personal-data`,
      `/api/leads/${leadId}/personal-data.html`,
      `/api/users/${sellerId}/personal-data`,
      `/api/users/${sellerId}/personal-data.html`,
    ])
      expect((await get(url, seller)).statusCode, url).toBe(403);
    expect((await post(`/api/leads/${leadId}/erase`, seller, { reason: 'data_subject_request', note: 'asked by mail' })).statusCode).toBe(
      403,
    );
    expect((await get('/api/leads/00000000-0000-4000-8000-000000000000/personal-data', admin)).statusCode).toBe(404);
  });

  it('exports a lead as JSON and as a readable HTML page with every value escaped', async () => {
    const res = await get(`/api/leads/${leadId}/personal-data`, admin);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    expect(data.subject).toEqual({ kind: 'lead', id: leadId });
    expect(data.lead).toMatchObject({ name: lead.name, email: lead.email, phone: lead.phone, company: 'Exempel AB' });
    expect(data.updates.map((u: { status: string }) => u.status)).toContain('new');

    const html = await get(`/api/leads/${leadId}/personal-data.html`, admin);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.headers['content-disposition']).toMatch(/attachment/);
    expect(html.body.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html.body).toContain('<h1>Personal data held about Lovisa Lindgren</h1>');
    expect(html.body).not.toContain('<script>');
    expect(html.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const audit = (await get(`/api/audit-events?action=lead.exported`, admin)).json();
    expect(audit.items.some((e: { entityId: string }) => e.entityId === leadId)).toBe(true);
  });

  it('erases a lead: no personal field left, company and status kept, the reason audited, a second time refused', async () => {
    const bad = await post(`/api/leads/${leadId}/erase`, admin, { reason: 'because', note: 'x' });
    expect(bad.statusCode).toBe(400);
    const res = await post(`/api/leads/${leadId}/erase`, admin, { reason: 'data_subject_request', note: 'Lovisa Lindgren asked by mail' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().leadId).toBe(leadId);
    const after = (await get(`/api/leads/${leadId}/personal-data`, admin)).json();
    expect(after.lead).toMatchObject({ name: '[erased]', email: null, phone: null, message: null, company: 'Exempel AB', status: 'new' });
    const everything = JSON.stringify(after);
    for (const term of ['Lovisa', 'Lindgren', lead.email, lead.phone]) expect(everything).not.toContain(term);
    const trail = (await get(`/api/audit-events?action=lead.erased`, admin)).json();
    expect(trail.items[0]).toMatchObject({ entityId: leadId, data: { reason: 'data_subject_request', note: '[erased] asked by mail' } });
    const again = await post(`/api/leads/${leadId}/erase`, admin, { reason: 'data_subject_request', note: 'again please' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('erasure_refused');
  });

  it('exports a user: profile, sessions without tokens, activities, tips, comments, notifications, history', async () => {
    const me = (await get('/api/me', seller)).json();
    const accountId = (await post('/api/accounts', seller, { name: 'Användarbolaget AB', marketId: me.market.id })).json().id;
    expect((await post('/api/activities', seller, { accountId, type: 'call', subject: 'Spoke with the buyer' })).statusCode).toBe(201);
    const res = await get(`/api/users/${sellerId}/personal-data`, admin);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    expect(data.user).toMatchObject({ id: sellerId, email: 'seller@nordlys.example', role: 'seller' });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.activities.map((a: { subject: string }) => a.subject)).toContain('Spoke with the buyer');
    for (const key of ['handoffsGiven', 'handoffsReceived', 'comments', 'notifications', 'incentives', 'history', 'apiKeys'])
      expect(Array.isArray(data[key]), key).toBe(true);
    // no secret of any kind
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/passwordHash|password_hash|tokenHash|csrf/i);
    const [session] = rowsOf<{ token_hash: string; csrf_token: string }>(
      await t.ctx.db.execute(sql`select token_hash, csrf_token from sessions where user_id = ${sellerId} limit 1`),
    );
    expect(text).not.toContain(session!.token_hash);
    expect(text).not.toContain(session!.csrf_token);

    const html = await get(`/api/users/${sellerId}/personal-data.html`, admin);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Sessions (without their secrets)');
    expect(html.body).toContain('Spoke with the buyer');
    const audit = (await get(`/api/audit-events?action=user.exported`, admin)).json();
    expect(audit.items.some((e: { entityId: string }) => e.entityId === sellerId)).toBe(true);
  });

  it('erasing a contact forgets the website visitor ids that named them and unlinks their visits', async () => {
    const site = (await post('/api/signals/sites', admin, { name: 'www' })).json();
    const me = (await get('/api/me', seller)).json();
    const accountId = (await post('/api/accounts', seller, { name: 'Besöksbolaget AB', marketId: me.market.id })).json().id;
    const email = 'vera.visitor@besok.se';
    const contactId = (await post('/api/contacts', seller, { accountId, firstName: 'Vera', lastName: 'Visitor', email })).json().id;
    const collect = (events: unknown[]) =>
      t.app.inject({
        method: 'POST',
        url: '/api/signals/collect',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ key: site.publicKey, events }),
      });
    await collect([{ type: 'identify', url: '/', visitorId: 'v-erase-0001', email: email.toUpperCase() }]);
    await collect([{ type: 'page_view', url: '/pricing', visitorId: 'v-erase-0001' }]);
    expect(await count(sql`select count(*)::int as n from site_visitors where lower(email) = ${email}`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from site_visits where contact_id = ${contactId}`)).toBeGreaterThan(0);
    const exported = (await get(`/api/contacts/${contactId}/personal-data`, admin)).json();
    expect(exported.signals.map((v: { path: string }) => v.path)).toContain('/pricing');
    expect(exported.visitors.map((v: { visitorId: string }) => v.visitorId)).toEqual(['v-erase-0001']);

    const erased = await post(`/api/contacts/${contactId}/erase`, admin, { reason: 'data_subject_request', note: 'asked by phone' });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await count(sql`select count(*)::int as n from site_visitors where lower(email) = ${email}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from site_visits where contact_id = ${contactId}`)).toBe(0);
    // the company's visits stay; a later view by that visitor is no longer the person's
    expect(await count(sql`select count(*)::int as n from site_visits where account_id = ${accountId}`)).toBeGreaterThan(0);
    await collect([{ type: 'page_view', url: '/later', visitorId: 'v-erase-0001' }]);
    expect(await count(sql`select count(*)::int as n from site_visits where path = '/later'`)).toBe(0);
  });
});
