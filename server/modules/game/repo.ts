import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { incentivePayouts, markets, salesGroups, seasonTeams, seasons, users } from '../../db/schema';

export type SeasonRow = typeof seasons.$inferSelect;
export type TeamRow = typeof seasonTeams.$inferSelect;

export const listSeasons = (db: Db) =>
  db
    .select()
    .from(seasons)
    .orderBy(sql`${seasons.startsOn} desc`, asc(seasons.name));

export async function findSeason(db: Db, id: string) {
  const [row] = await db.select().from(seasons).where(eq(seasons.id, id));
  return row;
}

export const teamsOf = (db: Db, seasonIds: string[]) =>
  seasonIds.length === 0
    ? Promise.resolve([] as TeamRow[])
    : db.select().from(seasonTeams).where(inArray(seasonTeams.seasonId, seasonIds)).orderBy(asc(seasonTeams.name));

export async function insertSeason(db: Db, values: typeof seasons.$inferInsert) {
  const [row] = await db.insert(seasons).values(values).returning();
  return row!;
}

/** Update when the version still matches; undefined when someone changed it first. */
export async function updateSeason(db: Db, id: string, version: number, values: Partial<typeof seasons.$inferInsert>) {
  const [row] = await db
    .update(seasons)
    .set({ ...values, version: sql`${seasons.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(seasons.id, id), eq(seasons.version, version)))
    .returning();
  return row;
}

export async function replaceTeams(db: Db, seasonId: string, teams: Omit<typeof seasonTeams.$inferInsert, 'seasonId'>[]) {
  await db.delete(seasonTeams).where(eq(seasonTeams.seasonId, seasonId));
  if (teams.length > 0) await db.insert(seasonTeams).values(teams.map((t) => ({ ...t, seasonId })));
}

export async function deleteSeason(db: Db, id: string) {
  await db.delete(seasons).where(eq(seasons.id, id));
}

/** Active people: who plays (sellers and leaders) and who may appear on a statement. */
export const people = (db: Db) =>
  db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      salesGroupId: users.salesGroupId,
      marketId: users.marketId,
      active: users.active,
    })
    .from(users)
    .orderBy(asc(users.name));

export async function existingIds(db: Db, table: 'sales_groups' | 'markets' | 'users', ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const t = { sales_groups: salesGroups, markets, users }[table];
  const rows = await db.select({ id: t.id }).from(t).where(inArray(t.id, ids));
  return new Set(rows.map((r) => r.id));
}

const window = (from: string, to: string) => ({ from: `${from}T00:00:00Z`, to: `${to}T23:59:59.999Z` });

/** A tip's first acceptance, unless the tip was withdrawn since. */
export async function tipsAccepted(db: Db, from: string, to: string) {
  const w = window(from, to);
  return rowsOf<{
    handoffId: string;
    at: string;
    actorId: string | null;
    giverId: string | null;
    receiverId: string | null;
    salesGroupId: string;
    accountName: string;
  }>(
    await db.execute(sql`
      select distinct on (h.id) h.id as "handoffId", u.at as "at", u.by_user_id as "actorId", h.giver_id as "giverId",
             coalesce(u.by_user_id, h.to_user_id) as "receiverId", h.to_sales_group_id as "salesGroupId", a.name as "accountName"
      from handoff_updates u
      join handoffs h on h.id = u.handoff_id
      join accounts a on a.id = h.account_id
      where u.status = 'accepted' and h.status <> 'withdrawn' and u.at between ${w.from} and ${w.to}
      order by h.id, u.at`),
  );
}

/** Tips that became an opportunity, and whether (and when) that opportunity was won. */
export async function tipDeals(db: Db, from: string, to: string) {
  const w = window(from, to);
  return rowsOf<{
    handoffId: string;
    opportunityId: string;
    createdAt: string;
    giverId: string | null;
    ownerId: string | null;
    salesGroupId: string | null;
    channel: string | null;
    won: boolean;
    closedAt: string | null;
    annualValue: number;
    currency: string;
    accountName: string;
  }>(
    await db.execute(sql`
      select h.id as "handoffId", o.id as "opportunityId", greatest(o.created_at, h.created_at) as "createdAt", h.giver_id as "giverId",
             o.owner_id as "ownerId", o.sales_group_id as "salesGroupId", o.channel, s.outcome = 'won' as "won", o.closed_at as "closedAt",
             o.annual_value::float8 as "annualValue", o.currency, a.name as "accountName"
      from handoffs h
      join opportunities o on o.id = h.opportunity_id
      join stages s on s.id = o.stage_id
      join accounts a on a.id = h.account_id
      where h.status <> 'withdrawn' and o.deleted_at is null and a.deleted_at is null
        and (greatest(o.created_at, h.created_at) between ${w.from} and ${w.to} or (s.outcome = 'won' and o.closed_at between ${w.from} and ${w.to}))`),
  );
}

/** Every answer and report on tips that had one in the window, in order, to judge each on time. */
export async function tipUpdates(db: Db, from: string, to: string) {
  const w = window(from, to);
  return rowsOf<{
    id: string;
    handoffId: string;
    status: string;
    at: string;
    byUserId: string | null;
    createdAt: string;
    giverId: string | null;
    receiverId: string | null;
    salesGroupId: string;
    accountName: string;
  }>(
    await db.execute(sql`
      select u.id, u.handoff_id as "handoffId", u.status, u.at, u.by_user_id as "byUserId", h.created_at as "createdAt",
             h.giver_id as "giverId", h.to_user_id as "receiverId", h.to_sales_group_id as "salesGroupId", a.name as "accountName"
      from handoff_updates u
      join handoffs h on h.id = u.handoff_id
      join accounts a on a.id = h.account_id
      where h.id in (select handoff_id from handoff_updates where at between ${w.from} and ${w.to})
      order by u.handoff_id, u.at, u.id`),
  );
}

/** Customer meetings and visits people logged themselves (not Korsa's own events). */
export async function meetingsLogged(db: Db, from: string, to: string) {
  const w = window(from, to);
  return rowsOf<{ id: string; at: string; authorId: string; salesGroupId: string | null; accountName: string }>(
    await db.execute(sql`
      select act.id, act.occurred_at as "at", act.author_id as "authorId", act.sales_group_id as "salesGroupId", a.name as "accountName"
      from activities act
      join accounts a on a.id = act.account_id
      where act.type in ('meeting', 'visit') and act.event is null and act.author_id is not null and a.deleted_at is null
        and act.occurred_at between ${w.from} and ${w.to} and act.occurred_at <= now()`),
  );
}

/** Deals won in the window. */
export async function dealsWon(db: Db, from: string, to: string) {
  const w = window(from, to);
  return rowsOf<{
    id: string;
    at: string;
    ownerId: string | null;
    salesGroupId: string | null;
    channel: string | null;
    annualValue: number;
    currency: string;
    accountName: string;
  }>(
    await db.execute(sql`
      select o.id, o.closed_at as "at", o.owner_id as "ownerId", o.sales_group_id as "salesGroupId", o.channel,
             o.annual_value::float8 as "annualValue", o.currency, a.name as "accountName"
      from opportunities o
      join stages s on s.id = o.stage_id
      join accounts a on a.id = o.account_id
      where s.outcome = 'won' and o.deleted_at is null and a.deleted_at is null and o.closed_at between ${w.from} and ${w.to}`),
  );
}

/** Joint visits done and recorded in the window: one event for the host, one for the guest. */
export async function jointVisitsDone(db: Db, from: string, to: string) {
  const w = window(from, to);
  return rowsOf<{ id: string; at: string; hostId: string; guestId: string; hostGroupId: string | null; guestGroupId: string | null; accountName: string | null }>(
    await db.execute(sql`
      select v.id, v.recorded_at as "at", v.host_id as "hostId", v.guest_id as "guestId",
             host.sales_group_id as "hostGroupId", guest.sales_group_id as "guestGroupId", a.name as "accountName"
      from joint_visits v
      join users host on host.id = v.host_id
      join users guest on guest.id = v.guest_id
      left join accounts a on a.id = v.account_id
      where v.status = 'done' and v.recorded_at between ${w.from} and ${w.to}`),
  );
}

/** Tips given per week (all of them, accepted or not), for the behaviour view. */
export async function tipsGivenByWeek(db: Db, from: string, to: string) {
  const w = window(from, to);
  return rowsOf<{ week: string; n: number }>(
    await db.execute(sql`
      select to_char(date_trunc('week', created_at at time zone 'UTC'), 'YYYY-MM-DD') as week, count(*)::int as n
      from handoffs where created_at between ${w.from} and ${w.to} group by 1`),
  );
}

export const payoutsOf = (db: Db, seasonId: string) =>
  db
    .select({ key: incentivePayouts.lineKey, userId: incentivePayouts.userId, amount: incentivePayouts.amount })
    .from(incentivePayouts)
    .where(eq(incentivePayouts.seasonId, seasonId));

export async function upsertPayouts(db: Db, seasonId: string, paidById: string, lines: { key: string; userId: string; amount: number }[]) {
  if (lines.length === 0) return;
  await db
    .insert(incentivePayouts)
    .values(lines.map((l) => ({ seasonId, lineKey: l.key, userId: l.userId, amount: l.amount, paidById })))
    .onConflictDoUpdate({
      target: [incentivePayouts.seasonId, incentivePayouts.lineKey],
      set: { amount: sql`excluded.amount`, paidAt: sql`now()`, paidById: sql`excluded.paid_by_id` },
    });
}

/**
 * A season's version and the game's change stamp — the `game_changes` sequence, advanced by every
 * statement that changes what the game reads (see season-cache.ts) — in one round trip: the cache's
 * key. Null for no such season.
 */
export async function seasonStamp(db: Db, id: string): Promise<{ version: number; stamp: string } | null> {
  const [row] = rowsOf<{ version: number; stamp: string }>(
    await db.execute(sql`
      select s.version, (select last_value::text || ':' || is_called::text from game_changes) as stamp
      from seasons s where s.id = ${id}`),
  );
  return row ? { version: Number(row.version), stamp: row.stamp } : null;
}

