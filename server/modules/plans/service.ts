import type { z } from 'zod';
import type { AccountPlan, AccountPlanView, AddPlanAction, PlanCoverage, PlanCoverageQuery, PutPlan, ReviewPlan } from '@contract/plans';
import { importantAccounts, needsWork, planHealth } from '@domain/account-plans';
import { isAdmin, mayChangeOwned, type Viewer } from '@domain/access';
import { taskState } from '@domain/tasks';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { reportingConverter } from '../pipeline/service';
import { createTaskIn } from '../tasks/service';
import * as repo from './repo';

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);
type AccountFacts = NonNullable<Awaited<ReturnType<typeof repo.account>>>;
const ownerOf = (a: AccountFacts) => (a.ownerId ? { id: a.ownerId, salesGroupId: a.ownerGroupId, marketId: a.ownerMarketId } : null);

async function present(ctx: AppContext, plan: repo.PlanRow): Promise<AccountPlan> {
  const today = day(ctx.clock.now());
  const [stakeholders, whiteSpace, actions, won, fx] = await Promise.all([
    repo.stakeholdersOf(ctx.db, plan.id),
    repo.whiteSpaceOf(ctx.db, plan.id),
    repo.actionsOf(ctx.db, plan.id),
    repo.wonThisYear(ctx.db, plan.accountId, plan.year),
    reportingConverter(ctx),
  ]);
  const wonThisYear = Math.round(won.reduce((s, w) => s + fx.toReporting(w.amount, w.currency), 0) * 100) / 100;
  const health = planHealth({
    today,
    reviewOn: plan.reviewOn,
    lastReviewedOn: plan.lastReviewedAt ? day(plan.lastReviewedAt) : null,
    createdOn: day(plan.createdAt),
    actions: actions.filter((a) => a.dueOn).map((a) => ({ dueOn: a.dueOn!, done: a.done })),
    target: plan.targetAmount > 0 ? { amount: plan.targetAmount, won: wonThisYear } : null,
  });
  return {
    id: plan.id,
    accountId: plan.accountId,
    template: plan.template,
    year: plan.year,
    goals: plan.goals,
    targetAmount: plan.targetAmount,
    wonThisYear,
    currency: fx.currency,
    risks: plan.risks,
    whiteSpace,
    stakeholders: stakeholders.map((s) => ({
      contactId: s.contactId,
      role: s.role,
      influence: s.influence,
      attitude: s.attitude,
      relationshipOwnerId: s.relationshipOwnerId,
      name: s.name,
      title: s.title,
      relationshipOwner: s.relationshipOwnerId && s.ownerName ? { id: s.relationshipOwnerId, name: s.ownerName } : null,
      needsWork: needsWork(s),
    })),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      taskId: a.taskId,
      owner: a.ownerId && a.ownerName ? { id: a.ownerId, name: a.ownerName } : null,
      dueOn: a.dueOn,
      done: a.done,
      state: a.dueOn ? taskState({ dueOn: a.dueOn, done: a.done }, today) : null,
    })),
    reviewOn: plan.reviewOn,
    lastReviewedAt: plan.lastReviewedAt?.toISOString() ?? null,
    health,
    version: plan.version,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

async function loadAccount(ctx: AppContext, accountId: string) {
  const a = await repo.account(ctx.db, accountId);
  if (!a || a.deletedAt) throw errors.notFound('The account');
  return a;
}

/** The account's plan (or none yet), with whether the viewer may write it. */
export async function getPlan(ctx: AppContext, viewer: Viewer, accountId: string): Promise<z.infer<typeof AccountPlanView>> {
  const a = await loadAccount(ctx, accountId);
  const plan = await repo.planOf(ctx.db, accountId);
  return {
    account: { id: a.id, name: a.name, ownerId: a.ownerId, isGlobal: a.isGlobal },
    plan: plan ? await present(ctx, plan) : null,
    can: { write: mayChangeOwned(viewer, ownerOf(a)) },
  };
}

/** The account's plan is written by its owner, their leaders and admins. */
async function loadForWrite(tx: TxContext, actor: Actor, accountId: string) {
  const a = await loadAccount(tx, accountId);
  if (!mayChangeOwned(actor, ownerOf(a))) {
    throw errors.forbidden('Only the account’s owner, their sales leader or an admin can write its plan. Comment on the account instead.');
  }
  return a;
}

