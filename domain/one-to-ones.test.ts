import { describe, expect, it } from 'vitest';
import {
  byUrgency,
  oneToOneStatus,
  reminderDueOn,
  prepareAgenda,
  ratingTrend,
  type AgendaFacts,
  type DealFact,
  type TipFact,
} from './one-to-ones';

const now = new Date('2026-06-15T10:00:00Z');
const since = new Date('2026-06-01T09:00:00Z');
const deal = (over: Partial<DealFact>): DealFact => ({
  id: 'd',
  name: 'Deal',
  accountName: 'Acme',
  value: 1000,
  currency: 'SEK',
  outcome: 'open',
  createdAt: new Date('2026-05-01T00:00:00Z'),
  closedAt: null,
  stageEnteredAt: new Date('2026-05-01T00:00:00Z'),
  stageName: 'Qualified',
  expectedCloseOn: '2026-07-01',
  lastActivityAt: new Date('2026-06-10T00:00:00Z'),
  timedOutProposed: false,
  ...over,
});
const tip = (over: Partial<TipFact>): TipFact => ({
  id: 't',
  accountName: 'Acme',
  status: 'sent',
  createdAt: new Date('2026-06-05T00:00:00Z'),
  answeredAt: null,
  dueAt: new Date('2026-06-10T00:00:00Z'),
  reportedSince: false,
  open: true,
  ...over,
});
const facts = (over: Partial<AgendaFacts>): AgendaFacts => ({
  since,
  now,
  deals: [],
  tipsReceived: [],
  tipsGiven: [],
  activity: [],
  targets: [],
  elapsed: 0.45,
  openActions: [],
  ...over,
});

