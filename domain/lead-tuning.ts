/**
 * Tuning the lead score against outcomes (C1; seed 003 §1: qualification parameters are trimmed,
 * evaluated and changed as conditions change). From the company's own leads — what they were and
 * did, and whether they became an opportunity and a won deal — it tells marketing:
 * - per parameter and value (industry, size, role, market, source, country, each behaviour): how
 *   many leads had it, how many became an opportunity and how many were won, the rates, the lift
 *   against the base rate and a 95 % Wilson interval; values seen in too few leads show no rates;
 * - how well the configured score ranks on a time split (AUC of "became an opportunity" on the
 *   later part), its calibration by band, and conversion per score band around the MQL threshold;
 * - suggested points learned from the earlier part (an L2 logistic regression on the same
 *   parameters, in points where the MQL threshold is 4 in log-odds), with their AUC on the same
 *   later part.
 *
 * A lead is looked at as it was `observeDays` after it arrived (or when it became an opportunity, if
 * sooner): its score then, from what it had done by then. Leads younger than `matureDays` are left
 * out — their outcome is not known yet. Pure and deterministic; the server and the bench call it.
 */
import { industryFromText } from './industries';
import { aucInterval, calibrationBands, fitLogistic, type CalibrationBand, type ScoredLead } from './lead-tuning-model';
import {
  behaviourKinds,
  behaviourWeight,
  matchedFitRules,
  quietFor,
  scoreLead,
  type BehaviourEvent,
  type BehaviourKind,
  type BehaviourRule,
  type FitField,
  type LeadFacts,
  type ScoringRules,
} from './lead-score';
import { auc } from './pipeline/win-probability';
import { wilson, type Interval } from './stats';

export type TuningParam =
  { type: 'fit'; field: FitField; value: string } | { type: 'behaviour'; kind: BehaviourKind } | { type: 'inactive' };

/** A parameter's stable key ("fit:size:large", "behaviour:download", "inactive"): what adopting one suggestion names. */
export function paramKey(p: TuningParam): string {
  if (p.type === 'fit') return `fit:${p.field}:${fitValueKey(p.field, p.value)}`;
  return p.type === 'behaviour' ? `behaviour:${p.kind}` : 'inactive';
}
const fitValueKey = (field: FitField, value: string) =>
  field === 'industry' ? (industryFromText(value) ?? value.trim().toLowerCase()) : value.trim().toLowerCase();

export interface TuningLead {
  facts: LeadFacts;
  events: readonly BehaviourEvent[];
  createdAt: Date;
  /** When it became an opportunity (converted with one), or null. */
  opportunityAt: Date | null;
  /** Its opportunity was won. */
  won: boolean;
}

export const tuningDefaults = { observeDays: 14, matureDays: 30, testShare: 0.3, minLeads: 20, l2: 1 };
export type TuningOptions = Partial<typeof tuningDefaults> & { now: Date };

/** Suggested points: reaching the MQL threshold from nothing multiplies the odds of an opportunity by e⁴ ≈ 55. */
export const logOddsAtThreshold = 4;

/** A behaviour without a rule is learned with these (so a suggestion can add its rule). */
const newBehaviourRule = { halfLifeDays: 14, maxCount: 3 };

export interface Outcomes {
  leads: number;
  opportunities: number;
  won: number;
  /** null: too few leads to say. */
  opportunityRate: number | null;
  wonRate: number | null;
  /** Wilson 95 % interval of the opportunity rate. */
  interval: Interval | null;
}

export interface ParameterRow extends Outcomes {
  key: string;
  param: TuningParam;
  /** The opportunity rate over the base rate, and its interval. */
  lift: number | null;
  liftInterval: Interval | null;
  /** The points the configured rules give it (null: no rule). */
  points: number | null;
}

export interface BandRow extends Outcomes {
  /** Score from (inclusive; null: no lower end) to (exclusive; null: no upper end). */
  from: number | null;
  to: number | null;
}

export interface ModelEvaluation {
  /** AUC of the score for "became an opportunity" on the later part (null: nothing to rank). */
  auc: number | null;
  aucInterval: Interval | null;
  calibration: CalibrationBand[];
}

