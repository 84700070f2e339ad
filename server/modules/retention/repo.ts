import { asc, eq, sql } from 'drizzle-orm';
import { openHandoffStatuses } from '@domain/handoffs';
import { rowsOf, type Db } from '../../db/client';
import { churnReasons, churnRecords } from '../../db/schema';
import type { IndustryCode } from '@domain/industries';

const ids = (list: readonly string[]) => sql`${sql.param([...list])}::uuid[]`;

export type ChurnReasonRow = typeof churnReasons.$inferSelect;

export async function listReasons(db: Db, all: boolean) {
  return db
    .select()
    .from(churnReasons)
    .where(all ? undefined : eq(churnReasons.active, true))
    .orderBy(asc(churnReasons.position), asc(churnReasons.createdAt), asc(churnReasons.id));
}

export async function findReason(db: Db, id: string) {
  const [row] = await db.select().from(churnReasons).where(eq(churnReasons.id, id));
  return row;
}

export async function insertReason(db: Db, label: string) {
  const [row] = await db.insert(churnReasons).values({ label, position: 1000 }).returning();
  return row!;
}

export async function updateReason(db: Db, id: string, values: { label?: string; active?: boolean }) {
  const [row] = await db.update(churnReasons).set(values).where(eq(churnReasons.id, id)).returning();
  return row;
}

export async function insertChurn(db: Db, values: typeof churnRecords.$inferInsert) {
  await db.insert(churnRecords).values(values);
}

/** An account's market and the products it holds or held. */
export async function accountFacts(db: Db, accountId: string) {
  const result = await db.execute(sql`
    select a.market_id as "marketId",
           coalesce((select array_agg(distinct h.product_id) from holdings h where h.account_id = a.id), '{}') as "productIds"
    from accounts a where a.id = ${accountId}`);
  return rowsOf<{ marketId: string | null; productIds: string[] }>(result)[0] ?? null;
}

/** What an account's agreements running since `since` (yyyy-mm-dd) were worth a year, per currency. */
export async function runningValue(db: Db, accountId: string, since: string) {
  const result = await db.execute(sql`
    select o.currency, sum(o.annual_value)::float8 as amount
    from opportunities o
    where o.account_id = ${accountId} and o.signed_on is not null and o.deleted_at is null
      and (o.agreement_ends_on is null or o.agreement_ends_on >= ${since})
    group by o.currency`);
  return rowsOf<{ currency: string; amount: number }>(result);
}

