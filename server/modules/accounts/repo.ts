import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AccountListQuery } from '@contract/accounts';
import { rowsOf, type Db } from '../../db/client';
import { customFieldsMatch, type CustomFieldMatch } from '../../db/custom-fields';
import { countCapped, SEARCH_COUNT_CAP } from '../../db/paging';
import { accounts, contacts, holdings, markets, opportunities, opportunityLines, products, salesGroups, users } from '../../db/schema';
import type { IndustryCode } from '@domain/industries';

export type AccountRow = typeof accounts.$inferSelect;
export type AccountInsert = typeof accounts.$inferInsert;

const parents = alias(accounts, 'parent');
const folded = (q: string) => sql`korsa_fold(${q})`;

function filters(q: AccountListQuery, custom: readonly CustomFieldMatch[]): SQL | undefined {
  return and(
    isNull(accounts.deletedAt),
    customFieldsMatch(accounts.customFields, custom),
    q.q
      ? sql`(${folded(q.q)} <% korsa_fold(${accounts.name}) or korsa_fold(${accounts.name}) like '%' || ${folded(q.q)} || '%')`
      : undefined,
    q.status ? eq(accounts.status, q.status) : undefined,
    q.marketId ? eq(accounts.marketId, q.marketId) : undefined,
    q.industry ? eq(accounts.industry, q.industry) : undefined,
    q.ownerId ? eq(accounts.ownerId, q.ownerId) : undefined,
    q.parentId ? eq(accounts.parentId, q.parentId) : undefined,
    q.isGlobal !== undefined ? eq(accounts.isGlobal, q.isGlobal) : undefined,
  );
}

const orderings: Record<AccountListQuery['sort'], SQL[]> = {
  name: [asc(accounts.name), asc(accounts.id)],
  '-name': [desc(accounts.name), desc(accounts.id)],
  status: [asc(accounts.status), asc(accounts.name), asc(accounts.id)],
  '-updatedAt': [desc(accounts.updatedAt), desc(accounts.id)],
  '-lastBusinessAt': [sql`${accounts.lastBusinessAt} desc nulls last`, asc(accounts.id)],
};

/** A page of accounts; the word-similarity threshold is lowered so misspellings still match. */
export async function listAccounts(db: Db, q: AccountListQuery, custom: readonly CustomFieldMatch[] = []) {
  const where = filters(q, custom);
  const order =
    q.q && q.sort === 'name'
      ? [sql`${folded(q.q)} <<-> korsa_fold(${accounts.name})`] // nearest first, straight from the GiST index
      : orderings[q.sort];
  return db.transaction(async (tx) => {
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const [items, [count]] = [
      await tx
        .select({ account: accounts, marketCode: markets.code, ownerName: users.name, parentName: parents.name })
        .from(accounts)
        .leftJoin(markets, eq(markets.id, accounts.marketId))
        .leftJoin(users, eq(users.id, accounts.ownerId))
        .leftJoin(parents, eq(parents.id, accounts.parentId))
        .where(where)
        .orderBy(...order)
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      q.q
        ? await countCapped(tx, sql`select 1 from ${accounts} where ${where}`)
        : await tx
            .select({ n: sql<number>`count(*)` })
            .from(accounts)
            .where(where),
    ];
    return { items, total: Number(count?.n ?? 0), totalCapped: !!q.q && Number(count?.n) > SEARCH_COUNT_CAP };
  });
}

export async function findAccount(db: Db, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

/** The account with where its owner sits (their sales group and market), for who may change it. */
export async function findAccountWithOwner(db: Db, id: string) {
  const [row] = await db
    .select({ account: accounts, ownerGroupId: users.salesGroupId, ownerMarketId: users.marketId })
    .from(accounts)
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .where(eq(accounts.id, id));
  return row;
}

export async function insertAccount(db: Db, values: AccountInsert) {
  const [row] = await db.insert(accounts).values(values).returning();
  return row!;
}

export async function updateAccount(db: Db, id: string, values: Partial<AccountInsert>) {
  const [row] = await db
    .update(accounts)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(accounts.id, id))
    .returning();
  return row;
}

export async function subsidiaries(db: Db, parentId: string) {
  return db
    .select({ id: accounts.id, name: accounts.name, marketCode: markets.code, status: accounts.status })
    .from(accounts)
    .leftJoin(markets, eq(markets.id, accounts.marketId))
    .where(and(eq(accounts.parentId, parentId), isNull(accounts.deletedAt)))
    .orderBy(asc(accounts.name))
    .limit(200);
}

