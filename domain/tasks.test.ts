import { describe, expect, it } from 'vitest';
import { addDays, reminderDue, taskState } from './tasks';

describe('tasks', () => {
  it('says where a task stands on a day', () => {
    expect(taskState({ dueOn: '2026-12-01', done: false }, '2026-12-02')).toBe('overdue');
    expect(taskState({ dueOn: '2026-12-02', done: false }, '2026-12-02')).toBe('today');
    expect(taskState({ dueOn: '2026-12-05', done: false }, '2026-12-02')).toBe('upcoming');
    expect(taskState({ dueOn: '2026-12-01', done: true }, '2026-12-02')).toBe('done');
  });
  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
  it('reminds once, when the moment has come, and not for a done task', () => {
    const now = new Date('2026-12-02T08:00:00Z');
    const at = new Date('2026-12-02T07:59:00Z');
    expect(reminderDue({ remindAt: at, remindedAt: null, done: false }, now)).toBe(true);
    expect(reminderDue({ remindAt: at, remindedAt: now, done: false }, now)).toBe(false);
    expect(reminderDue({ remindAt: at, remindedAt: null, done: true }, now)).toBe(false);
    expect(reminderDue({ remindAt: new Date('2026-12-02T09:00:00Z'), remindedAt: null, done: false }, now)).toBe(false);
    expect(reminderDue({ remindAt: null, remindedAt: null, done: false }, now)).toBe(false);
  });
});
