/**
 * One-to-ones (I1): a leader meets each seller on a cadence. Korsa prepares the agenda from the
 * seller's data since the last meeting — the pipeline's changes, deals stuck or timed out, tips given
 * and received and their reports back, activity, target progress by channel, and the actions agreed
 * last time that are still open. The leader rates behaviours, not only results (seed 002:
 * preparation, needs discovery, showing value, chemistry), on a simple scale.
 */
import type { Channel } from './channels';
import { isCloseOverdue, isStale, isTimedOut, pipelineWarning, type AgingRules, defaultAgingRules } from './pipeline/aging';
import { paceOf, type Pace } from './targets';

export const behaviours = ['preparation', 'needs_discovery', 'showing_value', 'chemistry'] as const;
export type Behaviour = (typeof behaviours)[number];
/** 1 (needs work) … 5 (a model for others). */
export const ratingScale = [1, 2, 3, 4, 5] as const;
export type Ratings = Partial<Record<Behaviour, number>>;

export const defaultCadenceDays = 14;
export const cadenceChoices = [7, 14, 21, 28, 42] as const;
/** Without a meeting before, the agenda looks back this far. */
export const firstLookBackDays = 30;

const DAY = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (isoDay: string, n: number) => dayOf(new Date(Date.parse(`${isoDay}T00:00:00Z`) + n * DAY));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export const oneToOneStates = ['overdue', 'never', 'due', 'ok'] as const;
export type OneToOneState = (typeof oneToOneStates)[number];

/**
 * Where a seller stands with their one-to-ones: never held; overdue (past the cadence); due (within
 * two days of it); or fine. The leader's list puts the overdue first.
 */
export function oneToOneStatus(
  input: { cadenceDays: number; lastHeldOn: string | null },
  today: string,
): { state: OneToOneState; nextDueOn: string | null; daysOverdue: number } {
  if (!input.lastHeldOn) return { state: 'never', nextDueOn: null, daysOverdue: 0 };
  const nextDueOn = addDays(input.lastHeldOn, input.cadenceDays);
  const late = daysBetween(nextDueOn, today);
  if (late > 0) return { state: 'overdue', nextDueOn, daysOverdue: late };
  return { state: late >= -2 ? 'due' : 'ok', nextDueOn, daysOverdue: 0 };
}

/**
 * The due day a leader is reminded of (I1): the seller's next one-to-one once that day has come (or
 * passed without a meeting); null before it, or when none was ever held. One reminder per due day.
 */
export function reminderDueOn(input: { cadenceDays: number; lastHeldOn: string | null }, today: string): string | null {
  const { nextDueOn } = oneToOneStatus(input, today);
  return nextDueOn !== null && nextDueOn <= today ? nextDueOn : null;
}

/** The order of the leader's list: overdue (longest first), never held, due, fine. */
export function byUrgency(a: { state: OneToOneState; daysOverdue: number }, b: { state: OneToOneState; daysOverdue: number }) {
  const rank = (s: OneToOneState) => oneToOneStates.indexOf(s);
  return rank(a.state) - rank(b.state) || b.daysOverdue - a.daysOverdue;
}

export interface DealFact {
  id: string;
  name: string;
  accountName: string;
  value: number;
  currency: string;
  outcome: 'open' | 'won' | 'lost';
  createdAt: Date;
  closedAt: Date | null;
  /** When it last changed stage. */
  stageEnteredAt: Date;
  stageName: string;
  expectedCloseOn: string | null;
  lastActivityAt: Date | null;
  timedOutProposed: boolean;
}

export interface TipFact {
  id: string;
  accountName: string;
  status: string;
  createdAt: Date;
  /** Answered (accepted or declined) by the receiver. */
  answeredAt: Date | null;
  dueAt: Date;
  /** Its status changed since the last meeting (a report back). */
  reportedSince: boolean;
  open: boolean;
}

export interface AgendaFacts {
  /** The last one-to-one (or the look-back's start). */
  since: Date;
  now: Date;
  deals: DealFact[];
  tipsReceived: TipFact[];
  tipsGiven: TipFact[];
  /** Activities by type: since the last meeting, and in as long a period before it. */
  activity: { type: string; since: number; before: number }[];
  /** The year's target and volume per channel, and the share of the year gone. */
  targets: { channel: Channel; target: number | null; volume: number }[];
  elapsed: number;
  openActions: { taskId: string; title: string; dueOn: string; agreedOn: string }[];
  rules?: AgingRules;
}

export type Attention = 'timed_out' | 'close_overdue' | 'stale';

export const agendaTopics = ['open_actions', 'deals_attention', 'tips_to_answer', 'pipeline_changes', 'tips', 'targets', 'activity'] as const;
export type AgendaTopic = (typeof agendaTopics)[number];

