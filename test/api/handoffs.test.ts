import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '@domain/working-days';
import { chaseHandoffs } from '../../server/modules/handoffs/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('handoffs with mandatory feedback (%s)', (kind) => {
  let t: TestApp;
  let giver: Session; // Fleet & Mobility, SE
  let receiver: Session; // a Digital Solutions seller in SE
  let receiverId: string;
  let digital: string;
  let accountId: string;
  let digitalProduct: { id: string };
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    giver = await t.signIn('seller@nordlys.example');
    const admin = await t.signIn('admin@nordlys.example');
    digital = (await get('/api/sales-groups', admin)).json().find((g: { name: string }) => g.name === 'Digital Solutions').id;
    const se = (await get('/api/me', giver)).json().market.id;
    const seller = (await get(`/api/users?role=seller&salesGroupId=${digital}&marketId=${se}`, admin)).json().items[0];
    receiverId = seller.id;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${receiverId}`,
      headers: admin.headers,
      payload: { password: 'receiver-password' },
    });
    receiver = await t.signIn(seller.email, 'receiver-password');
    accountId = (await post('/api/accounts', giver, { name: 'Handoff Kund AB', marketId: se })).json().id;
    digitalProduct = (await get(`/api/products?salesGroupId=${digital}`, giver)).json()[0];
  });
  afterAll(async () => {
    await t.close();
  });

  const give = (extra: Record<string, unknown> = {}) =>
    post('/api/handoffs', giver, {
      accountId,
      toSalesGroupId: digital,
      toUserId: receiverId,
      productIds: [digitalProduct.id],
      answers: [{ question: 'How do staff get IT help today?', answer: 'They call a friend of the CEO' }],
      urgency: 'high',
      note: 'They are moving offices in March',
      ...extra,
    });

  it('passes a tip to another group: the receiver is told, it lands on the timeline', async () => {
    const res = await give();
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'sent', toUser: { id: receiverId }, urgency: 'high', overdue: false });
    const inbox = (await get('/api/handoffs?box=incoming', receiver)).json();
    expect(inbox.items.map((h: { id: string }) => h.id)).toContain(res.json().id);
    const notes = (await get('/api/notifications', receiver)).json();
    expect(notes.unread).toBeGreaterThanOrEqual(1);
    expect(notes.items[0]).toMatchObject({ kind: 'handoff.received', link: `/cross-selling/handoffs/${res.json().id}` });
    const event = (await get(`/api/accounts/${accountId}/timeline?type=event`, receiver)).json().items[0];
    expect(event).toMatchObject({ event: 'handoff.sent' });
  });

  it('refuses tips to one’s own group and products the group does not sell', async () => {
    const me = (await get('/api/me', giver)).json();
    expect((await give({ toSalesGroupId: me.salesGroup.id, toUserId: null, productIds: [] })).statusCode).toBe(400);
    const fleetProduct = (await get(`/api/products?salesGroupId=${me.salesGroup.id}`, giver)).json()[0];
    const wrong = await give({ productIds: [fleetProduct.id] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('body.productIds');
  });

  it('is answered and reported back by the receiver; the giver sees every step and the outcome', async () => {
    const h = (await give()).json();
    expect((await post(`/api/handoffs/${h.id}/report`, giver, { status: 'accepted' })).statusCode).toBe(403);
    expect((await post(`/api/handoffs/${h.id}/report`, receiver, { status: 'contacted' })).statusCode).toBe(409);
    expect((await post(`/api/handoffs/${h.id}/report`, receiver, { status: 'accepted' })).json().status).toBe('accepted');
    expect((await post(`/api/handoffs/${h.id}/report`, receiver, { status: 'contacted', note: 'Called the CFO' })).json().status).toBe(
      'contacted',
    );
    const contact = (await post('/api/contacts', receiver, { accountId, firstName: 'Cia', lastName: 'Cfo' })).json();
    const opp = (
      await post('/api/opportunities', receiver, {
        accountId,
        name: 'Managed workplace',
        estimatedValue: 200_000,
        expectedCloseOn: '2027-02-01',
        contactId: contact.id,
      })
    ).json();
    expect((await post(`/api/handoffs/${h.id}/report`, receiver, { status: 'opportunity_created' })).statusCode).toBe(400);
    const linked = await post(`/api/handoffs/${h.id}/report`, receiver, { status: 'opportunity_created', opportunityId: opp.id });
    expect(linked.json()).toMatchObject({ status: 'opportunity_created', opportunityId: opp.id, outcome: null });
    await post(`/api/opportunities/${opp.id}/win`, receiver, {
      version: 1,
      signedOn: '2026-11-23',
      lines: [{ productId: digitalProduct.id, quantity: 10, unitPrice: 500, recurring: true, contractMonths: 24 }],
    });
    const seen = (await get(`/api/handoffs/${h.id}`, giver)).json();
    expect(seen.outcome).toBe('won');
    expect(seen.updates.map((u: { status: string }) => u.status)).toEqual(['sent', 'accepted', 'contacted', 'opportunity_created']);
    const giverNotes = (await get('/api/notifications', giver)).json().items.map((n: { kind: string }) => n.kind);
    expect(giverNotes).toEqual(expect.arrayContaining(['handoff.accepted', 'handoff.contacted', 'handoff.opportunity_created']));
    expect((await get('/api/handoffs?box=outgoing', giver)).json().total).toBeGreaterThanOrEqual(2);
  });

  it('needs a reason to decline', async () => {
    const h = (await give()).json();
    const bare = await post(`/api/handoffs/${h.id}/report`, receiver, { status: 'declined' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details[0].path).toBe('body.note');
    expect(
      (await post(`/api/handoffs/${h.id}/report`, receiver, { status: 'declined', note: 'They just signed with a competitor' })).json()
        .status,
    ).toBe('declined');
  });

  it('chases an unanswered handoff: a reminder to the receiver, then an escalation to the group leader', async () => {
    const h = (await give()).json();
    const at = (d: Date) => ({ ...t.ctx, clock: { now: () => d } });
    const due = new Date(h.dueAt);
    await chaseHandoffs(at(new Date(due.getTime() - 60_000)));
    const before = (await get(`/api/handoffs/${h.id}`, giver)).json();
    expect(before.overdue).toBe(false);
    const first = await chaseHandoffs(at(new Date(due.getTime() + 60_000)));
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const reminders = (await get('/api/notifications', receiver))
      .json()
      .items.filter((n: { kind: string; data: { handoffId: string } }) => n.kind === 'handoff.reminder' && n.data.handoffId === h.id);
    expect(reminders).toHaveLength(1);
    expect((await chaseHandoffs(at(new Date(due.getTime() + 120_000)))).reminded).toBe(0);
    const later = addWorkingDays(new Date(due.getTime() + 60_000), 2);
    expect((await chaseHandoffs(at(later))).escalated).toBeGreaterThanOrEqual(1);
    const leaderId = (await get('/api/sales-groups', giver)).json().find((g: { id: string }) => g.id === digital).leaderId;
    const admin = await t.signIn('admin@nordlys.example');
    const leader = (await get(`/api/users/${leaderId}`, admin)).json();
    await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${leaderId}`,
      headers: admin.headers,
      payload: { password: 'leader-password' },
    });
    const leaderSession = await t.signIn(leader.email, 'leader-password');
    const escalations = (await get('/api/notifications', leaderSession))
      .json()
      .items.filter((n: { kind: string; data: { handoffId: string } }) => n.kind === 'handoff.escalated' && n.data.handoffId === h.id);
    expect(escalations).toHaveLength(1);
    expect((await post('/api/notifications/read', leaderSession, {})).statusCode).toBe(200);
    expect((await get('/api/notifications', leaderSession)).json().unread).toBe(0);
  });

  it('keeps the give-to-get ledger per seller and group, with who gives to whom', async () => {
    // only today's handoffs: the ones these tests gave (the demo's are older)
    const today = new Date().toISOString().slice(0, 10);
    const bySeller = (await get(`/api/handoffs/ledger?by=seller&from=${today}`, giver)).json();
    const me = (await get('/api/me', giver)).json();
    const mine = bySeller.rows.find((r: { id: string }) => r.id === me.user.id);
    expect(mine).toMatchObject({ given: 4, received: 0, givenToOpportunity: 1, givenWon: 1 });
    expect(mine.givenWonValue).toBe(Math.round((10 * 500 * 24) / 11.45));
    const theirs = bySeller.rows.find((r: { id: string }) => r.id === receiverId);
    expect(theirs).toMatchObject({ received: 4, responseRate: 0.5, feedbackRate: 1 });
    expect(theirs.medianResponseHours).toBeGreaterThanOrEqual(0);
    const byGroup = (await get(`/api/handoffs/ledger?by=salesGroup&from=${today}`, giver)).json();
    expect(byGroup.rows.find((r: { name: string }) => r.name === 'Digital Solutions')).toMatchObject({ received: 4, given: 0 });
    expect(byGroup.flows[0]).toMatchObject({ fromName: 'Fleet & Mobility', toName: 'Digital Solutions', count: 4, won: 1 });
  });

  it('pages the ledger by tips given and keeps the reader’s own row wherever it ranks', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const me = (await get('/api/me', giver)).json();
    const all = (await get(`/api/handoffs/ledger?by=seller&from=${today}`, giver)).json();
    expect(all).toMatchObject({ page: 1, pageSize: 50, total: all.rows.length });
    expect(all.rows.map((r: { rank: number }) => r.rank)).toEqual(all.rows.map((_: unknown, i: number) => i + 1));
    // the giver gave the most today: first, and still their own row on the second page
    expect(all.own).toMatchObject({ id: me.user.id, rank: 1, given: 4 });
    const second = (await get(`/api/handoffs/ledger?by=seller&from=${today}&page=2&pageSize=1`, giver)).json();
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(second.rows).toEqual([all.rows[1]]);
    expect(second.own).toEqual(all.rows[0]);
    // past the end: no rows, the same total
    const past = (await get(`/api/handoffs/ledger?by=seller&from=${today}&page=99&pageSize=1`, giver)).json();
    expect(past).toMatchObject({ rows: [], total: all.total, own: all.rows[0] });
    // a group's own row is the reader's group
    const groups = (await get(`/api/handoffs/ledger?by=salesGroup&from=${today}&pageSize=1`, giver)).json();
    expect(groups.own).toMatchObject({ id: me.salesGroup.id, given: 4 });
    // one sales group's sellers, ranked among themselves; the flows from or to that group
    const ours = (await get(`/api/handoffs/ledger?by=seller&from=${today}&salesGroupId=${me.salesGroup.id}`, giver)).json();
    expect(ours.rows.map((r: { id: string }) => r.id)).toEqual([me.user.id]);
    expect(ours).toMatchObject({ total: 1, own: { id: me.user.id, rank: 1 } });
    expect(ours.flows.length).toBeGreaterThan(0);
    for (const f of ours.flows) expect([f.fromId, f.toId]).toContain(me.salesGroup.id);
    const theirGroup = (await get(`/api/handoffs/ledger?by=seller&from=${today}&salesGroupId=${digital}`, giver)).json();
    expect(theirGroup.rows.map((r: { id: string }) => r.id)).toEqual([receiverId]);
    expect(theirGroup.own).toBeNull();
    const oneGroup = (await get(`/api/handoffs/ledger?by=salesGroup&salesGroupId=${digital}`, giver)).json();
    expect(oneGroup.rows.map((r: { id: string }) => r.id)).toEqual([digital]);
    // a page far past the end (its offset past a 32-bit integer) is an empty page, not an error
    const far = await get(`/api/handoffs/ledger?by=seller&from=${today}&page=20000000&pageSize=200`, giver);
    expect(far.statusCode).toBe(200);
    expect(far.json()).toMatchObject({ rows: [], total: all.total });
    const tooMany = await get(`/api/handoffs/ledger?pageSize=500`, giver);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.code).toBe('validation_failed');
  });
});
