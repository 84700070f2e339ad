/**
 * The joint-visit pairing's fairness figures (#18, E1) for a market of 60 sellers over a 12-week
 * season, from the pure rule itself (domain/pairing.ts): distinct partners per seller (min, mean,
 * max), the most times any pair met, how many pairs met more than once, visits per seller and the
 * largest host/guest imbalance — for equal groups, a week-by-week reality (absences, weeks without a
 * visit to host, a few sellers working in English only) and uneven groups.
 *
 *   npx tsx scripts/pairing-figures.ts
 */
import { proposePairs, seasonFigures, type PairingSeller, type PastPair } from '../domain/pairing';

interface Case {
  name: string;
  groupSizes: number[];
  /** The sellers of a week: absences and whether each has a visit to host. */
  week?: (s: PairingSeller, i: number, w: number) => PairingSeller;
}

function run({ groupSizes, week = (s) => s }: Case, weeks = 12) {
  const sellers: PairingSeller[] = groupSizes.flatMap((size, g) =>
    Array.from({ length: size }, (_, i) => ({
      id: `g${g}s${String(i).padStart(2, '0')}`,
      salesGroupId: `g${g}`,
      marketId: 'se',
      languages: ['sv', 'en'],
      available: true,
      canHost: true,
    })),
  );
  const history: PastPair[] = [];
  for (let w = 1; w <= weeks; w++) {
    const these = sellers.map((s, i) => week(s, i, w));
    history.push(...proposePairs({ sellers: these, history, period: `2027-W${String(w).padStart(2, '0')}` }));
  }
  return seasonFigures(
    sellers.map((s) => s.id),
    history,
  );
}

const cases: Case[] = [
  { name: '4 groups of 15, everyone every week', groupSizes: [15, 15, 15, 15] },
  {
    name: '4 groups of 15, absences (1 in 20 a week), 1 in 5 without a visit to host, 6 English only',
    groupSizes: [15, 15, 15, 15],
    week: (s, i, w) => ({
      ...s,
      languages: i % 10 === 0 ? ['en'] : s.languages,
      available: (i * 7 + w * 3) % 20 !== 0,
      canHost: (i * 3 + w) % 5 !== 0,
    }),
  },
  { name: 'uneven groups 24 / 18 / 12 / 6', groupSizes: [24, 18, 12, 6] },
  { name: 'two groups 40 / 20 (20 of the 40 cannot be paired each week)', groupSizes: [40, 20] },
];

for (const c of cases) {
  const f = run(c);
  console.log(
    `${c.name}: distinct partners min ${f.distinctPartners.min}, mean ${f.distinctPartners.mean}, max ${f.distinctPartners.max}; ` +
      `visits per seller ${f.visitsPerSeller.min}–${f.visitsPerSeller.max}; most meetings of one pair ${f.maxMeetingsOfAPair}, ` +
      `pairs that met more than once ${f.repeatedPairs}; largest host/guest imbalance ${f.maxHostGuestImbalance}; visits ${f.visits}`,
  );
}
