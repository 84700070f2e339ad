/**
 * A real OpenID Connect provider (`oidc-provider`) on a free port, for single sign-on tests: discovery,
 * authorization with PKCE, the token endpoint, signed ID tokens and UserInfo — the protocol is not
 * mocked. Only its login page is ours: it signs in whoever the test names (`as`), no form to fill.
 */
import http from 'node:http';
import net from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export interface TestAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startOidcProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Record<string, TestAccount>;
}) {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  /** Who the login page signs in next. */
  const login = { as: Object.keys(options.accounts)[0]! };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: ['korsa-test-cookie-key'] },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: false } },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, sub) => {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...account }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // a first-party client: no consent screen, the scopes asked for are granted
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        await provider.interactionDetails(req, res);
        await provider.interactionFinished(req, res, { login: { accountId: login.as } }, { mergeWithLastSubmission: false });
      })().catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    login,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookie jar, enough for following redirects between two servers on 127.0.0.1 (ports apart). */
export function cookieJar() {
  const jars = new Map<string, Map<string, string>>();
  const jarOf = (url: URL) => {
    let jar = jars.get(url.host);
    if (!jar) jars.set(url.host, (jar = new Map()));
    return jar;
  };
  return {
    header(url: URL): string {
      return [...jarOf(url)].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    store(url: URL, res: Response): void {
      const jar = jarOf(url);
      for (const c of res.headers.getSetCookie()) {
        const [pair, ...attrs] = c.split(';');
        const eq = pair!.indexOf('=');
        const name = pair!.slice(0, eq).trim();
        const value = pair!.slice(eq + 1).trim();
        const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
        if (expired || value === '') jar.delete(name);
        else jar.set(name, value);
      }
    },
    get(url: URL, name: string): string | undefined {
      return jarOf(url).get(name);
    },
  };
}

/** Follow a browser's redirects from `start`, with cookies; returns every URL visited and the last response. */
export async function browse(start: string, jar: ReturnType<typeof cookieJar>, maxHops = 15) {
  const visited: string[] = [];
  let url = new URL(start);
  for (let i = 0; i < maxHops; i++) {
    visited.push(url.href);
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
    jar.store(url, res);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { visited, res, url };
    url = new URL(location, url);
  }
  throw new Error(`too many redirects: ${visited.join(' → ')}`);
}
