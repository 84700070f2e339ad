import { z } from 'zod';
import { firstStepKeys } from '@domain/first-steps';
import { Id, Role, text } from './common';

const FirstStep = z.object({
  key: z.enum(firstStepKeys),
  /** When the record that completes it was first written; null while not done. */
  doneAt: z.iso.datetime().nullable(),
});

/** The signed-in person's first steps (L6): done when Korsa holds the record of them. */
export const FirstSteps = z.object({
  role: Role,
  steps: z.array(FirstStep),
  done: z.number().int(),
  total: z.number().int(),
  /** The person put the checklist away (it can be brought back). */
  dismissed: z.boolean(),
});
export type FirstSteps = z.infer<typeof FirstSteps>;

export const DismissFirstSteps = z.object({ dismissed: z.boolean() });

export const AdoptionQuery = z.object({
  /** How many weeks back, this week included. */
  weeks: z.coerce.number().int().min(1).max(26).default(8),
});

const Bucket = z.object({
  id: Id.nullable(),
  name: text().nullable(),
  people: z.number().int(),
  /** Per week (the `weeks` of the answer, oldest first): how many of its people were active. */
  active: z.array(z.number().int()),
});

/** An admin's view of the rollout (L6): who uses Korsa, per group and market and week, and how far each person is. */
export const Adoption = z.object({
  /** Mondays (UTC) of the weeks counted, oldest first; the last is this week. */
  weeks: z.array(z.iso.date()),
  salesGroups: z.array(Bucket),
  markets: z.array(Bucket),
  /** For each first step: how many of the people who have it have done it. */
  firstSteps: z.array(z.object({ key: z.enum(firstStepKeys), done: z.number().int(), people: z.number().int() })),
  people: z.array(
    z.object({
      id: Id,
      name: text(),
      role: Role,
      salesGroupName: text().nullable(),
      marketName: text().nullable(),
      /** Over the weeks counted. */
      activities: z.number().int(),
      tipsPassed: z.number().int(),
      tipsAnswered: z.number().int(),
      activeWeeks: z.number().int(),
      lastActiveAt: z.iso.datetime().nullable(),
      firstSteps: z.object({ done: z.number().int(), total: z.number().int() }),
    }),
  ),
});
export type Adoption = z.infer<typeof Adoption>;
