import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

/** An account and every account below it in its hierarchy (not deleted), the nearest first, with their market. */
export async function family(db: Db, rootId: string) {
  const result = await db.execute(sql`
    with recursive tree as (
      select id, 0 as depth from accounts where id = ${rootId} and deleted_at is null
      union all
      select a.id, t.depth + 1 from accounts a join tree t on a.parent_id = t.id where a.deleted_at is null and t.depth < 20
    )
    select a.id, a.name, a.parent_id as "parentId", t.depth, m.id as "marketId", m.code as "marketCode", m.name as "marketName"
    from tree t join accounts a on a.id = t.id left join markets m on m.id = a.market_id
    order by t.depth, a.name
    limit 2000`);
  return rowsOf<{
    id: string;
    name: string;
    parentId: string | null;
    depth: number;
    marketId: string | null;
    marketCode: string | null;
    marketName: string | null;
  }>(result);
}
