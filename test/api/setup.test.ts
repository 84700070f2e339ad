import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const setupBody = (email = 'ada@acme.example') => ({
  organisation: { name: 'Acme Nordic', reportingCurrency: 'SEK', defaultLocale: 'sv' },
  markets: [
    { code: 'SE', name: 'Sverige', currency: 'SEK', locale: 'sv-SE' },
    { code: 'NO', name: 'Norge', currency: 'NOK', locale: 'nb-NO' },
  ],
  salesGroups: [{ name: 'Machines' }, { name: 'Service', description: 'Service agreements' }],
  admin: { name: 'Ada Admin', email, password: 'a long enough password' },
});

describe.each(dbKinds)('first-run set-up (%s)', (kind) => {
  let t: TestApp;
  let ip = 0;
  const post = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: `10.1.0.${++ip}` });

  beforeAll(async () => {
    t = await createTestApp(kind, { demo: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is offered while no user exists', async () => {
    const options = await t.app.inject({ method: 'GET', url: '/api/auth/options' });
    expect(options.json()).toEqual({ setupNeeded: true, passwords: true, sso: null, mail: false, demo: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
  });

  it('refuses an incomplete organisation without creating anything', async () => {
    const res = await post('/api/setup', { ...setupBody(), markets: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.markets' })]));
    const short = await post('/api/setup', { ...setupBody(), admin: { name: 'A', email: 'a@b.example', password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
  });

  it('when two browsers race, exactly one sets Korsa up; the other is told it is done', async () => {
    const [a, b] = await Promise.all([post('/api/setup', setupBody()), post('/api/setup', setupBody('eve@acme.example'))]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([201, 409]);
    const [won, lost] = a.statusCode === 201 ? [a, b] : [b, a];
    expect(lost.json().error.code).toBe('setup_done');

    // the winner is signed in as the organisation's admin
    const cookie = sessionCookie(won);
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json();
    expect(me.user).toMatchObject({ role: 'admin', locale: 'sv' });
    expect(me.organisation).toMatchObject({ name: 'Acme Nordic', reportingCurrency: 'SEK', defaultLocale: 'sv', isDemo: false });
    const markets = (await t.app.inject({ method: 'GET', url: '/api/markets', headers: { cookie } })).json();
    expect(markets.map((m: { code: string }) => m.code)).toEqual(['NO', 'SE']);
    const groups = (await t.app.inject({ method: 'GET', url: '/api/sales-groups', headers: { cookie } })).json();
    expect(groups.map((g: { name: string }) => g.name)).toEqual(['Machines', 'Service']);
    const users = (await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } })).json();
    expect(users.total).toBe(1);
  });

  it('is gone afterwards, also through the API', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/options' })).json().setupNeeded).toBe(false);
    const again = await post('/api/setup', setupBody('mallory@acme.example'));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_done');
    // and the admin signs in with the password chosen at set-up
    const signIn = await post('/api/auth/sign-in', { email: 'ada@acme.example', password: 'a long enough password' });
    const eve = await post('/api/auth/sign-in', { email: 'eve@acme.example', password: 'a long enough password' });
    expect([signIn.statusCode, eve.statusCode].sort()).toEqual([200, 401]);
  });

  it('is rate-limited per address', async () => {
    let last = 0;
    for (let i = 0; i < 11; i++) {
      last = (await t.app.inject({ method: 'POST', url: '/api/setup', payload: setupBody(), remoteAddress: '10.9.9.9' })).statusCode;
    }
    expect(last).toBe(429);
  });
});
