/**
 * A lead's score (C1) = fit (who they are: industry, size, role, market, source) + behaviour (what
 * they did: visits, downloads, form fills, replies, events), each from rules that marketing sets.
 * Behaviour points decay with age (a half-life per kind), and a lead with nothing for a while loses
 * points. Every score carries its parts, so "why 62?" is answered in words. At the MQL threshold a
 * lead is ready for sales.
 */
import { industryFromText } from './industries';

/** The attributes fit rules look at. */
export const fitFields = ['industry', 'size', 'title', 'market', 'source', 'country'] as const;
export type FitField = (typeof fitFields)[number];

/** What a lead can do that counts. */
export const behaviourKinds = [
  'page_view',
  'pricing_view',
  'product_view',
  'download',
  'form_fill',
  'email_reply',
  'event_attended',
] as const;
export type BehaviourKind = (typeof behaviourKinds)[number];

export interface FitRule {
  field: FitField;
  /**
   * Matched case-insensitively; for `title` a word it contains ("CEO", "head of"); for `industry` the NACE section,
   * given by its letter or a name (domain/industries.ts); otherwise the whole value.
   */
  value: string;
  points: number;
}

export interface BehaviourRule {
  kind: BehaviourKind;
  points: number;
  /** After this many days an event counts half as much. */
  halfLifeDays: number;
  /** At most this many events of the kind count (so one eager visitor does not become an MQL alone). */
  maxCount: number;
}

export interface ScoringRules {
  fit: FitRule[];
  behaviour: BehaviourRule[];
  /** No behaviour for this many days… */
  inactiveAfterDays: number;
  /** …costs this many points (a negative number). */
  inactivePoints: number;
  /** A lead at or above this is marketing-qualified. */
  mqlThreshold: number;
}

export const defaultScoringRules: ScoringRules = {
  fit: [
    { field: 'title', value: 'CEO', points: 20 },
    { field: 'title', value: 'director', points: 15 },
    { field: 'title', value: 'head of', points: 15 },
    { field: 'title', value: 'manager', points: 10 },
    { field: 'title', value: 'VD', points: 20 },
    { field: 'title', value: 'daglig leder', points: 20 },
    { field: 'size', value: 'large', points: 15 },
    { field: 'size', value: 'enterprise', points: 20 },
    { field: 'size', value: 'medium', points: 10 },
    { field: 'source', value: 'referral', points: 10 },
    { field: 'source', value: 'web_form', points: 5 },
  ],
  behaviour: [
    { kind: 'pricing_view', points: 8, halfLifeDays: 7, maxCount: 3 },
    { kind: 'product_view', points: 4, halfLifeDays: 7, maxCount: 5 },
    { kind: 'page_view', points: 1, halfLifeDays: 7, maxCount: 10 },
    { kind: 'download', points: 10, halfLifeDays: 14, maxCount: 3 },
    { kind: 'form_fill', points: 15, halfLifeDays: 30, maxCount: 2 },
    { kind: 'email_reply', points: 10, halfLifeDays: 14, maxCount: 3 },
    { kind: 'event_attended', points: 15, halfLifeDays: 30, maxCount: 2 },
  ],
  inactiveAfterDays: 30,
  inactivePoints: -5,
  mqlThreshold: 50,
};

export interface LeadFacts {
  industry?: string | null;
  size?: string | null;
  title?: string | null;
  /** The market's code (SE, NO, …). */
  market?: string | null;
  source?: string | null;
  country?: string | null;
}

export interface BehaviourEvent {
  kind: BehaviourKind;
  at: Date;
}

/** One line of "why this score": the web words it from these facts. */
export type ScorePart =
  | { type: 'fit'; field: FitField; value: string; points: number }
  | { type: 'behaviour'; kind: BehaviourKind; count: number; points: number }
  | { type: 'inactive'; days: number; points: number };

