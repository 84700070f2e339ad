/**
 * The cross-selling game (F1): points for the behaviour that creates cross-selling.
 *
 * Points come only from verified events that Korsa itself recorded — never from a form where someone
 * types points — and are computed from the events by `scorePoints`, one pure function. The events are
 * read from the records as they are now, so a tip that is withdrawn or a deal that is reopened simply
 * no longer yields its event, and its points are gone at the next computation; a changed rule is
 * replayed over the whole season by computing again. Each event has a key naming the record and
 * the step, so one event never counts twice.
 *
 * Guard against gaming: a tip scores when the receiver accepts it (`tip_accepted`), not when written;
 * a report back scores only when it came within the chase rules' window (`report_on_time`).
 */
import type { Channel } from './channels';

export const gameEventKinds = [
  'tip_accepted',
  'tip_opportunity',
  'tip_won',
  'report_on_time',
  'meeting_logged',
  'joint_visit_done',
  'opportunity_won',
  'cross_sell_won',
  'renewal_won',
] as const;
export type GameEventKind = (typeof gameEventKinds)[number];

/** Who gets a rule's points: a tip's giver, its receiver, both, or the person who did the thing. */
export const pointRecipients = ['giver', 'receiver', 'both', 'actor'] as const;
export type PointRecipient = (typeof pointRecipients)[number];

/** Events about a tip have a giver and a receiver; the others only an actor. */
export const tipEventKinds: readonly GameEventKind[] = ['tip_accepted', 'tip_opportunity', 'tip_won', 'report_on_time'];

/** The recipients a rule for `kind` may name. */
export function allowedRecipients(kind: GameEventKind): readonly PointRecipient[] {
  return tipEventKinds.includes(kind) ? ['giver', 'receiver', 'both'] : ['actor'];
}

/** How a season is played: together (one shared team goal across groups) or against each other. */
export const seasonModes = ['together', 'against'] as const;
export type SeasonMode = (typeof seasonModes)[number];

export interface GameEvent {
  /** Unique per verified event, e.g. `handoff:<id>:accepted`. */
  key: string;
  kind: GameEventKind;
  /** ISO timestamp of when it happened. */
  at: string;
  /** The person who did it (the receiver who accepted, the seller who won). */
  actorId: string | null;
  /** For tip events: who gave the tip and who received it. */
  giverId: string | null;
  receiverId: string | null;
  channel: Channel | null;
  /** The sales group whose product it concerns (a multiplier per product group). */
  salesGroupId: string | null;
  source: { type: 'handoff' | 'opportunity' | 'activity' | 'visit'; id: string };
  /** For won deals: the first-year value in the reporting currency (incentives). */
  value?: number;
}

export interface PointRule {
  id: string;
  kind: GameEventKind;
  points: number;
  recipient: PointRecipient;
  /** At most this many points per person from this rule in one day / one ISO week. */
  capPerDay: number | null;
  capPerWeek: number | null;
  /** Multipliers by channel and by sales group (product group); 1 when absent. */
  channelMultipliers: Partial<Record<Channel, number>>;
  groupMultipliers: Record<string, number>;
}

export interface Season {
  startsOn: string;
  endsOn: string;
}

export interface PointLine {
  userId: string;
  ruleId: string;
  kind: GameEventKind;
  eventKey: string;
  at: string;
  /** Points awarded (after multipliers and caps). */
  points: number;
  /** The points before the cap; `capped` when the cap took some away. */
  uncapped: number;
  capped: boolean;
  source: GameEvent['source'];
}

/** Whether an instant lies in the season (both dates inclusive, UTC days). */
export function inSeason(at: string, season: Season): boolean {
  const day = at.slice(0, 10);
  return day >= season.startsOn && day <= season.endsOn;
}

