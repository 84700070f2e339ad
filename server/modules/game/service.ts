import type { z } from 'zod';
import { LeaderboardStandings, Season } from '@contract/game';
import type { Behaviour, PlayerCard, SeasonInput, SeasonUpdate } from '@contract/game';
import type { Viewer } from '@domain/access';
import { allows } from '@domain/policy';
import type { IncentiveRule } from '@domain/incentives';
import { sells } from '@domain/people';
import {
  allowedRecipients,
  badgeProgress,
  goalProgress,
  nextMilestone,
  rankStandings,
  scorePoints,
  seasonEvents,
  teamTotals,
  totalsByUser,
  weekOf,
  weeklyPoints,
  type GameEvent,
  type PointRule,
} from '@domain/game';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/context';
import { writeAudit } from '../../platform/audit';
import { errors } from '../../platform/errors';
import { publish } from '../live/service';
import { gatherEvents } from './events';
import { gamePolicies } from './policies';
import * as repo from './repo';
import type { Cached, SeasonCache } from './season-cache';

type SeasonDto = z.infer<typeof Season>;
const today = (ctx: AppContext) => ctx.clock.now().toISOString().slice(0, 10);

export function present(ctx: AppContext, s: repo.SeasonRow, teams: repo.TeamRow[], viewer: Viewer): SeasonDto {
  const now = today(ctx);
  return {
    id: s.id,
    name: s.name,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    mode: s.mode,
    teamGoal: s.teamGoal,
    pointRules: s.pointRules as PointRule[],
    incentiveRules: s.incentiveRules as IncentiveRule[],
    teams: teams
      .filter((t) => t.seasonId === s.id)
      .map((t) => ({ id: t.id, name: t.name, kind: t.kind, salesGroupId: t.salesGroupId, marketId: t.marketId, memberIds: t.memberIds })),
    version: s.version,
    current: s.startsOn <= now && now <= s.endsOn,
    can: { edit: allows(gamePolicies.manage, viewer), seeStatements: allows(gamePolicies.manage, viewer) },
  };
}

export async function listSeasons(ctx: AppContext, viewer: Viewer) {
  const rows = await repo.listSeasons(ctx.db);
  const teams = await repo.teamsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((s) => present(ctx, s, teams, viewer));
}

async function seasonOf(ctx: AppContext, id: string) {
  const s = await repo.findSeason(ctx.db, id);
  if (!s) throw errors.notFound('The season');
  return { season: s, teams: await repo.teamsOf(ctx.db, [id]) };
}

export async function getSeason(ctx: AppContext, viewer: Viewer, id: string) {
  const { season, teams } = await seasonOf(ctx, id);
  return present(ctx, season, teams, viewer);
}

