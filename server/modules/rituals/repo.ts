import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowsOf, type Db } from '../../db/client';
import {
  accounts,
  activities,
  calendarFeeds,
  handoffs,
  jointVisits,
  markets,
  opportunities,
  ritualOutcomes,
  salesGroups,
  stages,
  users,
  visitSchemeMembers,
  visitSchemes,
} from '../../db/schema';

/** The reporting currency's factors as a table `r(currency, factor)` to join opportunities' values to. */
export function ratesTable(factors: { currency: string; factor: number }[]) {
  return factors.length
    ? sql`(values ${sql.join(
        factors.map((f) => sql`(${f.currency}::text, ${f.factor}::float8)`),
        sql`, `,
      )}) as r(currency, factor)`
    : sql`(select 'EUR'::text, 1::float8) as r(currency, factor)`;
}

export type SchemeRow = typeof visitSchemes.$inferSelect;
export type VisitRow = typeof jointVisits.$inferSelect;

export const listSchemes = (db: Db) => db.select().from(visitSchemes).orderBy(desc(visitSchemes.active), asc(visitSchemes.name));
export const activeSchemes = (db: Db) => db.select().from(visitSchemes).where(eq(visitSchemes.active, true));

export async function findScheme(db: Db, id: string) {
  const [row] = await db.select().from(visitSchemes).where(eq(visitSchemes.id, id));
  return row;
}

export async function insertScheme(db: Db, values: typeof visitSchemes.$inferInsert) {
  const [row] = await db.insert(visitSchemes).values(values).returning();
  return row!;
}

export async function insertMembers(db: Db, values: (typeof visitSchemeMembers.$inferInsert)[]) {
  if (values.length) await db.insert(visitSchemeMembers).values(values).onConflictDoNothing();
}

export async function updateMember(db: Db, schemeId: string, userId: string, patch: Partial<typeof visitSchemeMembers.$inferInsert>) {
  const [row] = await db
    .update(visitSchemeMembers)
    .set(patch)
    .where(and(eq(visitSchemeMembers.schemeId, schemeId), eq(visitSchemeMembers.userId, userId)))
    .returning();
  return row;
}

export async function members(db: Db, schemeId: string) {
  return db
    .select({
      member: visitSchemeMembers,
      name: users.name,
      salesGroupId: users.salesGroupId,
      salesGroupName: salesGroups.name,
      marketId: users.marketId,
      active: users.active,
    })
    .from(visitSchemeMembers)
    .innerJoin(users, eq(users.id, visitSchemeMembers.userId))
    .leftJoin(salesGroups, eq(salesGroups.id, users.salesGroupId))
    .where(eq(visitSchemeMembers.schemeId, schemeId))
    .orderBy(asc(users.name));
}

export async function people(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      active: users.active,
      role: users.role,
      salesGroupId: users.salesGroupId,
      salesGroupName: salesGroups.name,
      marketId: users.marketId,
    })
    .from(users)
    .leftJoin(salesGroups, eq(salesGroups.id, users.salesGroupId))
    .where(inArray(users.id, ids));
}

export async function marketCode(db: Db, marketId: string | null) {
  if (!marketId) return null;
  const [row] = await db.select({ code: markets.code }).from(markets).where(eq(markets.id, marketId));
  return row?.code ?? null;
}

/** Every pair of the scheme so far (not cancelled): the pairing's history. */
export async function schemeHistory(db: Db, schemeId: string) {
  return db
    .select({ hostId: jointVisits.hostId, guestId: jointVisits.guestId, period: jointVisits.period, status: jointVisits.status })
    .from(jointVisits)
    .where(and(eq(jointVisits.schemeId, schemeId), ne(jointVisits.status, 'cancelled')));
}

/** Who of these people has a customer meeting or visit of their own planned between two moments. */
export async function withPlannedMeetings(db: Db, userIds: string[], from: Date, to: Date) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await db
    .selectDistinct({ id: activities.authorId })
    .from(activities)
    .where(
      and(
        inArray(activities.authorId, userIds),
        inArray(activities.type, ['meeting', 'visit']),
        sql`${activities.occurredAt} >= ${from} and ${activities.occurredAt} < ${to}`,
      ),
    );
  return new Set(rows.map((r) => r.id!));
}

/** The host's planned meetings between two moments (to pick the visit from). */
export async function plannedMeetings(db: Db, userId: string, from: Date, to: Date) {
  return db
    .select({
      activityId: activities.id,
      accountId: accounts.id,
      accountName: accounts.name,
      subject: activities.subject,
      at: activities.occurredAt,
    })
    .from(activities)
    .innerJoin(accounts, eq(accounts.id, activities.accountId))
    .where(
      and(
        eq(activities.authorId, userId),
        inArray(activities.type, ['meeting', 'visit']),
        sql`${activities.occurredAt} >= ${from} and ${activities.occurredAt} < ${to}`,
      ),
    )
    .orderBy(asc(activities.occurredAt))
    .limit(50);
}