/** The Monday (UTC) of the ISO week an instant falls in, as YYYY-MM-DD. */
export function weekOf(at: string): string {
  const d = new Date(`${at.slice(0, 10)}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** The season's events once each (by key), in the order they happened. */
export function seasonEvents(events: readonly GameEvent[], season: Season): GameEvent[] {
  const seen = new Set<string>();
  return [...events]
    .filter((e) => inSeason(e.at, season))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true)));
}

function recipientsOf(rule: PointRule, e: GameEvent): string[] {
  const ids =
    rule.recipient === 'giver'
      ? [e.giverId]
      : rule.recipient === 'receiver'
        ? [e.receiverId]
        : rule.recipient === 'both'
          ? [e.giverId, e.receiverId]
          : [e.actorId];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function multiplier(rule: PointRule, e: GameEvent): number {
  const byChannel = e.channel ? (rule.channelMultipliers[e.channel] ?? 1) : 1;
  const byGroup = e.salesGroupId ? (rule.groupMultipliers[e.salesGroupId] ?? 1) : 1;
  return byChannel * byGroup;
}

/**
 * The season's points: one line per (event, rule, recipient), in the order the events happened, so
 * caps fall on the later events of a day or week. Lines the cap took to zero stay, marked `capped`,
 * so every point — and every missing one — can be traced to its event and rule.
 */
export function scorePoints(rules: readonly PointRule[], events: readonly GameEvent[], season: Season): PointLine[] {
  const used = new Map<string, number>();
  const lines: PointLine[] = [];
  // a year of events falls on a few hundred days: each day's week once (a Date per event was a third of the time)
  const weeks = new Map<string, string>();
  const weekOfDay = (day: string) => weeks.get(day) ?? (weeks.set(day, weekOf(day)), weeks.get(day)!);
  for (const e of seasonEvents(events, season)) {
    const day = e.at.slice(0, 10);
    for (const rule of rules) {
      if (rule.kind !== e.kind) continue;
      const uncapped = Math.round(rule.points * multiplier(rule, e));
      for (const userId of recipientsOf(rule, e)) {
        const dayKey = `${userId}|${rule.id}|d${day}`;
        const weekKey = `${userId}|${rule.id}|w${weekOfDay(day)}`;
        let points = uncapped;
        if (rule.capPerDay !== null) points = Math.min(points, Math.max(0, rule.capPerDay - (used.get(dayKey) ?? 0)));
        if (rule.capPerWeek !== null) points = Math.min(points, Math.max(0, rule.capPerWeek - (used.get(weekKey) ?? 0)));
        used.set(dayKey, (used.get(dayKey) ?? 0) + points);
        used.set(weekKey, (used.get(weekKey) ?? 0) + points);
        lines.push({
          userId,
          ruleId: rule.id,
          kind: e.kind,
          eventKey: e.key,
          at: e.at,
          points,
          uncapped,
          capped: points < uncapped,
          source: e.source,
        });
      }
    }
  }
  return lines;
}

/** Points per person. */
export function totalsByUser(lines: readonly PointLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.userId, (totals.get(l.userId) ?? 0) + l.points);
  return totals;
}

export interface Standing {
  id: string;
  points: number;
  /** Competition ranking: equal points share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/** Rank everyone by points, highest first; ties share a rank and are ordered by id for stability. */
export function rankStandings(points: ReadonlyMap<string, number>, everyone: readonly string[] = []): Standing[] {
  const all = new Map(points);
  for (const id of everyone) if (!all.has(id)) all.set(id, 0);
  const sorted = [...all].sort(([a, pa], [b, pb]) => pb - pa || (a < b ? -1 : a > b ? 1 : 0));
  const out: Standing[] = [];
  sorted.forEach(([id, p], i) => {
    const prev = out[i - 1];
    out.push({ id, points: p, rank: prev && prev.points === p ? prev.rank : i + 1 });
  });
  return out;
}

export interface Team {
  id: string;
  memberIds: readonly string[];
}

/** A team's points are its members' points (a person in two teams counts for both). */
export function teamTotals(userTotals: ReadonlyMap<string, number>, teams: readonly Team[]): Map<string, number> {
  return new Map(teams.map((t) => [t.id, [...new Set(t.memberIds)].reduce((sum, id) => sum + (userTotals.get(id) ?? 0), 0)]));
}

/** How far a season played together has come towards its shared goal (0–1, capped at 1). */
export function goalProgress(total: number, goal: number | null): number | null {
  if (goal === null || goal <= 0) return null;
  return Math.min(1, Math.round((total / goal) * 1000) / 1000);
}

/** Points per ISO week (Mondays) over the season, for a trend line. */
export function weeklyPoints(lines: readonly PointLine[], season: Season): { week: string; points: number }[] {
  const weeks: string[] = [];
  for (let w = weekOf(`${season.startsOn}T00:00:00Z`); w <= season.endsOn;) {
    weeks.push(w);
    const d = new Date(`${w}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7);
    w = d.toISOString().slice(0, 10);
  }
  const byWeek = new Map(weeks.map((w) => [w, 0]));
  for (const l of lines) byWeek.set(weekOf(l.at), (byWeek.get(weekOf(l.at)) ?? 0) + l.points);
  return weeks.map((week) => ({ week, points: byWeek.get(week) ?? 0 }));
}

