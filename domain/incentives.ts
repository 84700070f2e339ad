/**
 * Incentives beside the game (F2): money for the behaviour that creates cross-selling, e.g. a
 * referral credit to the giver of a tip whose deal is won, a bonus for each report back on time.
 *
 * What a seller has earned is computed from the same verified events as the points (`domain/game.ts`),
 * so every line names its rule and its deal or tip. What was paid is remembered per line; the
 * statement sets what is earned now against what was paid, so a deal that is reopened or changes
 * value after a payout shows as an adjustment instead of silently changing history.
 */
import { isAdmin, leadsPerson, type Placement, type Viewer } from './access';
import { inSeason, type GameEvent, type Season } from './game';

export const incentiveKinds = ['referral_credit', 'report_bonus'] as const;
export type IncentiveKind = (typeof incentiveKinds)[number];

export interface IncentiveRule {
  id: string;
  kind: IncentiveKind;
  /** A fixed amount in the reporting currency per event … */
  fixedAmount: number | null;
  /** … or, for a referral credit, a share (percent) of the won deal's first-year value. */
  sharePercent: number | null;
}

export interface EarnedLine {
  /** `<rule id>:<event key>`: the same line across recomputations and payouts. */
  key: string;
  userId: string;
  ruleId: string;
  kind: IncentiveKind;
  eventKey: string;
  at: string;
  amount: number;
  /** The deal's first-year value a share was taken of. */
  basis: number | null;
  source: GameEvent['source'];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** What a rule pays for an event: the fixed amount, or the share of the deal's first-year value. */
export function amountFor(rule: IncentiveRule, e: GameEvent): number {
  if (rule.fixedAmount !== null) return round2(rule.fixedAmount);
  if (rule.sharePercent !== null) return round2(((e.value ?? 0) * rule.sharePercent) / 100);
  return 0;
}

const eventOf: Record<IncentiveKind, { kind: GameEvent['kind']; to: 'giver' | 'actor' }> = {
  referral_credit: { kind: 'tip_won', to: 'giver' },
  report_bonus: { kind: 'report_on_time', to: 'actor' },
};

/** Every amount earned in the season, one line per rule and event, traceable to both. */
export function earnedLines(rules: readonly IncentiveRule[], events: readonly GameEvent[], season: Season): EarnedLine[] {
  const lines = new Map<string, EarnedLine>();
  for (const e of events) {
    if (!inSeason(e.at, season)) continue;
    for (const rule of rules) {
      const wanted = eventOf[rule.kind];
      if (wanted.kind !== e.kind) continue;
      const userId = wanted.to === 'giver' ? e.giverId : e.actorId;
      if (!userId) continue;
      const key = `${rule.id}:${e.key}`;
      if (lines.has(key)) continue;
      lines.set(key, {
        key,
        userId,
        ruleId: rule.id,
        kind: rule.kind,
        eventKey: e.key,
        at: e.at,
        amount: amountFor(rule, e),
        basis: rule.fixedAmount === null && rule.sharePercent !== null ? (e.value ?? 0) : null,
        source: e.source,
      });
    }
  }
  return [...lines.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : 1));
}

export interface PaidLine {
  key: string;
  userId: string;
  amount: number;
}

export interface StatementLine {
  key: string;
  userId: string;
  /** Null when the event is gone (the deal was reopened or the tip withdrawn after a payout). */
  earned: EarnedLine | null;
  amount: number;
  paid: number;
  /** What is still to pay on this line (negative: paid too much, to be taken back). */
  due: number;
  /** The line changed after it was paid. */
  adjustment: boolean;
}

/** What is earned now set against what was paid, line by line, with each person's totals. */
export function statement(earned: readonly EarnedLine[], paid: readonly PaidLine[]) {
  const paidByKey = new Map(paid.map((p) => [p.key, p]));
  const lines: StatementLine[] = earned.map((e) => {
    const p = paidByKey.get(e.key);
    const paidAmount = p?.amount ?? 0;
    return {
      key: e.key,
      userId: e.userId,
      earned: e,
      amount: e.amount,
      paid: paidAmount,
      due: round2(e.amount - paidAmount),
      adjustment: p !== undefined && p.amount !== e.amount,
    };
  });
  const earnedKeys = new Set(earned.map((e) => e.key));
  for (const p of paid) {
    if (earnedKeys.has(p.key) || p.amount === 0) continue;
    lines.push({ key: p.key, userId: p.userId, earned: null, amount: 0, paid: p.amount, due: round2(-p.amount), adjustment: true });
  }
  const totals = new Map<string, { earned: number; paid: number; due: number }>();
  for (const l of lines) {
    const t = totals.get(l.userId) ?? { earned: 0, paid: 0, due: 0 };
    totals.set(l.userId, { earned: round2(t.earned + l.amount), paid: round2(t.paid + l.paid), due: round2(t.due + l.due) });
  }
  return { lines, totals };
}

/** Earnings are personal: a seller sees their own, leaders their team's, admins and management everyone's. */
export function maySeeEarnings(v: Viewer, person: { id: string } & Placement): boolean {
  return person.id === v.id || isAdmin(v) || v.role === 'management' || leadsPerson(v, person);
}
