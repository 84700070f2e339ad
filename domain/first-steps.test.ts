import { describe, expect, it } from 'vitest';
import { firstStepsByRole, firstStepsOf, lastWeeks, weekOf } from './first-steps';
import { roles } from './people';

describe('first steps', () => {
  it('gives each role its steps, done when their record exists', () => {
    const at = new Date('2026-12-02T09:00:00Z');
    const seller = firstStepsOf('seller', new Map([['pass_tip', at]]));
    expect(seller.steps).toEqual([
      { key: 'log_call', doneAt: null },
      { key: 'pass_tip', doneAt: at },
      { key: 'update_deal', doneAt: null },
    ]);
    expect(seller).toMatchObject({ done: 1, total: 3 });
    // a step of another role does not count
    expect(firstStepsOf('admin', new Map([['pass_tip', at]]))).toMatchObject({ done: 0, total: 2 });
    expect(firstStepsOf('management', new Map())).toMatchObject({ steps: [], done: 0, total: 0 });
  });
  it('names every role, and a step only once per role', () => {
    for (const role of roles) expect(new Set(firstStepsByRole[role]).size).toBe(firstStepsByRole[role].length);
  });
  it('counts weeks from Monday, across a year', () => {
    expect(weekOf(new Date('2026-12-02T23:59:00Z'))).toBe('2026-11-30'); // a Wednesday
    expect(weekOf(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-30');
    expect(weekOf(new Date('2026-11-29T23:59:59Z'))).toBe('2026-11-23'); // a Sunday
    expect(lastWeeks(new Date('2027-01-06T12:00:00Z'), 3)).toEqual(['2026-12-21', '2026-12-28', '2027-01-04']);
  });
});
