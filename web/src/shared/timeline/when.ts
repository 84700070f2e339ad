import type { LoggableType } from '../domain/vocabulary';
import type { NewActivity } from './api';

/** Today as `yyyy-mm-dd` in the user's time zone (the value of a date input). */
export function todayInput(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date input's day at a given local hour, as an ISO timestamp. */
function atHour(day: string, hour: number): string | null {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d, hour).toISOString();
}

/**
 * When an entry happened (or, for a task, when it is due), from a date input: today means "now",
 * another day means midday of that day; a task's day is its due date (midday, so that it is the
 * same day in every Nordic time zone).
 */
export function whenFields(type: LoggableType, day: string, now: Date = new Date()): Pick<NewActivity, 'occurredAt' | 'dueAt'> {
  if (type === 'task') return { dueAt: day ? atHour(day, 12) : null };
  if (!day || day === todayInput(now)) return {};
  return { occurredAt: atHour(day, 12) ?? undefined };
}

/** A task is overdue once its due day has passed (a task due today is not overdue yet). */
export function isOverdue(dueAt: string, now: Date = new Date()): boolean {
  return todayInput(new Date(dueAt)) < todayInput(now);
}
