import { describe, expect, it } from 'vitest';
import { defaultScoringRules, type BehaviourEvent, type ScoringRules } from './lead-score';
import { applySuggestions, paramKey, tuneLeadScoring, type TuningLead } from './lead-tuning';
import { aucInterval, calibrationBands, fitLogistic } from './lead-tuning-model';
import { seededRandom } from './stats';

const DAY = 86_400_000;
const now = new Date('2026-12-01T12:00:00Z');

/**
 * Leads over a year where being large and downloading make an opportunity likely, and page views
 * say nothing — while the rules below reward page views most.
 */
function history(n: number, seed = 7): TuningLead[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const createdAt = new Date(now.getTime() - (400 - (i * 360) / n) * DAY);
    const large = random() < 0.4;
    const downloads = random() < 0.35 ? 1 + Math.floor(random() * 2) : 0;
    const views = Math.floor(random() * 6);
    const events: BehaviourEvent[] = [
      ...Array.from({ length: downloads }, (_, k) => ({ kind: 'download' as const, at: new Date(createdAt.getTime() + (k + 1) * DAY) })),
      ...Array.from({ length: views }, (_, k) => ({ kind: 'page_view' as const, at: new Date(createdAt.getTime() + k * DAY) })),
    ];
    const z = -2.2 + (large ? 1.6 : 0) + 1.2 * downloads;
    const opportunity = random() < 1 / (1 + Math.exp(-z));
    return {
      facts: {
        size: large ? 'large' : 'small',
        source: i % 3 === 0 ? 'event' : 'web_form',
        market: 'SE',
        title: i % 4 === 0 ? 'CEO' : 'Analyst',
      },
      events,
      createdAt,
      opportunityAt: opportunity ? new Date(createdAt.getTime() + 20 * DAY) : null,
      won: opportunity && random() < 0.4,
    };
  });
}

const misleading: ScoringRules = {
  ...defaultScoringRules,
  fit: [
    { field: 'title', value: 'CEO', points: 20 },
    { field: 'source', value: 'event', points: 15 },
  ],
  behaviour: [
    { kind: 'page_view', points: 10, halfLifeDays: 7, maxCount: 10 },
    { kind: 'download', points: 2, halfLifeDays: 14, maxCount: 3 },
  ],
};