/** The rules and teams must make sense together: dates in order, recipients the event has, teams that exist. */
async function validate(ctx: AppContext, input: z.infer<typeof SeasonInput>) {
  const problems: { path: string; message: string }[] = [];
  if (input.endsOn < input.startsOn) problems.push({ path: 'body.endsOn', message: 'The season ends before it starts.' });
  const ids = new Set<string>();
  input.pointRules.forEach((r, i) => {
    if (ids.has(r.id)) problems.push({ path: `body.pointRules.${i}.id`, message: 'Two rules have the same id.' });
    ids.add(r.id);
    if (!allowedRecipients(r.kind).includes(r.recipient))
      problems.push({
        path: `body.pointRules.${i}.recipient`,
        message: `Points for ${r.kind} go to ${allowedRecipients(r.kind).join(' / ')}.`,
      });
  });
  input.incentiveRules.forEach((r, i) => {
    if (ids.has(r.id)) problems.push({ path: `body.incentiveRules.${i}.id`, message: 'Two rules have the same id.' });
    ids.add(r.id);
    if ((r.fixedAmount === null) === (r.sharePercent === null))
      problems.push({ path: `body.incentiveRules.${i}`, message: 'Give either a fixed amount or a share of the deal, not both.' });
    if (r.kind === 'report_bonus' && r.fixedAmount === null)
      problems.push({ path: `body.incentiveRules.${i}.fixedAmount`, message: 'A report bonus is a fixed amount.' });
  });
  if (input.mode === 'together' && input.teamGoal === null)
    problems.push({ path: 'body.teamGoal', message: 'A season played together needs a shared goal.' });
  const [groups, markets, users] = await Promise.all([
    repo.existingIds(
      ctx.db,
      'sales_groups',
      input.teams.flatMap((t) => (t.salesGroupId ? [t.salesGroupId] : [])),
    ),
    repo.existingIds(
      ctx.db,
      'markets',
      input.teams.flatMap((t) => (t.marketId ? [t.marketId] : [])),
    ),
    repo.existingIds(
      ctx.db,
      'users',
      input.teams.flatMap((t) => t.memberIds),
    ),
  ]);
  input.teams.forEach((t, i) => {
    if (t.kind === 'sales_group' && (!t.salesGroupId || !groups.has(t.salesGroupId)))
      problems.push({ path: `body.teams.${i}.salesGroupId`, message: 'Choose an existing sales group.' });
    if (t.kind === 'market' && (!t.marketId || !markets.has(t.marketId)))
      problems.push({ path: `body.teams.${i}.marketId`, message: 'Choose an existing market.' });
    if (t.kind === 'custom' && (t.memberIds.length === 0 || t.memberIds.some((id) => !users.has(id))))
      problems.push({ path: `body.teams.${i}.memberIds`, message: 'A team of hand-picked people needs existing members.' });
  });
  if (problems.length > 0) throw errors.invalid(problems[0]!.message, problems);
}

const teamValues = (input: z.infer<typeof SeasonInput>) =>
  input.teams.map((t) => ({
    name: t.name,
    kind: t.kind,
    salesGroupId: t.kind === 'sales_group' ? (t.salesGroupId ?? null) : null,
    marketId: t.kind === 'market' ? (t.marketId ?? null) : null,
    memberIds: t.kind === 'custom' ? [...new Set(t.memberIds)] : [],
  }));

export async function createSeason(ctx: AppContext, viewer: Viewer, input: z.infer<typeof SeasonInput>) {
  await validate(ctx, input);
  const id = await inTransaction(ctx, async (tx) => {
    const { teams: _teams, ...values } = input;
    const s = await repo.insertSeason(tx.db, { ...values, createdById: viewer.id });
    await repo.replaceTeams(tx.db, s.id, teamValues(input));
    await writeAudit(tx.db, { actorId: viewer.id, action: 'season.created', entityType: 'season', entityId: s.id, data: { name: s.name } });
    return s.id;
  });
  return getSeason(ctx, viewer, id);
}

export async function updateSeason(ctx: AppContext, viewer: Viewer, id: string, input: z.infer<typeof SeasonUpdate>) {
  await seasonOf(ctx, id);
  await validate(ctx, input);
  await inTransaction(ctx, async (tx) => {
    const { teams: _teams, version, ...values } = input;
    const s = await repo.updateSeason(tx.db, id, version, values);
    if (!s) throw errors.conflict('version_conflict', 'Someone changed this season since you opened it. Reload to see their change.');
    await repo.replaceTeams(tx.db, id, teamValues(input));
    await writeAudit(tx.db, { actorId: viewer.id, action: 'season.updated', entityType: 'season', entityId: id, data: { name: s.name } });
  });
  return getSeason(ctx, viewer, id);
}

export async function deleteSeason(ctx: AppContext, viewer: Viewer, id: string) {
  await seasonOf(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteSeason(tx.db, id);
    await writeAudit(tx.db, { actorId: viewer.id, action: 'season.deleted', entityType: 'season', entityId: id });
  });
}