/** The chain of parents above an account (to refuse cycles), nearest first. */
export async function ancestors(db: Db, id: string): Promise<string[]> {
  const result = await db.execute(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ${accounts} where id = ${id}
      union all
      select a.id, a.parent_id, up.depth + 1 from ${accounts} a join up on a.id = up.parent_id where up.depth < 20
    )
    select id from up where depth > 0 order by depth`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export async function userNames(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`${users.id} in ${ids}`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function marketOf(db: Db, id: string) {
  const [row] = await db
    .select({ id: markets.id, code: markets.code, name: markets.name, currency: markets.currency })
    .from(markets)
    .where(eq(markets.id, id));
  return row;
}

/** Every product with the account's holdings of it, for the product row of the account page. */
export async function productRow(db: Db, accountId: string) {
  return db
    .select({
      productId: products.id,
      name: products.name,
      family: products.family,
      salesGroupId: salesGroups.id,
      salesGroupName: salesGroups.name,
      startedOn: holdings.startedOn,
      endsOn: holdings.endsOn,
    })
    .from(products)
    .innerJoin(salesGroups, eq(salesGroups.id, products.salesGroupId))
    .leftJoin(holdings, and(eq(holdings.productId, products.id), eq(holdings.accountId, accountId)))
    .where(eq(products.active, true))
    .orderBy(asc(salesGroups.name), asc(products.family), asc(products.name));
}

/**
 * Customers who own nothing today become passive (domain/account-status.ts `ownsOn`): no agreement
 * that has not ended, and no one-off purchase after `lastOneOff` (the latest day that is now too old).
 */
export async function markPassive(db: Db, lastOneOff: string, today: string) {
  const rows = await db
    .update(accounts)
    .set({ status: 'passive', updatedAt: sql`now()` })
    .where(
      and(
        eq(accounts.status, 'customer'),
        sql`not exists (select 1 from ${holdings} h where h.account_id = ${accounts.id} and (
          (h.ends_on = h.started_on and h.started_on > ${lastOneOff}::date)
          or (h.ends_on is distinct from h.started_on and (h.ends_on is null or h.ends_on >= ${today}::date))))`,
      ),
    )
    .returning({ id: accounts.id });
  return rows.map((r) => r.id);
}

export async function industries(db: Db) {
  return db
    .select({ industry: sql<IndustryCode>`${accounts.industry}`, accounts: sql<number>`count(*)::int` })
    .from(accounts)
    .where(sql`${accounts.industry} is not null and ${accounts.industry} <> '' and ${accounts.deletedAt} is null`)
    .groupBy(accounts.industry)
    .orderBy(sql`2 desc`, accounts.industry)
    .limit(500);
}

/** A person's change: only if nobody changed the account since `version` (when given); counts the version up. */
export async function updateVersioned(db: Db, id: string, version: number | undefined, values: Partial<AccountInsert>) {
  const [row] = await db
    .update(accounts)
    .set({ ...values, version: sql`${accounts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(accounts.id, id), version === undefined ? undefined : eq(accounts.version, version)))
    .returning();
  return row;
}

/** Soft-deletes the account with its contacts and opportunities (those not deleted already), all stamped `at`. */
export async function softDelete(db: Db, id: string, at: Date, byId: string) {
  await db
    .update(contacts)
    .set({ deletedAt: at, deletedById: byId })
    .where(and(eq(contacts.accountId, id), isNull(contacts.deletedAt)));
  await db
    .update(opportunities)
    .set({ deletedAt: at, deletedById: byId })
    .where(and(eq(opportunities.accountId, id), isNull(opportunities.deletedAt)));
  await db
    .update(accounts)
    .set({ deletedAt: at, deletedById: byId, updatedAt: sql`now()` })
    .where(eq(accounts.id, id));
}

/** Restores the account and what was deleted with it (stamped with the same moment). */
export async function restore(db: Db, id: string, at: Date) {
  await db
    .update(contacts)
    .set({ deletedAt: null, deletedById: null })
    .where(and(eq(contacts.accountId, id), eq(contacts.deletedAt, at)));
  await db
    .update(opportunities)
    .set({ deletedAt: null, deletedById: null })
    .where(and(eq(opportunities.accountId, id), eq(opportunities.deletedAt, at)));
  await db
    .update(accounts)
    .set({ deletedAt: null, deletedById: null, version: sql`${accounts.version} + 1`, updatedAt: sql`now()` })
    .where(eq(accounts.id, id));
}

/** The products on the account's open opportunities (the product row's "in pipeline"). */
export async function pipelineProducts(db: Db, accountId: string) {
  return db
    .selectDistinct({
      productId: opportunityLines.productId,
      name: products.name,
      opportunityId: opportunities.id,
      opportunityName: opportunities.name,
    })
    .from(opportunityLines)
    .innerJoin(opportunities, eq(opportunities.id, opportunityLines.opportunityId))
    .innerJoin(products, eq(products.id, opportunityLines.productId))
    .where(and(eq(opportunities.accountId, accountId), isNull(opportunities.closedAt), isNull(opportunities.deletedAt)));
}

