import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { MatrixQuery } from '@contract/matrix';
import { rowsOf, type Db } from '../../db/client';
import { matrixMarks, products, salesGroups } from '../../db/schema';

export async function columns(db: Db, salesGroupId?: string) {
  return db
    .select({
      id: products.id,
      name: products.name,
      family: products.family,
      salesGroupId: products.salesGroupId,
      salesGroupName: salesGroups.name,
    })
    .from(products)
    .innerJoin(salesGroups, eq(salesGroups.id, products.salesGroupId))
    .where(and(eq(products.active, true), salesGroupId ? eq(products.salesGroupId, salesGroupId) : undefined))
    .orderBy(asc(salesGroups.name), asc(products.family), asc(products.name));
}

/** When a holding counts as owned: a contract still running, or a one-off purchase made within the passive window. */
export interface OwnedAt {
  today: string;
  /** One-off purchases from this day on count as owned. */
  since: string;
}
const held = (h: SQL, at: OwnedAt) =>
  sql`(${h}.ends_on is null or ${h}.ends_on >= ${at.today}::date or (${h}.ends_on = ${h}.started_on and ${h}.started_on >= ${at.since}::date))`;

/** The accounts that match the filters (as SQL over `a`), and whether a row rolls up its subsidiaries. */
function accountFilter(q: MatrixQuery): SQL {
  const parts: SQL[] = [sql`true`];
  if (q.q) parts.push(sql`korsa_fold(${q.q}) <% korsa_fold(a.name)`);
  if (q.marketId) parts.push(sql`a.market_id = ${q.marketId}`);
  if (q.industry) parts.push(sql`a.industry = ${q.industry}`);
  if (q.size) parts.push(sql`a.size = ${q.size}`);
  if (q.ownerId) parts.push(sql`a.owner_id = ${q.ownerId}`);
  if (q.status) parts.push(sql`a.status = ${q.status}`);
  return sql.join(parts, sql` and `);
}

/** The accounts a row stands for: itself, and with roll-up its subsidiaries. */
const scope = (rollup: boolean) =>
  rollup ? sql`(select a.id union all select c.id from accounts c where c.parent_id = a.id)` : sql`(select a.id)`;

export async function rows(db: Db, q: MatrixQuery, productIds: string[], at: OwnedAt) {
  const ids = sql`${sql.param(productIds)}::uuid[]`;
  const owned = sql`(select count(distinct h.product_id)::int from holdings h where h.account_id in ${scope(q.rollup)}
      and ${held(sql`h`, at)} and h.product_id = any(${ids}))`;
  const busy = sql`(select count(distinct x.product_id)::int from (
        select h.product_id from holdings h where h.account_id in ${scope(q.rollup)} and ${held(sql`h`, at)}
        union select l.product_id from opportunities o join opportunity_lines l on l.opportunity_id = o.id where o.account_id in ${scope(q.rollup)} and o.closed_at is null
        union select m.product_id from matrix_marks m where m.account_id in ${scope(q.rollup)} and m.state = 'not_relevant'
      ) x where x.product_id = any(${ids}))`;
  const order = {
    name: sql`a.name, a.id`,
    owned: sql`owned desc, a.name, a.id`,
    whitespace: sql`(a.status = 'customer') desc, white_space desc, a.name, a.id`,
  }[q.sort];
  return db.transaction(async (tx) => {
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const page = await tx.execute(sql`
      select a.id, a.name, m.code as "marketCode", a.industry, a.status, u.name as "ownerName",
             (select count(*)::int from accounts c where c.parent_id = a.id) as subsidiaries,
             ${owned} as owned, ${productIds.length} - ${busy} as white_space
      from accounts a left join markets m on m.id = a.market_id left join users u on u.id = a.owner_id
      where ${accountFilter(q)} ${q.rollup ? sql`and a.parent_id is null` : sql``}
      order by ${order}
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
    return rowsOf<{
      id: string;
      name: string;
      marketCode: string | null;
      industry: string | null;
      status: 'customer';
      ownerName: string | null;
      subsidiaries: number;
      owned: number;
      white_space: number;
    }>(page);
  });
}

/** Every non-empty cell of these rows: owned (and who won it), in pipeline (and whose deal), marked. */
export async function cells(db: Db, accountIds: string[], rollup: boolean, at: OwnedAt) {
  if (accountIds.length === 0) return [];
  const roots = sql`${sql.param(accountIds)}::uuid[]`;
  const member = rollup
    ? sql`select r.id as root, r.id as member from accounts r where r.id = any(${roots}) union all select c.parent_id, c.id from accounts c where c.parent_id = any(${roots})`
    : sql`select r.id as root, r.id as member from accounts r where r.id = any(${roots})`;
  const result = await db.execute(sql`
    with members as (${member})
    select m.root as "accountId", h.product_id as "productId", 'owned' as state,
           (select u.name from opportunities o join opportunity_lines l on l.opportunity_id = o.id join stages s on s.id = o.stage_id
              left join users u on u.id = o.owner_id
            where o.account_id = m.member and l.product_id = h.product_id and s.outcome = 'won' order by o.closed_at desc limit 1) as by,
           null::text as reason
    from members m join holdings h on h.account_id = m.member where ${held(sql`h`, at)}
    union all
    select m.root, l.product_id, 'pipeline', u.name, null
    from members m join opportunities o on o.account_id = m.member and o.closed_at is null
    join opportunity_lines l on l.opportunity_id = o.id left join users u on u.id = o.owner_id
    union all
    select m.root, k.product_id, k.state, u.name, k.reason
    from members m join matrix_marks k on k.account_id = m.member left join users u on u.id = k.by_user_id`);
  return rowsOf<{
    accountId: string;
    productId: string;
    state: 'owned' | 'pipeline' | 'potential' | 'not_relevant';
    by: string | null;
    reason: string | null;
  }>(result);
}

/**
 * Per product over every matching row: how many own it, have it in pipeline, are marked as potential.
 * With roll-up a row is a group of companies (the parent and its subsidiaries), counted once. One
 * grouped pass per table, not a subquery per product (bench/FINDINGS.md #5: 9 s → 0.2 s at 50,000).
 */
export async function totals(db: Db, q: MatrixQuery, at: OwnedAt) {
  return db.transaction(async (tx) => {
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const filtered = sql`select a.id from accounts a where ${accountFilter(q)} ${q.rollup ? sql`and a.parent_id is null` : sql``}`;
    // row → its member companies (with roll-up the subsidiaries too)
    const members = q.rollup
      ? sql`select r.id as root, r.id as member from (${filtered}) r
            union all select c.parent_id, c.id from accounts c where c.parent_id in (${filtered})`
      : sql`select r.id as root, r.id as member from (${filtered}) r`;
    const result = await tx.execute(sql`
      with m as materialized (${members}),
      owned as (
        select h.product_id, count(distinct m.root)::int as n from holdings h join m on m.member = h.account_id
        where ${held(sql`h`, at)} group by 1),
      pipeline as (
        select l.product_id, count(distinct m.root)::int as n from opportunities o join m on m.member = o.account_id
        join opportunity_lines l on l.opportunity_id = o.id where o.closed_at is null group by 1),
      potential as (
        select k.product_id, count(distinct m.root)::int as n from matrix_marks k join m on m.member = k.account_id
        where k.state = 'potential' group by 1)
      select p.id as "productId", coalesce(ow.n, 0) as owned, coalesce(pl.n, 0) as pipeline, coalesce(po.n, 0) as potential,
             (select count(distinct root)::int from m) as accounts
      from products p
      left join owned ow on ow.product_id = p.id left join pipeline pl on pl.product_id = p.id left join potential po on po.product_id = p.id
      where p.active ${q.salesGroupId ? sql`and p.sales_group_id = ${q.salesGroupId}` : sql``}`);
    const rows = rowsOf<{ productId: string; owned: number; pipeline: number; potential: number; accounts: number }>(result);
    const accounts =
      rows[0]?.accounts ?? rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from (${filtered}) f`))[0]?.n ?? 0;
    return { accounts, perProduct: rows.map(({ accounts: _a, ...r }) => r) };
  });
}