describe('tuning the lead score against outcomes', () => {
  const leads = history(1200);
  const report = tuneLeadScoring(leads, misleading, { now });

  it('counts each parameter value with its rates, lift and Wilson interval', () => {
    const large = report.parameters.find((p) => p.key === 'fit:size:large')!;
    const mature = leads.filter((l) => l.createdAt.getTime() <= now.getTime() - 30 * DAY);
    const had = mature.filter((l) => l.facts.size === 'large');
    expect(large.leads).toBe(had.length);
    expect(large.opportunities).toBe(had.filter((l) => l.opportunityAt).length);
    expect(large.won).toBe(had.filter((l) => l.won).length);
    expect(large.opportunityRate).toBeCloseTo(large.opportunities / large.leads, 10);
    expect(large.lift).toBeGreaterThan(1.3);
    expect(large.interval!.low).toBeLessThan(large.opportunityRate!);
    expect(large.interval!.high).toBeGreaterThan(large.opportunityRate!);
    expect(large.liftInterval!.low).toBeGreaterThan(1);
    // the role is the title rule a lead matches; behaviours are leads who showed them
    expect(report.parameters.find((p) => p.key === 'fit:title:ceo')!.points).toBe(20);
    expect(report.parameters.find((p) => p.key === 'behaviour:download')!.lift).toBeGreaterThan(1.3);
    expect(report.total.leads).toBe(mature.length);
    expect(report.tooYoung).toBe(leads.length - mature.length);
  });

  it('shows no rates for a value too few leads had', () => {
    const few = [...leads.slice(0, 300), { ...leads[0]!, facts: { ...leads[0]!.facts, size: 'enterprise' } }];
    const row = tuneLeadScoring(few, misleading, { now }).parameters.find((p) => p.key === 'fit:size:enterprise')!;
    expect(row.leads).toBe(1);
    expect(row.opportunityRate).toBeNull();
    expect(row.lift).toBeNull();
    expect(row.interval).toBeNull();
  });

  it('judges the configured score on the later part and suggests points that rank better', () => {
    expect(report.split!.testLeads).toBeGreaterThan(300);
    expect(report.configured.auc).toBeGreaterThan(0.4);
    expect(report.suggested!.auc).toBeGreaterThan(report.configured.auc! + 0.1);
    expect(report.suggested!.aucInterval!.low).toBeLessThan(report.suggested!.auc!);
    const by = (key: string) => report.suggestions.find((s) => s.key === key)!;
    expect(by('fit:size:large').configured).toBeNull();
    expect(by('fit:size:large').suggested).toBeGreaterThan(5);
    expect(by('behaviour:download').suggested).toBeGreaterThan(by('behaviour:page_view').suggested!);
    expect(Math.abs(by('behaviour:page_view').suggested!)).toBeLessThanOrEqual(3);
    expect(by('behaviour:page_view').configured).toBe(10);
  });

  it('calibrates by band and converts more above the threshold', () => {
    expect(report.configured.calibration.length).toBe(10);
    for (const b of report.suggested!.calibration) expect(b.leads).toBeGreaterThanOrEqual(20);
    const rates = report.bands.map((b) => b.opportunityRate);
    expect(report.bands).toHaveLength(5);
    expect(report.bands.reduce((s, b) => s + b.leads, 0)).toBe(report.total.leads);
    expect(rates.some((r) => r !== null)).toBe(true);
  });

  it('adopts all suggestions or one, through the same rules', () => {
    const all = applySuggestions(misleading, report.suggestions);
    expect(all.fit.find((r) => r.field === 'size' && r.value === 'large')!.points).toBeGreaterThan(5);
    expect(all.behaviour.find((r) => r.kind === 'page_view')!.halfLifeDays).toBe(7);
    const one = applySuggestions(misleading, report.suggestions, ['behaviour:download']);
    expect(one.fit).toEqual(misleading.fit);
    expect(one.behaviour.find((r) => r.kind === 'download')!.points).toBe(
      report.suggestions.find((s) => s.key === 'behaviour:download')!.suggested,
    );
    expect(one.behaviour.find((r) => r.kind === 'page_view')!.points).toBe(10);
    expect(paramKey({ type: 'fit', field: 'industry', value: 'Tillverkning' })).toBe('fit:industry:C');
    // once adopted, the same leads suggest the same points: nothing is left to adopt
    const again = tuneLeadScoring(leads, all, { now });
    for (const x of again.suggestions) if (x.suggested !== null) expect(x.suggested).toBe(x.configured);
  });

  it('is honest with too little: no leads, one outcome only', () => {
    const empty = tuneLeadScoring([], misleading, { now });
    expect(empty.split).toBeNull();
    expect(empty.configured.auc).toBeNull();
    expect(empty.suggested).toBeNull();
    const none = tuneLeadScoring(
      leads.map((l) => ({ ...l, opportunityAt: null, won: false })),
      misleading,
      { now },
    );
    expect(none.configured.auc).toBeNull();
    expect(none.suggestions.every((s) => s.suggested === 0 || s.suggested === null)).toBe(true);
  });
});

describe('the tuning statistics', () => {
  it('recovers a logistic regression’s coefficients', () => {
    const random = seededRandom(3);
    const rows: number[][] = [];
    const ys: boolean[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = [random() < 0.5 ? 1 : 0, random() * 2];
      rows.push(x);
      ys.push(random() < 1 / (1 + Math.exp(-(-1 + 1.5 * x[0]! - 0.8 * x[1]!))));
    }
    const fit = fitLogistic(rows, ys, { l2: 0.01 });
    expect(fit.intercept).toBeCloseTo(-1, 0);
    expect(fit.weights[0]).toBeCloseTo(1.5, 0);
    expect(fit.weights[1]).toBeCloseTo(-0.8, 0);
  });

  it('gives the AUC an interval that narrows with more leads', () => {
    const small = aucInterval(0.7, 10, 40);
    const large = aucInterval(0.7, 200, 800);
    expect(small.high - small.low).toBeGreaterThan(large.high - large.low);
    expect(large.low).toBeLessThan(0.7);
  });

  it('cuts calibration bands no smaller than the minimum', () => {
    const test = Array.from({ length: 50 }, (_, i) => ({ score: i, positive: i > 30 }));
    expect(calibrationBands(test, test, 20)).toHaveLength(2);
    expect(calibrationBands(test, test.slice(0, 30), 20)).toHaveLength(0);
  });
});
