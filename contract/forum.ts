import { z } from 'zod';
import { Id } from './common';
import { Handoff } from './handoffs';

export const Cadence = z.enum(['weekly', 'biweekly', 'monthly']);
export const ForumInput = z.object({
  name: z.string().trim().min(1).max(120),
  marketId: Id.nullable().optional(),
  cadence: Cadence.default('monthly'),
  memberIds: z.array(Id).min(2).max(100),
});
export const Decision = z.object({
  text: z.string().trim().min(1).max(1000),
  ownerId: Id.nullable().optional(),
  dueOn: z.iso.date().nullable().optional(),
});
export const MeetingInput = z.object({
  heldOn: z.iso.date(),
  attendeeIds: z.array(Id).max(100),
  decisions: z.array(Decision).max(50).default([]),
  notes: z.string().trim().max(10_000).default(''),
});
export const Meeting = MeetingInput.extend({ id: Id, forumId: Id, recordedBy: z.string().nullable() });
export const Forum = z.object({
  id: Id,
  name: z.string(),
  marketId: Id.nullable(),
  cadence: Cadence,
  members: z.array(z.object({ id: Id, name: z.string(), salesGroupId: Id.nullable() })),
  lastMeeting: Meeting.nullable(),
  nextMeetingOn: z.string().nullable(),
});

/** What Korsa prepares for the next meeting: everything since the last one. */
export const Agenda = z.object({
  forum: Forum,
  since: z.iso.datetime().nullable(),
  /** Cells marked as potential since the last meeting. */
  newPotential: z.array(
    z.object({
      accountId: Id,
      accountName: z.string(),
      productId: Id,
      productName: z.string(),
      by: z.string().nullable(),
      at: z.iso.datetime(),
    }),
  ),
  inProgress: z.array(Handoff.extend({ ageDays: z.number().int() })),
  /** Handoffs answered or reported on since the last meeting. */
  outcomes: z.array(Handoff),
  giveToGet: z.array(
    z.object({
      name: z.string().nullable(),
      given: z.number().int(),
      received: z.number().int(),
      responseRate: z.number().nullable(),
      feedbackRate: z.number().nullable(),
    }),
  ),
});