/** The owner's reminder of the review: a task due that day, its reminder at 08:00 UTC. */
async function reviewTask(tx: TxContext, actor: Actor, a: AccountFacts, reviewOn: string) {
  return createTaskIn(tx, actor, {
    title: `Review the account plan: ${a.name}`.slice(0, 300),
    note: '',
    dueOn: reviewOn,
    remindAt: `${reviewOn}T08:00:00.000Z`,
    ownerId: a.ownerId ?? actor.id,
    accountId: a.id,
  });
}

/** Write the plan — goals, target, risks, white space, stakeholder map, review date — in one go. */
export async function putPlan(ctx: AppContext, actor: Actor, accountId: string, input: PutPlan): Promise<AccountPlan> {
  await inTransaction(ctx, async (tx) => {
    const a = await loadForWrite(tx, actor, accountId);
    const contactIds = [...new Set(input.stakeholders.map((s) => s.contactId))];
    if (contactIds.length !== input.stakeholders.length)
      throw errors.invalid('A person is on the map once.', [{ path: 'body.stakeholders', message: 'duplicate contact' }]);
    if ((await repo.contactsAt(tx.db, accountId, contactIds)) !== contactIds.length)
      throw errors.invalid('Only the account’s own contacts go on its map.', [
        { path: 'body.stakeholders', message: 'not at this account' },
      ]);
    const owners = [...new Set(input.stakeholders.flatMap((s) => (s.relationshipOwnerId ? [s.relationshipOwnerId] : [])))];
    if (!(await repo.usersExist(tx.db, owners)))
      throw errors.invalid('A relationship owner does not exist.', [{ path: 'body.stakeholders', message: 'unknown user' }]);
    const productIds = [...new Set(input.whiteSpace.map((w) => w.productId))];
    if (productIds.length !== input.whiteSpace.length || !(await repo.productsExist(tx.db, productIds)))
      throw errors.invalid('Choose each product of the white space once, from the catalogue.', [
        { path: 'body.whiteSpace', message: 'unknown or repeated product' },
      ]);

    const now = tx.clock.now();
    const current = await repo.planOf(tx.db, accountId);
    // a new review date reminds the owner, in the same write
    const reviewTaskId = input.reviewOn && input.reviewOn !== current?.reviewOn ? await reviewTask(tx, actor, a, input.reviewOn) : undefined;
    const values = {
      ...(reviewTaskId ? { reviewTaskId } : {}),
      template: input.template,
      year: input.year,
      goals: input.goals,
      targetAmount: input.targetAmount,
      risks: input.risks,
      reviewOn: input.reviewOn,
      updatedAt: now,
    };
    let plan: repo.PlanRow;
    if (!current) {
      plan = await repo.insertPlan(tx.db, { ...values, accountId, createdById: actor.id, createdAt: now });
    } else {
      if (input.version === undefined || input.version !== current.version) {
        throw errors.conflict(
          'version_conflict',
          'Someone else changed this plan since you opened it. Review their change and try again.',
          {
            current: await present(tx, current),
          },
        );
      }
      const updated = await repo.updatePlan(tx.db, current.id, input.version, values);
      if (!updated) throw errors.conflict('version_conflict', 'Someone else changed this plan since you opened it.');
      plan = updated;
    }
    await repo.replaceStakeholders(
      tx.db,
      plan.id,
      input.stakeholders.map((s) => ({ ...s, planId: plan.id })),
    );
    await repo.replaceWhiteSpace(
      tx.db,
      plan.id,
      input.whiteSpace.map((w) => ({ ...w, planId: plan.id })),
    );
    await recordEvent(tx, actor, {
      accountId,
      event: current ? 'account_plan.updated' : 'account_plan.created',
      subject: current ? `Account plan updated` : `Account plan written`,
      data: { planId: plan.id, stakeholders: input.stakeholders.length, whiteSpace: input.whiteSpace.length },
    });
  });
  return (await getPlan(ctx, actor, accountId)).plan!;
}