export async function setMark(db: Db, values: typeof matrixMarks.$inferInsert) {
  await db
    .insert(matrixMarks)
    .values(values)
    .onConflictDoUpdate({
      target: [matrixMarks.accountId, matrixMarks.productId],
      set: { state: values.state, reason: values.reason, byUserId: values.byUserId, at: values.at },
    });
}

export async function clearMark(db: Db, accountId: string, productId: string) {
  await db.delete(matrixMarks).where(and(eq(matrixMarks.accountId, accountId), eq(matrixMarks.productId, productId)));
}

/** What the account owns, has in pipeline or was marked not relevant for: not to be suggested again. */
export async function taken(db: Db, accountId: string, at: OwnedAt) {
  const result = await db.execute(sql`
    select product_id as id from holdings where account_id = ${accountId} and ${held(sql`holdings`, at)}
    union select l.product_id from opportunities o join opportunity_lines l on l.opportunity_id = o.id where o.account_id = ${accountId} and o.closed_at is null
    union select product_id from matrix_marks where account_id = ${accountId} and state = 'not_relevant'`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export async function accountIndustry(db: Db, accountId: string) {
  const rows = rowsOf<{ industry: string | null }>(await db.execute(sql`select industry from accounts where id = ${accountId}`));
  return rows[0];
}

/** Co-ownership among peer customers (same industry, or all when `industry` is null). */
export async function coOwnership(db: Db, accountId: string, industry: string | null, owned: string[], at: OwnedAt) {
  const peers = sql`select a.id from accounts a where a.status = 'customer' and a.id <> ${accountId} ${industry ? sql`and a.industry = ${industry}` : sql``}`;
  const active = sql`${held(sql`h`, at)}`;
  const ownedIds = sql`${sql.param(owned.length ? owned : ['00000000-0000-0000-0000-000000000000'])}::uuid[]`;
  const [peerCount] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from (${peers}) p`));
  const candidates = rowsOf<{ id: string; n: number }>(
    await db.execute(
      sql`select h.product_id as id, count(distinct h.account_id)::int as n from holdings h where h.account_id in (${peers}) and ${active} group by 1`,
    ),
  );
  const pairs = rowsOf<{ antecedent: string; candidate: string; both: number }>(
    await db.execute(sql`
      select x.product_id as antecedent, h.product_id as candidate, count(distinct h.account_id)::int as both
      from holdings x join holdings h on h.account_id = x.account_id and h.product_id <> x.product_id
      where x.product_id = any(${ownedIds}) and x.account_id in (${peers}) and ${held(sql`x`, at)} and ${active}
      group by 1, 2`),
  );
  return { peers: peerCount?.n ?? 0, candidates, pairs };
}
