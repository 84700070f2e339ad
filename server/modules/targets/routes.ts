import { CopyTargets, PutTargets, TargetGrid, TargetsQuery, Volume, VolumeQuery } from '@contract/targets';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { actorOf, replies, type App } from '../../platform/http';
import { targetPolicies } from './policies';
import * as service from './service';

export function targetRoutes(app: App, ctx: AppContext): void {
  const tags = ['targets'];
  app.get(
    '/api/targets',
    {
      schema: {
        tags,
        summary: 'Targets per seller and channel for a year, with the gap to the company target',
        querystring: TargetsQuery,
        response: replies({ 200: TargetGrid }),
      },
      config: { policy: targetPolicies.read },
    },
    async (request) => service.targetGrid(ctx, request.query.year, actorOf(request)),
  );
  app.put(
    '/api/targets',
    {
      schema: { tags, summary: 'Set targets (null removes one)', body: PutTargets, response: replies({ 200: TargetGrid }) },
      config: { policy: targetPolicies.set },
    },
    async (request) => service.putTargets(ctx, actorOf(request), request.body),
  );
  app.post(
    '/api/targets/copy',
    {
      schema: { tags, summary: 'Copy a year’s targets with a percentage', body: CopyTargets, response: replies({ 200: TargetGrid }) },
      config: { policy: targetPolicies.set },
    },
    async (request) => service.copyTargets(ctx, actorOf(request), request.body),
  );
  app.get(
    '/api/volume',
    {
      schema: {
        tags,
        summary: 'Sales volume (signed, annual value) against target per channel, with pace',
        querystring: VolumeQuery,
        response: replies({ 200: Volume }),
      },
      config: { policy: targetPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.volume(ctx, request.query)),
  );
}
