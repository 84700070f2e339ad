import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

export interface GuidanceRow {
  toursSeen: string[];
  releaseSeen: string | null;
}

/** A person's guidance; a person seen for the first time starts at the running release (nothing new to them). */
export async function guidanceOf(db: Db, userId: string, running: string): Promise<GuidanceRow> {
  const [row] = rowsOf<GuidanceRow>(
    await db.execute(sql`
      with created as (
        insert into user_guidance (user_id, release_seen) values (${userId}, ${running})
        on conflict (user_id) do nothing
        returning tours_seen as "toursSeen", release_seen as "releaseSeen")
      select * from created
      union all
      select tours_seen, release_seen from user_guidance where user_id = ${userId}`),
  );
  return row!;
}

export async function setTourSeen(db: Db, userId: string, tour: string, seen: boolean, running: string, at: Date): Promise<void> {
  await db.execute(sql`
    insert into user_guidance (user_id, tours_seen, release_seen, updated_at)
    values (${userId}, ${seen ? sql`array[${tour}]::text[]` : sql`'{}'::text[]`}, ${running}, ${at})
    on conflict (user_id) do update set updated_at = excluded.updated_at, tours_seen = ${
      seen
        ? sql`(select array_agg(distinct t) from unnest(user_guidance.tours_seen || array[${tour}]::text[]) t)`
        : sql`array_remove(user_guidance.tours_seen, ${tour})`
    }`);
}

export async function setReleaseSeen(db: Db, userId: string, version: string, at: Date): Promise<void> {
  await db.execute(sql`
    insert into user_guidance (user_id, release_seen, updated_at) values (${userId}, ${version}, ${at})
    on conflict (user_id) do update set release_seen = excluded.release_seen, updated_at = excluded.updated_at`);
}
