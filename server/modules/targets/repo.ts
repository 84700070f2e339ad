import { and, eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { markets, salesGroups, targets, users } from '../../db/schema';

export type TargetRow = typeof targets.$inferSelect;

export const targetsOf = (db: Db, year: number) => db.select().from(targets).where(eq(targets.year, year));

export const sellers = (db: Db) =>
  db
    .select({ userId: users.id, name: users.name, salesGroupId: users.salesGroupId, marketId: users.marketId })
    .from(users)
    .where(and(eq(users.role, 'seller'), eq(users.active, true)))
    .orderBy(users.name);

/** Ids and names of the sellers, sales groups or markets. */
export async function namesOf(db: Db, by: 'seller' | 'salesGroup' | 'market') {
  if (by === 'seller') return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.role, 'seller'));
  const t = by === 'salesGroup' ? salesGroups : markets;
  return db.select({ id: t.id, name: t.name }).from(t);
}

/** Sales group → its leader. */
export async function groupLeaders(db: Db) {
  const rows = await db.select({ id: salesGroups.id, leaderId: salesGroups.leaderId }).from(salesGroups);
  return new Map(rows.flatMap((r) => (r.leaderId ? [[r.id, r.leaderId] as const] : [])));
}

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

/** Contracts run at most 240 months (contract/opportunities.ts): older deals add nothing to a year. */
const maxContractYears = 20;

export type VolumeKey = 'seller' | 'salesGroup' | 'market' | 'month' | 'year' | 'total';
/** Which deals count: an account's, a seller's, a group's or a market's (all when empty). */
export interface VolumeScope {
  accountId?: string;
  ownerId?: string;
  salesGroupId?: string;
  marketId?: string;
}

/**
 * Sales volume (G1, G2) per channel over calendar years, by a dimension or by period: won deals
 * counted when signed, at their annual value — a recurring line contributes each contract year in
 * the year that contract year starts (36 months of 100,000 a month: 1.2 M in each of three years);
 * one-off lines and deals without lines count once, when signed. Converted with `fx` to the
 * reporting currency. `id` is the dimension's id, or the period ("2026-03", "2026"); names come from the callers.
 */
type Channel = 'renewal' | 'upsell' | 'win_back' | 'new';
interface VolumeQuery {
  fromYear: number;
  toYear: number;
  scope?: VolumeScope;
}
const keyOf: Record<VolumeKey, SQL> = {
  seller: sql`p.owner_id::text`,
  salesGroup: sql`p.sales_group_id::text`,
  market: sql`p.market_id::text`,
  month: sql`to_char(p.at, 'YYYY-MM')`,
  year: sql`to_char(p.at, 'YYYY')`,
  total: sql`null::text`,
};

/** The won deals' parts (`parts`: who, channel, currency, when, amount) within the years asked for. */
function wonParts(q: VolumeQuery): SQL {
  const scope = q.scope ?? {};
  return sql`
    with won as (
      select o.id, o.signed_on, o.channel, o.currency, o.value, o.owner_id, o.sales_group_id, o.market_id
      from opportunities o join stages s on s.id = o.stage_id
      where s.outcome = 'won' and o.signed_on is not null and o.signed_on >= ${`${q.fromYear - maxContractYears}-01-01`}::date
        and o.signed_on < ${`${q.toYear + 1}-01-01`}::date
        ${scope.accountId ? sql`and o.account_id = ${scope.accountId}` : sql``}
        ${scope.ownerId ? sql`and o.owner_id = ${scope.ownerId}` : sql``}
        ${scope.salesGroupId ? sql`and o.sales_group_id = ${scope.salesGroupId}` : sql``}
        ${scope.marketId ? sql`and o.market_id = ${scope.marketId}` : sql``}
    ),
    parts as (
      -- recurring lines: one part per contract year
      select w.owner_id, w.sales_group_id, w.market_id, w.channel, w.currency, (w.signed_on + make_interval(years => k))::date as at,
             l.quantity * l.unit_price * (1 - l.discount_percent / 100) * least(12, lm.months - 12 * k) as amount
      from won w join opportunity_lines l on l.opportunity_id = w.id
      cross join lateral (select least(coalesce(l.contract_months, 12), coalesce(l.terminable_after_months, 10000)) as months) lm
      -- only the contract years that start within the years asked for
      cross join lateral generate_series(
        greatest(0, ${q.fromYear}::int - extract(year from w.signed_on)::int),
        least(ceil(lm.months / 12.0)::int - 1, ${q.toYear}::int - extract(year from w.signed_on)::int)) as k
      where l.recurring
      union all
      select w.owner_id, w.sales_group_id, w.market_id, w.channel, w.currency, w.signed_on, l.quantity * l.unit_price * (1 - l.discount_percent / 100)
      from won w join opportunity_lines l on l.opportunity_id = w.id
      where not l.recurring and w.signed_on >= ${`${q.fromYear}-01-01`}::date
      union all
      select w.owner_id, w.sales_group_id, w.market_id, w.channel, w.currency, w.signed_on, w.value
      from won w where w.signed_on >= ${`${q.fromYear}-01-01`}::date
        and not exists (select 1 from opportunity_lines l where l.opportunity_id = w.id)
    )`;
}

const fxOf = (fx: { currency: string; factor: number }[]) =>
  sql`join unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor) on fx.currency = p.currency`;

export async function volume(db: Db, q: VolumeQuery & { by: VolumeKey }, fx: { currency: string; factor: number }[]) {
  const result = await db.execute(sql`
    ${wonParts(q)}
    select ${keyOf[q.by]} as id, coalesce(p.channel, 'new') as channel, sum(p.amount * fx.factor)::float8 as volume
    from parts p ${fxOf(fx)}
    where p.at >= ${`${q.fromYear}-01-01`}::date and p.at < ${`${q.toYear + 1}-01-01`}::date
    group by 1, 2`);
  return rowsOf<{ id: string | null; channel: Channel; volume: number }>(result);
}

/** The same volume by two keys at once (e.g. month and market), from one pass over the won deals. */
export async function volumeBy2(db: Db, q: VolumeQuery, keys: [VolumeKey, VolumeKey], fx: { currency: string; factor: number }[]) {
  const [a, b] = [keyOf[keys[0]], keyOf[keys[1]]];
  const channel = sql`coalesce(p.channel, 'new')`;
  const result = await db.execute(sql`
    ${wonParts(q)}
    select grouping(${a}) = 0 as first, coalesce(${a}, ${b}) as id, ${channel} as channel, sum(p.amount * fx.factor)::float8 as volume
    from parts p ${fxOf(fx)}
    where p.at >= ${`${q.fromYear}-01-01`}::date and p.at < ${`${q.toYear + 1}-01-01`}::date
    group by grouping sets ((${a}, ${channel}), (${b}, ${channel}))`);
  const rows = rowsOf<{ first: boolean; id: string | null; channel: Channel; volume: number }>(result);
  const pick = (first: boolean) =>
    rows.filter((r) => r.first === first).map(({ id, channel: c, volume: v }) => ({ id, channel: c, volume: v }));
  return [pick(true), pick(false)] as const;
}
