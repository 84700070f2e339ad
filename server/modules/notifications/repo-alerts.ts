import { inArray, sql } from 'drizzle-orm';
import type { AlertKind, AlertPreference, AlertPreferences } from '@domain/alerts';
import { rowsOf, type Db } from '../../db/client';
import { alertPreferences, notificationDigests, notifications } from '../../db/schema';

/** The chosen alert preferences of these people (those without a row keep the defaults). */
export async function preferencesOf(db: Db, userIds: string[]): Promise<Map<string, AlertPreferences>> {
  const found = new Map<string, AlertPreferences>();
  if (userIds.length === 0) return found;
  const rows = await db.select().from(alertPreferences).where(inArray(alertPreferences.userId, userIds));
  for (const r of rows) found.set(r.userId, { ...found.get(r.userId), [r.alert]: { inApp: r.inApp, email: r.email } });
  return found;
}

export async function savePreferences(db: Db, userId: string, items: (AlertPreference & { alert: AlertKind })[], at: Date) {
  if (items.length === 0) return;
  await db
    .insert(alertPreferences)
    .values(items.map((i) => ({ userId, alert: i.alert, inApp: i.inApp, email: i.email, updatedAt: at })))
    .onConflictDoUpdate({
      target: [alertPreferences.userId, alertPreferences.alert],
      set: { inApp: sql`excluded.in_app`, email: sql`excluded.email`, updatedAt: sql`excluded.updated_at` },
    });
}

export interface DigestItem {
  id: string;
  userId: string;
  kind: string;
  data: Record<string, unknown>;
  link: string | null;
  email: string;
  locale: 'en' | 'sv' | 'nb';
}

/**
 * Claim the digests of a day: for each active person with alerts for the digest created before
 * `until` (and since `since`) and no digest of that day yet, record the day's digest and mark the
 * alerts e-mailed — committed before anything is sent, so that no run sends a day's digest twice.
 */
export async function claimDigests(db: Db, day: string, since: Date, until: Date, now: Date): Promise<DigestItem[]> {
  const result = await db.execute(sql`
    with due as (
      select n.id, n.user_id from notifications n join users u on u.id = n.user_id
      where n.email = 'digest' and n.emailed_at is null and n.email_attempts < 5 and u.active
        and n.created_at >= ${since.toISOString()}::timestamptz and n.created_at < ${until.toISOString()}::timestamptz
        and not exists (select 1 from notification_digests d where d.user_id = n.user_id and d.day = ${day}::date)
      for update of n skip locked
    ),
    days as (
      insert into notification_digests (user_id, day, sent_at)
      select distinct user_id, ${day}::date, ${now.toISOString()}::timestamptz from due
      on conflict do nothing
      returning user_id
    ),
    claimed as (
      update notifications n set emailed_at = ${now.toISOString()}::timestamptz
      from due where n.id = due.id and due.user_id in (select user_id from days)
      returning n.id, n.kind, n.data, n.link, n.user_id, n.created_at
    )
    select c.id, c.user_id as "userId", c.kind, c.data, c.link, u.email, u.locale
    from claimed c join users u on u.id = c.user_id order by c.user_id, c.created_at`);
  return rowsOf<DigestItem>(result);
}

/** A digest that could not be sent: its day and its alerts are given back for the next run (a failed try counted). */
export async function releaseDigest(db: Db, userId: string, day: string, ids: string[]) {
  await db.delete(notificationDigests).where(sql`${notificationDigests.userId} = ${userId} and ${notificationDigests.day} = ${day}::date`);
  if (ids.length)
    await db
      .update(notifications)
      .set({ emailedAt: null, emailAttempts: sql`${notifications.emailAttempts} + 1` })
      .where(inArray(notifications.id, ids));
}
