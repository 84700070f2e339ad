import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { applyRetention } from '../../server/modules/data-retention/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const DAY = 86_400_000;

describe.each(dbKinds)('website signals: the right seller hears, once a week (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let seller: Session;
  let marketing: Session;
  let siteToken: string;
  // a Monday noon, moved by the tests
  let now = new Date('2026-11-02T12:00:00Z');
  const clock = { now: () => now };
  const post = (url: string, s: Session | null, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...(s?.headers ?? {}), ...headers }, payload: payload as object });
  const put = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'PUT', url, headers: s.headers, payload: payload as object });
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (events: object[]) => post('/api/signals/events', null, { events }, { 'x-korsa-site-token': siteToken });
  const query = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await t.ctx.db.execute(q));
  const first = async <T>(q: ReturnType<typeof sql>) => {
    const [row] = await query<T>(q);
    if (!row) throw new Error('the demo lacks what this test needs');
    return row;
  };

  /** A customer with a contact that has an e-mail, a product of another group it does not own, that group's people. */
  let customer: { id: string; name: string; ownerId: string; ownerGroupId: string };
  let contact: { id: string; email: string };
  let product: { id: string; salesGroupId: string; leaderId: string | null };
  let ownedProduct: string;

  const notes = async (userId: string, kindName: string) =>
    query<{ data: { accountId: string; productId?: string } }>(
      sql`select data from notifications where user_id = ${userId} and kind = ${kindName} order by created_at`,
    );

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    admin = await t.signIn('admin@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
    const m = (await get('/api/users?role=marketing', admin)).json().items[0];
    await t.app.inject({ method: 'PATCH', url: `/api/users/${m.id}`, headers: admin.headers, payload: { password: 'a-long-password' } });
    marketing = await t.signIn(m.email, 'a-long-password');
    customer = await first<typeof customer>(sql`
      select a.id, a.name, a.owner_id as "ownerId", u.sales_group_id as "ownerGroupId" from accounts a
        join users u on u.id = a.owner_id
       where a.status = 'customer' and a.deleted_at is null
         and exists (select 1 from contacts c where c.account_id = a.id and c.email is not null)
         and exists (select 1 from holdings h where h.account_id = a.id)
       order by a.name limit 1`);
    contact = await first<typeof contact>(
      sql`select id, lower(email) as email from contacts where account_id = ${customer.id} and email is not null order by email limit 1`,
    );
    // a product of another group than the owner's, that the customer has never had
    product = await first<typeof product>(sql`
      select p.id, p.sales_group_id as "salesGroupId", g.leader_id as "leaderId" from products p join sales_groups g on g.id = p.sales_group_id
       where p.sales_group_id <> ${customer.ownerGroupId}
         and not exists (select 1 from holdings h where h.account_id = ${customer.id} and h.product_id = p.id)
       order by p.code limit 1`);
    ({ ownedProduct } = await first<{ ownedProduct: string }>(
      sql`select product_id as "ownedProduct" from holdings where account_id = ${customer.id} and (ends_on is null or ends_on >= '2026-11-02') limit 1`,
    ));
    const site = await post('/api/signals/sites', marketing, { name: 'www.nordlys.example' });
    expect(site.statusCode).toBe(201);
    siteToken = site.json().token;
    expect(
      (
        await put('/api/signals/page-rules', marketing, {
          rules: [
            { pattern: '/products/new-thing', productId: product.id },
            { pattern: '/products/*/owned', productId: ownedProduct },
          ],
        })
      ).statusCode,
    ).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('accepts page views only with a site token or a marketing or admin API key', async () => {
    const event = { url: '/about' };
    expect((await post('/api/signals/events', null, { events: [event] })).statusCode).toBe(401);
    expect((await post('/api/signals/events', null, { events: [event] }, { 'x-korsa-site-token': 'kst_guess' })).statusCode).toBe(401);
    const sellerKey = (await post('/api/api-keys', seller, { name: 'mine' })).json().token;
    const denied = await post('/api/signals/events', null, { events: [event] }, { authorization: `Bearer ${sellerKey}` });
    expect(denied.statusCode).toBe(403);
    const marketingKey = (await post('/api/api-keys', marketing, { name: 'tag manager' })).json().token;
    const ok = await post('/api/signals/events', null, { events: [event] }, { authorization: `Bearer ${marketingKey}` });
    expect(ok.statusCode).toBe(202);
    // anonymous visits are not kept
    expect(ok.json()).toEqual({ accepted: 0, ignored: 1, alerts: 0 });
    // bad input is a 400 with the field, not a 500
    const bad = await send([{ url: '' }]);
    expect(bad.statusCode).toBe(400);
    expect((await send([])).statusCode).toBe(400);
  });

  it('only marketing and admins change the rules; a product must exist and visits outlive the quiet period', async () => {
    expect((await put('/api/signals/page-rules', seller, { rules: [] })).statusCode).toBe(403);
    const unknown = await put('/api/signals/page-rules', marketing, {
      rules: [{ pattern: '/x', productId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect((await get('/api/signals/page-rules', marketing)).json().rules).toHaveLength(2);
    const settings = await put('/api/signals/settings', marketing, { quietDays: 0 });
    expect(settings.statusCode).toBe(400);
    expect(settings.json().error.details[0].path).toBe('body.quietDays');
    expect((await put('/api/signals/settings', seller, { quietDays: 14 })).statusCode).toBe(403);
  });

  it('tells the group that sells a product a customer lacks — its seller there, not the owner’s group — once a week', async () => {
    const first = await send([{ url: `https://www.nordlys.example/products/new-thing?utm=x`, email: contact.email.toUpperCase() }]);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ accepted: 1, ignored: 0, alerts: 1 });
    const [alert] = await query<{ notifiedUserId: string | null; salesGroupId: string }>(
      sql`select notified_user_id as "notifiedUserId", sales_group_id as "salesGroupId" from signal_alerts where account_id = ${customer.id} and kind = 'product_interest'`,
    );
    expect(alert!.salesGroupId).toBe(product.salesGroupId);
    const [told] = await query<{ groupId: string }>(sql`select sales_group_id as "groupId" from users where id = ${alert!.notifiedUserId}`);
    expect(told!.groupId).toBe(product.salesGroupId);
    expect(alert!.notifiedUserId).not.toBe(customer.ownerId);
    expect((await notes(alert!.notifiedUserId!, 'signals.product_interest')).map((n) => n.data.productId)).toEqual([product.id]);
    expect(await notes(customer.ownerId, 'signals.product_interest')).toEqual([]);
    // the account's timeline shows the signal to every group
    const timeline = (await get(`/api/accounts/${customer.id}/timeline`, seller)).json();
    expect(timeline.items.some((a: { event: string | null }) => a.event === 'signal.product_interest')).toBe(true);

    // the same week: stored, but not a second alert (also by domain, also another page of the product)
    now = new Date(now.getTime() + 2 * DAY);
    const again = await send([
      { url: '/products/new-thing', email: contact.email },
      { url: '/products/new-thing/pricing', domain: 'unknown-company.example' },
    ]);
    expect(again.json()).toEqual({ accepted: 1, ignored: 1, alerts: 0 });
    expect(await notes(alert!.notifiedUserId!, 'signals.product_interest')).toHaveLength(1);
    // a product it owns never alerts
    expect((await send([{ url: '/products/x/owned', email: contact.email }])).json().alerts).toBe(0);
    // next week it may alert again
    now = new Date(now.getTime() + 6 * DAY);
    expect((await send([{ url: '/products/new-thing', email: contact.email }])).json().alerts).toBe(1);
    expect(await notes(alert!.notifiedUserId!, 'signals.product_interest')).toHaveLength(2);
  });

  it('maps a page to a whole product family: the family’s group hears when the customer has nothing of it, not when it has some', async () => {
    const lacking = await first<{ family: string }>(sql`
      select p.family from products p
       where p.active and p.sales_group_id <> ${customer.ownerGroupId}
         and not exists (select 1 from holdings h join products q on q.id = h.product_id where h.account_id = ${customer.id} and q.family = p.family)
       order by p.family limit 1`);
    const { salesGroupId } = await first<{ salesGroupId: string }>(
      sql`select sales_group_id as "salesGroupId" from products where family = ${lacking.family} and active group by 1 order by count(*) desc limit 1`,
    );
    const { family: ownedFamily } = await first<{ family: string }>(sql`select family from products where id = ${ownedProduct}`);
    const rules = (await get('/api/signals/page-rules', marketing)).json().rules;
    const unknown = await put('/api/signals/page-rules', marketing, { rules: [...rules, { pattern: '/solutions/x', family: 'No such family' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe(`body.rules.${rules.length}.family`);
    const neither = await put('/api/signals/page-rules', marketing, { rules: [{ pattern: '/solutions/x' }] });
    expect(neither.statusCode).toBe(400);
    const both = await put('/api/signals/page-rules', marketing, { rules: [{ pattern: '/x', productId: product.id, family: lacking.family }] });
    expect(both.statusCode).toBe(400);
    const saved = await put('/api/signals/page-rules', marketing, {
      rules: [...rules, { pattern: '/solutions/lacking', family: lacking.family }, { pattern: '/solutions/owned', family: ownedFamily }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().rules).toContainEqual({ pattern: '/solutions/lacking', productId: null, family: lacking.family });

    expect((await send([{ url: '/solutions/lacking/overview', email: contact.email }])).json().alerts).toBe(1);
    const [alert] = await query<{ productId: string | null; salesGroupId: string; notifiedUserId: string | null }>(
      sql`select product_id as "productId", sales_group_id as "salesGroupId", notified_user_id as "notifiedUserId" from signal_alerts
           where account_id = ${customer.id} and key like ${'%family:%'}`,
    );
    expect(alert).toMatchObject({ productId: null, salesGroupId });
    const told = await notes(alert!.notifiedUserId!, 'signals.product_interest');
    expect(told.at(-1)!.data).toMatchObject({ accountId: customer.id, productId: null, family: lacking.family, product: lacking.family });
    // once a week, and never for a family the customer already has something of
    expect((await send([{ url: '/solutions/lacking', email: contact.email }])).json().alerts).toBe(0);
    expect((await send([{ url: '/solutions/owned', email: contact.email }])).json().alerts).toBe(0);
  });

  it('shows a seller what the account’s people read: newest first, with the product and the person; not to anyone signed out', async () => {
    const visits = await get(`/api/signals/visits?accountId=${customer.id}`, seller);
    expect(visits.statusCode, visits.body).toBe(200);
    const items = visits.json().items as { path: string; at: string; product: { id: string } | null; contact: { id: string } | null }[];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.map((v) => v.at)).toEqual([...items.map((v) => v.at)].sort().reverse());
    expect(items.find((v) => v.path === '/products/new-thing')).toMatchObject({ product: { id: product.id }, contact: { id: contact.id } });
    // one contact's: only theirs (the domain-only visit of an unknown company was never stored)
    const own = (await get(`/api/signals/visits?accountId=${customer.id}&contactId=${contact.id}`, seller)).json().items;
    expect(own.every((v: { contact: { id: string } | null }) => v.contact?.id === contact.id)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/signals/visits?accountId=${customer.id}` })).statusCode).toBe(401);
    expect((await get('/api/signals/visits?accountId=nope', seller)).statusCode).toBe(400);
  });

  it('tells the account’s sellers when a decision-maker comes back after the quiet period', async () => {
    await query(sql`update contacts set buying_role = 'decision_maker' where id = ${contact.id}`);
    const before = (await notes(customer.ownerId, 'signals.returning_decision_maker')).length;
    // a visit two days after the last one is not a return
    now = new Date(now.getTime() + 2 * DAY);
    expect((await send([{ url: '/about', email: contact.email }])).json().alerts).toBe(0);
    // 20 quiet days later it is, once
    now = new Date(now.getTime() + 20 * DAY);
    expect((await send([{ url: '/about', email: contact.email }])).json().alerts).toBe(1);
    now = new Date(now.getTime() + 60_000);
    expect((await send([{ url: '/contact', email: contact.email }])).json().alerts).toBe(0);
    const told = await notes(customer.ownerId, 'signals.returning_decision_maker');
    expect(told.length).toBe(before + 1);
    expect(told.at(-1)!.data.accountId).toBe(customer.id);
    // a visit of an ordinary contact (not a decision-maker) never says so
    await query(sql`update contacts set buying_role = 'user', title = 'Assistant' where id = ${contact.id}`);
    now = new Date(now.getTime() + 30 * DAY);
    expect((await send([{ url: '/about', email: contact.email }])).json().alerts).toBe(0);
  });

  it('refuses events from too long ago; the data-retention job removes visits after the rule’s period (3 months unless set)', async () => {
    const old = new Date(now.getTime() - 10 * DAY).toISOString();
    expect((await send([{ url: '/about', email: contact.email, at: old }])).json()).toEqual({ accepted: 0, ignored: 1, alerts: 0 });
    const count = async () => (await query<{ n: number }>(sql`select count(*)::int as n from site_visits`))[0]!.n;
    const stored = await count();
    expect(stored).toBeGreaterThan(0);
    expect((await applyRetention(t.ctx)).website_visits).toBe(0);
    now = new Date(now.getTime() + 100 * DAY);
    expect((await applyRetention(t.ctx)).website_visits).toBe(stored);
    expect(await count()).toBe(0);
  });
});
