import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

export interface ForumRitualRow {
  kind: 'visit' | 'seminar' | 'interview';
  id: string;
  title: string;
  at: string | Date;
  people: string[];
  learned: string | null;
  recordDue: boolean;
  tips: number;
  opportunities: number;
  attended: number | null;
  insights: number | null;
}

/**
 * The rituals of a market between two moments, for the cross-selling forum's agenda (E1–E3): joint
 * visits planned or done (by a host or guest of the market), seminars (of the market or of every
 * market) and interview rounds (at the market's customers), each with what came of it.
 */
export async function forumRituals(db: Db, marketId: string | null, from: Date, to: Date, now: Date) {
  const outcomes = (kind: string, id: ReturnType<typeof sql>, column: 'handoff_id' | 'opportunity_id') =>
    sql`(select count(*) from ritual_outcomes o where o.ritual_kind = ${kind} and o.ritual_id = ${id} and o.${sql.raw(column)} is not null)::int`;
  const insightOutcomes = (column: 'handoff_id' | 'opportunity_id') =>
    sql`(select count(*) from ritual_outcomes o join interview_insights i on i.id = o.ritual_id
         where o.ritual_kind = 'insight' and i.round_id = r.id and o.${sql.raw(column)} is not null)::int`;
  const result = await db.execute(sql`
    select * from (
      select 'visit' as kind, v.id, coalesce(a.name, '') as title, v.starts_at as at, array[h.name, g.name] as people,
             coalesce(v.learned, v.needs) as learned,
             (v.status = 'accepted' and v.starts_at < ${now} and v.recorded_at is null) as "recordDue",
             ${outcomes('visit', sql`v.id`, 'handoff_id')} as tips, ${outcomes('visit', sql`v.id`, 'opportunity_id')} as opportunities,
             null::int as attended, null::int as insights
      from joint_visits v join users h on h.id = v.host_id join users g on g.id = v.guest_id left join accounts a on a.id = v.account_id
      where v.status in ('planned', 'accepted', 'done') and v.starts_at >= ${from} and v.starts_at < ${to}
        ${marketId ? sql`and (h.market_id = ${marketId} or g.market_id = ${marketId})` : sql``}
      union all
      select 'seminar', s.id, s.title, s.starts_at,
             array(select u.name from seminar_sellers x join users u on u.id = x.user_id where x.seminar_id = s.id order by u.name),
             null, false, ${outcomes('seminar', sql`s.id`, 'handoff_id')}, ${outcomes('seminar', sql`s.id`, 'opportunity_id')},
             (select count(*) from seminar_invitees i where i.seminar_id = s.id and i.status = 'attended')::int, null
      from seminars s
      where s.starts_at >= ${from} and s.starts_at < ${to} ${marketId ? sql`and (s.market_id is null or s.market_id = ${marketId})` : sql``}
      union all
      select 'interview', r.id, a.name, r.held_on::timestamp at time zone 'UTC',
             array(select u.name from interview_listeners l join users u on u.id = l.user_id where l.round_id = r.id order by u.name),
             (select i.text from interview_insights i where i.round_id = r.id order by i.created_at desc limit 1), false,
             ${insightOutcomes('handoff_id')}, ${insightOutcomes('opportunity_id')},
             null, (select count(*) from interview_insights i where i.round_id = r.id)::int
      from interview_rounds r join accounts a on a.id = r.account_id
      where r.held_on >= ${from.toISOString().slice(0, 10)} and r.held_on < ${to.toISOString().slice(0, 10)}
        ${marketId ? sql`and a.market_id = ${marketId}` : sql``}
    ) x order by at limit 60`);
  return rowsOf<ForumRitualRow>(result);
}
