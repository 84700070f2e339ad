import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  badgeProgress,
  gameEventKinds,
  nextMilestone,
  rankStandings,
  scorePoints,
  teamTotals,
  totalsByUser,
  weekOf,
  type GameEvent,
  type PointRule,
} from './game';
import { earnedLines, statement, type IncentiveRule } from './incentives';

const season = { startsOn: '2026-01-01', endsOn: '2026-03-31' };
const people = ['ann', 'bo', 'cai', 'dag'];

const rule = (over: Partial<PointRule> & Pick<PointRule, 'id' | 'kind'>): PointRule => ({
  points: 10,
  recipient: 'actor',
  capPerDay: null,
  capPerWeek: null,
  channelMultipliers: {},
  groupMultipliers: {},
  ...over,
});

const event = (over: Partial<GameEvent> & Pick<GameEvent, 'key' | 'kind' | 'at'>): GameEvent => ({
  actorId: 'ann',
  giverId: null,
  receiverId: null,
  channel: null,
  salesGroupId: null,
  source: { type: 'opportunity', id: over.key },
  ...over,
});

const eventArb = fc
  .record({
    id: fc.integer({ min: 0, max: 40 }),
    kind: fc.constantFrom(...gameEventKinds),
    day: fc.integer({ min: 0, max: 100 }),
    hour: fc.integer({ min: 0, max: 23 }),
    actor: fc.constantFrom(...people),
    giver: fc.constantFrom(...people),
    receiver: fc.constantFrom(...people),
    channel: fc.constantFrom('renewal', 'upsell', 'win_back', 'new', null),
  })
  .map((r): GameEvent =>
    event({
      key: `e${r.id}`,
      kind: r.kind,
      at: new Date(Date.UTC(2025, 11, 20 + r.day, r.hour)).toISOString(),
      actorId: r.actor,
      giverId: r.giver,
      receiverId: r.receiver,
      channel: r.channel,
    }),
  );

const rulesArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...gameEventKinds),
      points: fc.integer({ min: 1, max: 50 }),
      recipient: fc.constantFrom('giver', 'receiver', 'both', 'actor'),
      capPerDay: fc.option(fc.integer({ min: 0, max: 60 })),
      capPerWeek: fc.option(fc.integer({ min: 0, max: 200 })),
      upsell: fc.option(fc.constantFrom(2, 0.5)),
    }),
    { maxLength: 6 },
  )
  .map((rs) =>
    rs.map((r, i) =>
      rule({
        id: `r${i}`,
        kind: r.kind,
        points: r.points,
        recipient: r.recipient,
        capPerDay: r.capPerDay,
        capPerWeek: r.capPerWeek,
        channelMultipliers: r.upsell ? { upsell: r.upsell } : {},
      }),
    ),
  );

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('the points rule', () => {
  it('replays to the same totals whatever order the events are read in', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc
          .array(eventArb, { maxLength: 60 })
          .chain((events) =>
            fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })),
          ),
        (rules, [events, shuffled]) => {
          expect(totalsByUser(scorePoints(rules, shuffled, season))).toEqual(totalsByUser(scorePoints(rules, events, season)));
        },
      ),
    );
  });

  it('never counts one event twice, however often it is read', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(eventArb, { maxLength: 40 }), (rules, events) => {
        const once = scorePoints(rules, events, season);
        const twice = scorePoints(rules, [...events, ...events], season);
        expect(twice).toEqual(once);
        const perEventRuleUser = new Set(once.map((l) => `${l.eventKey}|${l.ruleId}|${l.userId}`));
        expect(perEventRuleUser.size).toBe(once.length);
      }),
    );
  });

  it('takes the points back when an event is reversed (no longer read)', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(eventArb, { minLength: 1, maxLength: 40 }), (rules, events) => {
        const reversed = events[0]!.key;
        const rest = events.filter((e) => e.key !== reversed);
        expect(sum(totalsByUser(scorePoints(rules, rest, season)))).toBeLessThanOrEqual(sum(totalsByUser(scorePoints(rules, events, season))));
        expect(scorePoints(rules, rest, season).some((l) => l.eventKey === reversed)).toBe(false);
      }),
    );
  });

  it('keeps every person within each rule’s daily and weekly cap', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(eventArb, { maxLength: 60 }), (rules, events) => {
        const lines = scorePoints(rules, events, season);
        for (const r of rules) {
          const perDay = new Map<string, number>();
          const perWeek = new Map<string, number>();
          for (const l of lines.filter((x) => x.ruleId === r.id)) {
            const d = `${l.userId}|${l.at.slice(0, 10)}`;
            const w = `${l.userId}|${weekOf(l.at)}`;
            perDay.set(d, (perDay.get(d) ?? 0) + l.points);
            perWeek.set(w, (perWeek.get(w) ?? 0) + l.points);
            expect(l.points).toBeLessThanOrEqual(l.uncapped);
            expect(l.capped).toBe(l.points < l.uncapped);
          }
          if (r.capPerDay !== null) for (const v of perDay.values()) expect(v).toBeLessThanOrEqual(r.capPerDay);
          if (r.capPerWeek !== null) for (const v of perWeek.values()) expect(v).toBeLessThanOrEqual(r.capPerWeek);
        }
      }),
    );
  });

  it('counts only events inside the season', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(eventArb, { maxLength: 40 }), (rules, events) => {
        for (const l of scorePoints(rules, events, season)) {
          expect(l.at.slice(0, 10) >= season.startsOn && l.at.slice(0, 10) <= season.endsOn).toBe(true);
        }
      }),
    );
  });

  it('gives a tip’s points to the giver, the receiver or both, once each, and multiplies by channel', () => {
    const tip = event({
      key: 'h1:accepted',
      kind: 'tip_accepted',
      at: '2026-02-02T10:00:00Z',
      giverId: 'ann',
      receiverId: 'bo',
      channel: 'upsell',
    });
    const lines = scorePoints(
      [
        rule({ id: 'g', kind: 'tip_accepted', recipient: 'giver', points: 10, channelMultipliers: { upsell: 2 } }),
        rule({ id: 'b', kind: 'tip_accepted', recipient: 'both', points: 3 }),
      ],
      [tip],
      season,
    );
    expect(lines.map((l) => [l.ruleId, l.userId, l.points])).toEqual([
      ['g', 'ann', 20],
      ['b', 'ann', 3],
      ['b', 'bo', 3],
    ]);
    const self = event({ ...tip, key: 'h2:accepted', giverId: 'ann', receiverId: 'ann' });
    expect(scorePoints([rule({ id: 'b', kind: 'tip_accepted', recipient: 'both' })], [self], season)).toHaveLength(1);
  });

  it('caps later events of the day, not earlier ones, and keeps the capped line traceable', () => {
    const meetings = [1, 2, 3].map((h) => event({ key: `m${h}`, kind: 'meeting_logged', at: `2026-02-03T0${h}:00:00Z` }));
    const lines = scorePoints([rule({ id: 'm', kind: 'meeting_logged', points: 10, capPerDay: 25 })], meetings, season);
    expect(lines.map((l) => [l.eventKey, l.points, l.capped])).toEqual([
      ['m1', 10, false],
      ['m2', 10, false],
      ['m3', 5, true],
    ]);
  });
});