/** The season computed: every point line from its rules over its events, and the standings. */
async function computeSeasonNow(ctx: AppContext, id: string) {
  const { season, teams } = await seasonOf(ctx, id);
  const window = { startsOn: season.startsOn, endsOn: season.endsOn < today(ctx) ? season.endsOn : today(ctx) };
  const [gathered, people] = await Promise.all([gatherEvents(ctx, season.startsOn, window.endsOn), repo.people(ctx.db)]);
  const lines = scorePoints(season.pointRules as PointRule[], gathered.events, window);
  const totals = totalsByUser(lines);
  const players = people.filter((p) => (p.active && sells(p)) || totals.has(p.id));
  const standings = rankStandings(
    totals,
    players.map((p) => p.id),
  );
  const membersOf = (t: repo.TeamRow) =>
    t.kind === 'custom'
      ? t.memberIds
      : players.filter((p) => (t.kind === 'sales_group' ? p.salesGroupId === t.salesGroupId : p.marketId === t.marketId)).map((p) => p.id);
  const teamMembers = teams.map((t) => ({ id: t.id, name: t.name, memberIds: membersOf(t) }));
  return {
    season,
    teams,
    window,
    gathered,
    people,
    players,
    lines,
    totals,
    standings,
    teamMembers,
    computedAt: ctx.clock.now().toISOString(),
  };
}

type ComputedSeason = Awaited<ReturnType<typeof computeSeasonNow>>;

/**
 * The season computed, from the cache while nothing it reads has changed (season-cache.ts) — the
 * season's own version and today's date are part of the key, so an edited rule replays at once.
 */
export async function computeSeason(ctx: AppContext, id: string, cache?: SeasonCache): Promise<ComputedSeason> {
  return (await cachedSeason(ctx, id, cache, false)).value;
}

/**
 * As computeSeason, for the standings on screen: when a change made them stale, the last ones are
 * served at once (`refreshing`) while the season is replayed once in the background, and every
 * screen hears `season_computed` when it is done (season-cache.ts).
 */
async function cachedSeason(ctx: AppContext, id: string, cache: SeasonCache | undefined, stale: boolean): Promise<Cached<ComputedSeason>> {
  if (!cache) return { value: await computeSeasonNow(ctx, id), refreshing: false };
  const key = await repo.seasonStamp(ctx.db, id);
  if (!key) throw errors.notFound('The season');
  const refreshed = () =>
    void publish(ctx, { type: 'season_computed', seasonId: id }).catch((err: unknown) =>
      ctx.log.warn({ err, seasonId: id }, 'could not announce the computed season'),
    );
  return cache.get(`${id}:${key.version}:${today(ctx)}`, key.stamp, () => computeSeasonNow(ctx, id), stale ? refreshed : undefined);
}

/**
 * The standings of a computed season, the same for every viewer: made, checked against the contract
 * and serialised once per computation — as the members of a JSON object, without its braces.
 */
const boards = new WeakMap<ComputedSeason, string>();

function boardOf(c: ComputedSeason): string {
  const made = boards.get(c);
  if (made !== undefined) return made;
  const byId = new Map(c.people.map((p) => [p.id, p]));
  const membersOf = new Map(c.teamMembers.map((t) => [t.id, t]));
  const teamRanks = rankStandings(teamTotals(c.totals, c.teamMembers));
  const total = [...c.totals.values()].reduce((a, b) => a + b, 0);
  const progress = goalProgress(total, c.season.mode === 'together' ? c.season.teamGoal : null);
  const board = LeaderboardStandings.parse({
    people: c.standings.map((s) => {
      const p = byId.get(s.id)!;
      return { id: p.id, name: p.name, salesGroupId: p.salesGroupId, marketId: p.marketId, points: s.points, rank: s.rank };
    }),
    teams: teamRanks.map((r) => {
      const t = membersOf.get(r.id)!;
      return { id: t.id, name: t.name, points: r.points, rank: r.rank, members: t.memberIds.length };
    }),
    goal: progress === null ? null : { total, goal: c.season.teamGoal!, progress },
    computedAt: c.computedAt,
  });
  const members = JSON.stringify(board).slice(1, -1);
  boards.set(c, members);
  return members;
}

/**
 * The leaderboard as JSON text for the route: the standings (600 people at a large company) are
 * serialised once per computed season, not on every request of every screen; only the season's
 * part that depends on the viewer (what they may do) is serialised per request, and checked.
 */
