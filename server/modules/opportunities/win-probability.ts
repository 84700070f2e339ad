import { addMonths } from '../../domain/pipeline/aging';
import { buckets, predict, train, type Features, type Model, type Prediction } from '../../domain/pipeline/win-probability';
import type { AppContext } from '../../platform/context';
import * as repo from './repo-reports';

const REFRESH_MS = 60 * 60_000;
/** Per database handle, so that several databases in one process (tests) never share a model. */
const cache = new WeakMap<object, { model: Model; at: number }>();

const features = (r: { stage: string; group: string; industry: string; size: string; family: string }, ageDays: number): Features => ({
  stage: r.stage,
  group: r.group || '—',
  family: r.family || '—',
  industry: r.industry || '—',
  size: r.size || '—',
  age: buckets.ageMonths(ageDays),
});

/** The model, trained on the last two years of closed deals; retrained hourly per server. */
async function model(ctx: AppContext): Promise<Model> {
  const now = ctx.clock.now().getTime();
  const cached = cache.get(ctx.db);
  if (cached && now - cached.at < REFRESH_MS) return cached.model;
  const rows = await repo.trainingExamples(ctx.db, addMonths(ctx.clock.now(), -24), 20_000);
  const m = train(rows.map((r) => ({ features: features(r, r.age_days), won: r.outcome === 'won' })));
  cache.set(ctx.db, { model: m, at: now });
  return m;
}

/** Learned win probability with its reasons for open opportunities (closed ones have none). */
export async function winProbabilities(ctx: AppContext, ids: string[]): Promise<Map<string, Prediction>> {
  const [m, rows] = await Promise.all([model(ctx), repo.openFeatures(ctx.db, ids)]);
  const now = ctx.clock.now().getTime();
  return new Map(rows.map((r) => [r.id, predict(m, features(r, Math.floor((now - new Date(r.created_at).getTime()) / 86_400_000)))]));
}
