/** A web form without a market (#17): its leads get the market their phone prefix or company domain shows, else none. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('a form without a market (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let markets: { id: string; code: string }[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    markets = (await t.app.inject({ method: 'GET', url: '/api/markets', headers: admin.headers })).json();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives each lead the market its own facts show', async () => {
    const origin = 'https://www.nordlys.example';
    const form = (
      await t.app.inject({
        method: 'POST',
        url: '/api/lead-forms',
        headers: admin.headers,
        payload: { name: 'Anywhere', allowedOrigin: origin },
      })
    ).json();
    expect(form.marketId).toBeNull();
    const send = (person: object, ip: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/forms/${form.key}`,
        headers: { origin },
        payload: { name: 'Web Visitor', company: 'X', renderedAt: Date.now() - 20_000, ...person },
        remoteAddress: ip,
      });
    expect((await send({ email: 'kari@kystfrakt.no' }, '192.0.2.21')).statusCode).toBe(202);
    expect((await send({ email: 'pia@gmail.com', phone: '+46 70 123 45 67' }, '192.0.2.22')).statusCode).toBe(202);
    expect((await send({ email: 'joe@company.com' }, '192.0.2.23')).statusCode).toBe(202);
    const marketOf = async (q: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/leads?q=${q}`, headers: admin.headers })).json().items[0]?.market?.id ?? null;
    const code = (c: string) => markets.find((m) => m.code === c)?.id;
    expect(await marketOf('kystfrakt.no')).toBe(code('NO'));
    expect(await marketOf('pia@gmail.com')).toBe(code('SE'));
    expect(await marketOf('joe@company.com')).toBeNull();
  });
});
