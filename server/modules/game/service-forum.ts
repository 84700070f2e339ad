import type { z } from 'zod';
import type { ForumGame } from '@contract/game';
import type { Viewer } from '@domain/access';
import { rankStandings } from '@domain/game';
import { allows } from '@domain/policy';
import type { AppContext } from '../../platform/context';
import { gamePolicies } from './policies';
import * as repo from './repo';
import { computeSeason } from './service';
import { statement } from './service-incentives';

/**
 * The game for the cross-selling forum's agenda: the season running today (the latest to start when
 * several do), its standings among the forum's members, the points and rank each had at the last
 * meeting, the tips each gave that the receiver accepted since, and — for those who see statements
 * — the incentives each earned. Null when no season runs.
 */
export async function forumGame(
  ctx: AppContext,
  viewer: Viewer,
  memberIds: readonly string[],
  since: Date | null,
): Promise<z.infer<typeof ForumGame> | null> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const season = (await repo.listSeasons(ctx.db)).find((s) => s.startsOn <= today && today <= s.endsOn);
  if (!season || memberIds.length === 0) return null;
  const c = await computeSeason(ctx, season.id);
  const after = since?.toISOString() ?? '';
  const members = new Set(memberIds);
  const sinceOf = new Map<string, number>();
  for (const l of c.lines) if (members.has(l.userId) && l.at > after) sinceOf.set(l.userId, (sinceOf.get(l.userId) ?? 0) + l.points);
  const tips = new Map<string, number>();
  for (const e of c.gathered.events)
    if (e.kind === 'tip_accepted' && e.giverId && members.has(e.giverId) && e.at > after)
      tips.set(e.giverId, (tips.get(e.giverId) ?? 0) + 1);
  const now = new Map(memberIds.map((id) => [id, c.totals.get(id) ?? 0]));
  const ranks = rankStandings(now);
  const before = new Map(
    rankStandings(new Map(memberIds.map((id) => [id, (now.get(id) ?? 0) - (sinceOf.get(id) ?? 0)]))).map((s) => [s.id, s.rank]),
  );
  const earnings = allows(gamePolicies.manage, viewer) ? await statement(ctx, viewer, season.id, {}) : null;
  const earned = new Map((earnings?.people ?? []).map((p) => [p.userId, p.earned]));
  const names = new Map(c.people.map((p) => [p.id, p.name]));
  return {
    season: { id: season.id, name: season.name },
    currency: earnings?.currency ?? '',
    people: ranks
      .filter((s) => names.has(s.id))
      .map((s) => ({
        id: s.id,
        name: names.get(s.id)!,
        points: s.points,
        pointsSince: sinceOf.get(s.id) ?? 0,
        rank: s.rank,
        // before the forum's first meeting there is nothing to move from
        rankBefore: since ? (before.get(s.id) ?? s.rank) : s.rank,
        tipsGiven: tips.get(s.id) ?? 0,
        earned: earnings ? (earned.get(s.id) ?? 0) : null,
      })),
  };
}