export interface SuggestionRow {
  key: string;
  param: TuningParam;
  configured: number | null;
  /** null: too few leads in the earlier part to learn it (the configured points stay). */
  suggested: number | null;
  trainLeads: number;
}

export interface TuningReport {
  asOf: string;
  observeDays: number;
  matureDays: number;
  minLeads: number;
  /** Younger than matureDays: not counted. */
  tooYoung: number;
  total: Outcomes;
  parameters: ParameterRow[];
  bands: BandRow[];
  split: { from: string; trainLeads: number; testLeads: number; trainOpportunities: number; testOpportunities: number } | null;
  configured: ModelEvaluation;
  suggested: ModelEvaluation | null;
  suggestions: SuggestionRow[];
}

const DAY = 86_400_000;

interface Seen {
  lead: TuningLead;
  at: Date;
  events: BehaviourEvent[];
  params: TuningParam[];
}

/** The parameters a lead had at `at`: its fit values (the role as the title rule it matches), the behaviours it showed, inactivity. */
function paramsOf(lead: TuningLead, events: readonly BehaviourEvent[], rules: ScoringRules, at: Date): TuningParam[] {
  const out: TuningParam[] = [];
  for (const field of ['industry', 'size', 'market', 'source', 'country'] as const) {
    const value = lead.facts[field]?.trim();
    if (value) out.push({ type: 'fit', field, value });
  }
  const title = matchedFitRules(
    lead.facts,
    rules.fit.filter((r) => r.field === 'title'),
  )[0];
  if (title) out.push({ type: 'fit', field: 'title', value: title.value });
  for (const kind of behaviourKinds) if (events.some((e) => e.kind === kind)) out.push({ type: 'behaviour', kind });
  const quiet = quietFor(events, at);
  if (quiet !== null && quiet >= rules.inactiveAfterDays) out.push({ type: 'inactive' });
  return out;
}

function outcomes(leads: readonly TuningLead[], minLeads: number): Outcomes {
  const n = leads.length;
  const opportunities = leads.filter((l) => l.opportunityAt).length;
  const won = leads.filter((l) => l.won).length;
  const enough = n >= minLeads;
  return {
    leads: n,
    opportunities,
    won,
    opportunityRate: enough ? opportunities / n : null,
    wonRate: enough ? won / n : null,
    interval: enough ? wilson(opportunities, n) : null,
  };
}

/** The configured points of a parameter (null: no rule gives it any). */
function configuredPoints(p: TuningParam, rules: ScoringRules): number | null {
  if (p.type === 'inactive') return rules.inactivePoints;
  if (p.type === 'behaviour') return rules.behaviour.find((r) => r.kind === p.kind)?.points ?? null;
  const key = paramKey(p);
  return rules.fit.find((r) => paramKey({ type: 'fit', field: r.field, value: r.value }) === key)?.points ?? null;
}

function evaluate(train: readonly ScoredLead[], test: readonly ScoredLead[], minLeads: number): ModelEvaluation {
  const n1 = test.filter((s) => s.positive).length;
  const n0 = test.length - n1;
  if (n1 === 0 || n0 === 0) return { auc: null, aucInterval: null, calibration: [] };
  const a = auc(test.map((s) => ({ score: s.score, won: s.positive })));
  return { auc: a, aucInterval: aucInterval(a, n1, n0), calibration: calibrationBands(train, test, minLeads) };
}

