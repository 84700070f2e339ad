import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairBlocker, proposePairs, seasonCounts, seasonFigures, type PairingSeller, type PastPair, type ProposedPair } from './pairing';
import { isoWeek, schemeWeekDue, timeZoneForMarket, utcToZoned, weekStart, zonedToUtc } from './rituals';

const sellerArb = (i: number) =>
  fc
    .record({
      group: fc.integer({ min: 0, max: 2 }),
      market: fc.integer({ min: 0, max: 1 }),
      langs: fc.subarray(['sv', 'en', 'nb'], { minLength: 1 }),
      available: fc.integer({ min: 0, max: 19 }).map((x) => x > 2),
      canHost: fc.boolean(),
    })
    .map((r): PairingSeller => ({
      id: `s${String(i).padStart(2, '0')}`,
      salesGroupId: `g${r.group}`,
      marketId: `m${r.market}`,
      languages: r.langs,
      available: r.available,
      canHost: r.canHost,
    }));

/** Up to 9 sellers with a random history of pairs among them. */
const caseArb = fc
  .integer({ min: 2, max: 9 })
  .chain((n) =>
    fc.record({
      sellers: fc.tuple(...Array.from({ length: n }, (_, i) => sellerArb(i))),
      history: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 12 }),
      period: fc.constantFrom('2026-W01', '2026-W02', '2026-W49'),
    }),
  )
  .map(({ sellers, history, period }) => ({
    sellers,
    period,
    history: history.filter(([a, b]) => a !== b).map(([a, b]): PastPair => ({ hostId: sellers[a]!.id, guestId: sellers[b]!.id })),
  }));

/** Every matching of the allowed pairs (brute force, small cases only). */
function allMatchings(sellers: readonly PairingSeller[]): [string, string][][] {
  const out: [string, string][][] = [];
  const walk = (rest: readonly PairingSeller[], acc: [string, string][]) => {
    if (rest.length === 0) {
      out.push(acc);
      return;
    }
    const [first, ...others] = rest;
    walk(others, acc); // first sits out
    for (const o of others) {
      if (pairBlocker(first!, o)) continue;
      walk(
        others.filter((x) => x !== o),
        [...acc, [first!.id, o.id]],
      );
    }
  };
  walk(sellers, []);
  return out;
}

function checkValid(sellers: readonly PairingSeller[], pairs: readonly ProposedPair[]) {
  const byId = new Map(sellers.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const p of pairs) {
    expect(seen.has(p.hostId) || seen.has(p.guestId)).toBe(false);
    seen.add(p.hostId);
    seen.add(p.guestId);
    const host = byId.get(p.hostId)!;
    const guest = byId.get(p.guestId)!;
    expect(pairBlocker(host, guest)).toBeNull();
    expect(host.canHost).toBe(true);
    expect(host.salesGroupId).not.toBe(guest.salesGroupId);
  }
}