/** The products on a deal's lines. */
export async function dealProducts(db: Db, opportunityId: string) {
  const result = await db.execute(sql`select distinct product_id as id from opportunity_lines where opportunity_id = ${opportunityId}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

// ─── the churn report ────────────────────────────────────────────────────────────────────────────

export interface ChurnScope {
  from: string;
  /** Exclusive: the day after the last day. */
  until: string;
  marketId?: string;
}

const inScope = (s: ChurnScope) =>
  sql`c.occurred_at >= ${s.from}::date and c.occurred_at < ${s.until}::date ${s.marketId ? sql`and c.market_id = ${s.marketId}` : sql``}`;

export async function churnTotals(db: Db, s: ChurnScope) {
  const result = await db.execute(sql`
    select count(*)::int as count, coalesce(sum(c.lost_value), 0)::float8 as "lostValue",
           (count(*) filter (where c.kind = 'account'))::int as accounts, (count(*) filter (where c.kind = 'renewal'))::int as renewals
    from churn_records c where ${inScope(s)}`);
  return rowsOf<{ count: number; lostValue: number; accounts: number; renewals: number }>(result)[0]!;
}

export async function churnByReason(db: Db, s: ChurnScope) {
  const result = await db.execute(sql`
    select r.id, r.key, r.label, r.active, count(*)::int as count, sum(c.lost_value)::float8 as "lostValue"
    from churn_records c join churn_reasons r on r.id = c.reason_id
    where ${inScope(s)} group by r.id order by count(*) desc, sum(c.lost_value) desc`);
  return rowsOf<ChurnReasonRow & { count: number; lostValue: number }>(result);
}

export async function churnByProduct(db: Db, s: ChurnScope) {
  const result = await db.execute(sql`
    select p.id as "productId", p.name, count(*)::int as count,
           sum(c.lost_value / greatest(cardinality(c.product_ids), 1))::float8 as "lostValue"
    from churn_records c cross join unnest(c.product_ids) as pid(id) join products p on p.id = pid.id
    where ${inScope(s)} group by p.id, p.name order by count(*) desc, 4 desc limit 50`);
  return rowsOf<{ productId: string; name: string; count: number; lostValue: number }>(result);
}

export async function churnByMarket(db: Db, s: ChurnScope) {
  const result = await db.execute(sql`
    select c.market_id as "marketId", m.name, count(*)::int as count, sum(c.lost_value)::float8 as "lostValue"
    from churn_records c left join markets m on m.id = c.market_id
    where ${inScope(s)} group by c.market_id, m.name order by count(*) desc`);
  return rowsOf<{ marketId: string | null; name: string | null; count: number; lostValue: number }>(result);
}

/** Per day (the report folds days into its periods with domain/retention.ts `periodOf`). */
export async function churnByDay(db: Db, s: ChurnScope) {
  const result = await db.execute(sql`
    select to_char(c.occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as count, sum(c.lost_value)::float8 as "lostValue"
    from churn_records c where ${inScope(s)} group by 1 order by 1`);
  return rowsOf<{ day: string; count: number; lostValue: number }>(result);
}

export async function recentChurn(db: Db, s: ChurnScope, limit: number) {
  const result = await db.execute(sql`
    select c.id, c.kind, c.account_id as "accountId", a.name as "accountName", c.opportunity_id as "opportunityId", c.note,
           c.lost_value::float8 as "lostValue", c.occurred_at as "occurredAt",
           r.id as "reasonId", r.key as "reasonKey", r.label as "reasonLabel", r.active as "reasonActive"
    from churn_records c join accounts a on a.id = c.account_id join churn_reasons r on r.id = c.reason_id
    where ${inScope(s)} order by c.occurred_at desc, c.id limit ${limit}`);
  return rowsOf<{
    id: string;
    kind: 'account' | 'renewal';
    accountId: string;
    accountName: string;
    opportunityId: string | null;
    note: string;
    lostValue: number;
    occurredAt: Date | string;
    reasonId: string;
    reasonKey: string | null;
    reasonLabel: string | null;
    reasonActive: boolean;
  }>(result);
}

// ─── win-back ────────────────────────────────────────────────────────────────────────────────────

/** Passive and lost customers (not deleted), with their owner and the latest churn reason recorded. */
export async function winBackAccounts(db: Db, q: { marketId?: string; status?: 'passive' | 'lost' }) {
  const result = await db.execute(sql`
    select a.id, a.name, a.status, a.market_id as "marketId", a.industry, a.last_business_at as "lastBusinessAt", a.lost_at as "lostAt",
           a.owner_id as "ownerId", u.name as "ownerName", u.sales_group_id as "ownerGroupId", u.market_id as "ownerMarketId",
           r.id as "reasonId", r.key as "reasonKey", r.label as "reasonLabel", r.active as "reasonActive"
    from accounts a
    left join users u on u.id = a.owner_id
    left join lateral (
      select c.reason_id from churn_records c where c.account_id = a.id and c.kind = 'account' order by c.occurred_at desc limit 1
    ) lc on true
    left join churn_reasons r on r.id = lc.reason_id
    where a.deleted_at is null and a.status in ('passive', 'lost')
      ${q.status ? sql`and a.status = ${q.status}` : sql``}
      ${q.marketId ? sql`and a.market_id = ${q.marketId}` : sql``}
    limit 5000`);
  return rowsOf<{
    id: string;
    name: string;
    status: 'passive' | 'lost';
    marketId: string | null;
    industry: IndustryCode | null;
    lastBusinessAt: Date | string | null;
    lostAt: Date | string | null;
    ownerId: string | null;
    ownerName: string | null;
    ownerGroupId: string | null;
    ownerMarketId: string | null;
    reasonId: string | null;
    reasonKey: string | null;
    reasonLabel: string | null;
    reasonActive: boolean | null;
  }>(result);
}

/** Won business per account and currency: every won deal at its annual value. */
export async function formerValues(db: Db, accountIds: string[]) {
  const result = await db.execute(sql`
    select o.account_id as "accountId", o.currency, sum(o.annual_value)::float8 as amount
    from opportunities o where o.account_id = any(${ids(accountIds)}) and o.signed_on is not null and o.deleted_at is null
    group by o.account_id, o.currency`);
  return rowsOf<{ accountId: string; currency: string; amount: number }>(result);
}

/** The products the accounts held. */
export async function formerProducts(db: Db, accountIds: string[]) {
  const result = await db.execute(sql`
    select distinct h.account_id as "accountId", p.id, p.name
    from holdings h join products p on p.id = h.product_id where h.account_id = any(${ids(accountIds)}) order by p.name`);
  return rowsOf<{ accountId: string; id: string; name: string }>(result);
}

/** The (up to three) people last in touch with each account: their own timeline entries, not system events. */
export async function lastInTouch(db: Db, accountIds: string[]) {
  const result = await db.execute(sql`
    select "accountId", id, name from (
      select x."accountId", x.id, x.name, row_number() over (partition by x."accountId" order by x.last desc) as n
      from (
        select ac.account_id as "accountId", u.id, u.name, max(ac.occurred_at) as last
        from activities ac join users u on u.id = ac.author_id
        where ac.account_id = any(${ids(accountIds)}) and ac.type <> 'event'
        group by ac.account_id, u.id, u.name
      ) x
    ) y where n <= 3 order by "accountId", n`);
  return rowsOf<{ accountId: string; id: string; name: string }>(result);
}

/** Open win-back deals of the accounts. */
export async function openWinBacks(db: Db, accountIds: string[]) {
  const result = await db.execute(sql`
    select distinct on (o.account_id) o.account_id as "accountId", o.id, o.name
    from opportunities o
    where o.account_id = any(${ids(accountIds)}) and o.closed_at is null and o.deleted_at is null and o.channel = 'win_back'
    order by o.account_id, o.created_at desc`);
  return rowsOf<{ accountId: string; id: string; name: string }>(result);
}

/** An account with its owner's placement (who may start its win-back) and status. */
export async function accountWithOwner(db: Db, id: string) {
  const result = await db.execute(sql`
    select a.id, a.name, a.status, a.deleted_at as "deletedAt", a.owner_id as "ownerId",
           u.sales_group_id as "ownerGroupId", u.market_id as "ownerMarketId"
    from accounts a left join users u on u.id = a.owner_id where a.id = ${id}`);
  return rowsOf<{
    id: string;
    name: string;
    status: string;
    deletedAt: Date | null;
    ownerId: string | null;
    ownerGroupId: string | null;
    ownerMarketId: string | null;
  }>(result)[0];
}

/** The contact a win-back starts with: the decision maker, else the first by name. */
export async function firstContact(db: Db, accountId: string) {
  const result = await db.execute(sql`
    select id from contacts where account_id = ${accountId} and deleted_at is null
    order by (buying_role = 'decision_maker') desc nulls last, last_name, first_name, id limit 1`);
  return rowsOf<{ id: string }>(result)[0]?.id ?? null;
}

// ─── health ──────────────────────────────────────────────────────────────────────────────────────

/** The raw facts of an account's health on `today` (yyyy-mm-dd); the rule is domain/health.ts. */
export async function healthFacts(db: Db, accountId: string, today: string) {
  const result = await db.execute(sql`
    select
      (select max(occurred_at) from activities where account_id = ${accountId} and type <> 'event' and occurred_at <= ${today}::date + 1) as "lastActivityAt",
      (select count(*)::int from handoffs where account_id = ${accountId} and status = any(${sql.param([...openHandoffStatuses])}::text[]) and due_at < ${today}::date) as "overdueHandoffs",
      (select count(distinct hu.handoff_id)::int from handoff_updates hu join handoffs h on h.id = hu.handoff_id
        where h.account_id = ${accountId} and hu.status <> 'sent' and hu.at >= ${today}::date - 90) as "answeredHandoffs",
      least(
        (select min(agreement_ends_on) from opportunities where account_id = ${accountId} and deleted_at is null and signed_on is not null
          and agreement_ends_on >= ${today}::date and agreement_ends_on <= ${today}::date + 180),
        (select min(ends_on) from holdings where account_id = ${accountId} and ends_on > started_on
          and ends_on >= ${today}::date and ends_on <= ${today}::date + 180))::text as "renewalDueOn",
      (select count(*)::int > 0 from opportunities where account_id = ${accountId} and deleted_at is null and closed_at is null and channel = 'renewal') as "renewalInProgress",
      (select coalesce(sum(amount) filter (where invoiced_on > ${today}::date - 183), 0)::float8 from invoice_lines where account_id = ${accountId}) as "invoicedLast6",
      (select coalesce(sum(amount) filter (where invoiced_on <= ${today}::date - 183 and invoiced_on > ${today}::date - 366), 0)::float8 from invoice_lines where account_id = ${accountId}) as "invoicedPrevious6",
      (select count(*)::int from invoice_lines where account_id = ${accountId}) as "invoiceLines",
      (select count(*)::int from opportunities o join stages s on s.id = o.stage_id
        where o.account_id = ${accountId} and o.deleted_at is null and s.outcome = 'lost' and o.closed_at >= ${today}::date - 365) as "lost12",
      (select count(*)::int from opportunities o
        where o.account_id = ${accountId} and o.deleted_at is null and o.signed_on > ${today}::date - 365) as "won12"`);
  return rowsOf<{
    lastActivityAt: Date | string | null;
    overdueHandoffs: number;
    answeredHandoffs: number;
    renewalDueOn: string | null;
    renewalInProgress: boolean;
    invoicedLast6: number;
    invoicedPrevious6: number;
    invoiceLines: number;
    lost12: number;
    won12: number;
  }>(result)[0]!;
}

export async function holdingsOf(db: Db, accountId: string) {
  const result = await db.execute(
    sql`select product_id as "productId", started_on::text as "startedOn", ends_on::text as "endsOn" from holdings where account_id = ${accountId}`,
  );
  return rowsOf<{ productId: string; startedOn: string; endsOn: string | null }>(result);
}

/** A lost renewal reopened: its loss no longer counts in the churn report. */
export async function deleteDealChurn(db: Db, opportunityId: string) {
  await db.delete(churnRecords).where(eq(churnRecords.opportunityId, opportunityId));
}
