import { describe, expect, it } from 'vitest';
import { DEFAULT_RENEWAL_ALERT_DAYS, daysUntil, thresholdsCrossed } from './renewal-alerts';

describe('renewal due', () => {
  it('counts whole days to the end of an agreement', () => {
    expect(daysUntil('2027-01-01', '2027-03-02')).toBe(60);
    expect(daysUntil('2027-03-30', '2027-03-29')).toBe(-1);
  });

  it('names the thresholds an agreement has reached, the tightest first; none once it has ended', () => {
    expect(thresholdsCrossed(61, DEFAULT_RENEWAL_ALERT_DAYS)).toEqual([]);
    expect(thresholdsCrossed(60, DEFAULT_RENEWAL_ALERT_DAYS)).toEqual([60]);
    expect(thresholdsCrossed(20, DEFAULT_RENEWAL_ALERT_DAYS)).toEqual([30, 60]);
    expect(thresholdsCrossed(0, DEFAULT_RENEWAL_ALERT_DAYS)).toEqual([30, 60]);
    expect(thresholdsCrossed(-1, DEFAULT_RENEWAL_ALERT_DAYS)).toEqual([]);
  });
});
