import { z } from 'zod';
import { channels } from '@domain/channels';
import { agendaTopics, behaviours, oneToOneStates } from '@domain/one-to-ones';
import { paceLevels } from '@domain/targets';
import { Id, text } from './common';

const isoDay = z.iso.date();
const Person = z.object({ id: Id, name: text() });
const Rating = z.number().int().min(1).max(5);

/** Ratings of the seller's behaviours (seed 002), 1–5; a behaviour not discussed is left out. */
export const Ratings = z.object(Object.fromEntries(behaviours.map((b) => [b, Rating.optional()])) as Record<
  (typeof behaviours)[number],
  z.ZodOptional<typeof Rating>
>);

const AgendaDeal = z.object({
  id: Id,
  name: text(),
  accountName: text(),
  value: z.number(),
  currency: text(),
  stageName: text(),
  expectedCloseOn: isoDay.nullable(),
  closedAt: z.iso.datetime().nullable(),
  /** Why it needs a decision (domain/pipeline/aging.ts): timed out, past its close date, gone quiet. */
  warning: z.enum(['timed_out', 'close_overdue', 'stale']).nullable(),
});
const AgendaTip = z.object({ id: Id, accountName: text(), status: text(), createdAt: z.iso.datetime(), dueAt: z.iso.datetime() });

/** The agenda Korsa prepares from the seller's data since the last one-to-one (domain/one-to-ones.ts). */
export const Agenda = z.object({
  since: isoDay,
  topics: z.array(z.object({ topic: z.enum(agendaTopics), count: z.number().int() })),
  openActions: z.array(z.object({ taskId: Id, title: text(), dueOn: isoDay, agreedOn: isoDay })),
  pipeline: z.object({
    created: z.array(AgendaDeal),
    won: z.array(AgendaDeal),
    lost: z.array(AgendaDeal),
    moved: z.array(AgendaDeal),
    attention: z.array(AgendaDeal),
  }),
  tips: z.object({
    toAnswer: z.array(AgendaTip),
    received: z.array(AgendaTip),
    given: z.array(AgendaTip),
    reportsBack: z.array(AgendaTip),
  }),
  activity: z.object({
    byType: z.array(z.object({ type: text(), since: z.number().int(), before: z.number().int() })),
    total: z.number().int(),
    previousTotal: z.number().int(),
    trend: z.enum(['up', 'down', 'flat']),
  }),
  /** The year's volume against target per channel, in the reporting currency. */
  targets: z.array(
    z.object({ channel: z.enum(channels), target: z.number(), volume: z.number(), progress: z.number(), pace: z.enum(paceLevels).nullable() }),
  ),
  currency: text(),
});
export type Agenda = z.infer<typeof Agenda>;

const Status = z.object({
  state: z.enum(oneToOneStates),
  lastHeldOn: isoDay.nullable(),
  nextDueOn: isoDay.nullable(),
  daysOverdue: z.number().int(),
});

export const OneToOneHeld = z.object({
  id: Id,
  heldOn: isoDay,
  leader: Person.nullable(),
  notes: text(),
  ratings: Ratings,
  actions: z.array(z.object({ id: Id, title: text(), taskId: Id.nullable(), dueOn: isoDay.nullable(), done: z.boolean() })),
});

/** A seller's one-to-ones: the prepared agenda of the next, the history, the trend of the ratings. */
export const SellerOneToOnes = z.object({
  seller: Person,
  cadenceDays: z.number().int(),
  status: Status,
  agenda: Agenda,
  history: z.array(OneToOneHeld),
  trend: z.array(
    z.object({
      behaviour: z.enum(behaviours),
      latest: z.number().nullable(),
      previous: z.number().nullable(),
      change: z.number().nullable(),
      points: z.array(z.number()),
    }),
  ),
  /** What the viewer may do: hold the meeting and set the cadence (the seller's leaders, admins). */
  can: z.object({ hold: z.boolean() }),
});
export type SellerOneToOnes = z.infer<typeof SellerOneToOnes>;

/** The leader's list: the sellers they lead, the overdue first. */
export const OneToOneTeam = z.object({
  items: z.array(Status.extend({ seller: Person, cadenceDays: z.number().int(), openActions: z.number().int() })),
});

export const HoldOneToOne = z.object({
  notes: text().trim().max(8000).default(''),
  ratings: Ratings.default({}),
  /** Agreed actions: each a task on the seller's list, brought back next time until done. */
  actions: z
    .array(z.object({ title: text().trim().min(1, 'Say what to do').max(300), dueOn: isoDay }))
    .max(20)
    .default([]),
});
export type HoldOneToOne = z.infer<typeof HoldOneToOne>;

export const SetCadence = z.object({ everyDays: z.number().int().min(7).max(91) });
export const SellerParams = z.object({ sellerId: Id });
