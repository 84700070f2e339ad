import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { coverageRules } from '../../db/schema';

/** The account, and the top of its hierarchy: the group of companies when that is a global account. */
export async function placeOf(db: Db, accountId: string) {
  const result = await db.execute(sql`
    with recursive up as (
      select id, parent_id, 0 as depth from accounts where id = ${accountId}
      union all
      select a.id, a.parent_id, up.depth + 1 from accounts a join up on a.id = up.parent_id where up.depth < 20
    )
    select a.id, a.name, a.market_id as "marketId", a.owner_id as "ownerId", a.deleted_at as "deletedAt",
           g.id as "groupId", g.name as "groupName", g.is_global as "groupIsGlobal", g.global_owner_id as "globalOwnerId",
           go.name as "globalOwnerName", go.sales_group_id as "globalOwnerGroupId", go.market_id as "globalOwnerMarketId",
           g.owner_id as "groupOwnerId", o.sales_group_id as "groupOwnerGroupId", o.market_id as "groupOwnerMarketId"
    from accounts a
    join up on up.parent_id is null
    join accounts g on g.id = up.id
    left join users go on go.id = g.global_owner_id
    left join users o on o.id = g.owner_id
    where a.id = ${accountId}`);
  return rowsOf<{
    id: string;
    name: string;
    marketId: string | null;
    ownerId: string | null;
    deletedAt: Date | null;
    groupId: string;
    groupName: string;
    groupIsGlobal: boolean;
    globalOwnerId: string | null;
    globalOwnerName: string | null;
    globalOwnerGroupId: string | null;
    globalOwnerMarketId: string | null;
    groupOwnerId: string | null;
    groupOwnerGroupId: string | null;
    groupOwnerMarketId: string | null;
  }>(result)[0];
}

/** The group's rules with the names of their market, sales group and seller. */
export async function rulesOf(db: Db, groupId: string) {
  const result = await db.execute(sql`
    select r.id, r.market_id as "marketId", m.name as "marketName", r.sales_group_id as "salesGroupId", sg.name as "salesGroupName",
           r.seller_id as "sellerId", u.name as "sellerName"
    from coverage_rules r join markets m on m.id = r.market_id
    left join sales_groups sg on sg.id = r.sales_group_id left join users u on u.id = r.seller_id
    where r.group_id = ${groupId} order by m.name, sg.name nulls first`);
  return rowsOf<{
    id: string;
    marketId: string;
    marketName: string;
    salesGroupId: string | null;
    salesGroupName: string | null;
    sellerId: string | null;
    sellerName: string | null;
  }>(result);
}

export async function replaceRules(db: Db, groupId: string, rows: (typeof coverageRules.$inferInsert)[]) {
  await db.delete(coverageRules).where(eq(coverageRules.groupId, groupId));
  if (rows.length) await db.insert(coverageRules).values(rows);
}

export async function person(db: Db, id: string) {
  const result = await db.execute(sql`select id, name, active, sales_group_id as "salesGroupId", market_id as "marketId" from users where id = ${id}`);
  return rowsOf<{ id: string; name: string; active: boolean; salesGroupId: string | null; marketId: string | null }>(result)[0];
}

/** How many of these markets and sales groups exist. */
export async function knownPlaces(db: Db, marketIds: string[], groupIds: string[]) {
  const result = await db.execute(sql`
    select (select count(*)::int from markets where id = any(${sql.param(marketIds)}::uuid[])) as markets,
           (select count(*)::int from sales_groups where id = any(${sql.param(groupIds)}::uuid[])) as groups`);
  return rowsOf<{ markets: number; groups: number }>(result)[0]!;
}

/** Open opportunities with their products at the accounts of groups of companies (one group, or all), by their owner's market. */
export async function openDealsInGroups(db: Db, groupId: string | null) {
  const result = await db.execute(sql`
    with recursive tree as (
      select id, id as group_id, 0 as depth from accounts
      where is_global and parent_id is null and deleted_at is null ${groupId ? sql`and id = ${groupId}` : sql``}
      union all
      select a.id, t.group_id, t.depth + 1 from accounts a join tree t on a.parent_id = t.id where a.deleted_at is null and t.depth < 20
    )
    select distinct t.group_id as "groupId", g.name as "groupName", l.product_id as "productId", p.name as "productName",
           o.id, o.name, o.account_id as "accountId", a.name as "accountName", u.market_id as "marketId", m.name as "marketName",
           o.owner_id as "ownerId", u.name as "ownerName"
    from opportunities o
    join tree t on t.id = o.account_id
    join accounts g on g.id = t.group_id
    join accounts a on a.id = o.account_id
    join opportunity_lines l on l.opportunity_id = o.id
    join products p on p.id = l.product_id
    left join users u on u.id = o.owner_id
    left join markets m on m.id = u.market_id
    where o.closed_at is null and o.deleted_at is null
    order by g.name, p.name, m.name nulls last
    limit 5000`);
  return rowsOf<{
    groupId: string;
    groupName: string;
    productId: string;
    productName: string;
    id: string;
    name: string;
    accountId: string;
    accountName: string;
    marketId: string | null;
    marketName: string | null;
    ownerId: string | null;
    ownerName: string | null;
  }>(result);
}
