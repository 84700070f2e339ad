import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { LinkPurpose } from '@domain/access-links';
import { rowsOf, type Db } from '../../db/client';
import { accessLinks, publicHitCounts, publicHits, users } from '../../db/schema';

/** Set-up runs under this transaction-scoped advisory lock: two set-ups at once run one after the other. */
const SETUP_LOCK = 7_248_114;

export async function lockSetup(db: Db) {
  await db.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
}

export async function insertLink(db: Db, values: typeof accessLinks.$inferInsert) {
  const [row] = await db.insert(accessLinks).values(values).returning();
  return row!;
}

/** The link with its user, locked for the use that follows when `forUpdate`. */
export async function findLinkByHash(db: Db, tokenHash: string, forUpdate = false) {
  const q = db
    .select({ link: accessLinks, user: users })
    .from(accessLinks)
    .innerJoin(users, eq(users.id, accessLinks.userId))
    .where(eq(accessLinks.tokenHash, tokenHash));
  const [row] = forUpdate ? await q.for('update', { of: accessLinks }) : await q;
  return row;
}

export async function findLink(db: Db, id: string) {
  const [row] = await db.select().from(accessLinks).where(eq(accessLinks.id, id));
  return row;
}

export async function markUsed(db: Db, id: string, now: Date) {
  await db.update(accessLinks).set({ usedAt: now }).where(eq(accessLinks.id, id));
}

/** Every open link of a user for a purpose (or all purposes) stops working. */
export async function revokeOpenLinks(db: Db, userId: string, now: Date, purpose?: LinkPurpose) {
  await db
    .update(accessLinks)
    .set({ revokedAt: now })
    .where(
      and(
        eq(accessLinks.userId, userId),
        isNull(accessLinks.usedAt),
        isNull(accessLinks.revokedAt),
        purpose ? eq(accessLinks.purpose, purpose) : undefined,
      ),
    );
}

/** Invitations not yet accepted nor revoked (expired ones too: the admin may resend them), newest first. */
export async function listOpenInvitations(db: Db) {
  return db
    .select({
      id: accessLinks.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      invitedBy: sql<string | null>`(select i.name from users i where i.id = ${accessLinks.createdBy})`,
      createdAt: accessLinks.createdAt,
      expiresAt: accessLinks.expiresAt,
    })
    .from(accessLinks)
    .innerJoin(users, eq(users.id, accessLinks.userId))
    .where(and(eq(accessLinks.purpose, 'invitation'), isNull(accessLinks.usedAt), isNull(accessLinks.revokedAt)))
    .orderBy(sql`${accessLinks.createdAt} desc`, accessLinks.id);
}

export async function hasOpenInvitation(db: Db, userId: string) {
  const [row] = await db
    .select({ id: accessLinks.id })
    .from(accessLinks)
    .where(
      and(eq(accessLinks.userId, userId), eq(accessLinks.purpose, 'invitation'), isNull(accessLinks.usedAt), isNull(accessLinks.revokedAt)),
    )
    .limit(1);
  return row !== undefined;
}

export async function countHits(db: Db, bucket: string, since: Date) {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(publicHits)
    .where(and(eq(publicHits.bucket, bucket), gt(publicHits.at, since)));
  return Number(row?.n ?? 0);
}

export async function recordHit(db: Db, bucket: string, at: Date) {
  await db.insert(publicHits).values({ bucket, at });
}

/**
 * Adds n hits to a key's window and answers the window's total, in one statement (concurrent requests
 * add up, never lost). Its commit does not wait for the disk (set_config in the statement): a count
 * lost in a database crash only lets a few more hits through.
 */
export async function countInWindow(db: Db, bucket: string, windowStart: Date, n: number): Promise<number> {
  const result = await db.execute(sql`
    insert into public_hit_counts (bucket, window_start, hits)
    select ${bucket}, ${windowStart}, ${n} from (select set_config('synchronous_commit', 'off', true)) relaxed
    on conflict (bucket, window_start) do update set hits = public_hit_counts.hits + excluded.hits
    returning hits`);
  return rowsOf<{ hits: number }>(result)[0]!.hits;
}

/** Housekeeping: hits older than a day, links that ended a month ago. */
export async function prune(db: Db, now: Date) {
  await db.delete(publicHits).where(lt(publicHits.at, new Date(now.getTime() - 86_400_000)));
  await db.delete(publicHitCounts).where(lt(publicHitCounts.windowStart, new Date(now.getTime() - 86_400_000)));
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  await db
    .delete(accessLinks)
    .where(or(lt(accessLinks.expiresAt, monthAgo), lt(accessLinks.usedAt, monthAgo), lt(accessLinks.revokedAt, monthAgo)));
}
