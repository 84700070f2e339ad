import { describe, expect, it } from 'vitest';
import { baselineRisk, HEALTH_BASE, healthScore, type HealthSignals } from './health';
import { mayWinBack, needsChurnReason, periodOf, rankWinBack } from './retention';

const quiet: HealthSignals = {
  daysSinceActivity: 60,
  overdueHandoffs: 0,
  answeredHandoffs: 0,
  renewalDueInDays: null,
  renewalInProgress: false,
  productsNow: 2,
  productsYearAgo: 2,
  invoicedLast6Months: null,
  invoicedPrevious6Months: null,
  lostDeals12Months: 0,
  wonDeals12Months: 0,
  websiteVisits30Days: null,
};

describe('customer health', () => {
  it('is the base less what counts against it, and lists every reason with its points', () => {
    const h = healthScore({ ...quiet, daysSinceActivity: 200, renewalDueInDays: 40, productsNow: 1, lostDeals12Months: 1 });
    expect(h.reasons.map((r) => [r.key, r.points, r.value])).toEqual([
      ['quiet', -25, 200],
      ['renewal_due', -20, 40],
      ['fewer_products', -10, 1],
      ['lost_deals', -8, 1],
    ]);
    expect(h.score).toBe(HEALTH_BASE - 63);
    expect(h.band).toBe('at_risk');
  });

  it('rewards recent contact, growth and a renewal under way, clamped to 100', () => {
    const h = healthScore({
      ...quiet,
      daysSinceActivity: 3,
      renewalDueInDays: 30,
      renewalInProgress: true,
      productsNow: 4,
      productsYearAgo: 2,
      invoicedLast6Months: 130,
      invoicedPrevious6Months: 100,
      wonDeals12Months: 3,
      answeredHandoffs: 4,
      websiteVisits30Days: 12,
    });
    expect(h.score).toBe(100);
    expect(h.band).toBe('healthy');
    expect(h.reasons.every((r) => r.points > 0)).toBe(true);
    expect(h.reasons.find((r) => r.key === 'invoicing_up')?.value).toBe(30);
  });

  it('says so when nobody has ever been in touch, and the baseline ranks that riskiest', () => {
    expect(healthScore({ ...quiet, daysSinceActivity: null }).reasons[0]).toEqual({ key: 'no_activity', points: -25, value: 0 });
    expect(baselineRisk({ daysSinceActivity: null })).toBeGreaterThan(baselineRisk({ daysSinceActivity: 5000 }));
  });

  it('halving invoicing costs more than a dip', () => {
    const dip = healthScore({ ...quiet, invoicedLast6Months: 70, invoicedPrevious6Months: 100 });
    const halved = healthScore({ ...quiet, invoicedLast6Months: 40, invoicedPrevious6Months: 100 });
    expect(dip.reasons[0]).toMatchObject({ key: 'invoicing_down', points: -10, value: -30 });
    expect(halved.score).toBeLessThan(dip.score);
  });
});

describe('retention rules', () => {
  it('asks a churn reason of a lost renewal only', () => {
    expect(needsChurnReason('renewal')).toBe(true);
    expect(needsChurnReason('upsell')).toBe(false);
    expect(needsChurnReason(null)).toBe(false);
  });

  it('names periods', () => {
    expect(periodOf('2026-05-31', 'month')).toBe('2026-05');
    expect(periodOf('2026-05-31', 'quarter')).toBe('2026-Q2');
    expect(periodOf('2026-12-01', 'quarter')).toBe('2026-Q4');
    expect(periodOf('2026-12-01', 'year')).toBe('2026');
  });

  it('ranks win-backs by former value, then the most recently left', () => {
    const ranked = rankWinBack([
      { accountId: 'a', name: 'A', formerValue: 10, lastBusinessOn: '2024-01-01' },
      { accountId: 'b', name: 'B', formerValue: 50, lastBusinessOn: null },
      { accountId: 'c', name: 'C', formerValue: 10, lastBusinessOn: '2025-01-01' },
    ]);
    expect(ranked.map((r) => r.accountId)).toEqual(['b', 'c', 'a']);
    expect(mayWinBack('passive') && mayWinBack('lost') && !mayWinBack('customer') && !mayWinBack('prospect')).toBe(true);
  });
});
