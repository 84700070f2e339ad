import { describe, expect, it } from 'vitest';
import { importantAccounts, mapPosition, needsWork, PLAN_STALE_DAYS, planHealth } from './account-plans';

const base = { today: '2026-06-01', reviewOn: null, lastReviewedOn: null, createdOn: '2026-05-01', actions: [], target: null };

describe('account plans', () => {
  it('places stakeholders by attitude (left to right) and influence (bottom to top), spreading a crowded cell', () => {
    const low = mapPosition('opponent', 'low', 0, 1);
    const high = mapPosition('champion', 'high', 0, 1);
    expect([low.x, low.y, high.x, high.y].map((v) => Math.round(v * 1000) / 1000)).toEqual([0.1, 0.833, 0.9, 0.167]);
    const a = mapPosition('neutral', 'medium', 0, 2);
    const b = mapPosition('neutral', 'medium', 1, 2);
    expect(a).not.toEqual(b);
    expect(Math.abs(a.x - 0.5)).toBeLessThan(0.1);
  });

  it('flags the influential who are not yet for us', () => {
    expect(needsWork({ influence: 'high', attitude: 'sceptic' })).toBe(true);
    expect(needsWork({ influence: 'high', attitude: 'champion' })).toBe(false);
    expect(needsWork({ influence: 'low', attitude: 'opponent' })).toBe(false);
  });

  it('is on track, needs attention with an overdue action, and is outdated past its review or when long unreviewed', () => {
    expect(planHealth(base).state).toBe('on_track');
    const overdue = planHealth({
      ...base,
      actions: [
        { dueOn: '2026-05-20', done: false },
        { dueOn: '2026-05-21', done: true },
      ],
    });
    expect(overdue).toMatchObject({ state: 'attention', overdueActions: 1, openActions: 1 });
    expect(planHealth({ ...base, reviewOn: '2026-05-31' })).toMatchObject({ state: 'outdated', reviewOverdue: true });
    const old = planHealth({ ...base, createdOn: '2025-01-01' });
    expect(old.daysSinceReview).toBeGreaterThan(PLAN_STALE_DAYS);
    expect(old.state).toBe('outdated');
    expect(planHealth({ ...base, target: { amount: 200, won: 50 } }).targetProgress).toBe(0.25);
  });

  it('counts global accounts and the most valuable fifth as important', () => {
    const accounts = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, isGlobal: i === 9, value: i === 9 ? 0 : 100 - i }));
    expect(importantAccounts(accounts).map((a) => a.id)).toEqual(['a0', 'a1', 'a9']);
  });
});