export async function leaderboardJson(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  cache: SeasonCache,
  options: { lastAllowed?: boolean } = {},
): Promise<string> {
  const { value: c, refreshing } = await cachedSeason(ctx, id, cache, options.lastAllowed ?? false);
  const season = Season.parse(present(ctx, c.season, c.teams, viewer));
  return `{"season":${JSON.stringify(season)},${boardOf(c)},"refreshing":${refreshing}}`;
}

export async function playerCard(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  userId: string,
  cache?: SeasonCache,
): Promise<z.infer<typeof PlayerCard>> {
  const c = await computeSeason(ctx, id, cache);
  const person = c.people.find((p) => p.id === userId);
  if (!person) throw errors.notFound('The person');
  const mine = c.lines.filter((l) => l.userId === userId);
  const standing = c.standings.find((s) => s.id === userId);
  const byRule = new Map<string, { ruleId: string; kind: GameEvent['kind']; points: number; events: number }>();
  for (const l of mine) {
    const r = byRule.get(l.ruleId) ?? { ruleId: l.ruleId, kind: l.kind, points: 0, events: 0 };
    byRule.set(l.ruleId, { ...r, points: r.points + l.points, events: r.events + 1 });
  }
  const points = c.totals.get(userId) ?? 0;
  return {
    season: present(ctx, c.season, c.teams, viewer),
    person: { id: person.id, name: person.name, salesGroupId: person.salesGroupId, marketId: person.marketId },
    points,
    rank: standing?.rank ?? c.standings.length + 1,
    of: c.standings.length,
    byRule: [...byRule.values()],
    weekly: weeklyPoints(mine, c.window),
    nextMilestone: nextMilestone(points),
    badges: badgeProgress(userId, seasonEvents(c.gathered.events, c.window)),
    lines: mine
      .slice()
      .reverse()
      .slice(0, 200)
      .map((l) => ({ ...l, label: c.gathered.labels.get(l.eventKey) ?? null })),
  };
}

/** Whose earnings the viewer may see: their own; their team's as a leader; everyone's as admin or management. */
/** Does the game change behaviour? Tips given, reports on time and cross-sell wins per week, before and during. */
export async function behaviour(ctx: AppContext, id: string, weeksBefore = 8): Promise<z.infer<typeof Behaviour>> {
  const { season } = await seasonOf(ctx, id);
  const start = new Date(`${season.startsOn}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - weeksBefore * 7);
  const from = start.toISOString().slice(0, 10);
  const to = season.endsOn < today(ctx) ? season.endsOn : today(ctx);
  const [gathered, given] = await Promise.all([gatherEvents(ctx, from, to), repo.tipsGivenByWeek(ctx.db, from, to)]);
  const weeks = weeklyPoints([], { startsOn: from, endsOn: to }).map((w) => w.week);
  const row = new Map(
    weeks.map((w) => [
      w,
      { week: w, during: w >= weekOf(`${season.startsOn}T00:00:00Z`), tipsGiven: 0, reports: 0, reportsOnTime: 0, crossSellWins: 0 },
    ]),
  );
  for (const g of given) {
    const r = row.get(g.week);
    if (r) r.tipsGiven += g.n;
  }
  for (const rep of gathered.reports) {
    const r = row.get(weekOf(rep.at));
    if (!r) continue;
    r.reports++;
    if (rep.onTime) r.reportsOnTime++;
  }
  for (const e of gathered.events) {
    const r = e.kind === 'cross_sell_won' ? row.get(weekOf(e.at)) : undefined;
    if (r) r.crossSellWins++;
  }
  const all = [...row.values()];
  const summary = (part: typeof all) => {
    const n = Math.max(1, part.length);
    const reports = part.reduce((a, r) => a + r.reports, 0);
    return {
      tipsGiven: Math.round((part.reduce((a, r) => a + r.tipsGiven, 0) / n) * 10) / 10,
      reportOnTimeRate: reports === 0 ? null : Math.round((part.reduce((a, r) => a + r.reportsOnTime, 0) / reports) * 1000) / 1000,
      crossSellWins: Math.round((part.reduce((a, r) => a + r.crossSellWins, 0) / n) * 10) / 10,
    };
  };
  return { weeks: all, before: summary(all.filter((r) => !r.during)), during: summary(all.filter((r) => r.during)) };
}
