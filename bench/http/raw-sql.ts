/**
 * The raw-SQL baseline of a view: the statements its request issued (see database.ts), replayed
 * straight on the database with the app's own shape — each transaction on one connection, single
 * statements from the pool, side by side where the app ran them side by side — and as many requests
 * in flight as the API run had connections, from the same pool.
 */
import type { RawClient, Replay, ReplayUnit, Statement } from './database';
import { summarise, type LatencySummary } from './stats';

async function onPostgres(pool: Extract<RawClient, { kind: 'postgres' }>['pool'], unit: ReplayUnit): Promise<void> {
  const run = (c: { query: (q: { text: string; values: unknown[]; rowMode?: 'array' }) => Promise<unknown> }, s: Statement) =>
    c.query({ text: s.text, values: s.params, ...(s.rowMode ? { rowMode: s.rowMode } : {}) });
  if (!unit.inTransaction) {
    for (const s of unit.statements) await run(pool, s);
    return;
  }
  const client = await pool.connect();
  try {
    for (const s of unit.statements) await run(client, s);
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function onPglite(pglite: Extract<RawClient, { kind: 'pglite' }>['pglite'], unit: ReplayUnit): Promise<void> {
  if (!unit.inTransaction) {
    for (const s of unit.statements) await pglite.query(s.text, s.params);
    return;
  }
  await pglite.transaction(async (tx) => {
    for (const s of unit.statements) await tx.query(s.text, s.params);
  });
}

/** One replay of a request: every unit starts once the units it originally waited for are done. */
export async function replayOnce(raw: RawClient, replay: Replay): Promise<void> {
  const done: Promise<void>[] = [];
  for (const unit of replay) {
    done.push(
      (async () => {
        await Promise.all(unit.after.map((i) => done[i]!));
        await (raw.kind === 'postgres' ? onPostgres(raw.pool, unit) : onPglite(raw.pglite, unit));
      })(),
    );
  }
  await Promise.all(done);
}

/**
 * Replays the recorded requests round-robin with `concurrency` in flight, for `seconds` and at least
 * `minimum` requests (slow views get enough samples).
 */
export async function measureReplays(
  raw: RawClient,
  replays: Replay[],
  concurrency: number,
  seconds: number,
  minimum = 0,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const more = () => performance.now() < deadline || next < minimum;
  const worker = async () => {
    while (more()) {
      const replay = replays[next++ % replays.length]!;
      const t0 = performance.now();
      await replayOnce(raw, replay);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(latencies, (performance.now() - started) / 1000);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Is the database doing anything for anyone but this check? */
async function busy(raw: RawClient): Promise<boolean> {
  if (raw.kind === 'postgres') {
    const { rows } = await raw.pool.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()",
    );
    return (rows[0]?.n ?? 0) > 0;
  }
  // PGlite runs one statement at a time: a trivial one waits for whatever is queued
  const t0 = performance.now();
  await raw.pglite.query('select 1');
  return performance.now() - t0 > 3;
}

/**
 * Waits until the database has been idle for a few checks in a row: when a timed load ends,
 * requests still in flight go on running in the server, and must not be measured into the next phase.
 */
export async function waitForQuiet(raw: RawClient, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3 && performance.now() < deadline) {
    quiet = (await busy(raw)) ? 0 : quiet + 1;
    await sleep(50);
  }
}
