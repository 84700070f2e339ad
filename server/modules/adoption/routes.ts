import { Adoption, AdoptionQuery, DismissFirstSteps, FirstSteps } from '@contract/adoption';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { actorOf, replies, type App } from '../../platform/http';
import { adoptionPolicies } from './policies';
import * as service from './service';

const tags = ['adoption'];

export function adoptionRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/first-steps',
    {
      schema: {
        tags,
        summary: 'Your first steps in Korsa for your role, each done when its record exists',
        response: replies({ 200: FirstSteps }),
      },
      config: { policy: adoptionPolicies.own },
    },
    async (request) => service.myFirstSteps(ctx, actorOf(request)),
  );
  app.put(
    '/api/first-steps/dismissed',
    {
      schema: {
        tags,
        summary: 'Put your first-steps checklist away, or bring it back',
        body: DismissFirstSteps,
        response: replies({ 200: FirstSteps }),
      },
      config: { policy: adoptionPolicies.own },
    },
    async (request) => service.dismissFirstSteps(ctx, actorOf(request), request.body.dismissed),
  );
  app.get(
    '/api/adoption',
    {
      schema: {
        tags,
        summary: 'The rollout: active people per sales group and market each week, first steps done, and each person’s use',
        querystring: AdoptionQuery,
        response: replies({ 200: Adoption }),
      },
      config: { policy: adoptionPolicies.report },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.adoption(ctx, request.query.weeks)),
  );
}
