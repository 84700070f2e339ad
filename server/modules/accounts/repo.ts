import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AccountListQuery } from '@contract/accounts';
import { rowsOf, type Db } from '../../db/client';
import { countCapped, SEARCH_COUNT_CAP } from '../../db/paging';
import { accounts, holdings, markets, products, salesGroups, users } from '../../db/schema';

export type AccountRow = typeof accounts.$inferSelect;
export type AccountInsert = typeof accounts.$inferInsert;

const parents = alias(accounts, 'parent');
const folded = (q: string) => sql`korsa_fold(${q})`;

function filters(q: AccountListQuery): SQL | undefined {
  return and(
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
export async function listAccounts(db: Db, q: AccountListQuery) {
  const where = filters(q);
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
    .where(eq(accounts.parentId, parentId))
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

export async function holdingsOf(db: Db, accountId: string) {
  return db
    .select({ productId: holdings.productId, startedOn: holdings.startedOn, endsOn: holdings.endsOn })
    .from(holdings)
    .where(eq(holdings.accountId, accountId));
}

export async function insertHolding(db: Db, values: typeof holdings.$inferInsert) {
  await db.insert(holdings).values(values);
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

/** Customers whose last business is on or before the cutoff and have no running agreement become passive. */
export async function markPassive(db: Db, cutoff: Date, today: string) {
  const rows = await db
    .update(accounts)
    .set({ status: 'passive', updatedAt: sql`now()` })
    .where(
      and(
        eq(accounts.status, 'customer'),
        sql`${accounts.lastBusinessAt} <= ${cutoff}`,
        sql`not exists (select 1 from ${holdings} h where h.account_id = ${accounts.id} and (h.ends_on is null or h.ends_on >= ${today}::date))`,
      ),
    )
    .returning({ id: accounts.id });
  return rows.map((r) => r.id);
}

/** What the account and the other companies of its group have held, for channel classification. */
export async function groupHoldings(db: Db, accountId: string) {
  const result = await db.execute(sql`
    with me as (select id, parent_id from accounts where id = ${accountId}),
    family as (
      select a.id from accounts a, me
      where a.id = me.parent_id or a.parent_id = me.id or (me.parent_id is not null and a.parent_id = me.parent_id)
    )
    select h.product_id as "productId", h.started_on::text as "startedOn", h.ends_on::text as "endsOn", (h.account_id = ${accountId}) as own
    from holdings h where h.account_id = ${accountId} or h.account_id in (select id from family)`);
  return rowsOf<{ productId: string; startedOn: string; endsOn: string | null; own: boolean }>(result);
}

export async function industries(db: Db) {
  return db
    .select({ industry: sql<string>`${accounts.industry}`, accounts: sql<number>`count(*)::int` })
    .from(accounts)
    .where(sql`${accounts.industry} is not null and ${accounts.industry} <> ''`)
    .groupBy(accounts.industry)
    .orderBy(sql`2 desc`, accounts.industry)
    .limit(500);
}
