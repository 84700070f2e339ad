import { Overview, OverviewQuery, Renewals, RenewalsQuery, WinFeed } from '@contract/overview';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { replies, type App } from '../../platform/http';
import { overviewPolicies } from './policies';
import * as service from './service';

export function overviewRoutes(app: App, ctx: AppContext): void {
  const tags = ['overview'];
  const config = { policy: overviewPolicies.read };
  app.get(
    '/api/overview',
    {
      schema: {
        tags,
        summary: 'The management overview: common KPIs for the company, a market, a group or a seller, and the level below',
        querystring: OverviewQuery,
        response: replies({ 200: Overview }),
      },
      config,
    },
    async (request) => onReplica(ctx, request, (ctx) => service.overview(ctx, request.query)),
  );
  app.get(
    '/api/overview/wins',
    {
      schema: {
        tags,
        summary: 'Deals won lately, newest first',
        querystring: OverviewQuery.omit({ year: true }),
        response: replies({ 200: WinFeed }),
      },
      config,
    },
    async (request) => onReplica(ctx, request, (ctx) => service.wins(ctx, request.query)),
  );
  app.get(
    '/api/renewals',
    {
      schema: { tags, summary: 'Agreements ending in the coming months', querystring: RenewalsQuery, response: replies({ 200: Renewals }) },
      config,
    },
    async (request) => onReplica(ctx, request, (ctx) => service.renewals(ctx, request.query)),
  );
}
