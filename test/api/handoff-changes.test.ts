import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chaseHandoffs } from '../../server/modules/handoffs/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * Handoffs (issue 14, finding 7): "create the opportunity" links the new deal to the tip; only an
 * open deal of the receiving group may be linked; the giver edits or withdraws an open tip (nobody
 * else); the list labels the customer's market; a tip long overdue reaches the leader at once.
 */
describe.each(dbKinds)('handoff changes (%s)', (kind) => {
  let t: TestApp;
  let giver: Session;
  let receiver: Session;
  let admin: Session;
  let receiverId: string;
  let digital: string;
  let accountId: string;
  let contactId: string;
  let product: { id: string };
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH', url: string, s: Session, payload: unknown) =>
    t.app.inject({ method, url, headers: s.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    giver = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    digital = (await get('/api/sales-groups', admin)).json().find((g: { name: string }) => g.name === 'Digital Solutions').id;
    const se = (await get('/api/me', giver)).json().market.id;
    const seller = (await get(`/api/users?role=seller&salesGroupId=${digital}&marketId=${se}`, admin)).json().items[0];
    receiverId = seller.id;
    await send('PATCH', `/api/users/${receiverId}`, admin, { password: 'receiver-password' });
    receiver = await t.signIn(seller.email, 'receiver-password');
    accountId = (await send('POST', '/api/accounts', giver, { name: 'Tipsad Kund AB', marketId: se })).json().id;
    contactId = (await send('POST', '/api/contacts', giver, { accountId, firstName: 'Tor', lastName: 'Tipsad' })).json().id;
    product = (await get(`/api/products?salesGroupId=${digital}`, giver)).json()[0];
  });
  afterAll(async () => {
    await t.close();
  });

  const give = async () =>
    (
      await send('POST', '/api/handoffs', giver, {
        accountId,
        toSalesGroupId: digital,
        toUserId: receiverId,
        productIds: [product.id],
        note: 'They want help desk',
      })
    ).json();
  const deal = (s: Session, extra: Record<string, unknown> = {}) =>
    send('POST', '/api/opportunities', s, { accountId, name: 'Help desk', estimatedValue: 10_000, expectedCloseOn: '2031-03-31', contactId, ...extra });

  it('links the opportunity created from a tip to the tip, accepting it on the way', async () => {
    const h = await give();
    const created = await deal(receiver, { handoffId: h.id });
    expect(created.statusCode, created.body).toBe(201);
    const after = (await get(`/api/handoffs/${h.id}`, giver)).json();
    expect(after).toMatchObject({ status: 'opportunity_created', opportunityId: created.json().id });
    expect(after.updates.map((u: { status: string }) => u.status)).toEqual(['sent', 'accepted', 'opportunity_created']);
    // the giver cannot open a deal "from" a tip they gave: only the receiving side reports
    const h2 = await give();
    expect((await deal(giver, { handoffId: h2.id })).statusCode).toBe(403);
  });

  it('refuses to link another group’s deal', async () => {
    const h = await give();
    await send('POST', `/api/handoffs/${h.id}/report`, receiver, { status: 'accepted' });
    const giversDeal = (await deal(giver)).json();
    const res = await send('POST', `/api/handoffs/${h.id}/report`, receiver, { status: 'opportunity_created', opportunityId: giversDeal.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.opportunityId');
  });

  it('lets the giver edit and withdraw an open tip, and nobody else', async () => {
    const h = await give();
    expect(h.can).toEqual({ report: false, edit: true });
    expect((await get(`/api/handoffs/${h.id}`, receiver)).json().can).toEqual({ report: true, edit: false });
    const denied = [
      await send('PATCH', `/api/handoffs/${h.id}`, receiver, { note: 'mine' }),
      await send('POST', `/api/handoffs/${h.id}/withdraw`, receiver, {}),
    ];
    for (const res of denied) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const edited = await send('PATCH', `/api/handoffs/${h.id}`, giver, { note: 'They want help desk and laptops', urgency: 'high' });
    expect(edited.json()).toMatchObject({ note: 'They want help desk and laptops', urgency: 'high' });
    const withdrawn = await send('POST', `/api/handoffs/${h.id}/withdraw`, giver, { note: 'Customer changed their mind' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', allowedNext: [], can: { edit: false } });
    const told = (await get('/api/notifications', receiver)).json().items;
    expect(told.some((n: { kind: string; data: { handoffId: string } }) => n.kind === 'handoff.withdrawn' && n.data.handoffId === h.id)).toBe(true);
    expect((await send('PATCH', `/api/handoffs/${h.id}`, giver, { note: 'again' })).statusCode).toBe(409);
    expect((await send('POST', `/api/handoffs/${h.id}/report`, receiver, { status: 'accepted' })).statusCode).toBe(409);
  });

  it('labels the customer’s market on the receiver’s list, and a leader’s incoming tips are those to the groups they lead', async () => {
    const inbox = (await get('/api/handoffs?box=incoming', receiver)).json();
    expect(inbox.items[0].account).toMatchObject({ marketCode: 'SE' });
    const leaderId = (await get('/api/sales-groups', admin)).json().find((g: { id: string }) => g.id === digital).leaderId;
    const leader = (await get(`/api/users/${leaderId}`, admin)).json();
    await send('PATCH', `/api/users/${leaderId}`, admin, { password: 'leader-password' });
    const leaderSession = await t.signIn(leader.email, 'leader-password');
    const theirs = (await get('/api/handoffs?box=incoming', leaderSession)).json();
    expect(theirs.total).toBeGreaterThan(0);
    expect(theirs.items.every((h: { toSalesGroup: { id: string } }) => h.toSalesGroup.id === digital)).toBe(true);
  });

  it('escalates a tip long overdue to the receiving group’s leader on the first run', async () => {
    const h = await give();
    const late = new Date(new Date(h.dueAt).getTime() + 20 * 86_400_000);
    const run = await chaseHandoffs({ ...t.ctx, clock: { now: () => late } });
    expect(run.reminded).toBeGreaterThanOrEqual(1);
    expect(run.escalated).toBeGreaterThanOrEqual(1);
    const leaderId = (await get('/api/sales-groups', admin)).json().find((g: { id: string }) => g.id === digital).leaderId;
    const leader = (await get(`/api/users/${leaderId}`, admin)).json();
    await send('PATCH', `/api/users/${leaderId}`, admin, { password: 'leader-password' });
    const leaderSession = await t.signIn(leader.email, 'leader-password');
    const bell = (await get('/api/notifications', leaderSession)).json().items;
    expect(bell.some((n: { kind: string; data: { handoffId: string } }) => n.kind === 'handoff.escalated' && n.data.handoffId === h.id)).toBe(true);
  });
});
