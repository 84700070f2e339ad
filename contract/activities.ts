import { z } from 'zod';
import { activityTypes } from '@domain/activities';
import { Id, text } from './common';

export { activityTypes };
export const ActivityType = z.enum(activityTypes);
/** What a person can log (system events are written by Korsa). */
export const LoggableType = ActivityType.exclude(['event']);

export const Activity = z.object({
  id: Id,
  accountId: Id,
  type: ActivityType,
  subject: text(),
  body: text(),
  occurredAt: z.iso.datetime(),
  dueAt: z.iso.datetime().nullable(),
  done: z.boolean(),
  author: z.object({ id: Id, name: text() }).nullable(),
  salesGroup: z.object({ id: Id, name: text() }).nullable(),
  event: text().nullable(),
  data: z.record(text(), z.unknown()),
  contacts: z.array(z.object({ id: Id, name: text() })),
  /** What the viewer may do (domain/access.ts): edit it (tick a task done) as its author, a leader or an admin. */
  can: z.object({ edit: z.boolean() }),
});
export type Activity = z.infer<typeof Activity>;

export const LogActivity = z.object({
  accountId: Id,
  type: LoggableType,
  subject: text().trim().min(1, 'Write a line about it').max(300),
  body: text().trim().max(10_000).default(''),
  /** Defaults to now. */
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  dueAt: z.iso.datetime({ offset: true }).nullable().optional(),
  contactIds: z.array(Id).max(20).default([]),
  /** "Follow up in 3 days": a task for the author about the same account, created with the entry. */
  followUp: z
    .object({
      dueOn: z.iso.date(),
      remindAt: z.iso.datetime({ offset: true }).nullable().optional(),
      title: text().trim().min(1).max(300).optional(),
    })
    .optional(),
});
export type LogActivity = z.infer<typeof LogActivity>;

export const ActivityPatch = z
  .object({
    subject: text().trim().min(1).max(300),
    body: text().trim().max(10_000),
    done: z.boolean(),
    dueAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .partial()
  .refine((o) => Object.keys(o).length > 0, { message: 'Send at least one field to change.' });
export type ActivityPatch = z.infer<typeof ActivityPatch>;

/** Keyset paging, newest first: pass the previous page's `nextCursor` as `before`. */
export const TimelineQuery = z.object({
  before: text().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  type: ActivityType.optional(),
  salesGroupId: Id.optional(),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelinePage = z.object({ items: z.array(Activity), nextCursor: text().nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;
