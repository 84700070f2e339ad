import { Home, HomeQuery } from '@contract/home';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { actorOf, replies, type App } from '../../platform/http';
import { homePolicies } from './policies';
import * as service from './service';

export function homeRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/home',
    {
      schema: {
        tags: ['home'],
        summary: 'Your day (tasks, tips to answer, deals closing or quiet, renewals, signals), or your team’s',
        querystring: HomeQuery,
        response: replies({ 200: Home }),
      },
      config: { policy: homePolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.home(ctx, actorOf(request), request.query.scope)),
  );
}
