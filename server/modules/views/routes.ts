import { z } from 'zod';
import { IdParams, Ok } from '@contract/common';
import { SavedView, SavedViewInput, SavedViewQuery } from '@contract/views';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { viewPolicies } from './policies';
import * as service from './service';

export function viewRoutes(app: App, ctx: AppContext): void {
  const tags = ['saved views'];
  app.get(
    '/api/saved-views',
    {
      schema: {
        tags,
        summary: 'Your saved list views and the shared ones',
        querystring: SavedViewQuery,
        response: replies({ 200: z.array(SavedView) }),
      },
      config: { policy: viewPolicies.use },
    },
    async (request) => service.listViews(ctx, actorOf(request).id, request.query.list),
  );
  app.post(
    '/api/saved-views',
    {
      schema: { tags, summary: 'Save the current filters as a view', body: SavedViewInput, response: replies({ 201: z.array(SavedView) }) },
      config: { policy: viewPolicies.use },
    },
    async (request, reply) => reply.status(201).send(await service.saveView(ctx, actorOf(request), request.body)),
  );
  app.delete(
    '/api/saved-views/:id',
    {
      schema: { tags, summary: 'Delete one of your views', params: IdParams, response: replies({ 200: Ok }) },
      config: { policy: viewPolicies.use },
    },
    async (request) => {
      await service.deleteView(ctx, actorOf(request).id, request.params.id);
      return { ok: true as const };
    },
  );
}
