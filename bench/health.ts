/**
 * `npm run bench -- health`: how well the customer health score (domain/health.ts) ranks the customers
 * who later left, on a time split of the demo organisation's generated history (server/demo, in
 * memory, deterministic from --seed). At a cut-off day T the signals are computed from what was known
 * on T only — the same signals the server reads (activity, tips, agreements ending, products owned now
 * and a year before, invoicing by half-year, deals won and lost); a customer on T (owns something)
 * churned when it owns nothing on T + horizon or was declared lost in between. The score's risk
 * (100 − score) and the baseline "days since the last activity" are each measured by AUC.
 */
import { ownsOn } from '@domain/account-status';
import { isOpen } from '@domain/handoffs';
import { baselineRisk, healthScore, type HealthSignals } from '@domain/health';
import { auc, type Scored } from '@domain/pipeline/win-probability';
import { dealAgreementEnd } from '@domain/pipeline/agreements';
import { planDemo, type DemoSize } from '../server/demo/generate';
import { planInvoices } from '../server/demo/revenue';

const DAY = 86_400_000;
const PASSIVE_AFTER_MONTHS = 18;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface HealthBenchOptions {
  seed: number;
  size: DemoSize;
  log: (line: string) => void;
}

interface Split {
  scenario: string;
  dataset: string;
  cutOff: string;
  horizonDays: number;
  customers: number;
  churned: number;
  aucHealth: number;
  aucBaseline: number;
  /** AUC of each signal's reasons alone (risk = minus its points), to see where the score's strength comes from. */
  bySignal: Record<string, number>;
}

