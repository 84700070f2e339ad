/**
 * The cross-selling forum (D7): a recurring meeting per market where sellers of every group review
 * new potential and the handoffs in progress. It meets weekly, every other week or monthly.
 */
import { addMonths } from './pipeline/aging';

export const forumCadences = ['weekly', 'biweekly', 'monthly'] as const;
export type ForumCadence = (typeof forumCadences)[number];

const cadenceDays = { weekly: 7, biweekly: 14 } as const;

/** The next meeting after the last one held (none before the first). */
export function nextMeetingOn(cadence: ForumCadence, last: string | null): string | null {
  if (!last) return null;
  const d = new Date(`${last}T00:00:00Z`);
  const next = cadence === 'monthly' ? addMonths(d, 1) : new Date(d.getTime() + cadenceDays[cadence] * 86_400_000);
  return next.toISOString().slice(0, 10);
}

/** A handoff in progress this many days or more is old: the forum takes it first. */
export const oldHandoffAfterDays = 14;

export const isOldHandoff = (handoff: { ageDays: number; overdue: boolean }) => handoff.overdue || handoff.ageDays >= oldHandoffAfterDays;