/** The whole tuning page from the leads and the configured rules. */
export function tuneLeadScoring(leads: readonly TuningLead[], rules: ScoringRules, options: TuningOptions): TuningReport {
  const o = { ...tuningDefaults, ...options };
  const now = o.now.getTime();
  const mature = leads.filter((l) => l.createdAt.getTime() <= now - o.matureDays * DAY);
  const seen: Seen[] = [...mature]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((lead) => {
      const at = new Date(Math.min(lead.createdAt.getTime() + o.observeDays * DAY, lead.opportunityAt?.getTime() ?? Infinity, now));
      const events = lead.events.filter((e) => e.at.getTime() <= at.getTime());
      return { lead, at, events, params: paramsOf(lead, events, rules, at) };
    });
  const total = outcomes(
    seen.map((s) => s.lead),
    o.minLeads,
  );
  const base = seen.length ? total.opportunities / seen.length : 0;

  // per parameter and value
  const groups = new Map<string, { param: TuningParam; leads: TuningLead[] }>();
  for (const s of seen)
    for (const p of s.params) {
      const key = paramKey(p);
      const g = groups.get(key) ?? { param: p, leads: [] };
      g.leads.push(s.lead);
      groups.set(key, g);
    }
  const parameters: ParameterRow[] = [...groups].map(([key, g]) => {
    const out = outcomes(g.leads, o.minLeads);
    const lift = out.opportunityRate !== null && base > 0 ? out.opportunityRate / base : null;
    return {
      key,
      param: g.param,
      ...out,
      lift,
      liftInterval: lift !== null && out.interval ? { low: out.interval.low / base, high: out.interval.high / base } : null,
      points: configuredPoints(g.param, rules),
    };
  });
  parameters.sort((a, b) => a.key.localeCompare(b.key));

  // conversion per score band around the MQL threshold
  const scoreOf = (s: Seen, r: ScoringRules) => scoreLead(s.lead.facts, s.events, r, s.at).total;
  const configuredScores = seen.map((s) => scoreOf(s, rules));
  const t = rules.mqlThreshold;
  const edges = [null, 0, Math.round(t / 2), t, Math.round(t * 1.5), null];
  const bands: BandRow[] = edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1]!;
    const inBand = seen.filter((_, k) => (from === null || configuredScores[k]! >= from) && (to === null || configuredScores[k]! < to));
    return {
      from,
      to,
      ...outcomes(
        inBand.map((s) => s.lead),
        o.minLeads,
      ),
    };
  });

  // the time split: the earlier part learns, the later part judges
  const cut = Math.floor(seen.length * (1 - o.testShare));
  const train = seen.slice(0, cut);
  const test = seen.slice(cut);
  const scored = (part: readonly Seen[], r: ScoringRules): ScoredLead[] =>
    part.map((s) => ({ score: scoreOf(s, r), positive: !!s.lead.opportunityAt }));
  const configured = evaluate(scored(train, rules), scored(test, rules), o.minLeads);
  const split =
    test.length > 0 && train.length > 0
      ? {
          from: test[0]!.lead.createdAt.toISOString(),
          trainLeads: train.length,
          testLeads: test.length,
          trainOpportunities: train.filter((s) => s.lead.opportunityAt).length,
          testOpportunities: test.filter((s) => s.lead.opportunityAt).length,
        }
      : null;

  const suggestions = suggestPoints(train, rules, o.minLeads, o.l2);
  const learned = suggestions.some((s) => s.suggested !== null);
  const suggestedRules = applySuggestions(rules, suggestions);
  const suggested = learned && split ? evaluate(scored(train, suggestedRules), scored(test, suggestedRules), o.minLeads) : null;

  return {
    asOf: o.now.toISOString(),
    observeDays: o.observeDays,
    matureDays: o.matureDays,
    minLeads: o.minLeads,
    tooYoung: leads.length - mature.length,
    total,
    parameters,
    bands,
    split,
    configured,
    suggested,
    suggestions,
  };
}

const behaviourRuleOf = (rules: ScoringRules, kind: BehaviourKind): Pick<BehaviourRule, 'kind' | 'halfLifeDays' | 'maxCount'> =>
  rules.behaviour.find((r) => r.kind === kind) ?? { kind, ...newBehaviourRule };

/**
 * Points learned from the earlier part: a column per parameter value seen in at least `minLeads`
 * leads (a fit value or matched role: 1 or 0; a behaviour: its decayed count as the score counts it;
 * inactivity: 1 or 0), an L2 logistic regression of "became an opportunity", and its coefficients
 * in points: the MQL threshold is worth `logOddsAtThreshold` in log-odds.
 * Configured rules with too few leads keep their points (suggested null).
 */
