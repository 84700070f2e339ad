import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { MatrixQuery } from '@contract/matrix';
import { rowsOf, type Db } from '../../db/client';
import { matrixMarks, products, salesGroups } from '../../db/schema';
import type { IndustryCode } from '@domain/industries';

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
  const parts: SQL[] = [sql`a.deleted_at is null`];
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
  rollup ? sql`(select a.id union all select c.id from accounts c where c.parent_id = a.id and c.deleted_at is null)` : sql`(select a.id)`;

/** Whether a cell of `rm_matrix_cells` (as `c`) is owned at `at`: the same rule as `held`, over the cell's facts. */
const heldCell = (at: OwnedAt) => sql`korsa_rm_held(c.held_open, c.held_until, c.one_off_on, ${at.today}::date, ${at.since}::date)`;

export async function rows(db: Db, q: MatrixQuery, productIds: string[], at: OwnedAt) {
  const ids = sql`${sql.param(productIds)}::uuid[]`;
  // from the cells' read model (one row per account × product with anything in it), not the holdings and deals
  const owned = sql`(select count(distinct c.product_id)::int from rm_matrix_cells c where c.account_id in ${scope(q.rollup)}
      and c.product_id = any(${ids}) and ${heldCell(at)})`;
  const busy = sql`(select count(distinct c.product_id)::int from rm_matrix_cells c where c.account_id in ${scope(q.rollup)}
      and c.product_id = any(${ids}) and (${heldCell(at)} or c.pipeline > 0 or c.mark = 'not_relevant'))`;
  const order = {
    name: sql`a.name, a.id`,
    owned: sql`owned desc, a.name, a.id`,
    whitespace: sql`(a.status = 'customer') desc, white_space desc, a.name, a.id`,
  }[q.sort];
  return db.transaction(async (tx) => {
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const page = await tx.execute(sql`
      select a.id, a.name, m.code as "marketCode", a.industry, a.status, u.name as "ownerName",
             (select count(*)::int from accounts c where c.parent_id = a.id and c.deleted_at is null) as subsidiaries,
             ${owned} as owned, ${productIds.length} - ${busy} as white_space
      from accounts a left join markets m on m.id = a.market_id left join users u on u.id = a.owner_id
      where ${accountFilter(q)} ${q.rollup ? sql`and a.parent_id is null` : sql``}
      order by ${order}
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
    return rowsOf<{
      id: string;
      name: string;
      marketCode: string | null;
      industry: IndustryCode | null;
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
    ? sql`select r.id as root, r.id as member from accounts r where r.id = any(${roots}) union all select c.parent_id, c.id from accounts c where c.parent_id = any(${roots}) and c.deleted_at is null`
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
    from members m join opportunities o on o.account_id = m.member and o.closed_at is null and o.deleted_at is null
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

/** The filters that the penetration counts (`rm_matrix_counts`) hold: without a name search, an owner or roll-up. */
export const countsHold = (q: MatrixQuery) => !q.q && !q.ownerId && !q.rollup;

/**
 * Per product over every matching row: how many own it, have it in pipeline, are marked as potential.
 * `counted`: the penetration counts hold `at` (rolled to this day) — then a filter by market,
 * industry, size and status sums their rows; otherwise (a name search, an owner, roll-up, or a day
 * not rolled to yet) one grouped pass over the matching rows' cells. With roll-up a row is a group of
 * companies (the parent and its subsidiaries), counted once.
 */
export async function totals(db: Db, q: MatrixQuery, at: OwnedAt, counted: boolean) {
  const products = sql`p.active ${q.salesGroupId ? sql`and p.sales_group_id = ${q.salesGroupId}` : sql``}`;
  if (counted && countsHold(q)) {
    const parts: SQL[] = [];
    if (q.marketId) parts.push(sql`k.market_id = ${q.marketId}`);
    if (q.industry) parts.push(sql`k.industry = ${q.industry}`);
    if (q.size) parts.push(sql`k.size = ${q.size}`);
    if (q.status) parts.push(sql`k.status = ${q.status}`);
    // the level that holds the filter: the company, a market, or every dimension (its rows summed)
    const level = parts.length === 0 ? 0 : parts.length === 1 && q.marketId ? 1 : 2;
    const filter = sql.join([sql`k.level = ${level}`, ...parts], sql` and `);
    const [perProduct, accounts] = await Promise.all([
      db.execute(sql`
        select p.id as "productId", coalesce(sum(k.owned), 0)::int as owned, coalesce(sum(k.pipeline), 0)::int as pipeline,
               coalesce(sum(k.potential), 0)::int as potential
        from products p left join rm_matrix_counts k on k.product_id = p.id and ${filter}
        where ${products} group by p.id`),
      db.execute(sql`select coalesce(sum(k.accounts), 0)::int as n from rm_matrix_counts k where k.product_id is null and ${filter}`),
    ]);
    return {
      accounts: rowsOf<{ n: number }>(accounts)[0]?.n ?? 0,
      perProduct: rowsOf<{ productId: string; owned: number; pipeline: number; potential: number }>(perProduct),
    };
  }
  return db.transaction(async (tx) => {
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const filtered = sql`select a.id from accounts a where ${accountFilter(q)} ${q.rollup ? sql`and a.parent_id is null` : sql``}`;
    // row → its member companies (with roll-up the subsidiaries too)
    const members = q.rollup
      ? sql`select r.id as root, r.id as member from (${filtered}) r
            union all select c.parent_id, c.id from accounts c where c.parent_id in (${filtered}) and c.deleted_at is null`
      : sql`select r.id as root, r.id as member from (${filtered}) r`;
    const result = await tx.execute(sql`
      with m as materialized (${members}),
      cells as (
        select m.root, c.product_id, ${heldCell(at)} as owned, c.pipeline > 0 as pipeline, c.mark = 'potential' as potential
        from m join rm_matrix_cells c on c.account_id = m.member)
      select p.id as "productId", count(distinct x.root) filter (where x.owned)::int as owned,
             count(distinct x.root) filter (where x.pipeline)::int as pipeline, count(distinct x.root) filter (where x.potential)::int as potential,
             (select count(distinct root)::int from m) as accounts
      from products p left join cells x on x.product_id = p.id
      where ${products}
      group by p.id`);
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

/**
 * What the account owns, has in pipeline, or was marked not relevant for — apart, because only
 * what it owns may explain a suggestion; the other two only keep a product from being suggested.
 */
export async function taken(db: Db, accountId: string, at: OwnedAt) {
  const result = await db.execute(sql`
    select distinct product_id as id, 'owned' as kind from holdings where account_id = ${accountId} and ${held(sql`holdings`, at)}
    union select l.product_id, 'pipeline' from opportunities o join opportunity_lines l on l.opportunity_id = o.id
      where o.account_id = ${accountId} and o.closed_at is null and o.deleted_at is null
    union select product_id, 'not_relevant' from matrix_marks where account_id = ${accountId} and state = 'not_relevant'`);
  return rowsOf<{ id: string; kind: 'owned' | 'pipeline' | 'not_relevant' }>(result);
}

export async function accountIndustry(db: Db, accountId: string) {
  const rows = rowsOf<{ industry: IndustryCode | null }>(await db.execute(sql`select industry from accounts where id = ${accountId}`));
  return rows[0];
}

/** Every account that owns something today, with its industry and what it owns: what the ranking is learned from. */
export async function ownership(db: Db, at: OwnedAt) {
  const result = await db.execute(sql`
    select h.account_id as id, a.industry, array_agg(distinct h.product_id::text) as products
    from holdings h join accounts a on a.id = h.account_id
    where ${held(sql`h`, at)} and a.deleted_at is null
    group by h.account_id, a.industry`);
  return rowsOf<{ id: string; industry: IndustryCode | null; products: string[] }>(result);
}

/**
 * Co-ownership among the peers — every other account that owns something today — and among those
 * of the same industry (the `segment` counts; zero without an industry): how many peers there are,
 * how many own each product, and how many own both a product the account owns and each other.
 */
export async function coOwnership(db: Db, accountId: string, industry: IndustryCode | null, owned: string[], at: OwnedAt) {
  const inSegment = industry === null ? sql`false` : sql`a.industry = ${industry}`;
  const ownedIds = sql`${sql.param(owned.length ? owned : ['00000000-0000-0000-0000-000000000000'])}::uuid[]`;
  const [peers] = rowsOf<{ all: number; segment: number }>(
    await db.execute(sql`
      select count(distinct h.account_id)::int as "all", count(distinct h.account_id) filter (where ${inSegment})::int as segment
      from holdings h join accounts a on a.id = h.account_id
      where h.account_id <> ${accountId} and ${held(sql`h`, at)} and a.deleted_at is null`),
  );
  const owners = rowsOf<{ id: string; all: number; segment: number }>(
    await db.execute(sql`
      select h.product_id as id, count(distinct h.account_id)::int as "all", count(distinct h.account_id) filter (where ${inSegment})::int as segment
      from holdings h join accounts a on a.id = h.account_id
      where h.account_id <> ${accountId} and ${held(sql`h`, at)} and a.deleted_at is null
      group by 1`),
  );
  const pairs = rowsOf<{ antecedent: string; candidate: string; all: number; segment: number }>(
    await db.execute(sql`
      select x.product_id as antecedent, h.product_id as candidate,
             count(distinct h.account_id)::int as "all", count(distinct h.account_id) filter (where ${inSegment})::int as segment
      from holdings x join holdings h on h.account_id = x.account_id and h.product_id <> x.product_id
      join accounts a on a.id = x.account_id
      where x.product_id = any(${ownedIds}) and x.account_id <> ${accountId} and ${held(sql`x`, at)} and ${held(sql`h`, at)} and a.deleted_at is null
      group by 1, 2`),
  );
  return { peers: peers ?? { all: 0, segment: 0 }, owners, pairs };
}
