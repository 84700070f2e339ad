import { describe, expect, it } from 'vitest';
import { isOverdue, todayInput, whenFields } from './when';

describe('when an entry happened', () => {
  const now = new Date(2026, 10, 23, 15, 30);

  it('leaves "now" to the server when the day is today', () => {
    expect(todayInput(now)).toBe('2026-11-23');
    expect(whenFields('call', '2026-11-23', now)).toEqual({});
    expect(whenFields('call', '', now)).toEqual({});
  });

  it('puts another day at midday, and a task’s due date at nine', () => {
    expect(whenFields('meeting', '2026-11-20', now)).toEqual({ occurredAt: new Date(2026, 10, 20, 12).toISOString() });
    expect(whenFields('task', '2026-11-30', now)).toEqual({ dueAt: new Date(2026, 10, 30, 12).toISOString() });
    expect(whenFields('task', '', now)).toEqual({ dueAt: null });
  });
});

describe('an overdue task', () => {
  const now = new Date(2026, 10, 23, 19, 50);
  it('is one whose due day has passed, not one due later today', () => {
    expect(isOverdue(new Date(2026, 10, 23, 12).toISOString(), now)).toBe(false);
    expect(isOverdue(new Date(2026, 10, 22, 12).toISOString(), now)).toBe(true);
  });
});
