import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ssoLogins } from '../../db/schema';

export async function insertLogin(db: Db, values: typeof ssoLogins.$inferInsert) {
  await db.insert(ssoLogins).values(values);
}

/** Take (read and delete) a sign-on in progress: each state is used once. */
export async function takeLogin(db: Db, stateHash: string) {
  const [row] = await db.delete(ssoLogins).where(eq(ssoLogins.stateHash, stateHash)).returning();
  return row;
}

export async function deleteExpired(db: Db, now: Date) {
  await db.delete(ssoLogins).where(lt(ssoLogins.expiresAt, now));
}
