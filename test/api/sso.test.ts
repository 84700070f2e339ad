/**
 * Single sign-on end to end against a real OpenID Connect provider (oidc-provider) on a free port:
 * Korsa's start redirect, the provider's authorize endpoint and login, the callback with the code,
 * PKCE, state and nonce checked, the token and UserInfo endpoints, the session cookie, /api/me.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { browse, cookieJar, freePort, startOidcProvider } from '../helpers/oidc-provider';

describe.each(dbKinds)('single sign-on with OpenID Connect (%s)', (kind) => {
  let t: TestApp;
  let base: string;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      clientId: 'korsa',
      clientSecret: 'korsa-test-secret-that-is-long-enough',
      redirectUri: `${base}/api/auth/sso/callback`,
      accounts: {
        'leader-sub': { email: 'Leader@nordlys.example', email_verified: true, name: 'Leader From IdP' },
        'new-sub': { email: 'new.person@nordlys.example', email_verified: true, name: 'Nova Person' },
        'unverified-sub': { email: 'seller@nordlys.example', email_verified: false, name: 'Not Verified' },
      },
    });
    t = await createTestApp(kind, {
      env: {
        PUBLIC_URL: base,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'korsa',
        OIDC_CLIENT_SECRET: 'korsa-test-secret-that-is-long-enough',
        OIDC_NAME: 'Nordlys ID',
      },
    });
    await t.app.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  /** A browser clicks "Sign in with Nordlys ID" and follows every redirect. */
  async function signOn(as: string, next = '/accounts') {
    provider.login.as = as;
    const jar = cookieJar();
    const trip = await browse(`${base}/api/auth/sso/start?next=${encodeURIComponent(next)}`, jar);
    const me = await fetch(`${base}/api/me`, { headers: { cookie: jar.header(new URL(base)) } });
    return { trip, jar, me };
  }

  it('the sign-in page offers it by name', async () => {
    const options = (await t.app.inject({ method: 'GET', url: '/api/auth/options' })).json();
    expect(options).toMatchObject({ sso: { name: 'Nordlys ID' }, passwords: true });
  });

  it('signs an existing user in by their verified e-mail: authorize, callback, session cookie, /api/me', async () => {
    const { trip, me } = await signOn('leader-sub');
    expect(trip.visited[1]).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
    const authorize = new URL(trip.visited[1]!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${base}/api/auth/sso/callback`);
    expect(trip.visited.some((u) => u.startsWith(`${base}/api/auth/sso/callback?code=`))).toBe(true);
    expect(trip.visited.at(-1)).toBe(`${base}/accounts`);
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { email: string; role: string }; csrfToken: string };
    expect(body.user).toMatchObject({ email: 'leader@nordlys.example', role: 'sales_leader' });
    expect(body.csrfToken).toBeTruthy();
  });

  it('refuses an unknown person unless just-in-time creation is on, then creates them with the default role', async () => {
    const refused = await signOn('new-sub');
    expect(refused.trip.visited.at(-1)).toBe(`${base}/sign-in?sso=unknown_user`);
    expect(refused.me.status).toBe(401);

    t.ctx.config.OIDC_JIT_ROLE = 'seller';
    try {
      const created = await signOn('new-sub');
      expect(created.me.status).toBe(200);
      const body = (await created.me.json()) as { user: { email: string; name: string; role: string } };
      expect(body.user).toEqual(expect.objectContaining({ email: 'new.person@nordlys.example', name: 'Nova Person', role: 'seller' }));
    } finally {
      t.ctx.config.OIDC_JIT_ROLE = undefined;
    }
  });

  it('refuses an e-mail the provider has not verified', async () => {
    const { trip, me } = await signOn('unverified-sub');
    expect(trip.visited.at(-1)).toBe(`${base}/sign-in?sso=unverified_email`);
    expect(me.status).toBe(401);
  });

  it('refuses a callback that this browser did not start (state bound to a cookie)', async () => {
    provider.login.as = 'leader-sub';
    const victim = cookieJar();
    const attacker = cookieJar();
    // the attacker starts a sign-on and stops at the callback, then hands the victim the callback URL
    const started = await browse(`${base}/api/auth/sso/start`, attacker, 15);
    const callback = started.visited.find((u) => u.startsWith(`${base}/api/auth/sso/callback?`));
    expect(callback).toBeDefined();
    const replay = await browse(callback!, victim);
    expect(replay.visited.at(-1)).toBe(`${base}/sign-in?sso=expired`);
  });

  it('with passwords turned off, password sign-in and reset links are refused', async () => {
    t.ctx.config.PASSWORD_SIGN_IN = false;
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'admin@nordlys.example', password: 'nordlys-demo' },
        remoteAddress: '10.3.0.1',
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('passwords_disabled');
      const forgot = await t.app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: 'admin@nordlys.example' } });
      expect(forgot.json().error.code).toBe('passwords_disabled');
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/options' })).json().passwords).toBe(false);
      const { me } = await signOn('leader-sub');
      expect(me.status).toBe(200);
    } finally {
      t.ctx.config.PASSWORD_SIGN_IN = true;
    }
  });
});