export interface Agenda {
  since: string;
  /** What to talk about, in order: what needs a decision first, then what happened. */
  topics: { topic: AgendaTopic; count: number }[];
  openActions: AgendaFacts['openActions'];
  pipeline: {
    created: DealFact[];
    won: DealFact[];
    lost: DealFact[];
    moved: DealFact[];
    attention: (DealFact & { warning: Attention })[];
  };
  tips: { toAnswer: TipFact[]; received: TipFact[]; given: TipFact[]; reportsBack: TipFact[] };
  activity: { byType: AgendaFacts['activity']; total: number; previousTotal: number; trend: 'up' | 'down' | 'flat' };
  targets: { channel: Channel; target: number; volume: number; progress: number; pace: Pace | null }[];
}

/** Prepare the agenda of the next one-to-one from the seller's facts (pure, deterministic). */
export function prepareAgenda(f: AgendaFacts): Agenda {
  const rules = f.rules ?? defaultAgingRules;
  const after = (d: Date | null) => d !== null && d.getTime() > f.since.getTime();
  const open = f.deals.filter((d) => d.outcome === 'open');
  const attention = open.flatMap((d) => {
    const closed = false;
    const warning = pipelineWarning({
      timedOutProposed: d.timedOutProposed || isTimedOut({ createdAt: d.createdAt, expectedCloseOn: d.expectedCloseOn, closed }, f.now, rules),
      closeOverdue: isCloseOverdue({ expectedCloseOn: d.expectedCloseOn, closed }, f.now),
      stale: isStale({ lastActivityAt: d.lastActivityAt, createdAt: d.createdAt, closed }, f.now, rules),
    });
    return warning ? [{ ...d, warning }] : [];
  });
  const severity: Record<Attention, number> = { timed_out: 0, close_overdue: 1, stale: 2 };
  attention.sort((a, b) => severity[a.warning] - severity[b.warning] || b.value - a.value);
  const byValue = (a: DealFact, b: DealFact) => b.value - a.value;
  const pipeline = {
    created: f.deals.filter((d) => after(d.createdAt)).sort(byValue),
    won: f.deals.filter((d) => d.outcome === 'won' && after(d.closedAt)).sort(byValue),
    lost: f.deals.filter((d) => d.outcome === 'lost' && after(d.closedAt)).sort(byValue),
    moved: open.filter((d) => after(d.stageEnteredAt) && !after(d.createdAt)).sort(byValue),
    attention,
  };
  const tips = {
    toAnswer: f.tipsReceived.filter((t) => t.open && t.answeredAt === null),
    received: f.tipsReceived.filter((t) => after(t.createdAt)),
    given: f.tipsGiven.filter((t) => after(t.createdAt)),
    reportsBack: f.tipsGiven.filter((t) => t.reportedSince),
  };
  const total = f.activity.reduce((s, a) => s + a.since, 0);
  const previousTotal = f.activity.reduce((s, a) => s + a.before, 0);
  const trend = total > previousTotal * 1.1 ? 'up' : total < previousTotal * 0.9 ? 'down' : 'flat';
  const targets = f.targets.flatMap((t) => {
    if (!t.target) return [];
    const progress = t.volume / t.target;
    return [{ channel: t.channel, target: t.target, volume: t.volume, progress, pace: paceOf(progress, f.elapsed) }];
  });
  const counts: Record<AgendaTopic, number> = {
    open_actions: f.openActions.length,
    deals_attention: attention.length,
    tips_to_answer: tips.toAnswer.length,
    pipeline_changes: pipeline.created.length + pipeline.won.length + pipeline.lost.length + pipeline.moved.length,
    tips: tips.received.length + tips.given.length + tips.reportsBack.length,
    // targets behind pace are worth the time; on pace, a line
    targets: targets.filter((t) => t.pace === 'behind' || t.pace === 'farBehind').length,
    activity: total,
  };
  return {
    since: dayOf(f.since),
    topics: agendaTopics.filter((t) => counts[t] > 0 || t === 'activity' || t === 'targets').map((topic) => ({ topic, count: counts[topic] })),
    openActions: [...f.openActions].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    pipeline,
    tips,
    activity: { byType: f.activity.filter((a) => a.since + a.before > 0), total, previousTotal, trend },
    targets,
  };
}

/**
 * The seller's trend per behaviour: the latest rating and the one before it, and every rating oldest
 * first (`heldAt`, the moment, orders two meetings of one day).
 */
export function ratingTrend(history: { heldOn: string; heldAt?: string; ratings: Ratings }[]) {
  const when = (h: { heldOn: string; heldAt?: string }) => h.heldAt ?? h.heldOn;
  const ordered = [...history].sort((a, b) => when(a).localeCompare(when(b)));
  return behaviours.map((behaviour) => {
    const rated = ordered.flatMap((h) => (h.ratings[behaviour] !== undefined ? [h.ratings[behaviour]] : []));
    const latest = rated.at(-1) ?? null;
    const previous = rated.at(-2) ?? null;
    return { behaviour, latest, previous, change: latest !== null && previous !== null ? latest - previous : null, points: rated };
  });
}
