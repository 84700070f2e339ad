import { describe, expect, it } from 'vitest';
import { planDemo } from './generate';

const today = new Date('2026-11-23T12:00:00Z');

describe('the demo’s past leads (the tuning page’s year)', () => {
  const plan = planDemo(1, 'small', today);
  const rate = (p: (l: (typeof plan.pastLeads)[number]) => boolean) => {
    const xs = plan.pastLeads.filter(p);
    return xs.filter((l) => l.opportunityIndex !== null).length / xs.length;
  };

  it('are the same for a seed and leave the rest of the demo as the seed makes it', () => {
    expect(planDemo(1, 'small', today).pastLeads).toEqual(plan.pastLeads);
    expect(plan.pastLeads).toHaveLength(500);
    const ages = plan.pastLeads.map((l) => (today.getTime() - l.createdAt.getTime()) / 86_400_000);
    expect(Math.min(...ages)).toBeGreaterThan(30);
    expect(Math.max(...ages)).toBeLessThan(400);
  });

  it('become an opportunity by who they are and what they did, not by chance', () => {
    expect(rate((l) => l.source === 'referral')).toBeGreaterThan(2 * rate((l) => l.source === 'list'));
    expect(rate((l) => l.size === 'enterprise' || l.size === 'large')).toBeGreaterThan(rate((l) => l.size === 'micro'));
    expect(rate((l) => l.events.some((e) => e.kind === 'pricing_view'))).toBeGreaterThan(
      rate((l) => !l.events.some((e) => e.kind === 'pricing_view')),
    );
  });

  it('each become their own planned opportunity of their market, opened after they arrived', () => {
    const converted = plan.pastLeads.filter((l) => l.opportunityIndex !== null);
    expect(new Set(converted.map((l) => l.opportunityIndex)).size).toBe(converted.length);
    for (const l of converted) {
      const o = plan.opportunities[l.opportunityIndex!]!;
      expect(plan.accounts[o.accountKey]!.marketCode).toBe(l.marketCode);
      expect(o.createdAt.getTime()).toBeGreaterThan(l.createdAt.getTime());
    }
  });
});
