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

  it('opens only the routes meant to be public, and answers every other one 401 to an anonymous caller', async () => {
    const routes = t.app.routeCatalogue.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD');
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/health', 'POST /api/auth/sign-in', 'GET /api/me', 'PATCH /api/users/:id']),
    );
    const publicRoutes = routes.filter((r) => r.policy.kind === 'public').map((r) => `${r.method} ${r.url}`);
    // a route becomes public only by being named here on purpose
    const meantToBePublic = [
      /^GET \/api\/health$/,
      /^POST \/api\/auth\/sign-in$/,
      /^GET \/api\/openapi\.json$/,
      /\/api\/(setup|invitations|password-reset|auth\/oidc|auth\/sso)/,
      // what the sign-in page offers; one-time links (the token is the credential); "forgot password"
      /^GET \/api\/auth\/options$/,
      /^POST \/api\/auth\/(links\/inspect|links\/use|forgot-password)$/,
      // a personal calendar feed: calendar apps cannot sign in, the secret address is the credential
      /^GET \/api\/calendar\/:file$/,
      // a web form on the company's own site (per-form key, origin, rate limits, spam guard)
      /^(POST|OPTIONS) \/api\/public\/forms\/:key$/,
      // page views from the company's site or tools: a site token or an API key, checked by the service
      /^POST \/api\/signals\/events$/,
      // the tracking script and what it sends from visitors' browsers (the site's public key, rate-limited)
      /^GET \/api\/signals\/t\.js$/,
      /^POST \/api\/signals\/collect$/,
    ];
    for (const route of publicRoutes)
      expect(
        meantToBePublic.some((re) => re.test(route)),
        `${route} is public`,
      ).toBe(true);
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const r of routes.filter((x) => x.policy.kind !== 'public')) {
      const res = await t.app.inject({ method: r.method as 'GET', url: r.url.replace(/:\w+/g, uuid), payload: r.hasBody ? {} : undefined });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
    // and a role-restricted route refuses the roles it does not name
    const seller = await t.signIn('seller@nordlys.example');
    const forbidden = await t.app.inject({ method: 'GET', url: '/api/audit-events', headers: seller.headers });
    expect(forbidden.statusCode).toBe(403);
    void admin;
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
  }, 120_000);
});
