import { sql } from 'drizzle-orm';
import type { FirstStepKey } from '@domain/first-steps';
import { rowsOf, type Db } from '../../db/client';

const ids = (list: readonly string[]) => sql`${sql.param([...list])}::uuid[]`;

/**
 * When each of these people first did each first step (L6), read from the records that prove it: a
 * call they logged, a tip they passed, a deal change or targets they saved (audit trail), a forum
 * meeting they recorded, a lead they qualified or handed to sales, a person they invited, an import
 * they ran. Per person an index lookup each (`limit 1` on the author's, giver's or actor's index).
 */
export async function firstStepsDone(db: Db, people: readonly string[]): Promise<{ userId: string; step: FirstStepKey; at: Date }[]> {
  if (people.length === 0) return [];
  const audited = (action: string) =>
    sql`(select e.at from audit_events e where e.actor_id = u.id and e.action = ${action} order by e.at limit 1)`;
  const result = await db.execute(sql`
    select u.id as "userId", s.step, s.at from unnest(${ids(people)}) as u(id)
    cross join lateral (values
      ('log_call', (select a.occurred_at from activities a where a.author_id = u.id and a.type = 'call' order by a.occurred_at limit 1)),
      ('pass_tip', (select h.created_at from handoffs h where h.giver_id = u.id order by h.created_at limit 1)),
      ('update_deal', ${audited('opportunity.updated')}),
      ('set_targets', ${audited('targets.set')}),
      ('hold_forum', (select min(m.created_at) from forum_meetings m where m.recorded_by_id = u.id)),
      ('qualify_lead', (select min(l.at) from lead_updates l where l.by_user_id = u.id and l.status = 'qualified')),
      ('hand_lead', (select min(l.at) from lead_updates l where l.by_user_id = u.id and l.status = 'handed_to_sales')),
      ('invite_users', ${audited('user.invited')}),
      ('import_data', (select min(i.started_at) from imports i where i.created_by_id = u.id and not i.dry_run and i.status in ('succeeded', 'partial')))
    ) as s(step, at)
    where s.at is not null`);
  return rowsOf<{ userId: string; step: FirstStepKey; at: string | Date }>(result).map((r) => ({ ...r, at: new Date(r.at) }));
}

export async function firstStepsDismissedAt(db: Db, userId: string): Promise<Date | null> {
  const [row] = rowsOf<{ at: string | Date | null }>(
    await db.execute(sql`select first_steps_dismissed_at as at from users where id = ${userId}`),
  );
  return row?.at ? new Date(row.at) : null;
}

export async function setFirstStepsDismissed(db: Db, userId: string, at: Date | null): Promise<void> {
  await db.execute(sql`update users set first_steps_dismissed_at = ${at} where id = ${userId}`);
}

export interface PersonRow {
  id: string;
  name: string;
  role: string;
  salesGroupId: string | null;
  salesGroupName: string | null;
  marketId: string | null;
  marketName: string | null;
}

/** Every active person, with their sales group and market. */
export async function people(db: Db): Promise<PersonRow[]> {
  const result = await db.execute(sql`
    select u.id, u.name, u.role, u.sales_group_id as "salesGroupId", g.name as "salesGroupName",
           u.market_id as "marketId", m.name as "marketName"
    from users u left join sales_groups g on g.id = u.sales_group_id left join markets m on m.id = u.market_id
    where u.active
    order by u.name`);
  return rowsOf<PersonRow>(result);
}

/**
 * What each person did since a moment, and the weeks (Mondays, UTC) in which they were active: signed
 * in, logged an activity, passed or answered a tip, or changed a record (the audit trail).
 */
export async function usage(db: Db, people: readonly string[], since: Date, now: Date) {
  if (people.length === 0) return [];
  const week = (at: ReturnType<typeof sql>) => sql`to_char(date_trunc('week', ${at} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const result = await db.execute(sql`
    select u.id as "userId",
      (select count(*)::int from activities a where a.author_id = u.id and a.occurred_at >= ${since} and a.type <> 'event') as activities,
      (select count(*)::int from handoffs h where h.giver_id = u.id and h.created_at >= ${since}) as "tipsPassed",
      (select count(distinct x.handoff_id)::int from handoff_updates x where x.by_user_id = u.id and x.at >= ${since}
         and x.status in ('accepted', 'declined')) as "tipsAnswered",
      array(
        select distinct w from (
          select ${week(sql`a.occurred_at`)} as w from activities a where a.author_id = u.id and a.occurred_at >= ${since} and a.type <> 'event'
          union all select ${week(sql`h.created_at`)} from handoffs h where h.giver_id = u.id and h.created_at >= ${since}
          union all select ${week(sql`x.at`)} from handoff_updates x where x.by_user_id = u.id and x.at >= ${since}
          union all select ${week(sql`e.at`)} from audit_events e where e.actor_id = u.id and e.at >= ${since}
          union all select ${week(sql`s.created_at`)} from sessions s where s.user_id = u.id and s.created_at >= ${since}
        ) weeks order by w
      ) as weeks,
      greatest(
        (select max(a.occurred_at) from activities a where a.author_id = u.id and a.type <> 'event' and a.occurred_at <= ${now}),
        (select max(e.at) from audit_events e where e.actor_id = u.id),
        (select max(s.last_seen_at) from sessions s where s.user_id = u.id)
      ) as "lastActiveAt"
    from unnest(${ids(people)}) as u(id)`);
  return rowsOf<{
    userId: string;
    activities: number;
    tipsPassed: number;
    tipsAnswered: number;
    weeks: string[];
    lastActiveAt: string | Date | null;
  }>(result);
}
