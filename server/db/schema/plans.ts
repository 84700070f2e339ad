import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { attitudes, buyingRoles, influenceLevels, planTemplates } from '@domain/account-plans';
import { accounts, contacts } from './accounts';
import { products } from './products';
import { tasks } from './tasks';
import { users } from './users';

/**
 * An account plan (H1): one per account — its goals and sales target for the year, risks, the white
 * space chosen from the product matrix with the next step for each, and when it is reviewed next.
 */
export const accountPlans = pgTable(
  'account_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    template: text('template', { enum: planTemplates }).notNull().default('light'),
    year: integer('year').notNull(),
    goals: text('goals').notNull().default(''),
    /** The year's sales target for the account, in the reporting currency (0: none). */
    targetAmount: numeric('target_amount', { precision: 16, scale: 2, mode: 'number' }).notNull().default(0),
    /** `[{ text, level, mitigation }]` */
    risks: jsonb('risks').$type<{ text: string; level: 'low' | 'medium' | 'high'; mitigation: string }[]>().notNull().default([]),
    reviewOn: date('review_on', { mode: 'string' }),
    lastReviewedAt: timestamp('last_reviewed_at', { withTimezone: true }),
    /** The task that reminds the account's owner of the review. */
    reviewTaskId: uuid('review_task_id').references(() => tasks.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('account_plans_account_key').on(t.accountId)],
);

/** A person at the account on the plan's stakeholder map, and who at our company owns the relationship. */
export const planStakeholders = pgTable(
  'account_plan_stakeholders',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => accountPlans.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    role: text('role', { enum: buyingRoles }).notNull(),
    influence: text('influence', { enum: influenceLevels }).notNull(),
    attitude: text('attitude', { enum: attitudes }).notNull(),
    relationshipOwnerId: uuid('relationship_owner_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.contactId] })],
);

/** A product of the white space the plan goes after, with the next step. */
export const planWhiteSpace = pgTable(
  'account_plan_white_space',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => accountPlans.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    nextStep: text('next_step').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.planId, t.productId] })],
);

/** An action of the plan: it lives as a task on its owner's list (the tasks module), so done is the task's done. */
export const planActions = pgTable(
  'account_plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => accountPlans.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('account_plan_actions_plan_idx').on(t.planId)],
);
