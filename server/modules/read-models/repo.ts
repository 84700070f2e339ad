/**
 * SQL of the read models: rebuilding them from their sources, and what they were built with.
 * Keeping them current is the triggers' job (migration 0027); reading them is each view's repo.
 */
import { sql } from 'drizzle-orm';
import type { LineItem } from '@domain/pipeline/money';
import type { VolumePart } from '@domain/volume';
import { rowsOf, type Db } from '../../db/client';

export const aggregateTables = ['rm_volume', 'rm_pipeline', 'rm_closed', 'rm_outcomes', 'rm_won_cycles'] as const;

/** Hold writes to the sources until the rebuild commits (reads go on). */
export async function lockSources(db: Db) {
  await db.execute(sql`lock table opportunities, opportunity_lines in share mode`);
}

/** Key of the transaction-scoped advisory lock on the shared totals (see queueForSharedTotals). */
const SHARED_TOTALS_LOCK = 7_248_115;

export async function lockSharedTotals(db: Db) {
  await db.execute(sql`select pg_advisory_xact_lock(${SHARED_TOTALS_LOCK})`);
}

/** The triggers stay quiet for the rest of this transaction (a bulk load that rebuilds afterwards). */
export async function pauseTriggers(db: Db) {
  await db.execute(sql`select set_config('korsa.read_models', 'off', true)`);
}

export async function resumeTriggers(db: Db) {
  await db.execute(sql`select set_config('korsa.read_models', 'on', true)`);
}

export interface DealForParts {
  id: string;
  won: boolean;
  signedOn: string | null;
  value: number;
  volumeParts: VolumePart[];
  lines: LineItem[];
}

/** A page of the deals whose volume parts may be non-empty (won, or holding parts), in id order, with their lines. */
export async function dealsForParts(db: Db, afterId: string | null, limit: number) {
  const result = await db.execute(sql`
    select o.id, s.outcome = 'won' as won, to_char(o.signed_on, 'YYYY-MM-DD') as "signedOn", o.value, o.volume_parts as "volumeParts",
           coalesce((select json_agg(json_build_object(
               'quantity', l.quantity, 'unitPrice', l.unit_price, 'discountPercent', l.discount_percent, 'recurring', l.recurring,
               'contractMonths', l.contract_months, 'terminableAfterMonths', l.terminable_after_months) order by l.position)
             from opportunity_lines l where l.opportunity_id = o.id), '[]'::json) as lines
    from opportunities o join stages s on s.id = o.stage_id
    where (s.outcome = 'won' or o.volume_parts <> '[]'::jsonb) ${afterId ? sql`and o.id > ${afterId}` : sql``}
    order by o.id
    limit ${limit}`);
  return rowsOf<DealForParts>(result).map((r) => ({
    ...r,
    value: Number(r.value),
    lines: r.lines.map((l) => ({
      ...l,
      quantity: Number(l.quantity),
      unitPrice: Number(l.unitPrice),
      discountPercent: Number(l.discountPercent),
    })),
  }));
}

