import { describe, expect, it } from 'vitest';
import { cutoffOf, retentionActions, retentionKinds } from './data-retention';

describe('data retention rules (L5)', () => {
  it('counts calendar months back, keeping the time; a short month takes its last day', () => {
    expect(cutoffOf(new Date('2026-12-03T10:00:00Z'), 6).toISOString()).toBe('2026-06-03T10:00:00.000Z');
    expect(cutoffOf(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(cutoffOf(new Date('2027-01-15T00:00:00Z'), 24).toISOString()).toBe('2025-01-15T00:00:00.000Z');
  });

  it('every kind says what happens to it', () => {
    for (const k of retentionKinds) expect(['anonymise', 'delete']).toContain(retentionActions[k]);
  });
});
