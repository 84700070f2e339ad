/** SQL of what customers own (holdings) and the status it gives them: read for channels and statuses, written at a win or a reopen. */
import { eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { accounts, holdings } from '../../db/schema';

/**
 * What each account and the other companies of its group (parent, subsidiaries, sister companies)
 * have held, for channel classification: one query for any number of accounts.
 */
export async function groupHoldingsOf(db: Db, accountIds: string[]) {
  if (accountIds.length === 0) return [];
  const result = await db.execute(sql`
    with me as (select id, parent_id from accounts where id = any(${sql.param(accountIds)}::uuid[])),
    members as (
      select me.id as me, me.id as member from me
      union
      select me.id, a.id from me join accounts a
        on a.id = me.parent_id or a.parent_id = me.id or (me.parent_id is not null and a.parent_id = me.parent_id)
    )
    select m.me as "accountId", h.opportunity_id as "opportunityId", h.product_id as "productId", h.started_on::text as "startedOn",
           h.ends_on::text as "endsOn", (h.account_id = m.me) as own,
           case when o.signed_on is not null and o.closed_at is not null
             then json_build_object('on', o.signed_on::text, 'at', to_char(o.closed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) end as signed
    from members m join holdings h on h.account_id = m.member left join opportunities o on o.id = h.opportunity_id`);
  return rowsOf<{
    accountId: string;
    opportunityId: string | null;
    productId: string;
    startedOn: string;
    endsOn: string | null;
    own: boolean;
    signed: { on: string; at: string } | null;
  }>(result);
}

/** The accounts' holdings (for their status), one query. */
export async function holdingsOfMany(db: Db, accountIds: string[]) {
  if (accountIds.length === 0) return [];
  return db
    .select({ accountId: holdings.accountId, productId: holdings.productId, startedOn: holdings.startedOn, endsOn: holdings.endsOn })
    .from(holdings)
    .where(inArray(holdings.accountId, accountIds));
}

/** When each account was declared lost (null: never), one query. */
export async function lostAtOf(db: Db, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, Date | null>();
  const rows = await db.select({ id: accounts.id, lostAt: accounts.lostAt }).from(accounts).where(inArray(accounts.id, accountIds));
  return new Map(rows.map((r) => [r.id, r.lostAt]));
}

/** Holdings of any number of accounts, in statements of a few thousand rows. */
export async function insertHoldings(db: Db, values: (typeof holdings.$inferInsert)[]) {
  for (let i = 0; i < values.length; i += 2000) await db.insert(holdings).values(values.slice(i, i + 2000));
}

/**
 * Status and last business of many accounts in one statement (values decided by domain/account-status.ts);
 * an account whose both stay as they were is not written (no row lock, no read-model work).
 */
export async function updateStatuses(db: Db, rows: { id: string; status: string; lastBusinessAt: Date | null }[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update accounts a set status = x.status, last_business_at = x.last_business_at, updated_at = now()
    from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => r.status))}::text[],
                ${sql.param(rows.map((r) => r.lastBusinessAt?.toISOString() ?? null))}::timestamptz[]) as x(id, status, last_business_at)
    where a.id = x.id and (a.status, a.last_business_at) is distinct from (x.status, x.last_business_at)`);
}

/** Take back what a won deal gave the customer (the deal is reopened): the accounts whose holdings went. */
export async function deleteDealHoldings(db: Db, opportunityId: string) {
  const rows = await db.delete(holdings).where(eq(holdings.opportunityId, opportunityId)).returning({ accountId: holdings.accountId });
  return [...new Set(rows.map((r) => r.accountId))];
}
