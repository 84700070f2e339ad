/**
 * Pairing for joint visits (E1): a seller joins a seller of another sales group on one customer visit per
 * period (a week by default). Korsa proposes the pairs: a host who has a customer visit planned and
 * a guest from another group, rotating so that over a season every seller meets as many sellers
 * of other groups as possible.
 *
 * `proposePairs` is pure and deterministic: the same sellers and history give the same pairs, in
 * whatever order they come. It solves a maximum-weight matching (Edmonds' blossom algorithm) on
 * the graph of allowed pairs, with weights built so that the choice is lexicographic:
 *   1. as many pairs as possible (maximum cardinality);
 *   2. then as few repeated pairs as possible — a pair that has met before is chosen only when no
 *      matching of the same size has fewer repeats (and among repeats, the least-met ones);
 *   3. then fairness: whoever has had the fewest joint visits this season is left out last;
 *   4. then host/guest balance: pairs whose roles even out their hosting and guesting;
 *   5. then a rotating tie-break drawn from the period, so equal choices differ from week to week.
 */
import blossom from 'edmonds-blossom';

export interface PairingSeller {
  id: string;
  salesGroupId: string;
  marketId: string | null;
  /** Languages the seller works in (a pair needs one in common). */
  languages: readonly string[];
  /** False while absent or opted out: not paired this period. */
  available: boolean;
  /** Has a customer visit planned this period, so may host. */
  canHost: boolean;
}

export interface PastPair {
  hostId: string;
  guestId: string;
}

export interface PairingInput {
  sellers: readonly PairingSeller[];
  /** The pairs of earlier periods of the season (each visit once). */
  history: readonly PastPair[];
  /** The period's key (e.g. an ISO week '2026-W49'): seeds the tie-break. */
  period: string;
}

export interface ProposedPair {
  hostId: string;
  guestId: string;
  /** How many times these two have met before this season (0: a new pair). */
  metBefore: number;
}

/** Why two sellers may not be paired, or null when they may. */
export function pairBlocker(
  a: PairingSeller,
  b: PairingSeller,
): 'same_person' | 'unavailable' | 'same_group' | 'other_market' | 'no_common_language' | 'no_host' | null {
  if (a.id === b.id) return 'same_person';
  if (!a.available || !b.available) return 'unavailable';
  if (a.salesGroupId === b.salesGroupId) return 'same_group';
  if (a.marketId !== b.marketId) return 'other_market';
  if (!a.languages.some((l) => b.languages.includes(l))) return 'no_common_language';
  if (!a.canHost && !b.canHost) return 'no_host';
  return null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** FNV-1a: a small deterministic hash for the tie-break (no randomness in the domain). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** What the history says about each seller and each pair. */
export function seasonCounts(history: readonly PastPair[]) {
  const met = new Map<string, number>();
  const hosted = new Map<string, number>();
  const guested = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const p of history) {
    inc(met, pairKey(p.hostId, p.guestId));
    inc(hosted, p.hostId);
    inc(guested, p.guestId);
  }
  return {
    met: (a: string, b: string) => met.get(pairKey(a, b)) ?? 0,
    hosted: (id: string) => hosted.get(id) ?? 0,
    guested: (id: string) => guested.get(id) ?? 0,
    visits: (id: string) => (hosted.get(id) ?? 0) + (guested.get(id) ?? 0),
  };
}

/** Who hosts when two sellers meet: one who can; else the one who has hosted less than guested. */
function roles(
  a: PairingSeller,
  b: PairingSeller,
  counts: ReturnType<typeof seasonCounts>,
  period: string,
): [PairingSeller, PairingSeller] {
  if (a.canHost !== b.canHost) return a.canHost ? [a, b] : [b, a];
  const balance = (s: PairingSeller) => counts.hosted(s.id) - counts.guested(s.id);
  const [x, y] = [balance(a), balance(b)];
  if (x !== y) return x < y ? [a, b] : [b, a];
  return hash32(`${period}|host|${pairKey(a.id, b.id)}`) % 2 === 0 ? [a, b] : [b, a];
}

