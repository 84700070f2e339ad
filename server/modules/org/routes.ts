import { z } from 'zod';
import { IdParams } from '@contract/common';
import {
  Market,
  MarketInput,
  MarketPatch,
  Organisation,
  OrganisationPatch,
  SalesGroup,
  SalesGroupInput,
  SalesGroupPatch,
} from '@contract/org';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { orgPolicies } from './policies';
import * as service from './service';

export function orgRoutes(app: App, ctx: AppContext): void {
  const tags = ['organisation'];
  app.get(
    '/api/organisation',
    { schema: { tags, summary: 'The organisation', response: replies({ 200: Organisation }) }, config: { policy: orgPolicies.read } },
    async () => service.getOrganisation(ctx),
  );
  app.patch(
    '/api/organisation',
    {
      schema: {
        tags,
        summary: 'Change the name, reporting currency and rules of time (admin)',
        body: OrganisationPatch,
        response: replies({ 200: Organisation }),
      },
      config: { policy: orgPolicies.manage },
    },
    async (request) => service.updateOrganisation(ctx, actorOf(request).id, request.body),
  );
  app.get(
    '/api/markets',
    { schema: { tags, summary: 'Markets (countries)', response: replies({ 200: z.array(Market) }) }, config: { policy: orgPolicies.read } },
    async () => service.listMarkets(ctx),
  );
  app.post(
    '/api/markets',
    {
      schema: { tags, summary: 'Add a market (admin)', body: MarketInput, response: replies({ 201: Market }) },
      config: { policy: orgPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await service.createMarket(ctx, actorOf(request).id, request.body)),
  );
  app.patch(
    '/api/markets/:id',
    {
      schema: { tags, summary: 'Change a market (admin)', params: IdParams, body: MarketPatch, response: replies({ 200: Market }) },
      config: { policy: orgPolicies.manage },
    },
    async (request) => service.updateMarket(ctx, actorOf(request).id, request.params.id, request.body),
  );
  app.get(
    '/api/sales-groups',
    {
      schema: { tags, summary: 'Sales groups (divisions)', response: replies({ 200: z.array(SalesGroup) }) },
      config: { policy: orgPolicies.read },
    },
    async () => service.listSalesGroups(ctx),
  );
  app.post(
    '/api/sales-groups',
    {
      schema: { tags, summary: 'Add a sales group (admin)', body: SalesGroupInput, response: replies({ 201: SalesGroup }) },
      config: { policy: orgPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await service.createSalesGroup(ctx, actorOf(request).id, request.body)),
  );
  app.patch(
    '/api/sales-groups/:id',
    {
      schema: {
        tags,
        summary: 'Change a sales group (admin)',
        params: IdParams,
        body: SalesGroupPatch,
        response: replies({ 200: SalesGroup }),
      },
      config: { policy: orgPolicies.manage },
    },
    async (request) => service.updateSalesGroup(ctx, actorOf(request).id, request.params.id, request.body),
  );
}