export function benchHealth(o: HealthBenchOptions) {
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12));
  const t0 = performance.now();
  const plan = planDemo(o.seed, o.size, today);
  const invoices = planInvoices(plan.opportunities, today);
  o.log(`health: planned the ${o.size} demo (${plan.accounts.length} accounts) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const byAccount = <T extends { accountKey: number }>(rows: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of rows) m.set(r.accountKey, [...(m.get(r.accountKey) ?? []), r]);
    return m;
  };
  const activities = byAccount(plan.activities);
  const deals = byAccount(plan.opportunities);
  const tips = byAccount(plan.handoffs);
  const billed = byAccount(invoices);

  const split = (cutOffDaysAgo: number, horizonDays: number): Split => {
    const T = new Date(today.getTime() - cutOffDaysAgo * DAY);
    const end = new Date(T.getTime() + horizonDays * DAY);
    const day = iso(T);
    const health: Scored[] = [];
    const baseline: Scored[] = [];
    const signalScores = new Map<string, Scored[]>();
    for (const a of plan.accounts) {
      const held = a.holdings.filter((h) => h.startedOn <= day);
      const owns = (on: Date) => held.filter((h) => ownsOn(h, on, PASSIVE_AFTER_MONTHS)).length;
      if (owns(T) === 0) continue; // a customer on T
      const lostBefore = a.lostAt && a.lostAt <= T;
      if (lostBefore) continue;
      const later = a.holdings.filter((h) => h.startedOn <= iso(end));
      const churned = later.every((h) => !ownsOn(h, end, PASSIVE_AFTER_MONTHS)) || (!!a.lostAt && a.lostAt > T && a.lostAt <= end);

      const before = (activities.get(a.key) ?? []).filter((x) => x.occurredAt <= T);
      const last = before.reduce<Date | null>((m, x) => (m === null || x.occurredAt > m ? x.occurredAt : m), null);
      const myDeals = deals.get(a.key) ?? [];
      const ends = [
        ...held.filter((h) => h.endsOn !== null && h.endsOn > h.startedOn).map((h) => h.endsOn!),
        ...myDeals.filter((d) => d.signedOn && d.signedOn <= day).map((d) => dealAgreementEnd(d.startOn ?? d.signedOn!, d.lines)),
      ].filter((e): e is string => e !== null && e >= day && e <= iso(new Date(T.getTime() + 180 * DAY)));
      const nearest = ends.sort()[0];
      const statusOn = (steps: { status: Parameters<typeof isOpen>[0]; at: Date }[]) => steps.filter((s) => s.at <= T).at(-1);
      const myTips = (tips.get(a.key) ?? []).filter((h) => h.createdAt <= T);
      const overdue = myTips.filter((h) => {
        const s = statusOn(h.steps);
        return s && isOpen(s.status) && s.at.getTime() + 7 * DAY < T.getTime();
      }).length;
      const answered = myTips.filter((h) =>
        h.steps.some((s) => s.status !== 'sent' && s.at <= T && s.at.getTime() > T.getTime() - 90 * DAY),
      ).length;
      const bills = (billed.get(a.key) ?? []).filter((b) => b.invoicedOn <= day);
      const sumBetween = (fromDays: number, toDays: number) =>
        bills
          .filter(
            (b) => b.invoicedOn > iso(new Date(T.getTime() - fromDays * DAY)) && b.invoicedOn <= iso(new Date(T.getTime() - toDays * DAY)),
          )
          .reduce((s, b) => s + b.amount, 0);
      const signals: HealthSignals = {
        daysSinceActivity: last ? Math.floor((T.getTime() - last.getTime()) / DAY) : null,
        overdueHandoffs: overdue,
        answeredHandoffs: answered,
        renewalDueInDays: nearest ? Math.round((Date.parse(nearest) - Date.parse(day)) / DAY) : null,
        renewalInProgress: false,
        productsNow: new Set(held.filter((h) => ownsOn(h, T, PASSIVE_AFTER_MONTHS)).map((h) => h.productCode)).size,
        productsYearAgo: new Set(
          held
            .filter(
              (h) =>
                h.startedOn <= iso(new Date(T.getTime() - 365 * DAY)) && ownsOn(h, new Date(T.getTime() - 365 * DAY), PASSIVE_AFTER_MONTHS),
            )
            .map((h) => h.productCode),
        ).size,
        invoicedLast6Months: bills.length ? sumBetween(183, 0) : null,
        invoicedPrevious6Months: bills.length ? sumBetween(366, 183) : null,
        lostDeals12Months: myDeals.filter(
          (d) => d.lostReason && d.closedAt && d.closedAt <= T && d.closedAt.getTime() > T.getTime() - 365 * DAY,
        ).length,
        wonDeals12Months: myDeals.filter((d) => d.signedOn && d.signedOn <= day && Date.parse(d.signedOn) > T.getTime() - 365 * DAY).length,
        websiteVisits30Days: null,
      };
      const h = healthScore(signals);
      // a churned customer is the "positive": higher risk should rank it first
      health.push({ score: 100 - h.score, won: churned });
      baseline.push({ score: baselineRisk(signals), won: churned });
      const points = new Map<string, number>();
      for (const r of h.reasons) {
        const family = r.key.replace(/^(recent_activity|no_activity)$/, 'quiet').replace(/^renewal_in_progress$/, 'renewal_due');
        points.set(family, (points.get(family) ?? 0) + r.points);
      }
      for (const family of [
        'quiet',
        'renewal_due',
        'fewer_products',
        'more_products',
        'invoicing_down',
        'invoicing_up',
        'lost_deals',
        'won_deals',
        'overdue_tips',
        'answered_tips',
      ])
        signalScores.set(family, [...(signalScores.get(family) ?? []), { score: -(points.get(family) ?? 0), won: churned }]);
    }
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      scenario: 'health',
      dataset: `demo ${o.size} (seed ${o.seed})`,
      cutOff: day,
      horizonDays,
      customers: health.length,
      churned: health.filter((s) => s.won).length,
      aucHealth: round(auc(health)),
      aucBaseline: round(auc(baseline)),
      bySignal: Object.fromEntries([...signalScores].map(([k, v]) => [k, round(auc(v))])),
    };
  };

  const results = [split(365, 365), split(180, 180)];
  return { results, report: report(results) };
}

function report(results: Split[]): string {
  const out = [
    '| data | cut-off | horizon | customers on the cut-off | churned | AUC health score | AUC baseline (days since last activity) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.dataset} | ${r.cutOff} | ${r.horizonDays} d | ${r.customers} | ${r.churned} | ${r.aucHealth.toFixed(3)} | ${r.aucBaseline.toFixed(3)} |`,
    ),
    '',
    'Each signal alone (AUC of its points; 0.5 = no information or never present):',
    '',
    `| cut-off | ${Object.keys(results[0]!.bySignal).join(' | ')} |`,
    `| --- | ${Object.keys(results[0]!.bySignal)
      .map(() => '---:')
      .join(' | ')} |`,
    ...results.map(
      (r) =>
        `| ${r.cutOff} | ${Object.values(r.bySignal)
          .map((v) => v.toFixed(3))
          .join(' | ')} |`,
    ),
  ];
  return out.join('\n');
}
