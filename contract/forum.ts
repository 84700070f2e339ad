import { z } from 'zod';
import { forumCadences } from '@domain/forum';
import { Id, text } from './common';
import { ForumGame } from './game';
import { Handoff } from './handoffs';
import { ForumRituals } from './rituals';

export const Cadence = z.enum(forumCadences);
export const ForumInput = z.object({
  name: text().trim().min(1).max(120),
  marketId: Id.nullable().optional(),
  cadence: Cadence.default('monthly'),
  memberIds: z.array(Id).min(2).max(100),
});
export const Decision = z.object({
  text: text().trim().min(1).max(1000),
  ownerId: Id.nullable().optional(),
  dueOn: z.iso.date().nullable().optional(),
});
export const MeetingInput = z.object({
  heldOn: z.iso.date(),
  attendeeIds: z.array(Id).max(100),
  decisions: z.array(Decision).max(50).default([]),
  notes: text().trim().max(10_000).default(''),
});
export const Meeting = MeetingInput.extend({ id: Id, forumId: Id, recordedBy: text().nullable() });
export const Forum = z.object({
  id: Id,
  name: text(),
  marketId: Id.nullable(),
  cadence: Cadence,
  members: z.array(z.object({ id: Id, name: text(), salesGroupId: Id.nullable() })),
  lastMeeting: Meeting.nullable(),
  nextMeetingOn: text().nullable(),
  /** What the viewer may do (domain/access.ts): record its meetings as a member or a leader. */
  can: z.object({ recordMeeting: z.boolean() }),
});

/** What Korsa prepares for the next meeting: everything since the last one. */
export const Agenda = z.object({
  forum: Forum,
  since: z.iso.datetime().nullable(),
  /** Cells marked as potential since the last meeting. */
  newPotential: z.array(
    z.object({
      accountId: Id,
      accountName: text(),
      productId: Id,
      productName: text(),
      by: text().nullable(),
      at: z.iso.datetime(),
    }),
  ),
  inProgress: z.array(Handoff.extend({ ageDays: z.number().int() })),
  /** Handoffs answered or reported on since the last meeting. */
  outcomes: z.array(Handoff),
  giveToGet: z.array(
    z.object({
      name: text().nullable(),
      given: z.number().int(),
      received: z.number().int(),
      responseRate: z.number().nullable(),
      feedbackRate: z.number().nullable(),
    }),
  ),
  /** Joint visits, seminars and interview rounds since the last meeting and coming (E1–E3). */
  rituals: ForumRituals,
  /** The running season among the members (F1, F2); null when none runs. */
  game: ForumGame.nullable(),
});
