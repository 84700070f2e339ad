/**
 * The tracking script's side of website signals (C3): its public key, text/plain batches (sendBeacon),
 * a visitor who says who they are (a form with an e-mail, an identify call) and whose page views from
 * then on belong to the contact; sites that marketing renames and switches off, not a seller.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('the tracking script’s events (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let admin: Session;
  let site: { id: string; publicKey: string };
  let contact: { id: string; email: string; accountId: string };
  // the middle of a minute: the rate limit's window does not turn during a test
  const now = new Date('2026-11-02T12:00:30Z');
  const collect = (body: unknown, contentType = 'text/plain') =>
    t.app.inject({
      method: 'POST',
      url: '/api/signals/collect',
      headers: { 'content-type': contentType },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const visitsOf = async () =>
    rowsOf<{ kind: string; path: string; contactId: string | null }>(
      await t.ctx.db.execute(
        sql`select kind, path, contact_id as "contactId" from site_visits where account_id = ${contact.accountId} order by at, path`,
      ),
    );

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => now } });
    admin = await t.signIn('admin@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
    const made = await t.app.inject({ method: 'POST', url: '/api/signals/sites', headers: admin.headers, payload: { name: 'www' } });
    site = made.json();
    expect(site.publicKey).toMatch(/^ksk_[0-9a-f]{32}$/);
    [contact] = rowsOf<typeof contact>(
      await t.ctx.db.execute(
        sql`select id, lower(email) as email, account_id as "accountId" from contacts where email is not null and deleted_at is null order by email limit 1`,
      ),
    ) as [typeof contact];
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the script to any site, small, with no cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/signals/t.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body.length).toBeLessThan(6_000);
    expect(res.body).not.toMatch(/document\.cookie/);
  });

  it('keeps an anonymous visitor anonymous; after a form with a known e-mail, their page views are the contact’s', async () => {
    const visitorId = 'v-test-0001';
    const before = await collect({ key: site.publicKey, events: [{ type: 'page_view', url: '/pricing', visitorId }] });
    expect(before.statusCode).toBe(202);
    expect(before.headers['access-control-allow-origin']).toBe('*');
    expect(before.json()).toEqual({ accepted: 0, ignored: 1, alerts: 0 });
    expect(await visitsOf()).toEqual([]);

    const form = await collect({
      key: site.publicKey,
      events: [{ type: 'form_submit', url: '/contact-us', form: 'contact', visitorId, email: contact.email.toUpperCase() }],
    });
    expect(form.json()).toMatchObject({ accepted: 1 });
    const later = await collect({ key: site.publicKey, events: [{ type: 'page_view', url: '/products/fleet?x=1', visitorId }] });
    expect(later.json()).toMatchObject({ accepted: 1, ignored: 0 });
    expect(await visitsOf()).toEqual([
      { kind: 'form_submit', path: '/contact-us', contactId: contact.id },
      { kind: 'page_view', path: '/products/fleet', contactId: contact.id },
    ]);
    // the seller's account card says it was a form
    const shown = (
      await t.app.inject({ method: 'GET', url: `/api/signals/visits?accountId=${contact.accountId}`, headers: seller.headers })
    ).json();
    expect(shown.items.map((v: { kind: string }) => v.kind).sort()).toEqual(['form_submit', 'page_view']);
  });

  it('an identify call ties the visitor too, and another visitor stays unknown', async () => {
    const said = await collect({
      key: site.publicKey,
      events: [
        { type: 'identify', url: '/', visitorId: 'v-test-0002', email: contact.email },
        { type: 'page_view', url: '/about', visitorId: 'v-test-0002' },
        { type: 'page_view', url: '/about', visitorId: 'v-test-0003' },
      ],
    });
    expect(said.json()).toEqual({ accepted: 2, ignored: 1, alerts: 0 });
  });

  it('limits each site by its events per minute (a batch counts its events), not the other sites', async () => {
    const other = (
      await t.app.inject({ method: 'POST', url: '/api/signals/sites', headers: admin.headers, payload: { name: 'shop' } })
    ).json();
    const minute = new Date('2026-11-02T12:00:00Z');
    // the site has had all but 10 of its events this minute
    await t.ctx.db.execute(
      sql`insert into public_hit_counts (bucket, window_start, hits) values (${`signal_ingest:site:${site.id}`}, ${minute}, ${240_000 - 10})
          on conflict (bucket, window_start) do update set hits = excluded.hits`,
    );
    const events = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `/p${i}`, visitorId: `v-limit-${i}-x` }));
    expect((await collect({ key: site.publicKey, events: events(10) })).statusCode).toBe(202);
    const over = await collect({ key: site.publicKey, events: events(1) });
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('rate_limited');
    expect(over.json().error.details).toEqual({ retryAfterSeconds: 30 });
    expect((await collect({ key: other.publicKey, events: events(50) })).statusCode).toBe(202);
    await t.ctx.db.execute(sql`delete from public_hit_counts`);
  });

  it('answers bad input with stable codes: no key, a wrong key, broken JSON, a switched-off site', async () => {
    expect((await collect({ events: [{ url: '/' }] })).statusCode).toBe(400);
    expect((await collect({ key: 'ksk_nope_nope', events: [{ url: '/' }] })).json().error.code).toBe('unauthenticated');
    const broken = await collect('{"key": ');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('malformed_json');
    expect((await collect({ key: site.publicKey, events: [{ url: '/', visitorId: 'x' }] })).statusCode).toBe(400);
    // JSON is fine too (fetch from a tag manager)
    expect((await collect({ key: site.publicKey, events: [{ url: '/' }] }, 'application/json')).statusCode).toBe(202);

    const patch = (s: Session, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/signals/sites/${site.id}`, headers: s.headers, payload });
    expect((await patch(seller, { active: false })).statusCode).toBe(403);
    const off = await patch(admin, { active: false, name: 'www (old)' });
    expect(off.json()).toMatchObject({ active: false, name: 'www (old)' });
    expect((await collect({ key: site.publicKey, events: [{ url: '/' }] })).statusCode).toBe(401);
    expect((await patch(admin, { active: true })).json().active).toBe(true);
    expect((await collect({ key: site.publicKey, events: [{ url: '/' }] })).statusCode).toBe(202);
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/signals/sites/00000000-0000-4000-8000-000000000000',
      headers: admin.headers,
      payload: { active: false },
    });
    expect(missing.statusCode).toBe(404);
  });
});
