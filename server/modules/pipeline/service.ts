import type { z } from 'zod';
import type { Process, PutStages, Stage } from '@contract/opportunities';
import type { ExchangeRate } from '@contract/org';
import { convert } from '@domain/pipeline/money';
import { isUniqueViolation } from '../../db/errors';
import { stageListProblems } from '@domain/pipeline/stage-list';
import { writeAudit } from '../../platform/audit';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { getOrganisation } from '../org/service';
import * as repo from './repo';

export const presentStage = ({ processId: _p, ...s }: repo.StageRow): Stage => s;

export async function listProcesses(ctx: AppContext): Promise<Process[]> {
  const [procs, stages] = await Promise.all([repo.listProcesses(ctx.db), repo.listStages(ctx.db)]);
  return procs.map((p) => ({
    id: p.id,
    name: p.name,
    salesGroupId: p.salesGroupId,
    marketId: p.marketId,
    stages: stages.filter((s) => s.processId === p.id).map(presentStage),
  }));
}

export async function getProcess(ctx: AppContext, id: string): Promise<Process> {
  const p = await repo.findProcess(ctx.db, id);
  if (!p) throw errors.notFound('The process');
  return {
    id: p.id,
    name: p.name,
    salesGroupId: p.salesGroupId,
    marketId: p.marketId,
    stages: (await repo.stagesOf(ctx.db, id)).map(presentStage),
  };
}

/** The process an opportunity of this group and market follows (the most specific variant, else the global one). */
export async function processFor(ctx: AppContext, salesGroupId: string | null, marketId: string | null) {
  const p = await repo.processFor(ctx.db, salesGroupId, marketId);
  if (!p) throw errors.notFound('The sales process (migration 0006 seeds the global one)');
  return { ...p, stages: (await repo.stagesOf(ctx.db, p.id)).map(presentStage) };
}

export async function findStage(ctx: AppContext, id: string) {
  return repo.findStage(ctx.db, id);
}

/**
 * Admins rename, add, reorder and mark stages optional. A process keeps exactly one Won and one
 * Lost stage, and a stage that opportunities are in cannot be removed.
 */
export async function putStages(ctx: AppContext, actorId: string, processId: string, input: z.infer<typeof PutStages>): Promise<Process> {
  await inTransaction(ctx, async (tx) => {
    const current = await repo.stagesOf(tx.db, processId);
    if (current.length === 0 && !(await repo.findProcess(tx.db, processId))) throw errors.notFound('The process');
    const unknown = input.stages.filter((s) => s.id && !current.some((c) => c.id === s.id));
    if (unknown.length)
      throw errors.invalid('Some stages do not belong to this process.', [{ path: 'body.stages', message: 'unknown stage id' }]);
    const problems = stageListProblems(input.stages, current);
    if (problems.length) throw errors.invalid(problems[0]!.message, problems);
    const removed = current.filter((c) => !input.stages.some((s) => s.id === c.id)).map((c) => c.id);
    if ((await repo.stagesInUse(tx.db, removed)).length) {
      throw errors.conflict('stage_in_use', 'A stage you removed still has opportunities; move them first.');
    }
    if ((await repo.stagesInHistory(tx.db, removed)).length) {
      throw errors.conflict(
        'stage_in_history',
        'Opportunities have passed through a stage you removed, and their history keeps it. Rename it or mark it optional instead.',
      );
    }
    try {
      await repo.replaceStages(tx.db, processId, input.stages);
    } catch (e) {
      if (isUniqueViolation(e)) throw errors.invalid('Stage keys must be unique.', [{ path: 'body.stages', message: 'duplicate key' }]);
      throw e;
    }
    await writeAudit(tx.db, {
      actorId,
      action: 'process.stages_updated',
      entityType: 'process',
      entityId: processId,
      data: { stages: input.stages.map((s) => s.key) },
    });
  });
  return getProcess(ctx, processId);
}

export const listCompetitors = (ctx: AppContext) => repo.listCompetitors(ctx.db);

