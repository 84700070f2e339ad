import type { ApiKey } from '@contract/auth';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIGN_IN_WINDOW_MINUTES, signInThrottle } from '@domain/sign-in-limits';
import type { Actor, Credential } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { burnVerification, verifyPassword } from '../../platform/passwords';
import { randomToken, sha256 } from '../../platform/tokens';
import * as repo from './repo';

const TOUCH_EVERY_MS = 5 * 60_000;

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: { id: string; email: string; name: string; role: Actor['role']; locale: 'en' | 'sv' | 'nb' };
}

/**
 * Sign in with e-mail and password. Throttled per (account, address) and per address, and slowed
 * down — never refused — per account (domain/sign-in-limits.ts), so knowing someone's e-mail is not
 * enough to lock them out. Counted in the database so the limits hold across server instances.
 */
export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string },
  client: SessionClient,
): Promise<SignedIn> {
  if (!ctx.config.PASSWORD_SIGN_IN) throw errors.passwordsDisabled();
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const email = input.email.trim().toLowerCase();
  const throttle = signInThrottle(await repo.countRecentAttempts(ctx.db, email, client.ip, since));
  if (throttle.blockedForSeconds !== null) throw errors.rateLimited(throttle.blockedForSeconds);
  if (throttle.delayMs > 0) await sleep(throttle.delayMs);

  const user = await repo.findUserByEmail(ctx.db, email);
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnVerification(input.password), false);
  const succeeded = ok && !!user?.active;
  await repo.recordSignInAttempt(ctx.db, { email, ip: client.ip, succeeded, at: now });
  if (!succeeded || !user) throw errors.invalidCredentials();
  return openSession(ctx, user, client);
}

export interface SessionClient {
  ip: string;
  userAgent?: string;
}

/**
 * A new session for a user who has just proved who they are (a password, a one-time link, single
 * sign-on, the first-run set-up): the cookie's token is returned once, only its hash is kept.
 */
export async function openSession(ctx: AppContext, user: SignedIn['user'], client: SessionClient): Promise<SignedIn> {
  const now = ctx.clock.now();
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + ctx.config.SESSION_TTL_HOURS * 3_600_000);
  await repo.insertSession(ctx.db, {
    tokenHash: sha256(token),
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300),
  });
  const { id, email, name, role, locale } = user;
  return { token, csrfToken, expiresAt, user: { id, email, name, role, locale } };
}

/** After a password change: every other session of the user ends (the one that changed it stays). */
export async function endOtherSessionsOf(ctx: AppContext, userId: string, keepTokenHash: string | undefined): Promise<void> {
  await repo.deleteSessionsOfUser(ctx.db, userId, keepTokenHash);
}

export async function signOut(ctx: AppContext, actor: Actor): Promise<void> {
  if (actor.sessionTokenHash) await repo.deleteSession(ctx.db, actor.sessionTokenHash);
}

export async function endAllSessionsOf(ctx: AppContext, userId: string): Promise<void> {
  await repo.deleteSessionsOfUser(ctx.db, userId);
}

/**
 * Everything that lets the user in without their password ends: sessions and API keys — when they
 * are deactivated or someone else sets their password. Revoked keys stay revoked: reactivating the
 * user does not bring them back (they make new ones).
 */
export async function endAllAccessOf(ctx: AppContext, userId: string): Promise<void> {
  await repo.deleteSessionsOfUser(ctx.db, userId);
  await repo.revokeApiKeysOfUser(ctx.db, userId, ctx.clock.now());
}

/** Who is calling: from a session cookie or an API key (`korsa_<prefix>_<secret>`). */
export async function resolveActor(ctx: AppContext, credential: Credential): Promise<Actor | null> {
  const now = ctx.clock.now();
  if (credential.kind === 'session') {
    const tokenHash = sha256(credential.token);
    const row = await repo.findSessionActor(ctx.db, tokenHash, now);
    if (!row) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(ctx.db, tokenHash, now);
    return {
      id: row.id,
      role: row.role,
      salesGroupId: row.salesGroupId,
      marketId: row.marketId,
      leads: row.leads,
      via: 'session',
      sessionTokenHash: tokenHash,
      csrfToken: row.csrfToken,
    };
  }
  const match = /^korsa_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{20,})$/.exec(credential.token);
  if (!match) return null;
  const row = await repo.findApiKeyActor(ctx.db, match[1]!);
  if (!row || row.tokenHash !== sha256(credential.token)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await repo.touchApiKey(ctx.db, row.keyId, now);
  }
  return { id: row.id, role: row.role, salesGroupId: row.salesGroupId, marketId: row.marketId, leads: row.leads, via: 'apiKey' };
}

type ApiKeyRow = Awaited<ReturnType<typeof repo.listApiKeys>>[number];
const presentApiKey = (k: ApiKeyRow): ApiKey => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

export async function listApiKeys(ctx: AppContext, userId: string): Promise<ApiKey[]> {
  return (await repo.listApiKeys(ctx.db, userId)).map(presentApiKey);
}

const ALPHANUMERIC = /[^A-Za-z0-9]/g;

/** A new key: the token is returned once; only its SHA-256 is stored (it has 256 bits of entropy). */
export async function createApiKey(ctx: AppContext, userId: string, name: string) {
  const prefix = randomToken(16).replace(ALPHANUMERIC, '').slice(0, 12).padEnd(12, '0');
  const token = `korsa_${prefix}_${randomToken(32)}`;
  const row = await repo.insertApiKey(ctx.db, { userId, name, prefix, tokenHash: sha256(token) });
  return { apiKey: presentApiKey(row), token };
}

export async function revokeApiKey(ctx: AppContext, userId: string, id: string): Promise<void> {
  if (!(await repo.revokeApiKey(ctx.db, userId, id, ctx.clock.now()))) throw errors.notFound('The API key');
}

/** Housekeeping for the scheduled job: expired sessions and old sign-in attempts. */
export async function pruneAuthData(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now();
  await repo.deleteExpiredSessions(ctx.db, now);
  await repo.deleteAttemptsBefore(ctx.db, new Date(now.getTime() - 24 * 3_600_000));
}
