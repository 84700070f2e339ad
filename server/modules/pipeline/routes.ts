import { z } from 'zod';
import { IdParams } from '@contract/common';
import { Competitor, CompetitorInput, Process, ProcessInput, PutStages } from '@contract/opportunities';
import { ExchangeRate } from '@contract/org';
import { Ok } from '@contract/common';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { pipelinePolicies } from './policies';
import * as service from './service';

export function pipelineRoutes(app: App, ctx: AppContext): void {
  const tags = ['pipeline'];
  app.get(
    '/api/processes',
    {
      schema: { tags, summary: 'Sales processes and their stages', response: replies({ 200: z.array(Process) }) },
      config: { policy: pipelinePolicies.read },
    },
    async () => service.listProcesses(ctx),
  );
  app.post(
    '/api/processes',
    {
      schema: {
        tags,
        summary: 'Create a local variant of the global process for a group and/or market (admin)',
        body: ProcessInput,
        response: replies({ 201: Process }),
      },
      config: { policy: pipelinePolicies.configure },
    },
    async (request, reply) => reply.status(201).send(await service.createVariant(ctx, actorOf(request).id, request.body)),
  );
  app.get(
    '/api/exchange-rates',
    {
      schema: { tags, summary: 'The current rate of each currency (units per euro)', response: replies({ 200: z.array(ExchangeRate) }) },
      config: { policy: pipelinePolicies.read },
    },
    async () => service.currentRates(ctx),
  );
  app.put(
    '/api/exchange-rates',
    {
      schema: { tags, summary: 'Set a currency’s rate from a day on (admin)', body: ExchangeRate, response: replies({ 200: Ok }) },
      config: { policy: pipelinePolicies.configure },
    },
    async (request) => {
      await service.setExchangeRate(ctx, actorOf(request).id, request.body.currency, request.body.rateOn, request.body.perEuro);
      return { ok: true as const };
    },
  );
  app.put(
    '/api/processes/:id/stages',
    {
      schema: {
        tags,
        summary: 'Rename, add, reorder or mark stages optional (admin)',
        params: IdParams,
        body: PutStages,
        response: replies({ 200: Process }),
      },
      config: { policy: pipelinePolicies.configure },
    },
    async (request) => service.putStages(ctx, actorOf(request).id, request.params.id, request.body),
  );
  app.get(
    '/api/competitors',
    {
      schema: { tags, summary: 'Competitors to lose to', response: replies({ 200: z.array(Competitor) }) },
      config: { policy: pipelinePolicies.read },
    },
    async () => service.listCompetitors(ctx),
  );
  app.post(
    '/api/competitors',
    {
      schema: { tags, summary: 'Add a competitor', body: CompetitorInput, response: replies({ 201: Competitor }) },
      config: { policy: pipelinePolicies.manageCompetitors },
    },
    async (request, reply) => reply.status(201).send(await service.addCompetitor(ctx, request.body.name)),
  );
}
