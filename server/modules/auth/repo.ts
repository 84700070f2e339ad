import { and, eq, gt, isNull, sql } from 'drizzle-orm';
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

/** The session's user, if the session is unexpired and the user active. */
export async function findSessionActor(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      salesGroupId: users.salesGroupId,
      marketId: users.marketId,
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

export async function deleteSessionsOfUser(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(sql`${sessions.expiresAt} <= ${now}`);
}

export async function recordSignInAttempt(db: Db, values: typeof signInAttempts.$inferInsert) {
  await db.insert(signInAttempts).values(values);
}

/** Failed attempts since `since` for this e-mail, and all attempts from this address. */
export async function countRecentAttempts(db: Db, email: string, ip: string, since: Date) {
  const [row] = await db
    .select({
      failedForEmail: sql<number>`count(*) filter (where ${signInAttempts.email} = ${email} and not ${signInAttempts.succeeded})`,
      fromIp: sql<number>`count(*) filter (where ${signInAttempts.ip} = ${ip})`,
    })
    .from(signInAttempts)
    .where(and(gt(signInAttempts.at, since), sql`(${signInAttempts.email} = ${email} or ${signInAttempts.ip} = ${ip})`));
  return { failedForEmail: Number(row?.failedForEmail ?? 0), fromIp: Number(row?.fromIp ?? 0) };
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

export async function revokeApiKey(db: Db, userId: string, id: string, now: Date) {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