/** An action of the plan becomes a task on its owner's list (the tasks module) and an entry on the timeline. */
export async function addAction(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: z.infer<typeof AddPlanAction>,
): Promise<AccountPlan> {
  await inTransaction(ctx, async (tx) => {
    await loadForWrite(tx, actor, accountId);
    const plan = await repo.planOf(tx.db, accountId);
    if (!plan) throw errors.notFound('The account plan');
    const taskId = await createTaskIn(tx, actor, {
      title: input.title,
      note: 'An action of the account plan',
      dueOn: input.dueOn,
      ownerId: input.ownerId,
      accountId,
    });
    await repo.insertAction(tx.db, { planId: plan.id, taskId, title: input.title, createdAt: tx.clock.now() });
    await recordEvent(tx, actor, {
      accountId,
      event: 'account_plan.action_added',
      subject: `Account plan action: ${input.title} (due ${input.dueOn})`,
      data: { planId: plan.id, taskId, title: input.title, dueOn: input.dueOn },
    });
  });
  return (await getPlan(ctx, actor, accountId)).plan!;
}

/** The plan was reviewed today; the next review (if given) gets its reminder. */
export async function reviewPlan(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: z.infer<typeof ReviewPlan>,
): Promise<AccountPlan> {
  await inTransaction(ctx, async (tx) => {
    const a = await loadForWrite(tx, actor, accountId);
    const plan = await repo.planOf(tx.db, accountId);
    if (!plan) throw errors.notFound('The account plan');
    const taskId = input.nextReviewOn ? await reviewTask(tx, actor, a, input.nextReviewOn) : null;
    const updated = await repo.updatePlan(tx.db, plan.id, input.version, {
      lastReviewedAt: tx.clock.now(),
      reviewOn: input.nextReviewOn,
      reviewTaskId: taskId,
      updatedAt: tx.clock.now(),
    });
    if (!updated)
      throw errors.conflict('version_conflict', 'Someone else changed this plan since you opened it.', {
        current: await present(tx, plan),
      });
    await recordEvent(tx, actor, {
      accountId,
      event: 'account_plan.reviewed',
      subject: input.nextReviewOn ? `Account plan reviewed; next review ${input.nextReviewOn}` : 'Account plan reviewed',
      data: { planId: plan.id, nextReviewOn: input.nextReviewOn },
    });
  });
  return (await getPlan(ctx, actor, accountId)).plan!;
}

/**
 * The leaders' list: the important accounts they lead (global accounts and the most valuable
 * customers, domain/account-plans.ts) that have no plan, or an outdated one.
 */
export async function planCoverage(
  ctx: AppContext,
  viewer: Viewer,
  q: z.infer<typeof PlanCoverageQuery>,
): Promise<z.infer<typeof PlanCoverage>> {
  const now = ctx.clock.now();
  const today = day(now);
  const since = day(new Date(now.getTime() - 365 * 86_400_000));
  const everyone = q.scope === 'all' || isAdmin(viewer) || viewer.role === 'management';
  const [rows, fx] = await Promise.all([repo.coverageCandidates(ctx.db, everyone ? null : viewer.leads, since), reportingConverter(ctx)]);
  const valued = rows.map((r) => ({ ...r, value: Math.round(r.values.reduce((s, v) => s + fx.toReporting(v.amount, v.currency), 0)) }));
  const items = importantAccounts(valued).flatMap((r) => {
    const reviewed = r.reviewedAt ? day(r.reviewedAt) : null;
    const health = reviewed
      ? planHealth({ today, reviewOn: r.reviewOn, lastReviewedOn: reviewed, createdOn: reviewed, actions: [], target: null })
      : null;
    const daysSinceReview = health?.daysSinceReview ?? null;
    if (r.planId && health?.state !== 'outdated') return [];
    return [
      {
        account: { id: r.id, name: r.name, isGlobal: r.isGlobal },
        owner: r.ownerId && r.ownerName ? { id: r.ownerId, name: r.ownerName } : null,
        value: r.value,
        gap: r.planId ? ('outdated' as const) : ('no_plan' as const),
        reviewOn: r.reviewOn,
        daysSinceReview,
      },
    ];
  });
  items.sort((a, b) => b.value - a.value || a.account.name.localeCompare(b.account.name));
  return { currency: fx.currency, items: items.slice(0, 200) };
}
