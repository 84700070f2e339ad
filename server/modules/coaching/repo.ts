import { sql } from 'drizzle-orm';
import { openHandoffStatuses } from '@domain/handoffs';
import type { Ratings } from '@domain/one-to-ones';
import { rowsOf, type Db } from '../../db/client';
import { oneToOneActions, oneToOneCadences, oneToOnes } from '../../db/schema';

const ids = (list: readonly string[]) => sql`${sql.param([...list])}::uuid[]`;
const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const asDateOrNull = (v: Date | string | null) => (v === null ? null : asDate(v));

/** A person with where they sit (who leads them). */
export async function person(db: Db, id: string) {
  const result = await db.execute(sql`
    select id, name, role, active, sales_group_id as "salesGroupId", market_id as "marketId" from users where id = ${id}`);
  return rowsOf<{ id: string; name: string; role: string; active: boolean; salesGroupId: string | null; marketId: string | null }>(result)[0];
}

/**
 * The people a leader holds one-to-ones with — the active sellers and leaders of the groups and markets
 * they lead (all of them for an admin leading nothing) — with their cadence, last one-to-one and open actions.
 */
export async function team(db: Db, scope: { salesGroupIds: readonly string[]; marketIds: readonly string[] } | null, except: string) {
  const result = await db.execute(sql`
    select u.id, u.name, c.every_days as "everyDays",
           (select max(m.held_on)::text from one_to_ones m where m.seller_id = u.id) as "lastHeldOn",
           (select count(*)::int from one_to_one_actions x join one_to_ones m on m.id = x.one_to_one_id join tasks t on t.id = x.task_id
             where m.seller_id = u.id and t.done_at is null) as "openActions"
    from users u left join one_to_one_cadences c on c.seller_id = u.id
    where u.active and u.id <> ${except} and u.role in ('seller', 'sales_leader')
      ${scope ? sql`and (u.sales_group_id = any(${ids(scope.salesGroupIds)}) or u.market_id = any(${ids(scope.marketIds)}))` : sql``}
    order by u.name
    limit 500`);
  return rowsOf<{ id: string; name: string; everyDays: number | null; lastHeldOn: string | null; openActions: number }>(result);
}

export async function cadenceOf(db: Db, sellerId: string) {
  const result = await db.execute(sql`select every_days as "everyDays" from one_to_one_cadences where seller_id = ${sellerId}`);
  return rowsOf<{ everyDays: number }>(result)[0]?.everyDays ?? null;
}

export async function putCadence(db: Db, sellerId: string, everyDays: number, setById: string, now: Date) {
  await db
    .insert(oneToOneCadences)
    .values({ sellerId, everyDays, setById, updatedAt: now })
    .onConflictDoUpdate({ target: oneToOneCadences.sellerId, set: { everyDays, setById, updatedAt: now } });
}

/** The seller's one-to-ones, the latest first, with their leader's name. */
export async function history(db: Db, sellerId: string, limit: number) {
  const result = await db.execute(sql`
    select m.id, m.held_on::text as "heldOn", m.held_at as "heldAt", m.notes, m.ratings, m.leader_id as "leaderId", u.name as "leaderName"
    from one_to_ones m left join users u on u.id = m.leader_id
    where m.seller_id = ${sellerId} order by m.held_at desc limit ${limit}`);
  return rowsOf<{
    id: string;
    heldOn: string;
    heldAt: Date | string;
    notes: string;
    ratings: Ratings;
    leaderId: string | null;
    leaderName: string | null;
  }>(result).map((r) => ({ ...r, heldAt: asDate(r.heldAt) }));
}

/** The actions agreed at these one-to-ones, with their tasks (day, done). */
export async function actionsOf(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  const result = await db.execute(sql`
    select x.id, x.one_to_one_id as "oneToOneId", x.title, x.task_id as "taskId", t.due_on::text as "dueOn", (t.done_at is not null) as done
    from one_to_one_actions x left join tasks t on t.id = x.task_id
    where x.one_to_one_id = any(${ids(meetingIds)}) order by t.due_on nulls last, x.created_at`);
  return rowsOf<{ id: string; oneToOneId: string; title: string; taskId: string | null; dueOn: string | null; done: boolean }>(result);
}

/** Actions agreed at any of the seller's one-to-ones whose task is not done yet: they come back. */
export async function openActions(db: Db, sellerId: string) {
  const result = await db.execute(sql`
    select t.id as "taskId", x.title, t.due_on::text as "dueOn", m.held_on::text as "agreedOn"
    from one_to_one_actions x join one_to_ones m on m.id = x.one_to_one_id join tasks t on t.id = x.task_id
    where m.seller_id = ${sellerId} and t.done_at is null
    order by t.due_on limit 100`);
  return rowsOf<{ taskId: string; title: string; dueOn: string; agreedOn: string }>(result);
}

export async function insertOneToOne(db: Db, values: typeof oneToOnes.$inferInsert) {
  const [row] = await db.insert(oneToOnes).values(values).returning({ id: oneToOnes.id });
  return row!.id;
}

