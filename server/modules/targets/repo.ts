import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { targets, users } from '../../db/schema';

export type TargetRow = typeof targets.$inferSelect;

export const targetsOf = (db: Db, year: number) => db.select().from(targets).where(eq(targets.year, year));

export const sellers = (db: Db) =>
  db
    .select({ userId: users.id, name: users.name, salesGroupId: users.salesGroupId, marketId: users.marketId })
    .from(users)
    .where(and(eq(users.role, 'seller'), eq(users.active, true)))
    .orderBy(users.name);

export async function upsert(db: Db, row: Omit<typeof targets.$inferInsert, 'id'>) {
  await db
    .insert(targets)
    .values(row)
    .onConflictDoUpdate({
      target: [targets.year, targets.scope, targets.userId, targets.salesGroupId, targets.marketId, targets.channel],
      set: { amount: row.amount },
    });
}

export async function remove(
  db: Db,
  key: {
    year: number;
    scope: TargetRow['scope'];
    userId: string | null;
    salesGroupId: string | null;
    marketId: string | null;
    channel: TargetRow['channel'];
  },
) {
  await db.execute(sql`delete from targets where year = ${key.year} and scope = ${key.scope} and channel = ${key.channel}
    and user_id is not distinct from ${key.userId} and sales_group_id is not distinct from ${key.salesGroupId} and market_id is not distinct from ${key.marketId}`);
}

export async function copyYear(db: Db, fromYear: number, toYear: number, factor: number) {
  await db.execute(sql`
    insert into targets (year, scope, user_id, sales_group_id, market_id, channel, amount)
    select ${toYear}, scope, user_id, sales_group_id, market_id, channel, round(amount * ${factor}, 2) from targets where year = ${fromYear}
    on conflict on constraint targets_key do update set amount = excluded.amount`);
}

/**
 * Sales volume (G1, G2) of a calendar year per channel and dimension: won deals counted when signed,
 * at their annual value — a recurring line contributes each contract year in the year that contract
 * year starts (36 months of 100,000 a month: 1.2 M in each of three years); one-off lines and deals
 * without lines count once, in the signing year. Converted with `fx` to the reporting currency.
 */
export async function volume(db: Db, year: number, by: 'seller' | 'salesGroup' | 'market', fx: { currency: string; factor: number }[]) {
  const dim = { seller: sql`o.owner_id`, salesGroup: sql`o.sales_group_id`, market: sql`o.market_id` }[by];
  const names = {
    seller: sql`select id, name from users`,
    salesGroup: sql`select id, name from sales_groups`,
    market: sql`select id, name from markets`,
  }[by];
  const result = await db.execute(sql`
    with won as (
      select o.id, o.signed_on, o.channel, o.currency, o.value, ${dim} as dim_id
      from opportunities o join stages s on s.id = o.stage_id
      where s.outcome = 'won' and o.signed_on is not null and o.signed_on >= ${`${year - 20}-01-01`}::date
    ),
    parts as (
      -- recurring lines: one part per contract year
      select w.dim_id, w.channel, w.currency,
             extract(year from (w.signed_on + make_interval(years => k)))::int as year,
             l.quantity * l.unit_price * (1 - l.discount_percent / 100) * least(12, lm.months - 12 * k) as amount
      from won w join opportunity_lines l on l.opportunity_id = w.id
      cross join lateral (select least(coalesce(l.contract_months, 12), coalesce(l.terminable_after_months, 10000)) as months) lm
      cross join lateral generate_series(0, ceil(lm.months / 12.0)::int - 1) as k
      where l.recurring
      union all
      select w.dim_id, w.channel, w.currency, extract(year from w.signed_on)::int, l.quantity * l.unit_price * (1 - l.discount_percent / 100)
      from won w join opportunity_lines l on l.opportunity_id = w.id where not l.recurring
      union all
      select w.dim_id, w.channel, w.currency, extract(year from w.signed_on)::int, w.value
      from won w where not exists (select 1 from opportunity_lines l where l.opportunity_id = w.id)
    )
    select p.dim_id as id, n.name, coalesce(p.channel, 'new') as channel, sum(p.amount * fx.factor)::float8 as volume
    from parts p
    join unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor) on fx.currency = p.currency
    left join (${names}) n on n.id = p.dim_id
    where p.year = ${year}
    group by 1, 2, 3`);
  return rowsOf<{ id: string | null; name: string | null; channel: 'renewal' | 'upsell' | 'win_back' | 'new'; volume: number }>(result);
}
