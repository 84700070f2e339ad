import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { competitors, exchangeRates, processes, stages } from '../../db/schema';

export type StageRow = typeof stages.$inferSelect;

export const listProcesses = (db: Db) => db.select().from(processes).orderBy(asc(processes.createdAt));
export const listStages = (db: Db) => db.select().from(stages).orderBy(asc(stages.processId), asc(stages.position));

export async function stagesOf(db: Db, processId: string) {
  return db.select().from(stages).where(eq(stages.processId, processId)).orderBy(asc(stages.position));
}

export async function findStage(db: Db, id: string) {
  const [row] = await db.select().from(stages).where(eq(stages.id, id));
  return row;
}

export async function findProcess(db: Db, id: string) {
  const [row] = await db.select().from(processes).where(eq(processes.id, id));
  return row;
}

/** The most specific process for a group and market: (group, market), (group), (market), then global. */
export async function processFor(db: Db, salesGroupId: string | null, marketId: string | null) {
  const [row] = await db
    .select()
    .from(processes)
    .where(
      and(
        or(isNull(processes.salesGroupId), salesGroupId ? eq(processes.salesGroupId, salesGroupId) : sql`false`),
        or(isNull(processes.marketId), marketId ? eq(processes.marketId, marketId) : sql`false`),
      ),
    )
    .orderBy(sql`(${processes.salesGroupId} is not null) desc`, sql`(${processes.marketId} is not null) desc`)
    .limit(1);
  return row;
}

export async function replaceStages(
  db: Db,
  processId: string,
  rows: (Omit<typeof stages.$inferInsert, 'processId' | 'position'> & { id?: string })[],
) {
  const keep = rows.flatMap((r) => (r.id ? [r.id] : []));
  // stages still used by opportunities cannot be deleted (FK); the service checks and explains first
  await db.delete(stages).where(and(eq(stages.processId, processId), keep.length ? sql`${stages.id} not in ${keep}` : sql`true`));
  for (const [position, r] of rows.entries()) {
    const values = { ...r, processId, position };
    if (r.id) await db.update(stages).set(values).where(eq(stages.id, r.id));
    else await db.insert(stages).values(values);
  }
}

export async function stagesInUse(db: Db, stageIds: string[]) {
  if (stageIds.length === 0) return [];
  const result = await db.execute(sql`select distinct stage_id as id from opportunities where stage_id in ${stageIds}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/** Stages that opportunities have entered or left (their history refers to them). */
export async function stagesInHistory(db: Db, stageIds: string[]) {
  if (stageIds.length === 0) return [];
  const result = await db.execute(
    sql`select distinct id from (select to_stage_id as id from stage_changes union all select from_stage_id from stage_changes) h where id in ${stageIds}`,
  );
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export const listCompetitors = (db: Db) =>
  db.select({ id: competitors.id, name: competitors.name }).from(competitors).orderBy(asc(competitors.name));

export async function insertCompetitor(db: Db, name: string) {
  const [row] = await db.insert(competitors).values({ name }).returning({ id: competitors.id, name: competitors.name });
  return row!;
}

/** The latest rate of each currency on or before a day. */
export async function ratesOn(db: Db, day: string) {
  return db
    .selectDistinctOn([exchangeRates.currency], {
      currency: exchangeRates.currency,
      rateOn: exchangeRates.rateOn,
      perEuro: exchangeRates.perEuro,
    })
    .from(exchangeRates)
    .where(sql`${exchangeRates.rateOn} <= ${day}`)
    .orderBy(exchangeRates.currency, desc(exchangeRates.rateOn));
}

export async function upsertRate(db: Db, currency: string, rateOn: string, perEuro: number) {
  await db
    .insert(exchangeRates)
    .values({ currency, rateOn, perEuro })
    .onConflictDoUpdate({ target: [exchangeRates.currency, exchangeRates.rateOn], set: { perEuro } });
}

export async function insertProcess(db: Db, values: typeof processes.$inferInsert) {
  const [row] = await db.insert(processes).values(values).returning();
  return row!;
}

export async function copyStages(db: Db, fromProcessId: string, toProcessId: string) {
  await db.execute(sql`insert into stages (process_id, key, name, position, probability, optional, outcome, required_fields)
    select ${toProcessId}, key, name, position, probability, optional, outcome, required_fields from stages where process_id = ${fromProcessId}`);
}
