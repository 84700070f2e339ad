import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Channel } from '@domain/channels';
import { rowsOf, type Db } from '../../db/client';
import { markets, salesGroups, targets, users } from '../../db/schema';
import { inModelScope, type Dim } from '../read-models/levels';

export type TargetRow = typeof targets.$inferSelect;

export const targetsOf = (db: Db, year: number) => db.select().from(targets).where(eq(targets.year, year));

/** Set anew by every transaction that writes the targets or a user's place (migration 0062); null if the row is missing. */
export async function targetSourcesStamp(db: Db): Promise<string | null> {
  const [row] = rowsOf<{ stamp: string }>(await db.execute(sql`select stamp::text as stamp from target_sources_stamp where id = 1`));
  return row?.stamp ?? null;
}

export const sellers = (db: Db) =>
  db
    .select({ userId: users.id, name: users.name, salesGroupId: users.salesGroupId, marketId: users.marketId })
    .from(users)
    .where(and(eq(users.role, 'seller'), eq(users.active, true)))
    .orderBy(users.name);

/** Where these users sit (sales group, market), for who may set their targets. */
export async function placements(db: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: users.id, salesGroupId: users.salesGroupId, marketId: users.marketId })
    .from(users)
    .where(inArray(users.id, [...new Set(userIds)]));
}

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

/** A target's amount now (null: none), for the audit trail's from → to. */
export async function amountOf(db: Db, key: Parameters<typeof remove>[1]): Promise<number | null> {
  const result =
    await db.execute(sql`select amount from targets where year = ${key.year} and scope = ${key.scope} and channel = ${key.channel}
    and user_id is not distinct from ${key.userId} and sales_group_id is not distinct from ${key.salesGroupId} and market_id is not distinct from ${key.marketId}`);
  const row = rowsOf<{ amount: number | string }>(result)[0];
  return row ? Number(row.amount) : null;
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

export async function largestAmount(db: Db, year: number): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${targets.amount})` })
    .from(targets)
    .where(eq(targets.year, year));
  return Number(row?.max ?? 0);
}

export async function copyYear(db: Db, fromYear: number, toYear: number, factor: number) {
  await db.execute(sql`
    insert into targets (year, scope, user_id, sales_group_id, market_id, channel, amount)
    select ${toYear}, scope, user_id, sales_group_id, market_id, channel, round(amount * ${factor}, 2) from targets where year = ${fromYear}
    on conflict on constraint targets_key do update set amount = excluded.amount`);
}

export type VolumeKey = 'seller' | 'salesGroup' | 'market' | 'month' | 'year' | 'total';
/** Which deals count: an account's, a seller's, a group's or a market's (all when empty). */
export interface VolumeScope {
  accountId?: string;
  ownerId?: string;
  salesGroupId?: string;
  marketId?: string;
}

/**
 * Sales volume (G1, G2) per channel over calendar years, by a dimension or by period. What a won
 * deal adds, and when, is decided by domain/volume.ts and stored with the deal; this reads the
 * volume read model (`rm_volume`, kept by the triggers of migration 0027), or for one account the
 * deals' stored parts. Converted with `fx` to the reporting currency. `id` is the dimension's id, or
 * the period ("2026-03", "2026"); names come from the callers.
 */
interface VolumeQuery {
  fromYear: number;
  toYear: number;
  scope?: VolumeScope;
}
const keyOf: Record<VolumeKey, SQL> = {
  seller: sql`p.owner_id::text`,
  salesGroup: sql`p.sales_group_id::text`,
  market: sql`p.market_id::text`,
  month: sql`to_char(p.month, 'YYYY-MM')`,
  year: sql`to_char(p.month, 'YYYY')`,
  total: sql`null::text`,
};
const dimOf: Partial<Record<VolumeKey, Dim>> = { market: 'market', salesGroup: 'salesGroup', seller: 'owner' };

/**
 * The read model's rows (`p`) for a scope, at the level that holds exactly the scope's dimensions
 * and `by`'s (read-models/service.ts: 0 company … 5 seller within group and market); a combination
 * no level holds is summed from level 5.
 */
function modelRows(q: VolumeQuery, by: VolumeKey[]): SQL {
  return sql`(select * from rm_volume where ${inModelScope(q.scope ?? {}, by.flatMap((b) => dimOf[b] ?? []))}
      and month >= ${`${q.fromYear}-01-01`}::date and month < ${`${q.toYear + 1}-01-01`}::date)`;
}

/** Some accounts' won deals' stored parts (`p`), in the same shape as the read model's rows (and the account). */
const accountRows = (accountIds: readonly string[], q: Pick<VolumeQuery, 'fromYear' | 'toYear'>) => sql`(
  select o.account_id, o.owner_id, o.sales_group_id, o.market_id, o.channel, o.currency, (x->>'month')::date as month, (x->>'amount')::numeric as amount
  from opportunities o cross join jsonb_array_elements(o.volume_parts) x
  where o.account_id = any(${sql.param([...accountIds])}::uuid[]) and o.volume_parts <> '[]'::jsonb and o.deleted_at is null
    and (x->>'month')::date >= ${`${q.fromYear}-01-01`}::date and (x->>'month')::date < ${`${q.toYear + 1}-01-01`}::date)`;

const rowsFor = (q: VolumeQuery, by: VolumeKey[]) => (q.scope?.accountId ? accountRows([q.scope.accountId], q) : modelRows(q, by));

const fxOf = (fx: { currency: string; factor: number }[]) =>
  sql`join unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor) on fx.currency = p.currency`;

export async function volume(db: Db, q: VolumeQuery & { by: VolumeKey }, fx: { currency: string; factor: number }[]) {
  const result = await db.execute(sql`
    select ${keyOf[q.by]} as id, coalesce(p.channel, 'new') as channel, sum(p.amount * fx.factor)::float8 as volume
    from ${rowsFor(q, [q.by])} p ${fxOf(fx)}
    group by 1, 2
    having sum(p.amount) <> 0`);
  return rowsOf<{ id: string | null; channel: Channel; volume: number }>(result);
}

/** Volume per account of some accounts (a group of companies) over calendar years, converted with `fx`. */
export async function volumeByAccount(
  db: Db,
  accountIds: readonly string[],
  q: Pick<VolumeQuery, 'fromYear' | 'toYear'>,
  fx: { currency: string; factor: number }[],
) {
  if (accountIds.length === 0) return [];
  const result = await db.execute(sql`
    select p.account_id as id, sum(p.amount * fx.factor)::float8 as volume
    from ${accountRows(accountIds, q)} p ${fxOf(fx)}
    group by 1`);
  return rowsOf<{ id: string; volume: number }>(result);
}

/** The same volume by two keys at once (e.g. month and market). */
export async function volumeBy2(db: Db, q: VolumeQuery, keys: [VolumeKey, VolumeKey], fx: { currency: string; factor: number }[]) {
  const [first, second] = await Promise.all([volume(db, { ...q, by: keys[0] }, fx), volume(db, { ...q, by: keys[1] }, fx)]);
  return [first, second] as const;
}
