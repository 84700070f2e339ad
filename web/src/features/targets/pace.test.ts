import { describe, expect, it } from 'vitest';
import { paceOf } from './pace';

describe('keeping pace with the year', () => {
  it('has no pace without a target', () => {
    expect(paceOf(null, 0.5)).toBeNull();
  });

  it('is on pace at or above the share of the year gone, and reached at the target', () => {
    expect(paceOf(0.5, 0.5)).toBe('onPace');
    expect(paceOf(0.7, 0.5)).toBe('onPace');
    expect(paceOf(1.2, 0.5)).toBe('reached');
    expect(paceOf(0, 0)).toBe('onPace');
  });

  it('is behind at 41 % with 50 % of the year gone, and well behind further down', () => {
    expect(paceOf(0.41, 0.5)).toBe('behind');
    expect(paceOf(0.39, 0.5)).toBe('farBehind');
    expect(paceOf(0, 0.9)).toBe('farBehind');
  });
});
