import type { Adoption, FirstSteps } from '@contract/adoption';
import type { Viewer } from '@domain/access';
import { firstStepsByRole, firstStepsOf, lastWeeks, type FirstStepKey } from '@domain/first-steps';
import type { Role } from '@domain/people';
import type { AppContext } from '../../platform/context';
import * as repo from './repo';

const byPerson = (rows: { userId: string; step: FirstStepKey; at: Date }[]) => {
  const done = new Map<string, Map<FirstStepKey, Date>>();
  for (const r of rows) (done.get(r.userId) ?? done.set(r.userId, new Map()).get(r.userId)!).set(r.step, r.at);
  return done;
};

/** The signed-in person's first steps, each done when its record exists. */
export async function myFirstSteps(ctx: AppContext, viewer: Viewer): Promise<FirstSteps> {
  const [done, dismissedAt] = await Promise.all([repo.firstStepsDone(ctx.db, [viewer.id]), repo.firstStepsDismissedAt(ctx.db, viewer.id)]);
  const mine = firstStepsOf(viewer.role, byPerson(done).get(viewer.id) ?? new Map());
  return {
    role: viewer.role,
    steps: mine.steps.map((s) => ({ key: s.key, doneAt: s.doneAt?.toISOString() ?? null })),
    done: mine.done,
    total: mine.total,
    dismissed: dismissedAt !== null,
  };
}

/** Put one's checklist away, or bring it back. Only ever one's own. */
export async function dismissFirstSteps(ctx: AppContext, viewer: Viewer, dismissed: boolean): Promise<FirstSteps> {
  await repo.setFirstStepsDismissed(ctx.db, viewer.id, dismissed ? ctx.clock.now() : null);
  return myFirstSteps(ctx, viewer);
}

/** The rollout: active people per sales group and market each week, first steps done, and each person's use. */
export async function adoption(ctx: AppContext, weekCount: number): Promise<Adoption> {
  const now = ctx.clock.now();
  const weeks = lastWeeks(now, weekCount);
  const since = new Date(`${weeks[0]}T00:00:00Z`);
  const people = await repo.people(ctx.db);
  const ids = people.map((p) => p.id);
  const [steps, usage] = await Promise.all([repo.firstStepsDone(ctx.db, ids), repo.usage(ctx.db, ids, since, now)]);
  const done = byPerson(steps);
  const usageOf = new Map(usage.map((u) => [u.userId, u]));
  const activeIn = (id: string) => new Set((usageOf.get(id)?.weeks ?? []).filter((w) => weeks.includes(w)));

  const buckets = (key: (p: repo.PersonRow) => { id: string | null; name: string | null }) => {
    const groups = new Map<string, { id: string | null; name: string | null; members: repo.PersonRow[] }>();
    for (const p of people) {
      const k = key(p);
      const g = groups.get(k.id ?? '') ?? groups.set(k.id ?? '', { ...k, members: [] }).get(k.id ?? '')!;
      g.members.push(p);
    }
    return [...groups.values()]
      .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)))
      .map((g) => ({
        id: g.id,
        name: g.name,
        people: g.members.length,
        active: weeks.map((w) => g.members.filter((m) => activeIn(m.id).has(w)).length),
      }));
  };

  const stepKeys = [...new Set(Object.values(firstStepsByRole).flat())];
  return {
    weeks,
    salesGroups: buckets((p) => ({ id: p.salesGroupId, name: p.salesGroupName })),
    markets: buckets((p) => ({ id: p.marketId, name: p.marketName })),
    firstSteps: stepKeys.map((key) => {
      const having = people.filter((p) => firstStepsByRole[p.role as Role].includes(key));
      return { key, people: having.length, done: having.filter((p) => done.get(p.id)?.has(key)).length };
    }),
    people: people.map((p) => {
      const u = usageOf.get(p.id);
      const mine = firstStepsOf(p.role as Role, done.get(p.id) ?? new Map());
      return {
        id: p.id,
        name: p.name,
        role: p.role as Role,
        salesGroupName: p.salesGroupName,
        marketName: p.marketName,
        activities: u?.activities ?? 0,
        tipsPassed: u?.tipsPassed ?? 0,
        tipsAnswered: u?.tipsAnswered ?? 0,
        activeWeeks: activeIn(p.id).size,
        lastActiveAt: u?.lastActiveAt ? new Date(u.lastActiveAt).toISOString() : null,
        firstSteps: { done: mine.done, total: mine.total },
      };
    }),
  };
}