describe('standings', () => {
  it('ranks with shared ranks for ties and includes people without points', () => {
    expect(
      rankStandings(
        new Map([
          ['a', 5],
          ['b', 9],
          ['c', 5],
        ]),
        ['d'],
      ),
    ).toEqual([
      { id: 'b', points: 9, rank: 1 },
      { id: 'a', points: 5, rank: 2 },
      { id: 'c', points: 5, rank: 2 },
      { id: 'd', points: 0, rank: 4 },
    ]);
  });

  it('adds a team’s members', () => {
    expect(
      teamTotals(
        new Map([
          ['a', 5],
          ['b', 9],
        ]),
        [{ id: 't', memberIds: ['a', 'b', 'b', 'x'] }],
      ).get('t'),
    ).toBe(14);
  });

  it('earns badges from events and names the next milestone', () => {
    const won = event({ key: 'h:won', kind: 'tip_won', at: '2026-02-02T10:00:00Z', giverId: 'ann', receiverId: 'bo' });
    expect(badgeProgress('ann', [won]).find((b) => b.badge === 'first_tip_won')?.earned).toBe(true);
    expect(badgeProgress('bo', [won]).find((b) => b.badge === 'first_tip_won')?.earned).toBe(false);
    expect(nextMilestone(0)).toBe(50);
    expect(nextMilestone(120)).toBe(250);
  });
});

describe('the incentive rule', () => {
  const rules: IncentiveRule[] = [
    { id: 'ref', kind: 'referral_credit', fixedAmount: null, sharePercent: 5 },
    { id: 'rep', kind: 'report_bonus', fixedAmount: 100, sharePercent: null },
  ];
  const won = event({
    key: 'h1:won',
    kind: 'tip_won',
    at: '2026-02-10T12:00:00Z',
    giverId: 'ann',
    receiverId: 'bo',
    value: 120000,
    source: { type: 'handoff', id: 'h1' },
  });
  const report = event({
    key: 'h1:report:u1',
    kind: 'report_on_time',
    at: '2026-02-01T12:00:00Z',
    actorId: 'bo',
    giverId: 'ann',
    receiverId: 'bo',
  });

  it('gives each line its rule, event and basis', () => {
    const lines = earnedLines(rules, [won, report, won], season);
    expect(lines.map((l) => [l.key, l.userId, l.amount, l.basis])).toEqual([
      ['rep:h1:report:u1', 'bo', 100, null],
      ['ref:h1:won', 'ann', 6000, 120000],
    ]);
    expect(lines[1]!.source).toEqual({ type: 'handoff', id: 'h1' });
  });

  it('shows the adjustment when a paid deal changes value or is reopened', () => {
    const paid = earnedLines(rules, [won, report], season).map((l) => ({ key: l.key, userId: l.userId, amount: l.amount }));
    const bigger = earnedLines(rules, [{ ...won, value: 200000 }, report], season);
    const changed = statement(bigger, paid);
    expect(changed.lines.find((l) => l.key === 'ref:h1:won')).toMatchObject({ amount: 10000, paid: 6000, due: 4000, adjustment: true });
    expect(changed.totals.get('ann')).toEqual({ earned: 10000, paid: 6000, due: 4000 });
    const reopened = statement(earnedLines(rules, [report], season), paid);
    expect(reopened.lines.find((l) => l.key === 'ref:h1:won')).toMatchObject({
      earned: null,
      amount: 0,
      paid: 6000,
      due: -6000,
      adjustment: true,
    });
    expect(reopened.totals.get('bo')).toEqual({ earned: 100, paid: 100, due: 0 });
  });

  it('owes exactly what is earned minus what is paid, line by line', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), fc.array(eventArb, { maxLength: 30 }), (before, now) => {
        const paid = earnedLines(rules, before, season).map((l) => ({ key: l.key, userId: l.userId, amount: l.amount }));
        const s = statement(earnedLines(rules, now, season), paid);
        for (const [, t] of s.totals) expect(Math.round((t.earned - t.paid) * 100) / 100).toBeCloseTo(t.due, 2);
        expect(new Set(s.lines.map((l) => l.key)).size).toBe(s.lines.length);
      }),
    );
  });
});