export interface LeadScore {
  total: number;
  fit: number;
  behaviour: number;
  parts: ScorePart[];
  mql: boolean;
}

const DAY = 86_400_000;

function fitMatches(rule: FitRule, facts: LeadFacts): boolean {
  // a lead's industry is a section code; the rule may name it by code or by any of its names ("IT", "Tillverkning")
  if (rule.field === 'industry') return !!facts.industry && industryFromText(rule.value) === industryFromText(facts.industry);
  const actual = facts[rule.field]?.trim().toLowerCase();
  const wanted = rule.value.trim().toLowerCase();
  if (!actual || !wanted) return false;
  if (rule.field !== 'title') return actual === wanted;
  // a whole word or phrase of the title: "VD" matches "VD och grundare", not "Advokat"
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(actual);
}

/** A decayed event's weight: 1 today, ½ after one half-life, ¼ after two. */
export function decay(ageDays: number, halfLifeDays: number): number {
  if (halfLifeDays <= 0) return 1;
  return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
}

/** The fit rules that count for a lead: for each field only its best match (a "CEO and director" is not counted twice). */
export function matchedFitRules(facts: LeadFacts, fit: readonly FitRule[]): FitRule[] {
  const bestPerField = new Map<FitField, FitRule>();
  for (const rule of fit) {
    if (!fitMatches(rule, facts)) continue;
    const best = bestPerField.get(rule.field);
    if (!best || Math.abs(rule.points) > Math.abs(best.points)) bestPerField.set(rule.field, rule);
  }
  return [...bestPerField.values()];
}

/**
 * How much a behaviour counts now, in events at full weight: its most recent `maxCount` events up to
 * `now`, each decayed by its age. The rule's points times this weight is its part of the score.
 */
export function behaviourWeight(
  events: readonly BehaviourEvent[],
  rule: Pick<BehaviourRule, 'kind' | 'halfLifeDays' | 'maxCount'>,
  now: Date,
): { count: number; weight: number } {
  const ofKind = events
    .filter((e) => e.kind === rule.kind && e.at.getTime() <= now.getTime())
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, rule.maxCount);
  const weight = ofKind.reduce((sum, e) => sum + decay((now.getTime() - e.at.getTime()) / DAY, rule.halfLifeDays), 0);
  return { count: ofKind.length, weight };
}

/** Whole days since the lead last did something (null: it never did anything, and is not "inactive"). */
export function quietFor(events: readonly BehaviourEvent[], now: Date): number | null {
  const last = events.reduce<number | null>((m, e) => (m === null || e.at.getTime() > m ? e.at.getTime() : m), null);
  return last === null ? null : Math.floor((now.getTime() - last) / DAY);
}

/** The score of a lead, now, with its parts (largest first). */
export function scoreLead(facts: LeadFacts, events: readonly BehaviourEvent[], rules: ScoringRules, now: Date): LeadScore {
  const parts: ScorePart[] = [];
  for (const rule of matchedFitRules(facts, rules.fit))
    parts.push({ type: 'fit', field: rule.field, value: rule.value, points: rule.points });

  for (const rule of rules.behaviour) {
    const { count, weight } = behaviourWeight(events, rule, now);
    if (count === 0) continue;
    const points = Math.round(rule.points * weight);
    if (points !== 0) parts.push({ type: 'behaviour', kind: rule.kind, count, points });
  }

  const quietDays = quietFor(events, now);
  if (rules.inactivePoints !== 0 && quietDays !== null && quietDays >= rules.inactiveAfterDays) {
    parts.push({ type: 'inactive', days: quietDays, points: rules.inactivePoints });
  }

  parts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const fit = parts.filter((p) => p.type === 'fit').reduce((s, p) => s + p.points, 0);
  const behaviour = parts.filter((p) => p.type !== 'fit').reduce((s, p) => s + p.points, 0);
  const total = fit + behaviour;
  return { total, fit, behaviour, parts, mql: total >= rules.mqlThreshold };
}
