import fastifyCookie from '@fastify/cookie';
import fc from 'fast-check';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAuth } from '../../server/platform/auth';
import { createTestApp, type Session, type TestApp } from '../helpers/app';

describe('every route declares who may call it', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    admin = await t.signIn('admin@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every registered route with a policy', () => {
    const routes = t.app.routeCatalogue;
    expect(routes.length).toBeGreaterThan(15);
    for (const r of routes) expect(r.policy, `${r.method} ${r.url}`).toBeDefined();
    // the app's own API routes are all present in the catalogue
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/health', 'POST /api/auth/sign-in', 'GET /api/me', 'PATCH /api/users/:id']),
    );
  });

  it('refuses to start when a route has no policy', async () => {
    const app = Fastify();
    await app.register(fastifyCookie);
    registerAuth(app, async () => null);
    expect(() => app.get('/api/forgotten', async () => 'x')).toThrow(/declares no policy/);
    await app.close();
  });

  it('never answers a random or malformed body to a write route with a 5xx', async () => {
    const fresh = await createTestApp('pglite');
    const session = await fresh.signIn('admin@nordlys.example');
    const writes = fresh.app.routeCatalogue.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.url.startsWith('/api/') && r.url !== '/api/auth/sign-out',
    );
    expect(writes.length).toBeGreaterThan(5);
    const uuid = '00000000-0000-4000-8000-000000000000';
    const bodies = fc.oneof(
      fc.json(),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .dictionary(
          fc.constantFrom('email', 'name', 'password', 'role', 'locale', 'code', 'currency', 'active', 'salesGroupId', 'leaderId'),
          fc.anything(),
        )
        .map((d) => {
          try {
            return JSON.stringify(d);
          } catch {
            return '{}';
          }
        }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        bodies,
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        async (route, payload, contentType) => {
          const res = await fresh.app.inject({
            method: route.method as 'POST',
            url: route.url.replace(':id', uuid),
            headers: { ...session.headers, 'content-type': contentType },
            payload,
          });
          expect(res.statusCode, `${route.method} ${route.url} ${payload} → ${res.body}`).toBeLessThan(500);
          const body = res.json();
          if (res.statusCode >= 400) expect(body.error.code).toEqual(expect.any(String));
        },
      ),
      { numRuns: 300 },
    );
    await fresh.close();
    void admin;
  }, 120_000);
});
