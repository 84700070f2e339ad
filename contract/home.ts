import { z } from 'zod';
import { openHandoffStatuses } from '@domain/handoffs';
import { Id, text } from './common';
import { Task } from './tasks';

export const HomeQuery = z.object({
  /** A seller's own day, or a leader's team. */
  scope: z.enum(['me', 'team']).default('me'),
});

const Deal = z.object({
  id: Id,
  name: text(),
  account: z.object({ id: Id, name: text() }),
  owner: z.object({ id: Id, name: text() }).nullable(),
  stageName: text(),
  value: z.number(),
  currency: text(),
  expectedCloseOn: z.iso.date().nullable(),
  /** Its expected close day has passed. */
  pastClose: z.boolean(),
  lastActivityAt: z.iso.datetime().nullable(),
});

export const Home = z.object({
  scope: z.enum(['me', 'team']),
  /** The viewer leads people, so has a team view. */
  canViewTeam: z.boolean(),
  today: z.iso.date(),
  /** Open tasks due within the week (overdue first), with the counts of overdue and today's. */
  tasks: z.object({ items: z.array(Task), overdue: z.number().int(), dueToday: z.number().int(), total: z.number().int() }),
  /** Open tips waiting for an answer or a report. */
  tips: z.object({
    items: z.array(
      z.object({
        id: Id,
        account: z.object({ id: Id, name: text() }),
        status: z.enum(openHandoffStatuses),
        dueAt: z.iso.datetime(),
        overdue: z.boolean(),
        giverName: text().nullable(),
        fromGroupName: text().nullable(),
        toUserName: text().nullable(),
      }),
    ),
    total: z.number().int(),
  }),
  /** Open deals expected to close by the end of this month (or already past their date). */
  closing: z.array(Deal),
  /** Open deals with no activity for the stale period. */
  stale: z.array(Deal),
  /** Agreements ending within the renewal window. */
  renewals: z.array(
    z.object({
      id: Id,
      name: text(),
      account: z.object({ id: Id, name: text() }),
      ownerName: text().nullable(),
      endsOn: z.iso.date(),
      annualValue: z.number(),
      currency: text(),
    }),
  ),
  /** What others did lately at these customers. */
  recent: z.array(
    z.object({
      id: Id,
      account: z.object({ id: Id, name: text() }),
      type: text(),
      subject: text(),
      event: text().nullable(),
      /** A system event's facts, for its words in the reader's language (the subject is English). */
      data: z.record(text(), z.unknown()),
      occurredAt: z.iso.datetime(),
      authorName: text().nullable(),
    }),
  ),
  /** A leader's team: per person. Empty for "me". */
  team: z.array(
    z.object({
      id: Id,
      name: text(),
      overdueTasks: z.number().int(),
      tipsWaiting: z.number().int(),
      tipsOverdue: z.number().int(),
      closing: z.number().int(),
      stale: z.number().int(),
    }),
  ),
});
export type Home = z.infer<typeof Home>;