export async function addCompetitor(ctx: AppContext, name: string) {
  try {
    return await repo.insertCompetitor(ctx.db, name);
  } catch (e) {
    if (isUniqueViolation(e)) throw errors.conflict('already_exists', `${name} is already on the list.`);
    throw e;
  }
}

export async function setExchangeRate(ctx: AppContext, actorId: string, currency: string, rateOn: string, perEuro: number) {
  await inTransaction(ctx, async (tx) => {
    await repo.upsertRate(tx.db, currency, rateOn, perEuro);
    await writeAudit(tx.db, {
      actorId,
      action: 'exchange_rate.set',
      entityType: 'exchange_rate',
      entityId: `${currency}:${rateOn}`,
      data: { perEuro },
    });
  });
}

/**
 * A converter to the organisation's reporting currency at a day's rates. A currency without a rate
 * is reported as missing rather than silently added at 1:1.
 */
export async function reportingConverter(ctx: AppContext, day = ctx.clock.now().toISOString().slice(0, 10)) {
  const [org, rates] = await Promise.all([getOrganisation(ctx), repo.ratesOn(ctx.db, day)]);
  const perEuro = new Map(rates.map((r) => [r.currency, r.perEuro]));
  perEuro.set('EUR', 1);
  const target = perEuro.get(org.reportingCurrency) ?? 1;
  const missing = new Set<string>();
  return {
    currency: org.reportingCurrency,
    missing,
    /** Multiply an amount in `currency` by `factor` to get the reporting currency (for SQL). */
    factors: [...perEuro].map(([currency, rate]) => ({ currency, factor: target / rate })),
    toReporting(amount: number, currency: string): number {
      const rate = perEuro.get(currency);
      if (rate === undefined) {
        missing.add(currency);
        return 0;
      }
      return convert(amount, { perEuro: rate }, { perEuro: target });
    },
  };
}

/** The Won or Lost stage of a process. */
export async function stageOfOutcome(ctx: AppContext, processId: string, outcome: 'won' | 'lost') {
  const stage = (await repo.stagesOf(ctx.db, processId)).find((s) => s.outcome === outcome);
  if (!stage) throw errors.notFound(`The ${outcome} stage of this opportunity’s sales process`);
  return stage;
}

/**
 * Where a reopened deal goes back to: the stage it was closed from when that is still an open stage
 * of its process, else the process's last open stage.
 */
export async function stageToReopen(ctx: AppContext, processId: string, closedFrom: string | null) {
  const open = (await repo.stagesOf(ctx.db, processId)).filter((s) => s.outcome === 'open');
  const stage = open.find((s) => s.id === closedFrom) ?? open.at(-1);
  if (!stage) throw errors.notFound('An open stage of this opportunity’s sales process');
  return stage;
}

/** The latest rate of every currency today (units per euro). */
export async function currentRates(ctx: AppContext) {
  const rows = await repo.ratesOn(ctx.db, ctx.clock.now().toISOString().slice(0, 10));
  return rows.map((r) => ({ ...r, currency: r.currency as z.infer<typeof ExchangeRate>['currency'] }));
}

/**
 * A local variant of the global process for a sales group and/or market (B2): it starts as a copy
 * of the global stages, keeping their keys so reports add up, and is then edited like any process.
 */
export async function createVariant(
  ctx: AppContext,
  actorId: string,
  input: { name: string; salesGroupId?: string | null; marketId?: string | null },
): Promise<Process> {
  if (!input.salesGroupId && !input.marketId)
    throw errors.invalid('A local variant is for a sales group, a market or both.', [
      { path: 'body', message: 'group or market required' },
    ]);
  const id = await inTransaction(ctx, async (tx) => {
      const global = await repo.processFor(tx.db, null, null);
      const row = await repo.insertProcess(tx.db, {
        name: input.name,
        salesGroupId: input.salesGroupId ?? null,
        marketId: input.marketId ?? null,
      });
      await repo.copyStages(tx.db, global!.id, row.id);
      await writeAudit(tx.db, { actorId, action: 'process.created', entityType: 'process', entityId: row.id, data: input });
      return row.id;
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw errors.conflict('already_exists', 'That group and market already have their own process.');
      throw e;
    });
  return getProcess(ctx, id);
}
