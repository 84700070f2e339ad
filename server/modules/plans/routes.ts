import { IdParams } from '@contract/common';
import {
  AccountPlan,
  AccountPlanView,
  AddPlanAction,
  PlanCoverage,
  PlanCoverageQuery,
  PlanRollup,
  PutPlan,
  ReviewPlan,
} from '@contract/plans';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { planPolicies } from './policies';
import * as service from './service';
import { planRollup } from './service-rollup';

export function planRoutes(app: App, ctx: AppContext): void {
  const tags = ['account plans'];
  app.get(
    '/api/accounts/:id/plan',
    {
      schema: {
        tags,
        summary: 'The account’s plan (null: none yet) and whether you may write it',
        params: IdParams,
        response: replies({ 200: AccountPlanView }),
      },
      config: { policy: planPolicies.read },
    },
    async (request) => service.getPlan(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/accounts/:id/plan/rollup',
    {
      schema: {
        tags,
        summary: 'The plan’s group of companies rolled up: pipeline, won volume and each market’s part, the product matrix',
        params: IdParams,
        response: replies({ 200: PlanRollup }),
      },
      config: { policy: planPolicies.read },
    },
    async (request) => planRollup(ctx, request.params.id),
  );
  app.put(
    '/api/accounts/:id/plan',
    {
      schema: {
        tags,
        summary: 'Write the account’s plan: goals, target, risks, white space, stakeholder map, review date',
        params: IdParams,
        body: PutPlan,
        response: replies({ 200: AccountPlan }),
      },
      config: { policy: planPolicies.write },
    },
    async (request) => service.putPlan(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/accounts/:id/plan/actions',
    {
      schema: {
        tags,
        summary: 'Add an action to the plan: a task on its owner’s list',
        params: IdParams,
        body: AddPlanAction,
        response: replies({ 201: AccountPlan }),
      },
      config: { policy: planPolicies.write },
    },
    async (request, reply) => reply.status(201).send(await service.addAction(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/accounts/:id/plan/review',
    {
      schema: {
        tags,
        summary: 'Record a review of the plan, and when the next is due',
        params: IdParams,
        body: ReviewPlan,
        response: replies({ 200: AccountPlan }),
      },
      config: { policy: planPolicies.write },
    },
    async (request) => service.reviewPlan(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/account-plans/coverage',
    {
      schema: {
        tags,
        summary: 'Important accounts you lead without a plan, or with an outdated one',
        querystring: PlanCoverageQuery,
        response: replies({ 200: PlanCoverage }),
      },
      config: { policy: planPolicies.coverage },
    },
    async (request) => service.planCoverage(ctx, actorOf(request), request.query),
  );
}
