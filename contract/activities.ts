import { z } from 'zod';
import { Id } from './common';

export const activityTypes = ['call', 'meeting', 'email', 'note', 'visit', 'task', 'event'] as const;
export const ActivityType = z.enum(activityTypes);
/** What a person can log (system events are written by Korsa). */
export const LoggableType = ActivityType.exclude(['event']);

export const Activity = z.object({
  id: Id,
  accountId: Id,
  type: ActivityType,
  subject: z.string(),
  body: z.string(),
  occurredAt: z.iso.datetime(),
  dueAt: z.iso.datetime().nullable(),
  done: z.boolean(),
  author: z.object({ id: Id, name: z.string() }).nullable(),
  salesGroup: z.object({ id: Id, name: z.string() }).nullable(),
  event: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  contacts: z.array(z.object({ id: Id, name: z.string() })),
});
export type Activity = z.infer<typeof Activity>;

export const LogActivity = z.object({
  accountId: Id,
  type: LoggableType,
  subject: z.string().trim().min(1, 'Write a line about it').max(300),
  body: z.string().trim().max(10_000).default(''),
  /** Defaults to now. */
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  dueAt: z.iso.datetime({ offset: true }).nullable().optional(),
  contactIds: z.array(Id).max(20).default([]),
});
export type LogActivity = z.infer<typeof LogActivity>;

export const ActivityPatch = z
  .object({
    subject: z.string().trim().min(1).max(300),
    body: z.string().trim().max(10_000),
    done: z.boolean(),
    dueAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .partial()
  .refine((o) => Object.keys(o).length > 0, { message: 'Send at least one field to change.' });
export type ActivityPatch = z.infer<typeof ActivityPatch>;

/** Keyset paging, newest first: pass the previous page's `nextCursor` as `before`. */
export const TimelineQuery = z.object({
  before: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  type: ActivityType.optional(),
  salesGroupId: Id.optional(),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelinePage = z.object({ items: z.array(Activity), nextCursor: z.string().nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;
