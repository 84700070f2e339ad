/**
 * Tasks: something a person must do by a day (call back, send the quote), owned by one person,
 * optionally about an account, a contact, an opportunity or a tip, with an optional reminder.
 * Pure rules: where a task stands on a given day, and the follow-up day of the quick log.
 */

export const taskStates = ['overdue', 'today', 'upcoming', 'done'] as const;
export type TaskState = (typeof taskStates)[number];

/** The follow-up choices of the quick log, in days from today. */
export const followUpDays = [1, 3, 7, 14] as const;

/** A calendar day (YYYY-MM-DD) plus a number of days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Where a task stands on `today` (YYYY-MM-DD): done, overdue (its day has passed), due today, or upcoming. */
export function taskState(task: { dueOn: string; done: boolean }, today: string): TaskState {
  if (task.done) return 'done';
  if (task.dueOn < today) return 'overdue';
  if (task.dueOn === today) return 'today';
  return 'upcoming';
}

/** A reminder is sent once, when its moment has come, for a task that is not done. */
export function reminderDue(task: { remindAt: Date | null; remindedAt: Date | null; done: boolean }, now: Date): boolean {
  return !task.done && task.remindAt !== null && task.remindedAt === null && task.remindAt.getTime() <= now.getTime();
}
