import type { ForumData } from './api';

export type Cadence = ForumData['cadence'];
export const forumCadences = ['weekly', 'biweekly', 'monthly'] as const satisfies readonly Cadence[];

/** A tip in progress this many days or more is old: the forum takes it first. */
const OLD_AFTER_DAYS = 14;

export const isOld = (handoff: { ageDays: number; overdue: boolean }) => handoff.overdue || handoff.ageDays >= OLD_AFTER_DAYS;

/** Members' names by id, for attendance and decision owners. */
export const memberNames = (forum: Pick<ForumData, 'members'>) => new Map(forum.members.map((m) => [m.id, m.name]));