/** Propose this period's pairs. Pure and deterministic (see the file's comment for the order of concerns). */
export function proposePairs(input: PairingInput): ProposedPair[] {
  const sellers = [...new Map(input.sellers.map((s) => [s.id, s])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts = seasonCounts(input.history);
  // Pairs never cross markets, so each market is matched on its own (smaller graphs, smaller weights).
  const byMarket = new Map<string | null, PairingSeller[]>();
  for (const s of sellers) byMarket.set(s.marketId, [...(byMarket.get(s.marketId) ?? []), s]);
  const pairs = [...byMarket.values()].flatMap((group) => matchMarket(group, counts, input.period));
  return pairs.sort((x, y) => (x.hostId < y.hostId ? -1 : x.hostId > y.hostId ? 1 : 0));
}

function matchMarket(sellers: PairingSeller[], counts: ReturnType<typeof seasonCounts>, period: string): ProposedPair[] {
  const n = sellers.length;
  if (n < 2) return [];
  const maxVisits = Math.max(0, ...sellers.map((s) => counts.visits(s.id)));
  let maxMet = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) maxMet = Math.max(maxMet, counts.met(sellers[i]!.id, sellers[j]!.id));
  const pairsAtMost = Math.floor(n / 2) + 1;

  // Each level's unit exceeds the largest possible sum of all lower levels over a whole matching.
  // In a very large market the two lowest levels (balance, tie-break) are dropped to stay exact.
  const scales = (fine: boolean) => {
    const tieMax = fine ? 31 : 0;
    const balanceUnit = (tieMax + 1) * pairsAtMost;
    const balanceMax = fine ? 2 : 0;
    const fairUnit = balanceUnit * (balanceMax + 1) * pairsAtMost;
    const fairMax = 2 * (maxVisits + 1);
    const metUnit = fairUnit * (fairMax + 1) * pairsAtMost;
    const repeatUnit = metUnit * (maxMet + 1) * pairsAtMost;
    const base = repeatUnit * 2 * pairsAtMost;
    return { tieMax, balanceUnit, fairUnit, metUnit, repeatUnit, base };
  };
  let k = scales(true);
  if (!Number.isSafeInteger(k.base * pairsAtMost * 4)) k = scales(false);
  if (!Number.isSafeInteger(k.base * pairsAtMost * 4)) throw new Error('too many sellers to pair in one market');

  const edges: [number, number, number][] = [];
  const chosenRoles = new Map<string, [PairingSeller, PairingSeller]>();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = sellers[i]!;
      const b = sellers[j]!;
      if (pairBlocker(a, b)) continue;
      const met = counts.met(a.id, b.id);
      const [host, guest] = roles(a, b, counts, period);
      chosenRoles.set(pairKey(a.id, b.id), [host, guest]);
      const fair = maxVisits - counts.visits(a.id) + (maxVisits - counts.visits(b.id));
      const hostBalance = counts.hosted(host.id) - counts.guested(host.id);
      const guestBalance = counts.hosted(guest.id) - counts.guested(guest.id);
      const evens = k.balanceUnit && k.tieMax ? (hostBalance < 0 ? 1 : 0) + (guestBalance > 0 ? 1 : 0) : 0;
      const tie = k.tieMax ? hash32(`${period}|${pairKey(a.id, b.id)}`) % (k.tieMax + 1) : 0;
      const weight = k.base - (met > 0 ? k.repeatUnit : 0) - met * k.metUnit + fair * k.fairUnit + evens * k.balanceUnit + tie;
      edges.push([i, j, weight]);
    }
  }
  if (edges.length === 0) return [];
  const mate = blossom(edges, true);
  const pairs: ProposedPair[] = [];
  for (let i = 0; i < n; i++) {
    const j = mate[i] ?? -1;
    if (j > i) {
      const [host, guest] = chosenRoles.get(pairKey(sellers[i]!.id, sellers[j]!.id))!;
      pairs.push({ hostId: host.id, guestId: guest.id, metBefore: counts.met(host.id, guest.id) });
    }
  }
  return pairs;
}

export interface SeasonFigures {
  sellers: number;
  visits: number;
  /** Distinct partners per seller over the season. */
  distinctPartners: { min: number; mean: number; max: number };
  /** The most times any one pair met (1: no pair met twice). */
  maxMeetingsOfAPair: number;
  /** Pairs that met more than once. */
  repeatedPairs: number;
  /** Joint visits per seller. */
  visitsPerSeller: { min: number; max: number };
  /** The largest |hosted − guested| of any seller. */
  maxHostGuestImbalance: number;
}

/** Fairness figures of a season's pairs over its participants. */
export function seasonFigures(sellerIds: readonly string[], pairs: readonly PastPair[]): SeasonFigures {
  const partners = new Map<string, Set<string>>(sellerIds.map((id) => [id, new Set()]));
  const counts = seasonCounts(pairs);
  const meetings = new Map<string, number>();
  for (const p of pairs) {
    partners.get(p.hostId)?.add(p.guestId);
    partners.get(p.guestId)?.add(p.hostId);
    const k = pairKey(p.hostId, p.guestId);
    meetings.set(k, (meetings.get(k) ?? 0) + 1);
  }
  const distinct = sellerIds.map((id) => partners.get(id)!.size);
  const visits = sellerIds.map((id) => counts.visits(id));
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    sellers: sellerIds.length,
    visits: pairs.length,
    distinctPartners: {
      min: distinct.length ? Math.min(...distinct) : 0,
      mean: distinct.length ? round(distinct.reduce((s, x) => s + x, 0) / distinct.length) : 0,
      max: distinct.length ? Math.max(...distinct) : 0,
    },
    maxMeetingsOfAPair: Math.max(0, ...meetings.values()),
    repeatedPairs: [...meetings.values()].filter((m) => m > 1).length,
    visitsPerSeller: { min: visits.length ? Math.min(...visits) : 0, max: visits.length ? Math.max(...visits) : 0 },
    maxHostGuestImbalance: Math.max(0, ...sellerIds.map((id) => Math.abs(counts.hosted(id) - counts.guested(id)))),
  };
}
