import { sql } from 'drizzle-orm';
import type { RetentionKind } from '@domain/data-retention';
import { ERASED } from '@domain/privacy';
import { rowsOf, type Db } from '../../db/client';
import { dataRetentionRules } from '../../db/schema';

export const listRules = (db: Db) => db.select().from(dataRetentionRules);

export async function putRule(db: Db, kind: RetentionKind, months: number | null, by: string, at: Date) {
  if (months === null) {
    await db.delete(dataRetentionRules).where(sql`${dataRetentionRules.kind} = ${kind}`);
    return;
  }
  await db
    .insert(dataRetentionRules)
    .values({ kind, months, updatedById: by, updatedAt: at })
    .onConflictDoUpdate({ target: dataRetentionRules.kind, set: { months, updatedById: by, updatedAt: at } });
}

export async function recordRun(db: Db, kind: RetentionKind, count: number, at: Date) {
  await db
    .update(dataRetentionRules)
    .set({ lastRunAt: at, lastCount: count })
    .where(sql`${dataRetentionRules.kind} = ${kind}`);
}

/** Leads never converted and unchanged since the cutoff lose their personal fields; company, source and status stay. */
async function anonymiseUnconvertedLeads(db: Db, cutoff: Date): Promise<number> {
  const result = await db.execute(sql`
    update leads set name = ${ERASED}, email = null, phone = null, title = null, message = null, status_note = null
    where status <> 'converted' and converted_at is null and updated_at < ${cutoff.toISOString()}::timestamptz and name <> ${ERASED}
    returning id`);
  return rowsOf(result).length;
}

async function deleteNotifications(db: Db, cutoff: Date): Promise<number> {
  const result = await db.execute(sql`delete from notifications where created_at < ${cutoff.toISOString()}::timestamptz returning id`);
  return rowsOf(result).length;
}

/** Apply one kind's rule: the rows before the cutoff, anonymised or deleted; how many (website visits are the signals service's). */
export const apply: Record<Exclude<RetentionKind, 'website_visits'>, (db: Db, cutoff: Date) => Promise<number>> = {
  unconverted_leads: anonymiseUnconvertedLeads,
  notifications: deleteNotifications,
};
