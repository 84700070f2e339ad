import { IdParams } from '@contract/common';
import {
  AccountHealth,
  ChurnReason,
  ChurnReasonList,
  ChurnReasonListQuery,
  ChurnReasonPatch,
  ChurnReport,
  ChurnReportQuery,
  CreateChurnReason,
  StartWinBack,
  StartedWinBack,
  WinBackList,
  WinBackQuery,
} from '@contract/retention';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { actorOf, replies, type App } from '../../platform/http';
import { retentionPolicies } from './policies';
import * as service from './service';

export function retentionRoutes(app: App, ctx: AppContext): void {
  const tags = ['retention'];
  app.get(
    '/api/churn-reasons',
    {
      schema: {
        tags,
        summary: 'Why customers leave: the organisation’s list (in use, or all with ?all=true)',
        querystring: ChurnReasonListQuery,
        response: replies({ 200: ChurnReasonList }),
      },
      config: { policy: retentionPolicies.read },
    },
    async (request) => service.listReasons(ctx, request.query.all === 'true'),
  );
  app.post(
    '/api/churn-reasons',
    {
      schema: { tags, summary: 'Add a churn reason', body: CreateChurnReason, response: replies({ 201: ChurnReason }) },
      config: { policy: retentionPolicies.manageReasons },
    },
    async (request, reply) => reply.status(201).send(await service.createReason(ctx, actorOf(request), request.body.label)),
  );
  app.patch(
    '/api/churn-reasons/:id',
    {
      schema: {
        tags,
        summary: 'Rename your own churn reason, or retire one',
        params: IdParams,
        body: ChurnReasonPatch,
        response: replies({ 200: ChurnReason }),
      },
      config: { policy: retentionPolicies.manageReasons },
    },
    async (request) => service.updateReason(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/retention/churn',
    {
      schema: {
        tags,
        summary: 'Churn by reason, product, market and period, and the revenue lost',
        querystring: ChurnReportQuery,
        response: replies({ 200: ChurnReport }),
      },
      config: { policy: retentionPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.churnReport(ctx, request.query)),
  );
  app.get(
    '/api/retention/win-back',
    {
      schema: {
        tags,
        summary: 'Passive and lost customers to win back, the most valuable first',
        querystring: WinBackQuery,
        response: replies({ 200: WinBackList }),
      },
      config: { policy: retentionPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.winBackList(ctx, actorOf(request), request.query)),
  );
  app.post(
    '/api/retention/win-back',
    {
      schema: {
        tags,
        summary: 'Start a win-back: an opportunity classified as win-back',
        body: StartWinBack,
        response: replies({ 201: StartedWinBack }),
      },
      config: { policy: retentionPolicies.winBack },
    },
    async (request, reply) => reply.status(201).send(await service.startWinBack(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/accounts/:id/health',
    {
      schema: {
        tags,
        summary: 'The customer’s health score with its reasons',
        params: IdParams,
        response: replies({ 200: AccountHealth }),
      },
      config: { policy: retentionPolicies.read },
    },
    async (request) => service.accountHealth(ctx, request.params.id),
  );
}