function suggestPoints(train: readonly Seen[], rules: ScoringRules, minLeads: number, l2: number): SuggestionRow[] {
  const counts = new Map<string, { param: TuningParam; n: number }>();
  for (const s of train)
    for (const p of s.params) {
      const key = paramKey(p);
      const c = counts.get(key) ?? { param: p, n: 0 };
      c.n++;
      counts.set(key, c);
    }
  const columns = [...counts].filter(([, c]) => c.n >= minLeads).sort(([a], [b]) => a.localeCompare(b));
  const value = (s: Seen, p: TuningParam, key: string): number => {
    if (p.type === 'behaviour') return behaviourWeight(s.events, behaviourRuleOf(rules, p.kind), s.at).weight;
    return s.params.some((q) => paramKey(q) === key) ? 1 : 0;
  };
  const rows = train.map((s) => columns.map(([key, c]) => value(s, c.param, key)));
  const ys = train.map((s) => !!s.lead.opportunityAt);
  const fit = columns.length ? fitLogistic(rows, ys, { l2 }) : null;
  const weights = fit && Number.isFinite(fit.intercept) ? fit.weights : columns.map(() => 0);

  // the scale: the MQL threshold stands for 4 in log-odds (odds e⁴ ≈ 55 times a lead's with no points), so
  // points stay points, and adopting a suggestion leaves the next one the same (it depends on the threshold only)
  const scale = rules.mqlThreshold / logOddsAtThreshold;
  const toPoints = (w: number, p: TuningParam) => {
    const points = Math.max(-100, Math.min(100, Math.round(w * scale)));
    return p.type === 'inactive' ? Math.min(0, points) : points;
  };

  const out: SuggestionRow[] = columns.map(([key, c], j) => ({
    key,
    param: c.param,
    configured: configuredPoints(c.param, rules),
    suggested: toPoints(weights[j]!, c.param),
    trainLeads: c.n,
  }));
  // the configured rules the earlier part cannot judge
  const learnedKeys = new Set(out.map((s) => s.key));
  const ruleParams: TuningParam[] = [
    ...rules.fit.map((r): TuningParam => ({ type: 'fit', field: r.field, value: r.value })),
    ...rules.behaviour.map((r): TuningParam => ({ type: 'behaviour', kind: r.kind })),
    ...(rules.inactivePoints !== 0 ? [{ type: 'inactive' } as const] : []),
  ];
  for (const p of ruleParams) {
    const key = paramKey(p);
    if (learnedKeys.has(key)) continue;
    learnedKeys.add(key);
    out.push({ key, param: p, configured: configuredPoints(p, rules), suggested: null, trainLeads: counts.get(key)?.n ?? 0 });
  }
  // a value without a rule and no effect needs no rule
  return out.filter((s) => s.configured !== null || (s.suggested !== null && s.suggested !== 0)).sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The configured rules with suggested points adopted — all of them, or only the keys given: a
 * rule's points replaced, a rule added for a value or behaviour that has none. Everything else
 * (half-lives, caps, the threshold) stays as configured.
 */
export function applySuggestions(rules: ScoringRules, suggestions: readonly SuggestionRow[], keys?: readonly string[]): ScoringRules {
  const chosen = suggestions.filter((s) => s.suggested !== null && (!keys || keys.includes(s.key)));
  const byKey = new Map(chosen.map((s) => [s.key, s]));
  const fit = rules.fit.map((r) => {
    const s = byKey.get(paramKey({ type: 'fit', field: r.field, value: r.value }));
    return s ? { ...r, points: s.suggested! } : r;
  });
  const behaviour = rules.behaviour.map((r) => {
    const s = byKey.get(paramKey({ type: 'behaviour', kind: r.kind }));
    return s ? { ...r, points: s.suggested! } : r;
  });
  for (const s of chosen) {
    if (s.configured !== null) continue;
    if (s.param.type === 'fit') fit.push({ field: s.param.field, value: s.param.value, points: s.suggested! });
    if (s.param.type === 'behaviour') behaviour.push({ kind: s.param.kind, points: s.suggested!, ...newBehaviourRule });
  }
  const inactive = byKey.get('inactive');
  return { ...rules, fit, behaviour, inactivePoints: inactive ? inactive.suggested! : rules.inactivePoints };
}
