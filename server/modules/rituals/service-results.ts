import type { z } from 'zod';
import type { ForumRituals, ResultsQuery, RitualSummary, VisitResults } from '@contract/rituals';
import { seasonFigures } from '@domain/pairing';
import { type AppContext } from '../../platform/context';
import { reportingConverter } from '../pipeline/service';
import { interviewSummary } from './service-interviews';
import * as repo from './repo';
import { forumRituals as forumRows } from './repo-forum';
import { seminarSummary } from './service-seminars';

// What joint visits came to (E1): visits, tips, opportunities and won value per seller, group and market; who met whom.

/** Visits planned, done and recorded, tips, opportunities and won value, per seller, group and market; the pairs grid. */
export async function results(ctx: AppContext, q: z.infer<typeof ResultsQuery>): Promise<z.infer<typeof VisitResults>> {
  const converter = await reportingConverter(ctx);
  const facts = await repo.visitFacts(ctx.db, q, converter.factors);
  const people = await repo.people(ctx.db, [...new Set(facts.flatMap((f) => [f.hostId, f.guestId]))]);
  const { groups, markets } = await repo.groupsAndMarkets(ctx.db);
  const byId = new Map(people.map((p) => [p.id, p]));
  type Row = z.infer<typeof VisitResults>['bySeller'][number];
  const tally = (keyOf: (userId: string, f: (typeof facts)[number]) => string | null, name: (k: string) => string) => {
    const rows = new Map<string, Row>();
    for (const f of facts) {
      const keys = new Set([keyOf(f.hostId, f), keyOf(f.guestId, f)].filter((k): k is string => !!k));
      for (const k of keys) {
        const r = rows.get(k) ?? { id: k, name: name(k), planned: 0, done: 0, recorded: 0, tips: 0, opportunities: 0, wonValue: 0 };
        if (f.status !== 'proposed') r.planned++;
        if (f.status === 'done') r.done++;
        if (f.recorded) r.recorded++;
        r.tips += f.tips;
        r.opportunities += f.opportunities;
        r.wonValue += f.wonValue;
        rows.set(k, r);
      }
    }
    return [...rows.values()].map((r) => ({ ...r, wonValue: Math.round(r.wonValue) })).sort((a, b) => a.name.localeCompare(b.name));
  };
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const marketName = new Map(markets.map((m) => [m.id, m.name]));
  const done = facts.filter((f) => f.status === 'done');
  const met = new Map<string, { a: string; b: string; times: number }>();
  for (const f of done) {
    const [a, b] = f.hostId < f.guestId ? [f.hostId, f.guestId] : [f.guestId, f.hostId];
    const k = `${a}|${b}`;
    met.set(k, { a, b, times: (met.get(k)?.times ?? 0) + 1 });
  }
  const sellerIds = [...byId.keys()];
  const figures = seasonFigures(
    sellerIds,
    facts.filter((f) => f.status !== 'proposed').map((f) => ({ hostId: f.hostId, guestId: f.guestId })),
  );
  return {
    currency: converter.currency,
    bySeller: tally(
      (u) => u,
      (k) => byId.get(k)?.name ?? '?',
    ),
    byGroup: tally(
      (u) => byId.get(u)?.salesGroupId ?? null,
      (k) => groupName.get(k) ?? '?',
    ),
    byMarket: tally(
      (_u, f) => f.marketId,
      (k) => marketName.get(k) ?? '?',
    ),
    grid: {
      sellers: people.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
      met: [...met.values()],
    },
    figures: {
      sellers: figures.sellers,
      visits: figures.visits,
      distinctPartners: figures.distinctPartners,
      maxMeetingsOfAPair: figures.maxMeetingsOfAPair,
    },
  };
}

/** Per ritual: how many were held and what came of them (tips, opportunities, won value in the reporting currency). */
export async function ritualSummary(ctx: AppContext): Promise<z.infer<typeof RitualSummary>> {
  const converter = await reportingConverter(ctx);
  const [facts, visitCame, seminars, interviews] = await Promise.all([
    repo.visitFacts(ctx.db, {}, converter.factors),
    repo.outcomeTotals(ctx.db, 'visit', converter.factors),
    seminarSummary(ctx, converter.factors),
    interviewSummary(ctx, converter.factors),
  ]);
  return {
    currency: converter.currency,
    visits: {
      planned: facts.filter((f) => f.status !== 'proposed').length,
      done: facts.filter((f) => f.status === 'done').length,
      recorded: facts.filter((f) => f.recorded).length,
      ...visitCame,
    },
    seminars,
    interviews,
  };
}

const DAY = 86_400_000;

/**
 * The rituals for the cross-selling forum's agenda: those held since its last meeting (else the last
 * two weeks) with what came of them and the visits whose record is missing, and those of the coming
 * two weeks.
 */
export async function forumRituals(ctx: AppContext, marketId: string | null, since: Date | null): Promise<z.infer<typeof ForumRituals>> {
  const now = ctx.clock.now();
  const from = since ?? new Date(now.getTime() - 14 * DAY);
  const rows = await forumRows(ctx.db, marketId, from, new Date(now.getTime() + 14 * DAY), now);
  const items = rows.map((r) => ({ ...r, at: new Date(r.at).toISOString(), people: r.people.filter((p) => !!p) }));
  const recent = items.filter((i) => i.at <= now.toISOString()).reverse();
  return { recent, upcoming: items.filter((i) => i.at > now.toISOString()), recordsDue: recent.filter((i) => i.recordDue).length };
}
