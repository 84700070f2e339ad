import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adoption, FirstSteps } from '../../contract/adoption';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * First steps and the adoption page (issue 21, L6): a new seller's checklist is ticked by what they do in
 * Korsa — a call logged, a tip passed — not by a box; they may put it away; the admin's adoption page
 * counts them per step, per sales group and market and week. Only admins read the adoption page.
 */
describe.each(dbKinds)('first steps and adoption (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let newcomer: Session;
  let newcomerId: string;
  let groups: { id: string; name: string }[];
  let marketId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PUT', url: string, s: Session, payload: object) =>
    t.app.inject({ method, url, headers: s.headers, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    groups = (await get('/api/sales-groups', admin)).json();
    const markets = (await get('/api/markets', admin)).json<{ id: string; code: string }[]>();
    marketId = markets.find((m) => m.code === 'SE')!.id;
    const created = await send('POST', '/api/users', admin, {
      email: 'ny.saljare@nordlys.example',
      name: 'Ny Säljare',
      password: 'a-long-enough-password',
      role: 'seller',
      locale: 'sv',
      salesGroupId: groups[0]!.id,
      marketId,
    });
    expect(created.statusCode).toBe(201);
    newcomerId = created.json().id;
    newcomer = await t.signIn('ny.saljare@nordlys.example', 'a-long-enough-password');
  });
  afterAll(async () => {
    await t.close();
  });

  it('ticks a new seller’s steps from what they do, and lets them put the list away and back', async () => {
    const before = (await get('/api/first-steps', newcomer)).json<FirstSteps>();
    expect(before).toMatchObject({ role: 'seller', done: 0, total: 3, dismissed: false });
    expect(before.steps.map((s) => s.key)).toEqual(['log_call', 'pass_tip', 'update_deal']);

    const accountId = (await send('POST', '/api/accounts', newcomer, { name: 'Första Steget AB', marketId })).json().id;
    // a note is not a call
    await send('POST', '/api/activities', newcomer, { accountId, type: 'note', subject: 'Read their annual report' });
    expect((await get('/api/first-steps', newcomer)).json().done).toBe(0);
    expect((await send('POST', '/api/activities', newcomer, { accountId, type: 'call', subject: 'Called the CFO' })).statusCode).toBe(201);
    const tip = await send('POST', '/api/handoffs', newcomer, { accountId, toSalesGroupId: groups[1]!.id, note: 'They need help with IT' });
    expect(tip.statusCode).toBe(201);

    const after = (await get('/api/first-steps', newcomer)).json<FirstSteps>();
    expect(after).toMatchObject({ done: 2, total: 3 });
    expect(after.steps.filter((s) => s.doneAt).map((s) => s.key)).toEqual(['log_call', 'pass_tip']);

    expect((await send('PUT', '/api/first-steps/dismissed', newcomer, { dismissed: true })).json()).toMatchObject({ dismissed: true, done: 2 });
    expect((await get('/api/first-steps', newcomer)).json().dismissed).toBe(true);
    expect((await send('PUT', '/api/first-steps/dismissed', newcomer, { dismissed: false })).json().dismissed).toBe(false);
    // one's own list only: the admin's is another (and an admin's steps are an admin's)
    expect((await get('/api/first-steps', admin)).json()).toMatchObject({ role: 'admin', dismissed: false });
    const bad = await send('PUT', '/api/first-steps/dismissed', newcomer, { dismissed: 'yes' });
    expect(bad.statusCode).toBe(400);
  });

  it('counts them on the admin’s adoption page, per step, group, market and week', async () => {
    const res = await get('/api/adoption?weeks=4', admin);
    expect(res.statusCode).toBe(200);
    const page = res.json<Adoption>();
    expect(page.weeks).toHaveLength(4);
    const me = page.people.find((p) => p.id === newcomerId)!;
    expect(me).toMatchObject({ name: 'Ny Säljare', role: 'seller', activities: 2, tipsPassed: 1, firstSteps: { done: 2, total: 3 } });
    expect(me.activeWeeks).toBeGreaterThanOrEqual(1);
    expect(me.lastActiveAt).not.toBeNull();
    const step = (key: string) => page.firstSteps.find((s) => s.key === key)!;
    const sellers = page.people.filter((p) => p.role === 'seller').length;
    expect(step('log_call')).toMatchObject({ people: sellers });
    expect(step('log_call').done).toBeGreaterThanOrEqual(1);
    expect(step('pass_tip').done).toBeGreaterThanOrEqual(1);
    // the week the newcomer was active in counts them in their group and market
    const thisWeek = page.weeks.length - 1;
    const group = page.salesGroups.find((g) => g.id === groups[0]!.id)!;
    expect(group.active[thisWeek]).toBeGreaterThanOrEqual(1);
    expect(group.people).toBeGreaterThanOrEqual(1);
    expect(page.markets.find((m) => m.id === marketId)!.active[thisWeek]).toBeGreaterThanOrEqual(1);
    expect(page.salesGroups.reduce((n, g) => n + g.people, 0)).toBe(page.people.length);
  });

  it('is the admins’ page only, and takes only a sensible number of weeks', async () => {
    expect((await get('/api/adoption', newcomer)).statusCode).toBe(403);
    expect((await get('/api/adoption?weeks=400', admin)).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/first-steps' })).statusCode).toBe(401);
  });
});