export async function findActivity(db: Db, id: string) {
  const [row] = await db
    .select({ id: activities.id, authorId: activities.authorId, accountId: activities.accountId, at: activities.occurredAt })
    .from(activities)
    .where(eq(activities.id, id));
  return row;
}

export async function insertVisits(db: Db, values: (typeof jointVisits.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(jointVisits).values(values).onConflictDoNothing().returning();
}

const hosts = alias(users, 'host');
const guests = alias(users, 'guest');
const hostGroups = alias(salesGroups, 'host_group');
const guestGroups = alias(salesGroups, 'guest_group');

function visitBase(db: Db) {
  return db
    .select({
      visit: jointVisits,
      schemeName: visitSchemes.name,
      accountName: accounts.name,
      host: {
        id: hosts.id,
        name: hosts.name,
        salesGroupId: hosts.salesGroupId,
        marketId: hosts.marketId,
        email: hosts.email,
        locale: hosts.locale,
      },
      hostGroup: hostGroups.name,
      guest: {
        id: guests.id,
        name: guests.name,
        salesGroupId: guests.salesGroupId,
        marketId: guests.marketId,
        email: guests.email,
        locale: guests.locale,
      },
      guestGroup: guestGroups.name,
    })
    .from(jointVisits)
    .innerJoin(visitSchemes, eq(visitSchemes.id, jointVisits.schemeId))
    .innerJoin(hosts, eq(hosts.id, jointVisits.hostId))
    .innerJoin(guests, eq(guests.id, jointVisits.guestId))
    .leftJoin(hostGroups, eq(hostGroups.id, hosts.salesGroupId))
    .leftJoin(guestGroups, eq(guestGroups.id, guests.salesGroupId))
    .leftJoin(accounts, eq(accounts.id, jointVisits.accountId));
}
export type VisitView = Awaited<ReturnType<ReturnType<typeof visitBase>['execute']>>[number];

export async function findVisit(db: Db, id: string, forUpdate = false) {
  if (forUpdate) await db.select({ id: jointVisits.id }).from(jointVisits).where(eq(jointVisits.id, id)).for('update');
  const [row] = await visitBase(db).where(eq(jointVisits.id, id));
  return row;
}

export async function listVisits(db: Db, q: { schemeId?: string; userId?: string; period?: string }) {
  return visitBase(db)
    .where(
      and(
        q.schemeId ? eq(jointVisits.schemeId, q.schemeId) : undefined,
        q.userId ? or(eq(jointVisits.hostId, q.userId), eq(jointVisits.guestId, q.userId)) : undefined,
        q.period ? eq(jointVisits.period, q.period) : undefined,
      ),
    )
    .orderBy(desc(jointVisits.period), sql`${jointVisits.startsAt} asc nulls last`, asc(hosts.name))
    .limit(500);
}

/** A person's visits for the calendar feed: planned ones and later (not cancelled), from a moment on. */
export async function calendarVisits(db: Db, userId: string, since: Date) {
  return visitBase(db)
    .where(
      and(
        or(eq(jointVisits.hostId, userId), eq(jointVisits.guestId, userId)),
        inArray(jointVisits.status, ['planned', 'accepted', 'change_requested', 'done', 'cancelled']),
        sql`${jointVisits.startsAt} >= ${since}`,
      ),
    )
    .orderBy(asc(jointVisits.startsAt))
    .limit(1000);
}

export async function updateVisit(db: Db, id: string, patch: Partial<typeof jointVisits.$inferInsert>) {
  await db.update(jointVisits).set(patch).where(eq(jointVisits.id, id));
}

/** Accepted visits that began long enough ago and still have no record, not reminded since `since`. */
export async function recordsMissing(db: Db, before: Date, since: Date) {
  return visitBase(db).where(
    and(
      eq(jointVisits.status, 'accepted'),
      sql`${jointVisits.startsAt} <= ${before}`,
      or(isNull(jointVisits.remindedAt), sql`${jointVisits.remindedAt} < ${since}`),
    ),
  );
}

export async function insertOutcome(db: Db, values: typeof ritualOutcomes.$inferInsert) {
  await db.insert(ritualOutcomes).values(values);
}

export async function outcomesOf(db: Db, kind: string, ids: string[]) {
  if (ids.length === 0) return { tips: [], deals: [] };
  const tips = await db
    .select({
      ritualId: ritualOutcomes.ritualId,
      id: handoffs.id,
      status: handoffs.status,
      note: handoffs.note,
      toSalesGroup: salesGroups.name,
    })
    .from(ritualOutcomes)
    .innerJoin(handoffs, eq(handoffs.id, ritualOutcomes.handoffId))
    .innerJoin(salesGroups, eq(salesGroups.id, handoffs.toSalesGroupId))
    .where(and(eq(ritualOutcomes.ritualKind, kind), inArray(ritualOutcomes.ritualId, ids)));
  const deals = await db
    .select({
      ritualId: ritualOutcomes.ritualId,
      id: opportunities.id,
      name: opportunities.name,
      status: stages.outcome,
      value: opportunities.value,
    })
    .from(ritualOutcomes)
    .innerJoin(opportunities, eq(opportunities.id, ritualOutcomes.opportunityId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .where(and(eq(ritualOutcomes.ritualKind, kind), inArray(ritualOutcomes.ritualId, ids)));
  return { tips, deals };
}

/**
 * Per visit of the scope: its parties' groups and markets, status, record, and the tips and
 * opportunities that came of it (directly, or through a tip's opportunity), with the won value
 * converted to the reporting currency.
 */
export async function visitFacts(db: Db, scope: { schemeId?: string; marketId?: string }, factors: { currency: string; factor: number }[]) {
  const rates = ratesTable(factors);
  const result = await db.execute(sql`
    with v as (
      select jv.id, jv.host_id, jv.guest_id, jv.status, jv.recorded_at is not null as recorded, s.market_id
      from joint_visits jv join visit_schemes s on s.id = jv.scheme_id
      where jv.status <> 'cancelled'
      ${scope.schemeId ? sql`and jv.scheme_id = ${scope.schemeId}` : sql``}
      ${scope.marketId ? sql`and s.market_id = ${scope.marketId}` : sql``}
    ),
    deals as (
      select o.ritual_id, coalesce(o.opportunity_id, h.opportunity_id) as opportunity_id
      from ritual_outcomes o left join handoffs h on h.id = o.handoff_id
      where o.ritual_kind = 'visit'
    )
    select v.id, v.host_id as "hostId", v.guest_id as "guestId", v.status, v.recorded, v.market_id as "marketId",
      (select count(*)::int from ritual_outcomes o where o.ritual_kind = 'visit' and o.ritual_id = v.id and o.handoff_id is not null) as tips,
      (select count(distinct d.opportunity_id)::int from deals d where d.ritual_id = v.id and d.opportunity_id is not null) as opportunities,
      coalesce((select sum(op.value * coalesce(r.factor, 0))::float8 from opportunities op join stages st on st.id = op.stage_id
        left join ${rates} on r.currency = op.currency
        where st.outcome = 'won' and op.id in (select d.opportunity_id from deals d where d.ritual_id = v.id)), 0) as "wonValue"
    from v`);
  return rowsOf<{
    id: string;
    hostId: string;
    guestId: string;
    status: string;
    recorded: boolean;
    marketId: string | null;
    tips: number;
    opportunities: number;
    wonValue: number;
  }>(result);
}

export async function groupsAndMarkets(db: Db) {
  const [groups, ms] = await Promise.all([
    db.select({ id: salesGroups.id, name: salesGroups.name }).from(salesGroups),
    db.select({ id: markets.id, name: markets.name }).from(markets),
  ]);
  return { groups, markets: ms };
}

export async function findFeed(db: Db, userId: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row;
}

export async function replaceFeed(db: Db, userId: string, tokenHash: string, at: Date) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  const [row] = await db.insert(calendarFeeds).values({ userId, tokenHash, createdAt: at }).returning();
  return row!;
}

export async function deleteFeed(db: Db, userId: string) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

/** The feed's owner by its token's hash (an active user only), and mark it used. */
export async function feedOwner(db: Db, tokenHash: string, at: Date) {
  const [row] = await db
    .select({ userId: calendarFeeds.userId, name: users.name })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), eq(users.active, true)));
  if (row) await db.update(calendarFeeds).set({ lastUsedAt: at }).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row;
}

