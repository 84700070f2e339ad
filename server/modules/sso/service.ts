import * as oidc from 'openid-client';
import { nameFromAddress } from '@domain/access-links';
import { publicBaseUrl, type Config } from '../../config';
import type { AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { sha256 } from '../../platform/tokens';
import { acceptedElsewhere, throttle } from '../access/service';
import { openSession, type SessionClient, type SignedIn } from '../auth/service';
import { getOrganisation } from '../org/service';
import * as users from '../users/service';
import * as repo from './repo';

/** Why a single sign-on did not sign anyone in; the sign-in page explains each. */
export type SsoRefusal = 'unavailable' | 'expired' | 'failed' | 'unverified_email' | 'unknown_user' | 'inactive';

const refuse = (reason: SsoRefusal, message: string) => new AppError('sso_failed', message, { reason });

const LOGIN_TTL_MS = 10 * 60_000;

/** The provider's configuration, discovered once per issuer (again after a failure). */
const discovered = new Map<string, Promise<oidc.Configuration>>();

function configuration(config: Config): Promise<oidc.Configuration> {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: secret } = config;
  if (!issuer || !clientId || !secret) throw errors.notFound('Single sign-on');
  const key = `${issuer} ${clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const url = new URL(issuer);
    // a provider on plain http is only for tests and development on this machine
    const options = url.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
    found = oidc.discovery(url, clientId, secret, undefined, options);
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

const callbackUrl = (config: Config) => `${publicBaseUrl(config)}/api/auth/sso/callback`;

/** Only a path inside Korsa to come back to: never another site, never the sign-in page itself. */
export function returnPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/sign-in')) return '/';
  return next.slice(0, 500);
}

/**
 * Start single sign-on: a state (bound to this browser by a cookie), a nonce and a PKCE verifier are
 * kept for ten minutes, and the browser is sent to the provider's authorization endpoint.
 */
export async function start(ctx: AppContext, next: string | undefined, client: SessionClient): Promise<{ url: string; state: string }> {
  await throttle(ctx, 'sso', client.ip);
  let config: oidc.Configuration;
  try {
    config = await configuration(ctx.config);
  } catch (err) {
    if (err instanceof AppError) throw err;
    ctx.log.warn({ err }, 'single sign-on: the provider could not be reached');
    throw refuse('unavailable', 'The sign-on provider could not be reached.');
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const now = ctx.clock.now();
  await repo.deleteExpired(ctx.db, now);
  await repo.insertLogin(ctx.db, {
    stateHash: sha256(state),
    codeVerifier,
    nonce,
    next: returnPath(next),
    expiresAt: new Date(now.getTime() + LOGIN_TTL_MS),
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(ctx.config),
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

interface Identity {
  email: string;
  name: string | null;
}

/** The person's verified e-mail: from the ID token, or from the UserInfo endpoint when the token has none. */
async function identify(config: oidc.Configuration, tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>): Promise<Identity> {
  const claims = tokens.claims();
  if (!claims) throw refuse('failed', 'The provider sent no ID token.');
  let info: Record<string, unknown> = claims;
  if (typeof claims.email !== 'string' || claims.email_verified === undefined) {
    info = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
  }
  const email = typeof info.email === 'string' ? info.email.trim().toLowerCase() : '';
  if (!email || info.email_verified !== true) throw refuse('unverified_email', 'The provider did not confirm an e-mail address.');
  return { email, name: typeof info.name === 'string' && info.name.trim() ? info.name.trim().slice(0, 120) : null };
}

/**
 * The provider sent the browser back: check the state against the browser's cookie, exchange the code
 * (PKCE, nonce), match the user by verified e-mail — or create them with the default role when
 * just-in-time creation is on — and open a session.
 */
export async function finish(
  ctx: AppContext,
  callbackPathAndQuery: string,
  cookieState: string | undefined,
  client: SessionClient,
): Promise<{ session: SignedIn; next: string }> {
  const current = new URL(callbackPathAndQuery, publicBaseUrl(ctx.config));
  const state = current.searchParams.get('state');
  if (!state || !cookieState || state !== cookieState) throw refuse('expired', 'This sign-on was started in another browser or has expired.');
  const login = await repo.takeLogin(ctx.db, sha256(state));
  if (!login || login.expiresAt.getTime() < ctx.clock.now().getTime()) throw refuse('expired', 'This sign-on has expired.');

  let identity: Identity;
  try {
    const config = await configuration(ctx.config);
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    identity = await identify(config, tokens);
  } catch (err) {
    if (err instanceof AppError) throw err;
    ctx.log.warn({ err }, 'single sign-on failed');
    throw refuse('failed', 'The sign-on provider did not sign you in.');
  }

  let user = await users.findUserRecordByEmail(ctx, identity.email);
  if (!user) {
    const role = ctx.config.OIDC_JIT_ROLE;
    if (!role) throw refuse('unknown_user', 'There is no Korsa user with your e-mail address: ask an admin to invite you.');
    const { defaultLocale } = await getOrganisation(ctx);
    user = await users.addUser(
      ctx,
      null,
      {
        email: identity.email,
        name: identity.name ?? nameFromAddress(identity.email),
        passwordHash: null,
        role,
        locale: defaultLocale,
        salesGroupId: null,
        marketId: null,
      },
      'user.created_by_sso',
    );
  }
  if (!user.active) throw refuse('inactive', 'Your Korsa user is deactivated.');
  await acceptedElsewhere(ctx, user.id);
  return { session: await openSession(ctx, user, client), next: login.next };
}