export async function insertActions(db: Db, rows: (typeof oneToOneActions.$inferInsert)[]) {
  if (rows.length) await db.insert(oneToOneActions).values(rows);
}

/** The seller's deals open now or closed since a moment (the agenda's pipeline). */
export async function deals(db: Db, sellerId: string, since: Date) {
  const result = await db.execute(sql`
    select o.id, o.name, a.name as "accountName", o.value::float8 as value, o.currency, s.outcome, s.name as "stageName",
           o.created_at as "createdAt", o.closed_at as "closedAt", o.stage_entered_at as "stageEnteredAt",
           to_char(o.expected_close_on, 'YYYY-MM-DD') as "expectedCloseOn", o.last_activity_at as "lastActivityAt",
           (o.timed_out_proposed_at is not null) as "timedOutProposed"
    from opportunities o join accounts a on a.id = o.account_id join stages s on s.id = o.stage_id
    where o.owner_id = ${sellerId} and o.deleted_at is null
      and (o.closed_at is null or o.closed_at > ${since.toISOString()}::timestamptz)
    order by o.value desc limit 300`);
  return rowsOf<{
    id: string;
    name: string;
    accountName: string;
    value: number;
    currency: string;
    outcome: 'open' | 'won' | 'lost';
    stageName: string;
    createdAt: Date | string;
    closedAt: Date | string | null;
    stageEnteredAt: Date | string;
    expectedCloseOn: string | null;
    lastActivityAt: Date | string | null;
    timedOutProposed: boolean;
  }>(result).map((d) => ({
    ...d,
    createdAt: asDate(d.createdAt),
    closedAt: asDateOrNull(d.closedAt),
    stageEnteredAt: asDate(d.stageEnteredAt),
    lastActivityAt: asDateOrNull(d.lastActivityAt),
  }));
}

/**
 * Tips the seller received (named to them) and gave, open now or created since a moment; for those given,
 * whether someone reported on them since.
 */
export async function tips(db: Db, sellerId: string, since: Date) {
  const at = since.toISOString();
  const result = await db.execute(sql`
    select h.id, a.name as "accountName", h.status, h.created_at as "createdAt", h.answered_at as "answeredAt", h.due_at as "dueAt",
           (h.to_user_id = ${sellerId}) as received,
           (h.status in ${[...openHandoffStatuses]}) as open,
           exists (select 1 from handoff_updates u where u.handoff_id = h.id and u.at > ${at}::timestamptz
                   and (u.by_user_id is null or u.by_user_id <> ${sellerId})) as "reportedSince"
    from handoffs h join accounts a on a.id = h.account_id
    where (h.to_user_id = ${sellerId} or h.giver_id = ${sellerId})
      and (h.status in ${[...openHandoffStatuses]} or h.created_at > ${at}::timestamptz
           or exists (select 1 from handoff_updates u where u.handoff_id = h.id and u.at > ${at}::timestamptz))
    order by h.created_at desc limit 200`);
  return rowsOf<{
    id: string;
    accountName: string;
    status: string;
    createdAt: Date | string;
    answeredAt: Date | string | null;
    dueAt: Date | string;
    received: boolean;
    open: boolean;
    reportedSince: boolean;
  }>(result).map((t) => ({ ...t, createdAt: asDate(t.createdAt), answeredAt: asDateOrNull(t.answeredAt), dueAt: asDate(t.dueAt) }));
}

/** The seller's own timeline entries by type: since a moment, and in as long a period before it. */
export async function activity(db: Db, sellerId: string, since: Date, now: Date) {
  const before = new Date(since.getTime() - (now.getTime() - since.getTime()));
  const result = await db.execute(sql`
    select type, count(*) filter (where occurred_at >= ${since.toISOString()}::timestamptz)::int as since,
           count(*) filter (where occurred_at < ${since.toISOString()}::timestamptz)::int as before
    from activities
    where author_id = ${sellerId} and type <> 'event'
      and occurred_at >= ${before.toISOString()}::timestamptz and occurred_at <= ${now.toISOString()}::timestamptz
    group by type order by type`);
  return rowsOf<{ type: string; since: number; before: number }>(result);
}

/**
 * Everyone with a one-to-one held (so a next one falls due): active sellers and leaders with their cadence,
 * their last one-to-one's day, and the leader to remind — who held it, else who set the cadence (if active).
 */
export async function reminderCandidates(db: Db) {
  const result = await db.execute(sql`
    select u.id, u.name, c.every_days as "everyDays", last.held_on::text as "lastHeldOn",
           coalesce(case when l.active then last.leader_id end, case when s.active then c.set_by_id end) as "leaderId"
    from users u
    join lateral (select m.held_on, m.leader_id from one_to_ones m where m.seller_id = u.id order by m.held_at desc limit 1) last on true
    left join one_to_one_cadences c on c.seller_id = u.id
    left join users l on l.id = last.leader_id
    left join users s on s.id = c.set_by_id
    where u.active and u.role in ('seller', 'sales_leader')`);
  return rowsOf<{ id: string; name: string; everyDays: number | null; lastHeldOn: string; leaderId: string | null }>(result);
}
