import { z } from 'zod';
import { IdParams } from '@contract/common';
import { Competitor, CompetitorInput, Process, PutStages } from '@contract/opportunities';
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
