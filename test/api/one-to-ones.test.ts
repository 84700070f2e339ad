import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindDueOneToOnes } from '../../server/modules/coaching/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

/** One-to-ones (I1, issue 20): the prepared agenda, holding the meeting, actions that come back until done, who may. */
describe.each(dbKinds)('one-to-ones (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let otherSeller: Session;
  let leader: Session;
  let sellerId: string;
  let otherSellerId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, s: Session, payload: object) =>
    t.app.inject({ method, url, headers: s.headers, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    const admin = await t.signIn('admin@nordlys.example');
    sellerId = (await get('/api/me', seller)).json().user.id;
    const sellers = (await get('/api/users?role=seller&pageSize=100', admin)).json().items as {
      id: string;
      email: string;
    }[];
    // a seller the demo leader does not lead
    const led = new Set(((await get('/api/one-to-ones', leader)).json().items as { seller: { id: string } }[]).map((i) => i.seller.id));
    const other = sellers.find((u) => u.id !== sellerId && !led.has(u.id))!;
    otherSellerId = other.id;
    otherSeller = await t.signIn(other.email);
  }, 300_000); // the demo organisation loads slowly on a shared machine
  afterAll(async () => {
    await t.close();
  });

  it('lists the people a leader leads, and refuses the list to a seller', async () => {
    const res = await get('/api/one-to-ones', leader);
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json().items.find((i: { seller: { id: string } }) => i.seller.id === sellerId);
    expect(row).toMatchObject({ cadenceDays: 14, state: 'never', lastHeldOn: null });
    // the demo's other sellers: some overdue, some on cadence — the overdue first
    const states = res.json().items.map((i: { state: string }) => i.state);
    expect(states).toContain('overdue');
    expect(states[0]).toBe('overdue');
    expect((await get('/api/one-to-ones', seller)).statusCode).toBe(403);
  });

  it('prepares the agenda from the seller’s data; the seller sees their own, another seller is refused', async () => {
    const res = await get(`/api/one-to-ones/${sellerId}`, leader);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.can).toEqual({ hold: true });
    expect(view.agenda.topics.map((x: { topic: string }) => x.topic)).toContain('activity');
    // the demo seller has open deals, some of them quiet or past their close date
    expect(view.agenda.pipeline.attention.length).toBeGreaterThan(0);
    expect(view.agenda.activity.total).toBe(
      view.agenda.activity.byType.reduce((s: number, a: { since: number }) => s + a.since, 0),
    );

    const own = await get(`/api/one-to-ones/${sellerId}`, seller);
    expect(own.statusCode).toBe(200);
    expect(own.json().can).toEqual({ hold: false });

    const denied = await get(`/api/one-to-ones/${sellerId}`, otherSeller);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    expect((await get(`/api/one-to-ones/00000000-0000-4000-8000-000000000000`, leader)).statusCode).toBe(404);
  });

  it('holds the one-to-one: actions land on the seller’s list and come back next time until done', async () => {
    const body = {
      notes: 'Talked through the quiet deals; practise needs discovery before the next customer meeting.',
      ratings: { preparation: 3, needs_discovery: 2, showing_value: 4, chemistry: 4 },
      actions: [
        { title: 'Call back the three quiet deals', dueOn: inDays(5) },
        { title: 'Prepare questions for the fleet meeting', dueOn: inDays(9) },
      ],
    };
    expect((await send('POST', `/api/one-to-ones/${sellerId}`, seller, body)).statusCode).toBe(403);
    // a seller the leader does not lead is not theirs to meet
    expect((await send('POST', `/api/one-to-ones/${otherSellerId}`, leader, body)).statusCode).toBe(403);
    expect((await get(`/api/one-to-ones/${otherSellerId}`, leader)).statusCode).toBe(403);
    expect((await send('POST', `/api/one-to-ones/${sellerId}`, leader, { ...body, ratings: { chemistry: 6 } })).statusCode).toBe(400);

    const res = await send('POST', `/api/one-to-ones/${sellerId}`, leader, body);
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view.history[0]).toMatchObject({ notes: body.notes, ratings: body.ratings, leader: { name: expect.any(String) } });
    expect(view.history[0].actions.map((a: { title: string }) => a.title).sort()).toEqual(body.actions.map((a) => a.title).sort());
    expect(view.status).toMatchObject({ state: 'ok', lastHeldOn: new Date().toISOString().slice(0, 10) });
    // agreed this time: they are open actions on the next agenda
    expect(view.agenda.openActions.map((a: { title: string }) => a.title)).toEqual(body.actions.map((a) => a.title));

    const tasks = (await get('/api/tasks?owner=me&pageSize=100', seller)).json().items as { id: string; title: string }[];
    const call = tasks.find((x) => x.title === 'Call back the three quiet deals');
    expect(call, 'the action is on the seller’s task list').toBeTruthy();
    const notices = (await get('/api/notifications', seller)).json().items as { kind: string }[];
    expect(notices.some((n) => n.kind === 'one_to_one.held')).toBe(true);

    // the seller does one; the other comes back at the next one-to-one
    expect((await send('PATCH', `/api/tasks/${call!.id}`, seller, { done: true })).statusCode).toBe(200);
    const next = (await get(`/api/one-to-ones/${sellerId}`, leader)).json();
    expect(next.agenda.openActions.map((a: { title: string }) => a.title)).toEqual(['Prepare questions for the fleet meeting']);
    expect(next.agenda.topics[0]).toEqual({ topic: 'open_actions', count: 1 });
    expect(next.history[0].actions.find((a: { title: string }) => a.title === call!.title).done).toBe(true);

    const second = await send('POST', `/api/one-to-ones/${sellerId}`, leader, { notes: 'Better', ratings: { needs_discovery: 4 }, actions: [] });
    expect(second.statusCode, second.body).toBe(201);
    const trend = second.json().trend.find((x: { behaviour: string }) => x.behaviour === 'needs_discovery');
    expect(trend).toMatchObject({ latest: 4, previous: 2, change: 2 });
    // still open: it is on the agenda again
    expect(second.json().agenda.openActions.map((a: { title: string }) => a.title)).toEqual(['Prepare questions for the fleet meeting']);
  });

  it('sets the cadence (the leader only), and the list says who is due', async () => {
    expect((await send('PUT', `/api/one-to-ones/${sellerId}/cadence`, seller, { everyDays: 7 })).statusCode).toBe(403);
    expect((await send('PUT', `/api/one-to-ones/${sellerId}/cadence`, leader, { everyDays: 3 })).statusCode).toBe(400);
    const res = await send('PUT', `/api/one-to-ones/${sellerId}/cadence`, leader, { everyDays: 7 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ cadenceDays: 7, status: { state: 'ok', nextDueOn: inDays(7) } });
    const row = (await get('/api/one-to-ones', leader)).json().items.find((i: { seller: { id: string } }) => i.seller.id === sellerId);
    expect(row).toMatchObject({ cadenceDays: 7, state: 'ok', openActions: 1 });
  });

  it('reminds the leader once when the seller’s one-to-one falls due by the cadence (a scheduled job)', async () => {
    const at = (days: number) => ({ ...t.ctx, clock: { now: () => new Date(Date.now() + days * DAY) } });
    const reminders = async () =>
      ((await get('/api/notifications', leader)).json().items as { kind: string; link: string; data: { seller?: string; dueOn?: string } }[]).filter(
        (n) => n.kind === 'one_to_one.due' && n.link === `/one-to-ones/${sellerId}`,
      );
    // the cadence is 7 days from today's one-to-one: not due the day before
    await remindDueOneToOnes(at(6));
    expect(await reminders()).toHaveLength(0);
    await remindDueOneToOnes(at(7));
    const first = await reminders();
    expect(first).toHaveLength(1);
    expect(first[0]!.data).toMatchObject({ dueOn: inDays(7), seller: expect.any(String) });
    // once per due day: the same day again, and days later while still overdue, send nothing more
    await remindDueOneToOnes(at(7));
    await remindDueOneToOnes(at(10));
    expect(await reminders()).toHaveLength(1);
    // nobody else is told of this seller, and the seller is not reminded of their own
    const sellerNotices = (await get('/api/notifications', seller)).json().items as { kind: string }[];
    expect(sellerNotices.some((n) => n.kind === 'one_to_one.due')).toBe(false);
  });
});
