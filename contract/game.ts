import { z } from 'zod';
import { channels } from '@domain/channels';
import { badges, gameEventKinds, pointRecipients, seasonModes } from '@domain/game';
import { incentiveKinds } from '@domain/incentives';
import { Id, int4, text } from './common';

export const GameEventKind = z.enum(gameEventKinds);
export const SeasonMode = z.enum(seasonModes);
export const TeamKind = z.enum(['sales_group', 'market', 'custom']);

const multiplier = z.number().min(0).max(10);
export const PointRule = z.object({
  id: text().trim().min(1).max(40),
  kind: GameEventKind,
  points: z.number().int().min(0).max(10_000),
  recipient: z.enum(pointRecipients),
  capPerDay: z.number().int().min(0).max(1_000_000).nullable().default(null),
  capPerWeek: z.number().int().min(0).max(1_000_000).nullable().default(null),
  channelMultipliers: z.partialRecord(z.enum(channels), multiplier).default({}),
  groupMultipliers: z.record(Id, multiplier).default({}),
});
export const IncentiveRule = z.object({
  id: text().trim().min(1).max(40),
  kind: z.enum(incentiveKinds),
  fixedAmount: z.number().min(0).max(10_000_000).nullable().default(null),
  sharePercent: z.number().min(0).max(100).nullable().default(null),
});
export const TeamInput = z.object({
  name: text().trim().min(1).max(120),
  kind: TeamKind,
  salesGroupId: Id.nullable().optional(),
  marketId: Id.nullable().optional(),
  memberIds: z.array(Id).max(1000).default([]),
});
export const SeasonInput = z.object({
  name: text().trim().min(1).max(120),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  mode: SeasonMode.default('against'),
  teamGoal: int4(1).nullable().default(null),
  pointRules: z.array(PointRule).max(50),
  incentiveRules: z.array(IncentiveRule).max(20).default([]),
  teams: z.array(TeamInput).max(50).default([]),
});
export const SeasonUpdate = SeasonInput.extend({ version: int4(1) });

export const Team = TeamInput.extend({ id: Id, memberIds: z.array(Id) });
export const Season = z.object({
  id: Id,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  mode: SeasonMode,
  teamGoal: z.number().int().nullable(),
  pointRules: z.array(PointRule),
  incentiveRules: z.array(IncentiveRule),
  teams: z.array(Team),
  version: z.number().int(),
  /** Running today. */
  current: z.boolean(),
  can: z.object({ edit: z.boolean(), seeStatements: z.boolean() }),
});

const Person = z.object({ id: Id, name: z.string(), salesGroupId: Id.nullable(), marketId: Id.nullable() });
/** `last=allowed`: the screens take the last standings at once while a change is counted in (`refreshing`). */
export const LeaderboardQuery = z.object({ last: z.enum(['allowed']).optional() });

/** The standings of a season, the same for every viewer (the leaderboard without the season and `refreshing`). */
export const LeaderboardStandings = z.object({
  people: z.array(Person.extend({ points: z.number().int(), rank: z.number().int() })),
  teams: z.array(z.object({ id: Id, name: z.string(), points: z.number().int(), rank: z.number().int(), members: z.number().int() })),
  /** When played together: everyone's points against the shared goal. */
  goal: z.object({ total: z.number().int(), goal: z.number().int(), progress: z.number() }).nullable(),
  /** When these standings were computed from the events. */
  computedAt: z.iso.datetime(),
});
export const Leaderboard = z.object({
  season: Season,
  ...LeaderboardStandings.shape,
  /** A change since is being counted in: these are the last standings, newer ones follow (live `season_computed`). */
  refreshing: z.boolean(),
});

const Source = z.object({ type: z.enum(['handoff', 'opportunity', 'activity', 'visit']), id: z.string() });
export const PointLine = z.object({
  ruleId: z.string(),
  kind: GameEventKind,
  eventKey: z.string(),
  at: z.string(),
  points: z.number().int(),
  uncapped: z.number().int(),
  capped: z.boolean(),
  source: Source,
  /** What it was about: the customer's name. */
  label: z.string().nullable(),
});
export const PlayerCard = z.object({
  season: Season,
  person: Person,
  points: z.number().int(),
  rank: z.number().int(),
  of: z.number().int(),
  byRule: z.array(z.object({ ruleId: z.string(), kind: GameEventKind, points: z.number().int(), events: z.number().int() })),
  weekly: z.array(z.object({ week: z.string(), points: z.number().int() })),
  nextMilestone: z.number().int().nullable(),
  badges: z.array(z.object({ badge: z.enum(badges), have: z.number().int(), need: z.number().int(), earned: z.boolean() })),
  lines: z.array(PointLine),
});

export const StatementLine = z.object({
  key: z.string(),
  userId: Id,
  personName: z.string(),
  ruleId: z.string(),
  kind: z.enum(incentiveKinds).nullable(),
  at: z.string().nullable(),
  basis: z.number().nullable(),
  amount: z.number(),
  paid: z.number(),
  due: z.number(),
  adjustment: z.boolean(),
  source: Source.nullable(),
  label: z.string().nullable(),
});
export const StatementQuery = z.object({
  salesGroupId: Id.optional(),
  marketId: Id.optional(),
  userId: Id.optional(),
});
export const Statement = z.object({
  season: Season,
  currency: z.string(),
  lines: z.array(StatementLine),
  people: z.array(
    z.object({
      userId: Id,
      name: z.string(),
      salesGroupId: Id.nullable(),
      marketId: Id.nullable(),
      earned: z.number(),
      paid: z.number(),
      due: z.number(),
    }),
  ),
  total: z.object({ earned: z.number(), paid: z.number(), due: z.number() }),
});
export const Payout = z.object({ lines: z.number().int(), amount: z.number() });

/** Does the game change behaviour? Per week, before the season and during it. */
export const Behaviour = z.object({
  weeks: z.array(
    z.object({
      week: z.string(),
      during: z.boolean(),
      tipsGiven: z.number().int(),
      reports: z.number().int(),
      reportsOnTime: z.number().int(),
      crossSellWins: z.number().int(),
    }),
  ),
  before: z.object({ tipsGiven: z.number(), reportOnTimeRate: z.number().nullable(), crossSellWins: z.number() }),
  during: z.object({ tipsGiven: z.number(), reportOnTimeRate: z.number().nullable(), crossSellWins: z.number() }),
});

/**
 * The game on the cross-selling forum's agenda (F1, F2): the current season's standings of the
 * forum's members, what moved since its last meeting, the tips each gave, and — for leaders — what
 * each earned in incentives.
 */
export const ForumGame = z.object({
  season: z.object({ id: Id, name: z.string() }),
  currency: z.string(),
  people: z.array(
    z.object({
      id: Id,
      name: z.string(),
      points: z.number().int(),
      /** Points since the forum's last meeting (the season's start for the first). */
      pointsSince: z.number().int(),
      rank: z.number().int(),
      /** The rank at the last meeting: a smaller number now is a climb. */
      rankBefore: z.number().int(),
      tipsGiven: z.number().int(),
      /** Incentives earned in the season; null when the viewer may not see statements. */
      earned: z.number().nullable(),
    }),
  ),
});
