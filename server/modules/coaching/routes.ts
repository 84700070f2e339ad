import { HoldOneToOne, OneToOneTeam, SellerOneToOnes, SellerParams, SetCadence } from '@contract/one-to-ones';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { coachingPolicies } from './policies';
import * as service from './service';

export function coachingRoutes(app: App, ctx: AppContext): void {
  const tags = ['one-to-ones'];
  app.get(
    '/api/one-to-ones',
    {
      schema: {
        tags,
        summary: 'The people you lead with their one-to-ones: who is overdue, last held, open actions',
        response: replies({ 200: OneToOneTeam }),
      },
      config: { policy: coachingPolicies.team },
    },
    async (request) => service.team(ctx, actorOf(request)),
  );
  app.get(
    '/api/one-to-ones/:sellerId',
    {
      schema: {
        tags,
        summary: 'A seller’s one-to-ones: the agenda prepared from their data since the last, the history, the ratings’ trend',
        params: SellerParams,
        response: replies({ 200: SellerOneToOnes }),
      },
      config: { policy: coachingPolicies.read },
    },
    async (request) => service.sellerOneToOnes(ctx, actorOf(request), request.params.sellerId),
  );
  app.put(
    '/api/one-to-ones/:sellerId/cadence',
    {
      schema: {
        tags,
        summary: 'Set how often you meet the seller one to one',
        params: SellerParams,
        body: SetCadence,
        response: replies({ 200: SellerOneToOnes }),
      },
      config: { policy: coachingPolicies.hold },
    },
    async (request) => service.setCadence(ctx, actorOf(request), request.params.sellerId, request.body.everyDays),
  );
  app.post(
    '/api/one-to-ones/:sellerId',
    {
      schema: {
        tags,
        summary: 'Hold the one-to-one: notes, ratings of behaviours, and agreed actions (tasks on the seller’s list)',
        params: SellerParams,
        body: HoldOneToOne,
        response: replies({ 201: SellerOneToOnes }),
      },
      config: { policy: coachingPolicies.hold },
    },
    async (request, reply) => reply.status(201).send(await service.holdOneToOne(ctx, actorOf(request), request.params.sellerId, request.body)),
  );
}