/** What came of every ritual of a kind: tips, opportunities (directly or through a tip's), those won and their value in the reporting currency. */
export async function outcomeTotals(db: Db, kind: string, factors: { currency: string; factor: number }[]) {
  const rates = ratesTable(factors);
  const result = await db.execute(sql`
    with deals as (
      select distinct coalesce(o.opportunity_id, h.opportunity_id) as id
      from ritual_outcomes o left join handoffs h on h.id = o.handoff_id
      where o.ritual_kind = ${kind} and coalesce(o.opportunity_id, h.opportunity_id) is not null
    )
    select
      (select count(*)::int from ritual_outcomes o where o.ritual_kind = ${kind} and o.handoff_id is not null) as tips,
      (select count(*)::int from deals) as opportunities,
      (select count(*)::int from deals d join opportunities op on op.id = d.id join stages st on st.id = op.stage_id where st.outcome = 'won') as won,
      coalesce((select sum(op.value * coalesce(r.factor, 0))::float8 from deals d join opportunities op on op.id = d.id
        join stages st on st.id = op.stage_id left join ${rates} on r.currency = op.currency where st.outcome = 'won'), 0) as "wonValue"`);
  const [row] = rowsOf<{ tips: number; opportunities: number; won: number; wonValue: number }>(result);
  return { tips: row?.tips ?? 0, opportunities: row?.opportunities ?? 0, won: row?.won ?? 0, wonValue: Math.round(row?.wonValue ?? 0) };
}