/** Badges for behaviours, earned from the events themselves (not from points, which rules change). */
export const badges = ['first_tip_won', 'five_tips_accepted', 'ten_reports_on_time', 'first_cross_sell', 'joint_visitor'] as const;
export type Badge = (typeof badges)[number];

const badgeRules: Record<Badge, { kind: GameEventKind; as: 'giver' | 'actor'; count: number }> = {
  first_tip_won: { kind: 'tip_won', as: 'giver', count: 1 },
  five_tips_accepted: { kind: 'tip_accepted', as: 'giver', count: 5 },
  ten_reports_on_time: { kind: 'report_on_time', as: 'actor', count: 10 },
  first_cross_sell: { kind: 'cross_sell_won', as: 'actor', count: 1 },
  joint_visitor: { kind: 'joint_visit_done', as: 'actor', count: 3 },
};

/** Each badge with how far the person has come (`have` of `need`) and whether it is earned. */
export function badgeProgress(
  userId: string,
  events: readonly GameEvent[],
): { badge: Badge; have: number; need: number; earned: boolean }[] {
  return badges.map((badge) => {
    const rule = badgeRules[badge];
    const have = events.filter((e) => e.kind === rule.kind && (rule.as === 'giver' ? e.giverId : e.actorId) === userId).length;
    return { badge, have: Math.min(have, rule.count), need: rule.count, earned: have >= rule.count };
  });
}

/** The points milestones; the next one is the first above what the person has. */
export const pointMilestones = [50, 100, 250, 500, 1000, 2500, 5000] as const;
export function nextMilestone(points: number): number | null {
  return pointMilestones.find((m) => m > points) ?? null;
}

const rule = (id: string, kind: GameEventKind, points: number, recipient: PointRecipient, capPerDay: number | null = null): PointRule => ({
  id,
  kind,
  points,
  recipient,
  capPerDay,
  capPerWeek: null,
  channelMultipliers: {},
  groupMultipliers: {},
});

/** A new season starts with rules that reward giving, answering and winning across groups. */
export const defaultPointRules: readonly PointRule[] = [
  rule('tip-accepted', 'tip_accepted', 10, 'giver'),
  rule('tip-opportunity', 'tip_opportunity', 20, 'both'),
  rule('tip-won', 'tip_won', 50, 'both'),
  rule('report-on-time', 'report_on_time', 5, 'receiver', 20),
  rule('meeting', 'meeting_logged', 2, 'actor', 6),
  rule('cross-sell-won', 'cross_sell_won', 30, 'actor'),
];