describe('proposing joint-visit pairs', () => {
  it('pairs each seller at most once per period, never within a group, market, language and hosting respected', () => {
    fc.assert(
      fc.property(caseArb, ({ sellers, history, period }) => {
        checkValid(sellers, proposePairs({ sellers, history, period }));
      }),
      { numRuns: 300 },
    );
  });

  it('makes as many pairs as possible, and repeats a pair only when no matching as large has fewer repeats', () => {
    fc.assert(
      fc.property(caseArb, ({ sellers, history, period }) => {
        const pairs = proposePairs({ sellers, history, period });
        const counts = seasonCounts(history);
        const all = allMatchings(sellers);
        const most = Math.max(...all.map((m) => m.length));
        expect(pairs.length).toBe(most);
        const fewestRepeats = Math.min(
          ...all.filter((m) => m.length === most).map((m) => m.filter(([a, b]) => counts.met(a, b) > 0).length),
        );
        expect(pairs.filter((p) => p.metBefore > 0).length).toBe(fewestRepeats);
        for (const p of pairs) expect(p.metBefore).toBe(counts.met(p.hostId, p.guestId));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same sellers and history in any order give the same pairs', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ sellers, history, period }, seed) => {
        const shuffled = [...sellers].sort((a, b) => ((a.id.charCodeAt(2) * 7919 + seed) % 13) - ((b.id.charCodeAt(2) * 7919 + seed) % 13));
        expect(proposePairs({ sellers: shuffled, history: [...history].reverse(), period })).toEqual(
          proposePairs({ sellers, history, period }),
        );
      }),
      { numRuns: 100 },
    );
  });

  /** A season of weekly pairing among equally large groups where everyone can always take part. */
  function season(groups: number, size: number, weeks: number) {
    const sellers: PairingSeller[] = [];
    for (let g = 0; g < groups; g++)
      for (let i = 0; i < size; i++)
        sellers.push({ id: `g${g}s${i}`, salesGroupId: `g${g}`, marketId: 'se', languages: ['sv'], available: true, canHost: true });
    const history: PastPair[] = [];
    for (let w = 1; w <= weeks; w++) {
      const pairs = proposePairs({ sellers, history, period: `2026-W${String(w).padStart(2, '0')}` });
      checkValid(sellers, pairs);
      history.push(...pairs);
    }
    return {
      sellers,
      history,
      figures: seasonFigures(
        sellers.map((s) => s.id),
        history,
      ),
    };
  }

  it('is fair over a season: visits differ by at most one, no pair meets twice while new partners remain, hosting balanced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 10 }),
        (groups, size, weeks) => {
          const { figures } = season(groups, size, weeks);
          expect(figures.visitsPerSeller.max - figures.visitsPerSeller.min).toBeLessThanOrEqual(1);
          const others = (groups - 1) * size;
          if (groups === 2 && weeks <= others) expect(figures.maxMeetingsOfAPair).toBeLessThanOrEqual(1);
          expect(figures.maxHostGuestImbalance).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('60 sellers in 4 groups over a 12-week season: everyone meets 12 different sellers, no pair twice', () => {
    const { figures } = season(4, 15, 12);
    expect(figures.distinctPartners).toEqual({ min: 12, mean: 12, max: 12 });
    expect(figures.maxMeetingsOfAPair).toBe(1);
    expect(figures.visitsPerSeller).toEqual({ min: 12, max: 12 });
    expect(figures.maxHostGuestImbalance).toBeLessThanOrEqual(1);
  });

  it('60 sellers with absences and visits not always planned: still no repeats, partners close to visits', () => {
    const sellers: PairingSeller[] = Array.from({ length: 60 }, (_, i) => ({
      id: `s${String(i).padStart(2, '0')}`,
      salesGroupId: `g${i % 4}`,
      marketId: 'se',
      languages: i % 10 === 0 ? ['en'] : ['sv', 'en'],
      available: true,
      canHost: true,
    }));
    const history: PastPair[] = [];
    for (let w = 1; w <= 12; w++) {
      const week = sellers.map((s, i) => ({ ...s, available: (i * 7 + w * 3) % 20 !== 0, canHost: (i * 3 + w) % 5 !== 0 }));
      const pairs = proposePairs({ sellers: week, history, period: `2026-W${w}` });
      checkValid(week, pairs);
      history.push(...pairs);
    }
    const f = seasonFigures(
      sellers.map((s) => s.id),
      history,
    );
    expect(f.maxMeetingsOfAPair).toBe(1);
    expect(f.distinctPartners.min).toBe(f.visitsPerSeller.min);
    expect(f.visitsPerSeller.min).toBeGreaterThanOrEqual(10);
    console.info('60 sellers, 12 weeks, absences and 20 % without a visit to host:', JSON.stringify(f));
  });
});

describe('weeks', () => {
  it('names ISO weeks and their Mondays', () => {
    expect(isoWeek(new Date('2026-12-02T12:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(weekStart(new Date('2026-12-06T12:00:00Z'))).toBe('2026-11-30');
    expect(schemeWeekDue('biweekly', '2026-11-30', '2026-12-14')).toBe(true);
    expect(schemeWeekDue('biweekly', '2026-11-30', '2026-12-07')).toBe(false);
    expect(schemeWeekDue('weekly', '2026-11-30', '2026-11-23')).toBe(false);
  });
});

describe('local times', () => {
  it('reads a local time in the market’s zone, across daylight saving', () => {
    expect(zonedToUtc('2026-12-08T10:00', 'Europe/Stockholm').toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(zonedToUtc('2026-07-08T10:00', 'Europe/Oslo').toISOString()).toBe('2026-07-08T08:00:00.000Z');
    expect(utcToZoned(new Date('2026-07-08T08:00:00Z'), 'Europe/Oslo')).toBe('2026-07-08T10:00');
    expect(utcToZoned(zonedToUtc('2026-03-29T10:30', 'Europe/Stockholm'), 'Europe/Stockholm')).toBe('2026-03-29T10:30');
    expect(timeZoneForMarket('no')).toBe('Europe/Oslo');
  });
});
