import { Adoption, AdoptionQuery, DismissFirstSteps, FirstSteps } from '@contract/adoption';
import { IdParams } from '@contract/common';
import { AcknowledgeRelease, Guidance, PutTourSeen, TourParams } from '@contract/guidance';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { actorOf, replies, type App } from '../../platform/http';
import { adoptionPolicies } from './policies';
import * as service from './service';
import * as guidance from './service-guidance';

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
  const own = { policy: adoptionPolicies.ownGuidance };
  app.get(
    '/api/users/:id/guidance',
    {
      schema: {
        tags,
        summary: 'Your page tours seen, and the releases whose “what’s new” you have not read',
        params: IdParams,
        response: replies({ 200: Guidance }),
      },
      config: own,
    },
    async (request) => guidance.getGuidance(ctx, actorOf(request), request.params.id),
  );
  app.put(
    '/api/users/:id/guidance/tours/:tour',
    {
      schema: {
        tags,
        summary: 'Mark a page tour seen (it no longer starts by itself), or not',
        params: TourParams,
        body: PutTourSeen,
        response: replies({ 200: Guidance }),
      },
      config: own,
    },
    async (request) => guidance.putTourSeen(ctx, actorOf(request), request.params.id, request.params.tour, request.body.seen),
  );
  app.put(
    '/api/users/:id/guidance/release',
    {
      schema: {
        tags,
        summary: 'Acknowledge what is new up to a release (the running one at most)',
        params: IdParams,
        body: AcknowledgeRelease,
        response: replies({ 200: Guidance }),
      },
      config: own,
    },
    async (request) => guidance.acknowledgeRelease(ctx, actorOf(request), request.params.id, request.body.version),
  );
}
