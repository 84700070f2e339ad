import {
  HALF_LIFE_DAYS,
  buckets,
  evaluateTimeSplit,
  predict,
  trainModel,
  weighByRecency,
  type Example,
  type Features,
  type Model,
  type ModelKind,
  type Prediction,
  type TimeSplitEvaluation,
} from '@domain/pipeline/win-probability';
import type { AppContext } from '../../platform/context';
import * as repo from './repo-reports';

const REFRESH_MS = 60 * 60_000;

interface Fitted {
  model: Model;
  evaluation: TimeSplitEvaluation;
  at: number;
}

/** Per database handle, so that several databases in one process (tests) never share a model. */
const cache = new WeakMap<object, Fitted>();

const features = (r: { stage: string; group: string; industry: string; size: string; family: string }, ageDays: number): Features => ({
  stage: r.stage,
  group: r.group || '—',
  family: r.family || '—',
  industry: r.industry || '—',
  size: r.size || '—',
  age: buckets.ageMonths(ageDays),
});

/**
 * The model, learned from the whole closed history with recent deals weighing more; which model
 * (naive Bayes or logistic regression) is chosen on a time split of the same history. Refitted hourly per server.
 */
async function fitted(ctx: AppContext): Promise<Fitted> {
  const now = ctx.clock.now().getTime();
  const cached = cache.get(ctx.db);
  if (cached && now - cached.at < REFRESH_MS) return cached;
  const rows = await repo.trainingExamples(ctx.db);
  const stageProbability = new Map<Example, number>();
  const examples = rows.map((r) => {
    const e: Example = { features: features(r, r.age_days), won: r.outcome === 'won', closedAt: new Date(r.closedAt).getTime() };
    stageProbability.set(e, r.probability / 100);
    return e;
  });
  const evaluation = evaluateTimeSplit(examples, (e) => stageProbability.get(e) ?? null);
  const model = trainModel(evaluation.chosen, weighByRecency(examples, now));
  const entry = { model, evaluation, at: now };
  cache.set(ctx.db, entry);
  return entry;
}

/** Learned win probability with its reasons for open opportunities (closed ones have none). */
export async function winProbabilities(ctx: AppContext, ids: string[]): Promise<Map<string, Prediction & { model: ModelKind }>> {
  const [{ model }, rows] = await Promise.all([fitted(ctx), repo.openFeatures(ctx.db, ids)]);
  const now = ctx.clock.now().getTime();
  return new Map(
    rows.map((r) => [
      r.id,
      { ...predict(model, features(r, Math.floor((now - new Date(r.created_at).getTime()) / 86_400_000))), model: model.kind },
    ]),
  );
}

/** How the chosen model and the other did on the newer deals, against the stage probabilities. */
export async function winProbabilityEvaluation(ctx: AppContext) {
  const { evaluation } = await fitted(ctx);
  return {
    ...evaluation,
    splitAt: evaluation.splitAt === null ? null : new Date(evaluation.splitAt).toISOString(),
    halfLifeDays: HALF_LIFE_DAYS,
  };
}
