/**
 * `npm run bench -- lead-tuning`: the scoring rules' tuning page (domain/lead-tuning.ts) on the demo
 * organisation's leads (server/demo, planned in memory, deterministic from --seed): the past year's
 * leads and their outcomes, with the configured (default) rules. Reports the configured score's AUC
 * for "became an opportunity" on the later part of the time split, the suggested points' AUC on the
 * same part, both with Hanley–McNeil intervals, and calibration by band.
 */
import { defaultScoringRules } from '@domain/lead-score';
import { tuneLeadScoring, type TuningLead } from '@domain/lead-tuning';
import { planDemo, type DemoSize } from '../server/demo/generate';

export interface LeadTuningBenchOptions {
  seed: number;
  size: DemoSize;
  log: (line: string) => void;
}

const round = (x: number | null | undefined, digits = 3) =>
  x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;

export function benchLeadTuning(o: LeadTuningBenchOptions) {
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12));
  const t0 = performance.now();
  const plan = planDemo(o.seed, o.size, today);
  const leads: TuningLead[] = plan.pastLeads.map((l) => {
    const opportunity = l.opportunityIndex === null ? null : plan.opportunities[l.opportunityIndex]!;
    return {
      facts: { industry: l.industry, size: l.size, title: l.title, source: l.source, country: l.country, market: l.marketCode },
      events: l.events,
      createdAt: l.createdAt,
      opportunityAt: opportunity ? opportunity.createdAt : null,
      won: !!opportunity?.signedOn,
    };
  });
  const t1 = performance.now();
  const report = tuneLeadScoring(leads, defaultScoringRules, { now: today });
  const ms = performance.now() - t1;
  o.log(
    `lead-tuning: planned the ${o.size} demo in ${((t1 - t0) / 1000).toFixed(1)} s; tuned ${leads.length} leads in ${ms.toFixed(0)} ms`,
  );
  const calibration = (bands: typeof report.configured.calibration) =>
    bands.map((b) => ({
      band: b.band,
      scores: `${b.from}…${b.to}`,
      leads: b.leads,
      predicted: round(b.predicted),
      observed: round(b.observed),
    }));
  const result = {
    scenario: 'lead-tuning',
    dataset: `demo ${o.size}, seed ${o.seed}`,
    leads: report.total.leads,
    opportunities: report.total.opportunities,
    won: report.total.won,
    baseRate: round(report.total.opportunityRate),
    split: report.split,
    configured: {
      auc: round(report.configured.auc),
      aucInterval: report.configured.aucInterval && [round(report.configured.aucInterval.low), round(report.configured.aucInterval.high)],
      calibration: calibration(report.configured.calibration),
    },
    suggested: report.suggested && {
      auc: round(report.suggested.auc),
      aucInterval: report.suggested.aucInterval && [round(report.suggested.aucInterval.low), round(report.suggested.aucInterval.high)],
      calibration: calibration(report.suggested.calibration),
    },
    bands: report.bands.map((b) => ({ from: b.from, to: b.to, leads: b.leads, rate: round(b.opportunityRate) })),
    suggestions: report.suggestions
      .filter((s) => s.suggested !== s.configured)
      .map((s) => `${s.key}: ${s.configured ?? '—'} → ${s.suggested ?? 'too few'}`),
    tuningMs: Math.round(ms),
  };
  return { results: [result] };
}
