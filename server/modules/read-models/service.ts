/**
 * Read models: what the aggregate views read instead of recomputing from every deal. Each is kept
 * in the transaction that changes its source (triggers, migration 0027), adding up facts that the
 * domain decided when the row was written (domain/volume.ts for a deal's volume), and each can be
 * rebuilt from its sources — after a bulk load that bypassed the triggers, or when a rule or the
 * definition changes (bump its version here: the next start rebuilds it).
 *
 * | read model     | source of truth                               | what the views read                     |
 * | -------------- | --------------------------------------------- | --------------------------------------- |
 * | rm_volume      | opportunities.volume_parts (domain/volume.ts) | volume per scope × channel × month      |
 * | rm_pipeline    | open opportunities                            | count, value per scope × stage × year   |
 * | rm_closed      | closed opportunities                          | count, value per scope × stage (board)  |
 * | rm_outcomes    | closed opportunities and their stage outcome  | won / lost per scope × day              |
 * | rm_won_cycles  | won opportunities (created → closed)          | median cycle: days histogram per month  |
 * | handoffs.answered_at, accepted, reported | handoff_updates (domain/handoffs.ts `updateFacts`) | the ledger, the overview's handoffs |
 * | rm_matrix_cells | holdings, open deals' lines, matrix_marks, the account's dimensions | the matrix's rows (owned, white space) |
 * | rm_matrix_counts | rm_matrix_cells (owned as of rm_matrix_state), accounts | the matrix's penetration per filter |
 * | rm_ledger_handoffs | handoffs (and their facts above), the linked deal's stage and value | the ledger's aggregates |
 * | rm_ledger, rm_ledger_answers, rm_ledger_flows | rm_ledger_handoffs of accounts not deleted | the give-to-get ledger and its flows |
 * | rm_overview_handoffs | rm_ledger_handoffs of accounts not deleted | the overview's handoffs per year × scope |
 * | search_words   | names of accounts (and cities), contacts, deals — every word, plus old ones until a rebuild | search's fuzzy path |
 */
import { handoffStatuses, updateFacts } from '@domain/handoffs';
import { volumeParts } from '@domain/volume';
import type { Db } from '../../db/client';
import type { AppContext } from '../../platform/context';
import * as repo from './repo';

/** The definition's version: a start whose database was built with another one rebuilds. */
export const readModelVersions = { overview: 2, handoffFacts: 1, matrix: 2, ledger: 3, search: 1 } as const;
export type ReadModelName = keyof typeof readModelVersions;
export const readModelNames = Object.keys(readModelVersions) as ReadModelName[];

const PAGE = 5000;

export interface RebuildReport {
  deals: number;
  partsChanged: number;
  seconds: number;
  /** Seconds each read model took, in the order they were rebuilt. */
  models: Partial<Record<ReadModelName, number>>;
}

/** Recompute every deal's stored volume parts with the domain rule (only rows that differ are written). */
async function refreshVolumeParts(db: Db): Promise<{ deals: number; changed: number }> {
  let after: string | null = null;
  let deals = 0;
  let changed = 0;
  for (;;) {
    const page = await repo.dealsForParts(db, after, PAGE);
    if (page.length === 0) break;
    const updates = page.flatMap((d) => {
      const parts = volumeParts({ won: d.won, signedOn: d.signedOn, value: d.value, lines: d.lines });
      return JSON.stringify(parts) === JSON.stringify(d.volumeParts) ? [] : [{ id: d.id, parts }];
    });
    await repo.setVolumeParts(db, updates);
    deals += page.length;
    changed += updates.length;
    after = page[page.length - 1]!.id;
  }
  return { deals, changed };
}

/**
 * Rebuild the read models (all, or those named) from their sources in one transaction: writes to
 * their sources wait until it commits, reads go on and see the old figures until then. The matrix
 * keeps the day it was rolled to (else today by the database's clock); a read on another day rolls it.
 */
