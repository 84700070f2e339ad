import { SearchQuery, SearchResults } from '@contract/search';
import type { AppContext } from '../../platform/context';
import { replies, type App } from '../../platform/http';
import { searchPolicies } from './policies';
import * as service from './service';

export function searchRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search accounts and contacts, tolerant of typos and Nordic letters',
        querystring: SearchQuery,
        response: replies({ 200: SearchResults }),
      },
      config: { policy: searchPolicies.search },
    },
    async (request) => service.search(ctx, request.query.q, request.query.limit),
  );
}