/** The account's latest won deal (by signing date). */
export async function latestDeal(db: Db, accountId: string) {
  const [row] = await db
    .select({
      id: opportunities.id,
      name: opportunities.name,
      signedOn: sql<string>`${opportunities.signedOn}::text`,
      value: opportunities.value,
      currency: opportunities.currency,
    })
    .from(opportunities)
    .where(and(eq(opportunities.accountId, accountId), sql`${opportunities.signedOn} is not null`, isNull(opportunities.deletedAt)))
    .orderBy(desc(opportunities.signedOn), desc(opportunities.closedAt))
    .limit(1);
  return row ?? null;
}

/**
 * Likely duplicates of an account: the same organisation number or website domain (compared as
 * domain/duplicates.ts normalises them), or a similar name (pg_trgm similarity of the folded names).
 */
export async function duplicateCandidates(
  db: Db,
  a: { id: string; name: string },
  keys: { orgNumber: string | null; domain: string | null },
  minScore: number,
) {
  const result = await db.execute(sql`
    select a.id, a.name, a.city, a.org_number as "orgNumber", a.website, a.status, u.name as "ownerName",
           similarity(korsa_fold(a.name), korsa_fold(${a.name}))::float8 as score
    from accounts a left join users u on u.id = a.owner_id
    where a.id <> ${a.id} and a.deleted_at is null and (
      (${keys.orgNumber}::text is not null and lower(regexp_replace(a.org_number, '[^0-9A-Za-z]', '', 'g')) = ${keys.orgNumber})
      or (${keys.domain}::text is not null and split_part(regexp_replace(regexp_replace(lower(trim(a.website)), '^[a-z]+://', ''), '^www\.', ''), '/', 1) = ${keys.domain})
      or similarity(korsa_fold(a.name), korsa_fold(${a.name})) >= ${minScore}
    )
    order by score desc
    limit 10`);
  return rowsOf<{
    id: string;
    name: string;
    city: string | null;
    orgNumber: string | null;
    website: string | null;
    status: AccountRow['status'];
    ownerName: string | null;
    score: number;
  }>(result);
}

/**
 * Moves everything of account `dropId` to `keepId` — contacts, opportunities, the timeline, handoffs,
 * holdings, invoice lines, tasks, matrix marks (the kept account's own mark wins), subsidiaries — then
 * removes the emptied account. One place that writes other modules' tables: a merge is the account's.
 */
export async function moveAccountInto(db: Db, keepId: string, dropId: string) {
  for (const table of ['contacts', 'opportunities', 'activities', 'handoffs', 'holdings', 'invoice_lines', 'tasks']) {
    await db.execute(sql`update ${sql.identifier(table)} set account_id = ${keepId} where account_id = ${dropId}`);
  }
  await db.execute(sql`
    update matrix_marks set account_id = ${keepId}
    where account_id = ${dropId} and product_id not in (select product_id from matrix_marks where account_id = ${keepId})`);
  await db.execute(sql`delete from matrix_marks where account_id = ${dropId}`);
  await db.execute(sql`update accounts set parent_id = ${keepId} where parent_id = ${dropId} and id <> ${keepId}`);
  await db.execute(
    sql`update accounts set parent_id = (select parent_id from accounts where id = ${dropId}) where id = ${keepId} and parent_id = ${dropId}`,
  );
  await db.delete(accounts).where(eq(accounts.id, dropId));
}

/** Deletes for good the accounts soft-deleted before `before` (what referred to them cascades or is unlinked, per the schema). */
export async function purgeDeleted(db: Db, before: Date) {
  const result = await db.execute(sql`
    delete from accounts where deleted_at < ${before.toISOString()}::timestamptz
    returning id, name as name, to_char(deleted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "deletedAt"`);
  return rowsOf<{ id: string; name: string; deletedAt: string }>(result);
}

/** How many of an account's records a merge would move: contacts, opportunities, timeline entries, handoffs, tasks (undeleted). */
export async function mergeCounts(db: Db, id: string) {
  const result = await db.execute(sql`
    select
      (select count(*)::int from contacts where account_id = ${id} and deleted_at is null) as contacts,
      (select count(*)::int from opportunities where account_id = ${id} and deleted_at is null) as opportunities,
      (select count(*)::int from activities where account_id = ${id}) as activities,
      (select count(*)::int from handoffs where account_id = ${id}) as handoffs,
      (select count(*)::int from tasks where account_id = ${id}) as tasks`);
  const [row] = rowsOf<{ contacts: number; opportunities: number; activities: number; handoffs: number; tasks: number }>(result);
  return row!;
}