export async function rebuildReadModels(db: Db, only: readonly ReadModelName[] = readModelNames): Promise<RebuildReport> {
  const started = Date.now();
  const models: RebuildReport['models'] = {};
  const timed = async <T>(name: ReadModelName, build: () => Promise<T>): Promise<T | undefined> => {
    if (!only.includes(name)) return undefined;
    const t0 = Date.now();
    const out = await build();
    models[name] = (Date.now() - t0) / 1000;
    return out;
  };
  const parts = await db.transaction(async (tx) => {
    const volume = await timed('overview', async () => {
      await repo.lockSources(tx);
      await repo.pauseTriggers(tx);
      const refreshed = await refreshVolumeParts(tx);
      await repo.resumeTriggers(tx);
      await repo.clearAggregates(tx);
      await repo.addAllDeals(tx);
      return refreshed;
    });
    await timed('handoffFacts', () => {
      const facts = (f: 'answers' | 'accepts' | 'reports') => handoffStatuses.filter((st) => updateFacts(st)[f]);
      return repo.refreshHandoffFacts(tx, { answers: facts('answers'), accepts: facts('accepts'), reports: facts('reports') });
    });
    await timed('matrix', async () => repo.rebuildMatrix(tx, (await repo.matrixState(tx)) ?? (await repo.matrixDayNow(tx))));
    await timed('ledger', () => repo.rebuildLedger(tx));
    await timed('search', () => repo.syncSearchWords(tx));
    for (const name of only) await repo.recordBuild(tx, name, readModelVersions[name]);
    return volume ?? { deals: 0, changed: 0 };
  });
  return { deals: parts.deals, partsChanged: parts.changed, seconds: (Date.now() - started) / 1000, models };
}

/** At start: rebuild those built with another definition (or never, e.g. just migrated). */
export async function ensureReadModels(db: Db): Promise<RebuildReport | null> {
  const built = new Map((await repo.builtVersions(db)).map((b) => [b.name, b.version]));
  const stale = readModelNames.filter((name) => built.get(name) !== readModelVersions[name]);
  return stale.length ? rebuildReadModels(db, stale) : null;
}

/**
 * Whether the matrix's penetration counts hold `at` (today and the one-off window's start): they
 * hold one day's ownership, so the first read of a new day (or after the window changed) rolls them
 * — only the cells whose owned flag changes are written. On a read replica (`ctx.primary` set) the
 * roll is written on the primary, for the reads after this one once the replica has replayed it, and
 * this read counts from the cells (false); so does a read where the roll cannot be written at all.
 */
export async function matrixCountsAt(
  ctx: Pick<AppContext, 'db' | 'primary' | 'log'>,
  at: { today: string; since: string },
): Promise<boolean> {
  const state = await repo.matrixState(ctx.db);
  if (state && state.today === at.today && state.since === at.since) return true;
  try {
    await (ctx.primary ?? ctx.db).transaction((tx) => repo.rollMatrix(tx, at));
    return !ctx.primary;
  } catch (err) {
    ctx.log.warn({ err }, 'could not roll the matrix counts to the day; counting from the cells');
    return false;
  }
}

/**
 * Search's vocabulary keeps the words of old names (a rename's, a purged record's) until it is made
 * exact again: daily, so they do not take the place of live words among a typo's nearest.
 */
export async function pruneSearchWords(ctx: Pick<AppContext, 'db' | 'log'>): Promise<void> {
  const { added, removed } = await repo.syncSearchWords(ctx.db);
  if (added || removed) ctx.log.info({ added, removed }, 'search vocabulary made exact');
}

/** A bulk load that rebuilds afterwards keeps the triggers quiet for its transaction. */
export const pauseReadModelTriggers = (db: Db) => repo.pauseTriggers(db);

/**
 * A deal closed or reopened changes the shared totals (a product's penetration at every level, the
 * month's volume, the stage's pipeline) in several statements — the deal, its holdings, the account's
 * status — each in key order, but not the transaction as a whole, so two closing at once could each
 * hold a row the other needs next (a deadlock). Such a transaction queues here, holding nothing
 * contested yet, and keeps its place until it commits. They already waited on the company-wide rows
 * one after the other; now they do it without deadlocks. So that the queue moves fast, a close writes
 * everything that touches nobody else's rows (its stage change, timeline event, audit, notice) before
 * it queues, and only the deal, its holdings and the account's status after.
 */
export const queueForSharedTotals = (db: Db) => repo.lockSharedTotals(db);

/** What each read model holds (rows that are not zero), for comparing a rebuild with what the triggers kept. */
export const readModelSnapshot = async (db: Db): Promise<Record<string, unknown[]>> => ({
  ...(await repo.snapshot(db)),
  handoffFacts: await repo.handoffFacts(db),
  ...(await repo.snapshotMatrixAndLedger(db)),
  searchWords: await repo.searchWords(db),
});
