/**
 * Incentives (F2): each seller's statement — what they earned under the season's incentive rules,
 * every line traceable to its deal or handoff and rule, with adjustments after a deal changed —
 * and closing it for payroll. Computed from the same season as the game (service.ts).
 */
import type { z } from 'zod';
import type { Statement, StatementQuery } from '@contract/game';
import type { Viewer } from '@domain/access';
import { earnedLines, maySeeEarnings, statement as statementOf, type IncentiveRule } from '@domain/incentives';
import { writeAudit } from '../../platform/audit';
import { inTransaction, type AppContext } from '../../platform/context';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';
import type { SeasonCache } from './season-cache';
import { computeSeason, present } from './service';

function visiblePeople<T extends { id: string; salesGroupId: string | null; marketId: string | null }>(
  viewer: Viewer,
  people: T[],
  q: z.infer<typeof StatementQuery>,
) {
  return people.filter(
    (p) =>
      maySeeEarnings(viewer, p) &&
      (!q.userId || p.id === q.userId) &&
      (!q.salesGroupId || p.salesGroupId === q.salesGroupId) &&
      (!q.marketId || p.marketId === q.marketId),
  );
}

type ComputedSeason = Awaited<ReturnType<typeof computeSeason>>;

/** What the season's incentive rules earned, per computed season: the same for every viewer, so made once. */
const earnedBySeason = new WeakMap<ComputedSeason, ReturnType<typeof earnedLines>>();

function earnedOf(c: ComputedSeason) {
  let earned = earnedBySeason.get(c);
  if (!earned) {
    earned = earnedLines(c.season.incentiveRules as IncentiveRule[], c.gathered.events, c.window);
    earnedBySeason.set(c, earned);
  }
  return earned;
}

/**
 * The statement from the computed season — the game's cache when given (a change committed before
 * the request is always seen, season-cache.ts) — with only the people the viewer may see paired
 * with what was paid: a seller's own statement does not walk the whole company's lines.
 */
async function computeStatement(ctx: AppContext, viewer: Viewer, id: string, q: z.infer<typeof StatementQuery>, cache?: SeasonCache) {
  const c = await computeSeason(ctx, id, cache);
  const [paid, fx] = await Promise.all([repo.payoutsOf(ctx.db, id), reportingConverter(ctx)]);
  const visible = visiblePeople(viewer, c.people, q);
  const ids = new Set(visible.map((p) => p.id));
  const { lines, totals } = statementOf(
    earnedOf(c).filter((e) => ids.has(e.userId)),
    paid.filter((p) => ids.has(p.userId)),
  );
  const names = new Map(c.people.map((p) => [p.id, p.name]));
  const ruleOf = new Map((c.season.incentiveRules as IncentiveRule[]).map((r) => [r.id, r]));
  const people = visible
    .filter((p) => totals.has(p.id))
    .map((p) => ({ userId: p.id, name: p.name, salesGroupId: p.salesGroupId, marketId: p.marketId, ...totals.get(p.id)! }));
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return {
    c,
    shownLines: lines,
    body: {
      season: present(ctx, c.season, c.teams, viewer),
      currency: fx.currency,
      lines: lines.map((l) => {
        const ruleId = l.earned?.ruleId ?? l.key.split(':')[0]!;
        return {
          key: l.key,
          userId: l.userId,
          personName: names.get(l.userId) ?? '',
          ruleId,
          kind: l.earned?.kind ?? ruleOf.get(ruleId)?.kind ?? null,
          at: l.earned?.at ?? null,
          basis: l.earned?.basis ?? null,
          amount: l.amount,
          paid: l.paid,
          due: l.due,
          adjustment: l.adjustment,
          source: l.earned?.source ?? null,
          label: l.earned ? (c.gathered.labels.get(l.earned.eventKey) ?? null) : null,
        };
      }),
      people,
      total: {
        earned: round2(people.reduce((a, p) => a + p.earned, 0)),
        paid: round2(people.reduce((a, p) => a + p.paid, 0)),
        due: round2(people.reduce((a, p) => a + p.due, 0)),
      },
    } satisfies z.infer<typeof Statement>,
  };
}

export async function statement(ctx: AppContext, viewer: Viewer, id: string, q: z.infer<typeof StatementQuery>, cache?: SeasonCache) {
  return (await computeStatement(ctx, viewer, id, q, cache)).body;
}

/**
 * Close the statement for payroll: what is due on every line the viewer may see is recorded as paid,
 * so a later change to a deal shows as an adjustment. Leaders close their team's, admins everyone's.
 */
export async function recordPayout(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  q: z.infer<typeof StatementQuery>,
  cache?: SeasonCache,
) {
  const { shownLines } = await computeStatement(ctx, viewer, id, q, cache);
  const changed = shownLines.filter((l) => l.due !== 0);
  await inTransaction(ctx, async (tx) => {
    await repo.upsertPayouts(
      tx.db,
      id,
      viewer.id,
      changed.map((l) => ({ key: l.key, userId: l.userId, amount: l.amount })),
    );
    await writeAudit(tx.db, {
      actorId: viewer.id,
      action: 'incentives.paid',
      entityType: 'season',
      entityId: id,
      data: { lines: changed.length, amount: changed.reduce((a, l) => a + l.due, 0) },
    });
  });
  return { lines: changed.length, amount: Math.round(changed.reduce((a, l) => a + l.due, 0) * 100) / 100 };
}
