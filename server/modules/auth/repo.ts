import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiKeys, sessions, signInAttempts, users } from '../../db/schema';

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function insertSession(db: Db, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

/** The groups and markets the user leads, read with the user in one statement. */
const leadership = sql<{ salesGroupIds: string[]; marketIds: string[] }>`json_build_object(
  'salesGroupIds', array(select g.id::text from sales_groups g where g.leader_id = ${users.id} order by g.id),
  'marketIds', array(select m.id::text from markets m where m.leader_id = ${users.id} order by m.id))`;

/** The session's user, if the session is unexpired and the user active. */
export async function findSessionActor(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      salesGroupId: users.salesGroupId,
      marketId: users.marketId,
      leads: leadership,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row;
}

export async function touchSession(db: Db, tokenHash: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Db, userId: string, exceptTokenHash?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptTokenHash ? ne(sessions.tokenHash, exceptTokenHash) : undefined));
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(sql`${sessions.expiresAt} <= ${now}`);
}

export async function recordSignInAttempt(db: Db, values: typeof signInAttempts.$inferInsert) {
  await db.insert(signInAttempts).values(values);
}

/**
 * Since `since`: failed attempts on this account from this address after its last success there,
 * failed attempts on this account from anywhere, and all attempts from this address.
 * E-mails are stored lower-cased (auth/service), so `Admin@` and `admin@` count together.
 */
export async function countRecentAttempts(db: Db, email: string, ip: string, since: Date) {
  const lastSuccess = sql`coalesce((select max(s.at) from sign_in_attempts s
    where s.email = ${email} and s.ip = ${ip} and s.succeeded and s.at > ${since}), ${since})`;
  const [row] = await db
    .select({
      failedForPair: sql<number>`count(*) filter (where ${signInAttempts.email} = ${email} and ${signInAttempts.ip} = ${ip}
        and not ${signInAttempts.succeeded} and ${signInAttempts.at} > ${lastSuccess})`,
      failedForAccount: sql<number>`count(*) filter (where ${signInAttempts.email} = ${email} and not ${signInAttempts.succeeded})`,
      fromAddress: sql<number>`count(*) filter (where ${signInAttempts.ip} = ${ip})`,
    })
    .from(signInAttempts)
    .where(and(gt(signInAttempts.at, since), sql`(${signInAttempts.email} = ${email} or ${signInAttempts.ip} = ${ip})`));
  return {
    failedForPair: Number(row?.failedForPair ?? 0),
    failedForAccount: Number(row?.failedForAccount ?? 0),
    fromAddress: Number(row?.fromAddress ?? 0),
  };
}

export async function deleteAttemptsBefore(db: Db, before: Date) {
  await db.delete(signInAttempts).where(sql`${signInAttempts.at} < ${before}`);
}

export async function findApiKeyActor(db: Db, prefix: string) {
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      tokenHash: apiKeys.tokenHash,
      lastUsedAt: apiKeys.lastUsedAt,
      id: users.id,
      role: users.role,
      salesGroupId: users.salesGroupId,
      marketId: users.marketId,
      leads: leadership,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt), eq(users.active, true)));
  return row;
}

export async function touchApiKey(db: Db, id: string, now: Date) {
  await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, id));
}

export async function insertApiKey(db: Db, values: typeof apiKeys.$inferInsert) {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return row!;
}

export async function listApiKeys(db: Db, userId: string) {
  return db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .orderBy(apiKeys.createdAt);
}

/** Every open API key of the user (deactivated, or their password reset by someone else). */
export async function revokeApiKeysOfUser(db: Db, userId: string, now: Date) {
  await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)));
}

export async function revokeApiKey(db: Db, userId: string, id: string, now: Date) {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
