import { z } from 'zod';
import { attitudes, buyingRoles, coverageGaps, influenceLevels, planHealthStates, planTemplates, riskLevels } from '@domain/account-plans';
import { Id, Version, text } from './common';
import { TaskState } from './tasks';

const isoDay = z.iso.date();
const Person = z.object({ id: Id, name: text() });

export const Stakeholder = z.object({
  contactId: Id,
  role: z.enum(buyingRoles),
  influence: z.enum(influenceLevels),
  attitude: z.enum(attitudes),
  /** Who at our company owns the relationship. */
  relationshipOwnerId: Id.nullable(),
});
export const Risk = z.object({
  text: text().trim().min(1).max(500),
  level: z.enum(riskLevels),
  mitigation: text().trim().max(500).default(''),
});
export const WhiteSpaceChoice = z.object({ productId: Id, nextStep: text().trim().max(500).default('') });

/** Writing the plan: every write carries the version it read (none for the first). */
export const PutPlan = z.object({
  version: Version.optional(),
  template: z.enum(planTemplates),
  year: z.number().int().min(2000).max(2100),
  goals: text().trim().max(4000).default(''),
  targetAmount: z.number().min(0).max(1e12).default(0),
  risks: z.array(Risk).max(30).default([]),
  whiteSpace: z.array(WhiteSpaceChoice).max(60).default([]),
  stakeholders: z.array(Stakeholder).max(60).default([]),
  /** The next review: the account's owner gets a task with a reminder that day. */
  reviewOn: isoDay.nullable().default(null),
});
export type PutPlan = z.infer<typeof PutPlan>;

export const AddPlanAction = z.object({
  title: text().trim().min(1, 'Say what to do').max(300),
  /** Whose task it becomes (by default yours; a leader may give it to a person they lead). */
  ownerId: Id.optional(),
  dueOn: isoDay,
});

export const ReviewPlan = z.object({ version: Version, nextReviewOn: isoDay.nullable().default(null) });

export const PlanHealth = z.object({
  state: z.enum(planHealthStates),
  overdueActions: z.number().int(),
  openActions: z.number().int(),
  daysSinceReview: z.number().int(),
  reviewOverdue: z.boolean(),
  targetProgress: z.number().nullable(),
});

export const AccountPlan = z.object({
  id: Id,
  accountId: Id,
  template: z.enum(planTemplates),
  year: z.number().int(),
  goals: text(),
  targetAmount: z.number(),
  /** Won this year at the account (annual value, reporting currency). */
  wonThisYear: z.number(),
  currency: text(),
  risks: z.array(z.object({ text: text(), level: z.enum(riskLevels), mitigation: text() })),
  whiteSpace: z.array(z.object({ productId: Id, productName: text(), nextStep: text() })),
  stakeholders: z.array(
    Stakeholder.extend({ name: text(), title: text().nullable(), relationshipOwner: Person.nullable(), needsWork: z.boolean() }),
  ),
  actions: z.array(
    z.object({
      id: Id,
      title: text(),
      taskId: Id.nullable(),
      owner: Person.nullable(),
      dueOn: isoDay.nullable(),
      done: z.boolean(),
      state: TaskState.nullable(),
    }),
  ),
  reviewOn: isoDay.nullable(),
  lastReviewedAt: z.iso.datetime().nullable(),
  health: PlanHealth,
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type AccountPlan = z.infer<typeof AccountPlan>;

/** The account's plan (null: none yet), and what the viewer may do: write it as the account's owner, their leaders, admins. */
export const AccountPlanView = z.object({
  account: z.object({ id: Id, name: text(), ownerId: Id.nullable(), isGlobal: z.boolean() }),
  plan: AccountPlan.nullable(),
  can: z.object({ write: z.boolean() }),
});

export const PlanCoverageQuery = z.object({ scope: z.enum(['team', 'all']).default('team') });
export const PlanCoverage = z.object({
  currency: text(),
  items: z.array(
    z.object({
      account: z.object({ id: Id, name: text(), isGlobal: z.boolean() }),
      owner: Person.nullable(),
      /** Won value a year: what makes it important. */
      value: z.number(),
      gap: z.enum(coverageGaps),
      reviewOn: isoDay.nullable(),
      daysSinceReview: z.number().int().nullable(),
    }),
  ),
});

const RollupFigures = z.object({
  /** Companies of the group in this part. */
  accounts: z.number().int(),
  /** Open opportunities expected to close by the end of the plan's year (or without a date). */
  openCount: z.number().int(),
  openValue: z.number(),
  /** Weighted by each deal's stage probability. */
  openWeighted: z.number(),
  /** Won volume in the plan's year. */
  wonVolume: z.number(),
});

/** A plan's group of companies rolled up (H1): the account and every subsidiary below it, each market's part, the matrix. */
export const PlanRollup = z.object({
  account: z.object({ id: Id, name: text() }),
  /** The plan's year (this year when there is no plan yet). */
  year: z.number().int(),
  currency: text(),
  /** The account and every company below it, the nearest first. */
  members: z.array(z.object({ id: Id, name: text(), parentId: Id.nullable(), depth: z.number().int(), marketCode: text().nullable() })),
  totals: RollupFigures,
  markets: z.array(RollupFigures.extend({ market: z.object({ id: Id, code: text(), name: text() }).nullable() })),
  /** Every product the group owns or has in its pipeline anywhere, with the companies that have white space for it. */
  matrix: z.array(
    z.object({
      product: z.object({ id: Id, name: text(), family: text(), salesGroupName: text() }),
      ownedAt: z.array(Id),
      pipelineAt: z.array(Id),
      whiteSpaceAt: z.array(Id),
    }),
  ),
});
export type PlanRollup = z.infer<typeof PlanRollup>;