describe('one-to-ones', () => {
  it('is never held, fine, due within two days of the cadence, then overdue by the days past it', () => {
    expect(oneToOneStatus({ cadenceDays: 14, lastHeldOn: null }, '2026-06-15').state).toBe('never');
    expect(oneToOneStatus({ cadenceDays: 14, lastHeldOn: '2026-06-10' }, '2026-06-15')).toEqual({
      state: 'ok',
      nextDueOn: '2026-06-24',
      daysOverdue: 0,
    });
    expect(oneToOneStatus({ cadenceDays: 14, lastHeldOn: '2026-06-03' }, '2026-06-15').state).toBe('due');
    expect(oneToOneStatus({ cadenceDays: 14, lastHeldOn: '2026-06-01' }, '2026-06-15').state).toBe('due');
    expect(oneToOneStatus({ cadenceDays: 14, lastHeldOn: '2026-05-20' }, '2026-06-15')).toEqual({
      state: 'overdue',
      nextDueOn: '2026-06-03',
      daysOverdue: 12,
    });
  });

  it('lists the most overdue first, then those never met, then due, then fine', () => {
    const list = [
      { id: 'ok', state: 'ok' as const, daysOverdue: 0 },
      { id: 'never', state: 'never' as const, daysOverdue: 0 },
      { id: 'late2', state: 'overdue' as const, daysOverdue: 2 },
      { id: 'due', state: 'due' as const, daysOverdue: 0 },
      { id: 'late9', state: 'overdue' as const, daysOverdue: 9 },
    ];
    expect(list.sort(byUrgency).map((x) => x.id)).toEqual(['late9', 'late2', 'never', 'due', 'ok']);
  });

  it('sorts the pipeline since the last meeting into new, won, lost and moved', () => {
    const agenda = prepareAgenda(
      facts({
        deals: [
          deal({ id: 'new', createdAt: new Date('2026-06-03T00:00:00Z'), stageEnteredAt: new Date('2026-06-05T00:00:00Z') }),
          deal({ id: 'won', outcome: 'won', closedAt: new Date('2026-06-08T00:00:00Z') }),
          deal({ id: 'old-won', outcome: 'won', closedAt: new Date('2026-05-08T00:00:00Z') }),
          deal({ id: 'lost', outcome: 'lost', closedAt: new Date('2026-06-09T00:00:00Z') }),
          deal({ id: 'moved', stageEnteredAt: new Date('2026-06-04T00:00:00Z') }),
          deal({ id: 'still' }),
        ],
      }),
    );
    expect(agenda.pipeline.created.map((d) => d.id)).toEqual(['new']);
    expect(agenda.pipeline.won.map((d) => d.id)).toEqual(['won']);
    expect(agenda.pipeline.lost.map((d) => d.id)).toEqual(['lost']);
    expect(agenda.pipeline.moved.map((d) => d.id)).toEqual(['moved']);
    expect(agenda.topics.find((t) => t.topic === 'pipeline_changes')?.count).toBe(4);
    expect(agenda.since).toBe('2026-06-01');
  });

  it('puts deals needing a decision first: timed out, then past their close date, then gone quiet', () => {
    const agenda = prepareAgenda(
      facts({
        deals: [
          deal({ id: 'quiet', lastActivityAt: new Date('2026-04-01T00:00:00Z'), value: 9000 }),
          deal({ id: 'overdue', expectedCloseOn: '2026-06-10' }),
          deal({ id: 'timed-out', createdAt: new Date('2025-10-01T00:00:00Z'), expectedCloseOn: '2026-12-01' }),
          deal({ id: 'fine' }),
          deal({ id: 'won-late', outcome: 'won', closedAt: new Date('2026-06-02T00:00:00Z'), expectedCloseOn: '2026-01-01' }),
        ],
      }),
    );
    expect(agenda.pipeline.attention.map((d) => [d.id, d.warning])).toEqual([
      ['timed-out', 'timed_out'],
      ['overdue', 'close_overdue'],
      ['quiet', 'stale'],
    ]);
    expect(agenda.topics[0]).toEqual({ topic: 'deals_attention', count: 3 });
  });

  it('brings back last time’s open actions first, and the tips: to answer, received, given, reported back', () => {
    const agenda = prepareAgenda(
      facts({
        openActions: [
          { taskId: 'b', title: 'Later', dueOn: '2026-06-20', agreedOn: '2026-06-01' },
          { taskId: 'a', title: 'Sooner', dueOn: '2026-06-12', agreedOn: '2026-06-01' },
        ],
        tipsReceived: [tip({ id: 'waiting' }), tip({ id: 'answered', answeredAt: new Date('2026-06-06T00:00:00Z'), status: 'accepted' })],
        tipsGiven: [
          tip({ id: 'given', status: 'accepted', answeredAt: new Date('2026-06-06T00:00:00Z') }),
          tip({ id: 'reported', createdAt: new Date('2026-05-01T00:00:00Z'), status: 'meeting_held', reportedSince: true }),
        ],
      }),
    );
    expect(agenda.openActions.map((a) => a.title)).toEqual(['Sooner', 'Later']);
    expect(agenda.topics.map((t) => t.topic)).toEqual(['open_actions', 'tips_to_answer', 'tips', 'targets', 'activity']);
    expect(agenda.tips.toAnswer.map((t) => t.id)).toEqual(['waiting']);
    expect(agenda.tips.received.map((t) => t.id)).toEqual(['waiting', 'answered']);
    expect(agenda.tips.given.map((t) => t.id)).toEqual(['given']);
    expect(agenda.tips.reportsBack.map((t) => t.id)).toEqual(['reported']);
  });

  it('states activity against the period before, and each channel’s progress with its pace', () => {
    const agenda = prepareAgenda(
      facts({
        activity: [
          { type: 'meeting', since: 4, before: 8 },
          { type: 'call', since: 3, before: 4 },
          { type: 'email', since: 0, before: 0 },
        ],
        targets: [
          { channel: 'new', target: 100_000, volume: 20_000 },
          { channel: 'upsell', target: 50_000, volume: 30_000 },
          { channel: 'renewal', target: null, volume: 5_000 },
        ],
      }),
    );
    expect(agenda.activity).toMatchObject({ total: 7, previousTotal: 12, trend: 'down' });
    expect(agenda.activity.byType.map((a) => a.type)).toEqual(['meeting', 'call']);
    expect(agenda.targets.map((t) => [t.channel, t.pace])).toEqual([
      ['new', 'farBehind'],
      ['upsell', 'onPace'],
    ]);
    expect(agenda.topics.find((t) => t.topic === 'targets')?.count).toBe(1);
  });

  it('follows each behaviour’s latest rating against the one before', () => {
    const trend = ratingTrend([
      { heldOn: '2026-06-01', ratings: { preparation: 4, chemistry: 3 } },
      { heldOn: '2026-05-01', ratings: { preparation: 2, needs_discovery: 3 } },
    ]);
    expect(trend.find((t) => t.behaviour === 'preparation')).toMatchObject({ latest: 4, previous: 2, change: 2, points: [2, 4] });
    expect(trend.find((t) => t.behaviour === 'needs_discovery')).toMatchObject({ latest: 3, previous: null, change: null });
    expect(trend.find((t) => t.behaviour === 'showing_value')).toMatchObject({ latest: null, change: null, points: [] });
  });
});

describe('reminderDueOn', () => {
  it('is the due day once it has come, and stays that day while overdue; never without a first meeting', () => {
    const input = { cadenceDays: 14, lastHeldOn: '2026-03-02' };
    expect(reminderDueOn(input, '2026-03-15')).toBeNull();
    expect(reminderDueOn(input, '2026-03-16')).toBe('2026-03-16');
    expect(reminderDueOn(input, '2026-03-30')).toBe('2026-03-16');
    expect(reminderDueOn({ cadenceDays: 14, lastHeldOn: null }, '2026-03-30')).toBeNull();
  });
});
