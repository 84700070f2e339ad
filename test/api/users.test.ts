import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('users and organisation administration (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let groups: { id: string; name: string }[];
  let markets: { id: string; code: string }[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    groups = (await t.app.inject({ method: 'GET', url: '/api/sales-groups', headers: admin.headers })).json();
    markets = (await t.app.inject({ method: 'GET', url: '/api/markets', headers: admin.headers })).json();
  });
  afterAll(async () => {
    await t.close();
  });

  const newUser = (over: Record<string, unknown> = {}) => ({
    email: 'Ingrid.Haugen@Nordlys.example',
    name: 'Ingrid Haugen',
    password: 'a-long-enough-password',
    role: 'seller',
    locale: 'nb',
    salesGroupId: groups[1]!.id,
    marketId: markets.find((m) => m.code === 'NO')!.id,
    ...over,
  });

  it('has the demo organisation: 4 groups, 4 markets with currencies, ~30 users', async () => {
    expect(groups.map((g) => g.name).sort()).toEqual(['Digital Solutions', 'Energy & Climate', 'Fleet & Mobility', 'Workplace Services']);
    expect(markets.map((m) => m.code)).toEqual(['DK', 'FI', 'NO', 'SE']);
    const users = (await t.app.inject({ method: 'GET', url: '/api/users?pageSize=200', headers: admin.headers })).json();
    expect(users.total).toBeGreaterThanOrEqual(25);
    expect(users.total).toBeLessThanOrEqual(35);
    const products = (await t.app.inject({ method: 'GET', url: '/api/products', headers: admin.headers })).json();
    expect(products).toHaveLength(40);
    expect(new Set(products.map((p: { salesGroupId: string }) => p.salesGroupId)).size).toBe(4);
  });

  it('lets an admin create a user who can then sign in, with the change audited', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: newUser() });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email: 'ingrid.haugen@nordlys.example', role: 'seller', active: true, locale: 'nb' });
    expect(JSON.stringify(user)).not.toContain('password');
    await t.signIn('ingrid.haugen@nordlys.example', 'a-long-enough-password');
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/audit-events?entityType=user&entityId=${user.id}`,
      headers: admin.headers,
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('user.created');
  });

  it('refuses a duplicate e-mail with 409, weak passwords and unknown groups with 400', async () => {
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ email: 'INGRID.haugen@nordlys.example' }),
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('email_taken');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ email: 'x@nordlys.example', password: 'short' }),
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.password');
    const unknownGroup = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ email: 'y@nordlys.example', salesGroupId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(unknownGroup.statusCode).toBe(400);
  });

  it('forbids sellers and leaders to administer users (403) but lets them see colleagues', async () => {
    for (const email of ['seller@nordlys.example', 'leader@nordlys.example']) {
      const s = await t.signIn(email);
      const create = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: s.headers,
        payload: newUser({ email: 'z@nordlys.example' }),
      });
      expect(create.statusCode).toBe(403);
      expect(create.json().error.code).toBe('forbidden');
      const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: s.headers });
      expect(list.statusCode).toBe(200);
    }
  });

  it('re-roles a user and ends a deactivated user’s sessions at once', async () => {
    const id = await t.userId('ingrid.haugen@nordlys.example');
    const session = await t.signIn('ingrid.haugen@nordlys.example', 'a-long-enough-password');
    const rerole = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: admin.headers,
      payload: { role: 'sales_leader' },
    });
    expect(rerole.json().role).toBe('sales_leader');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers })).json().user.role).toBe('sales_leader');

    const off = await t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload: { active: false } });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers })).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ingrid.haugen@nordlys.example', password: 'a-long-enough-password' },
    });
    expect(again.statusCode).toBe(401);
  });

  it('never demotes or deactivates the last active admin', async () => {
    const id = await t.userId('admin@nordlys.example');
    const res = await t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload: { role: 'seller' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('last_admin');
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/users/00000000-0000-4000-8000-000000000000', headers: admin.headers });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const malformed = await t.app.inject({ method: 'GET', url: '/api/users/42', headers: admin.headers });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('params.id');
  });

  it('lets admins manage markets and sales groups, with leaders', async () => {
    const leaderId = await t.userId('leader@nordlys.example');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/markets',
      headers: admin.headers,
      payload: { code: 'IS', name: 'Iceland', currency: 'EUR', locale: 'is-IS', leaderId },
    });
    expect(created.statusCode).toBe(201);
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/markets',
      headers: admin.headers,
      payload: { code: 'IS', name: 'Iceland', currency: 'EUR', locale: 'is-IS' },
    });
    expect(dup.statusCode).toBe(409);
    const leader = await t.signIn('leader@nordlys.example');
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: leader.headers })).json();
    expect(me.leads.marketIds).toContain(created.json().id);
    expect(me.leads.salesGroupIds).toHaveLength(1);
    expect(me.can).toMatchObject({
      importData: true,
      editProductCards: true,
      manageCompetitors: true,
      configurePipeline: false,
      manageUsers: false,
    });
    const group = await t.app.inject({
      method: 'PATCH',
      url: `/api/sales-groups/${groups[0]!.id}`,
      headers: admin.headers,
      payload: { description: 'Cars and charging' },
    });
    expect(group.json().description).toBe('Cars and charging');
    const forbidden = await t.app.inject({ method: 'POST', url: '/api/sales-groups', headers: leader.headers, payload: { name: 'X' } });
    expect(forbidden.statusCode).toBe(403);
  });
});
