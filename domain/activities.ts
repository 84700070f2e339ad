/** The shared timeline (A3): what a person logs, and the events Korsa writes itself. */
export const activityTypes = ['call', 'meeting', 'email', 'note', 'visit', 'task', 'event'] as const;
export type ActivityType = (typeof activityTypes)[number];

/** What a person can log; `event` is written by Korsa itself. */
export const loggableTypes = ['call', 'meeting', 'email', 'note', 'visit', 'task'] as const satisfies readonly ActivityType[];
export type LoggableType = (typeof loggableTypes)[number];