export async function setVolumeParts(db: Db, rows: { id: string; parts: VolumePart[] }[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update opportunities o set volume_parts = x.parts
    from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => JSON.stringify(r.parts)))}::jsonb[]) as x(id, parts)
    where o.id = x.id`);
}

export async function clearAggregates(db: Db) {
  for (const t of aggregateTables) await db.execute(sql`delete from ${sql.identifier(t)}`);
}

/**
 * Each aggregate's keys and sums, and the function that says what one deal contributes to it (migration
 * 0064) — the definition the triggers add and subtract with.
 */
const contributions: Record<(typeof aggregateTables)[number], { of: string; keys: string[]; sums: string[] }> = {
  rm_volume: { of: 'korsa_rm_volume_of', keys: ['month', 'channel', 'currency'], sums: ['amount'] },
  rm_pipeline: { of: 'korsa_rm_pipeline_of', keys: ['stage_id', 'currency', 'close_year'], sums: ['count', 'value'] },
  rm_closed: { of: 'korsa_rm_closed_of', keys: ['stage_id', 'currency'], sums: ['count', 'value'] },
  rm_outcomes: { of: 'korsa_rm_outcomes_of', keys: ['closed_on', 'outcome'], sums: ['count'] },
  rm_won_cycles: { of: 'korsa_rm_won_cycles_of', keys: ['month', 'days'], sums: ['count'] },
};

/** Fill the (cleared) aggregates with every deal's contributions summed: one statement per aggregate, in key order (the unique index's, cheaper to insert). */
export async function addAllDeals(db: Db) {
  for (const t of aggregateTables) {
    const { of, keys, sums } = contributions[t];
    const key = sql.join(
      ['level', 'market_id', 'sales_group_id', 'owner_id', ...keys].map((k) => sql`v.${sql.identifier(k)}`),
      sql`, `,
    );
    const total = (c: string) => sql`sum(v.${sql.identifier(c)})`;
    await db.execute(sql`
      insert into ${sql.identifier(t)} (level, market_id, sales_group_id, owner_id, ${sql.join(
        [...keys, ...sums].map((c) => sql.identifier(c)),
        sql`, `,
      )})
      select ${key}, ${sql.join(sums.map(total), sql`, `)}
      from opportunities o cross join lateral ${sql.identifier(of)}(o) v
      group by ${key}
      having ${sql.join(
        sums.map((c) => sql`${total(c)} <> 0`),
        sql` or `,
      )}
      order by ${key}`);
  }
}

/** Every aggregate's rows that hold something, in a stable order (to compare a rebuild with what the triggers kept). */
export async function snapshot(db: Db) {
  const out: Record<string, unknown[]> = {};
  const nonZero = {
    rm_volume: sql`amount <> 0`,
    rm_pipeline: sql`count <> 0 or value <> 0`,
    rm_closed: sql`count <> 0 or value <> 0`,
    rm_outcomes: sql`count <> 0`,
    rm_won_cycles: sql`count <> 0`,
  };
  for (const t of aggregateTables) {
    out[t] = rowsOf(await db.execute(sql`select * from ${sql.identifier(t)} where ${nonZero[t]} order by 1, 2, 3, 4, 5, 6, 7`));
  }
  return out;
}

export async function builtVersions(db: Db) {
  return rowsOf<{ name: string; version: number }>(await db.execute(sql`select name, version from read_model_builds`));
}

export async function recordBuild(db: Db, name: string, version: number) {
  await db.execute(sql`
    insert into read_model_builds (name, version, built_at) values (${name}, ${version}, now())
    on conflict (name) do update set version = excluded.version, built_at = excluded.built_at`);
}

/** Every handoff's facts from its updates (the statuses each fact counts are the domain's), where they differ. */
export async function refreshHandoffFacts(db: Db, statuses: { answers: string[]; accepts: string[]; reports: string[] }) {
  const list = (l: string[]) => sql`${sql.param(l)}::text[]`;
  await db.execute(sql`
    update handoffs h set answered_at = f.answered_at, accepted = f.accepted, reported = f.reported
    from (
      select h.id, min(u.at) filter (where u.status = any(${list(statuses.answers)})) as answered_at,
             coalesce(bool_or(u.status = any(${list(statuses.accepts)})), false) as accepted,
             coalesce(bool_or(u.status = any(${list(statuses.reports)})), false) as reported
      from handoffs h left join handoff_updates u on u.handoff_id = h.id group by h.id
    ) f
    where f.id = h.id and (h.answered_at is distinct from f.answered_at or h.accepted <> f.accepted or h.reported <> f.reported)`);
}

/** The handoffs' facts, in id order (to compare a rebuild with what the writes kept). */
export async function handoffFacts(db: Db) {
  return rowsOf(await db.execute(sql`select id, answered_at as "answeredAt", accepted, reported from handoffs order by id`));
}

/** The day (and one-off window) the matrix's owned flags and counts hold for, if built. */
export async function matrixState(db: Db) {
  const rows = rowsOf<{ today: string; since: string }>(
    await db.execute(
      sql`select to_char(today, 'YYYY-MM-DD') as today, to_char(since, 'YYYY-MM-DD') as since from rm_matrix_state where id = 1`,
    ),
  );
  return rows[0] ?? null;
}

/** The matrix's day by the database's clock and the organisation's passive window (as matrix/service `ownedAt`). */
export async function matrixDayNow(db: Db) {
  const rows = rowsOf<{ today: string; since: string }>(
    await db.execute(sql`
      select to_char(current_date, 'YYYY-MM-DD') as today,
             to_char(current_date - make_interval(months => coalesce((select passive_after_months from organisation limit 1), 18)), 'YYYY-MM-DD') as since`),
  );
  return rows[0]!;
}

/** Rewrite the owned flags that differ on this day (the counts follow them). */
export async function rollMatrix(db: Db, at: { today: string; since: string }) {
  await db.execute(sql`select korsa_rm_matrix_roll(${at.today}::date, ${at.since}::date)`);
}

/** Rebuild the matrix's cells and counts from the holdings, the open deals' lines, the marks and the accounts. */
export async function rebuildMatrix(db: Db, at: { today: string; since: string }) {
  await db.execute(sql`lock table accounts, holdings, matrix_marks, opportunities, opportunity_lines in share mode`);
  await pauseTriggers(db);
  await db.execute(sql`delete from rm_matrix_cells`);
  await db.execute(sql`delete from rm_matrix_counts`);
  await resumeTriggers(db);
  await rollMatrix(db, at);
  await db.execute(sql`
    insert into rm_matrix_counts (level, market_id, industry, size, status, product_id, accounts, owned, pipeline, potential)
    select l.level, l.market_id, l.industry, l.size, l.status, null, count(*)::int, 0, 0, 0
    from accounts a cross join lateral korsa_rm_matrix_levels(a.market_id, a.industry, a.size, a.status) l
    where a.deleted_at is null group by 1, 2, 3, 4, 5`);
  await db.execute(sql`
    select korsa_rm_matrix_refresh(array_agg(k.account_id), array_agg(k.product_id))
    from (select account_id, product_id from holdings
          union select o.account_id, l.product_id from opportunities o join opportunity_lines l on l.opportunity_id = o.id where o.closed_at is null
          union select account_id, product_id from matrix_marks) k`);
}

/**
 * Search's vocabulary made exactly the distinct words of every account's name and city, contact's
 * name and deal's name, deleted ones included (they can be restored): the words no name holds any
 * more go, missing ones come. It locks only the words it removes, so writes go on meanwhile. A word
 * that a name written while it runs brings back could be removed with the stale ones; the next run
 * adds it again.
 */
export async function syncSearchWords(db: Db): Promise<{ added: number; removed: number }> {
  const [row] = rowsOf<{ added: number; removed: number }>(
    await db.execute(sql`
      with live as (
        select w from accounts a, unnest(korsa_words(a.name) || coalesce(korsa_words(a.city), '{}')) as w
        union select w from contacts c, unnest(korsa_words(c.first_name || ' ' || c.last_name)) as w
        union select w from opportunities o, unnest(korsa_words(o.name)) as w
      ),
      removed as (delete from search_words s where not exists (select 1 from live where live.w = s.word) returning 1),
      added as (insert into search_words (word) select w from live order by w on conflict do nothing returning 1)
      select (select count(*) from added)::int as added, (select count(*) from removed)::int as removed`),
  );
  return row!;
}

/** Search's vocabulary, in word order. */
export async function searchWords(db: Db): Promise<string[]> {
  return rowsOf<{ word: string }>(await db.execute(sql`select word from search_words order by word`)).map((r) => r.word);
}

/** Rebuild the ledger's facts per handoff and its aggregates (and the overview's handoff figures, from the same facts). */
export async function rebuildLedger(db: Db) {
  await db.execute(sql`lock table handoffs, opportunities, accounts, users in share mode`);
  await pauseTriggers(db);
  for (const t of ['rm_ledger_handoffs', 'rm_ledger', 'rm_ledger_answers', 'rm_ledger_flows', 'rm_overview_handoffs'])
    await db.execute(sql`delete from ${sql.identifier(t)}`);
  await resumeTriggers(db);
  await db.execute(sql`select korsa_rm_ledger_refresh(array(select id from handoffs))`);
}

/** The matrix's and the ledger's read models, rows that hold something, in a stable order. */
export async function snapshotMatrixAndLedger(db: Db) {
  const tables = {
    rm_matrix_cells: sql`true`,
    rm_matrix_counts: sql`accounts <> 0 or owned <> 0 or pipeline <> 0 or potential <> 0`,
    rm_ledger_handoffs: sql`true`,
    rm_ledger: sql`given <> 0 or to_opportunity <> 0 or won <> 0 or won_value <> 0 or received <> 0 or answered <> 0 or accepted <> 0 or reported <> 0`,
    rm_ledger_answers: sql`count <> 0`,
    rm_ledger_flows: sql`count <> 0 or won <> 0`,
    rm_overview_handoffs: sql`given <> 0 or received <> 0 or answered <> 0 or won <> 0 or accepted <> 0 or reported <> 0 or open <> 0`,
  };
  const out: Record<string, unknown[]> = {};
  for (const [t, nonZero] of Object.entries(tables)) {
    // ordered by the whole row: every table's key is among its columns
    out[t] = rowsOf(await db.execute(sql`select * from ${sql.identifier(t)} r where ${nonZero} order by r`));
  }
  return out;
}
