import { IdParams } from '@contract/common';
import {
  CreateHandoff,
  Handoff,
  HandoffListQuery,
  HandoffPage,
  Ledger,
  LedgerQuery,
  ReportHandoff,
  UpdateHandoff,
  WithdrawHandoff,
} from '@contract/handoffs';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { actorOf, replies, type App } from '../../platform/http';
import { handoffPolicies } from './policies';
import * as service from './service';

export function handoffRoutes(app: App, ctx: AppContext): void {
  const tags = ['cross-selling'];
  app.get(
    '/api/handoffs',
    {
      schema: {
        tags,
        summary: 'Handoffs to you (incoming), from you (outgoing) or all',
        querystring: HandoffListQuery,
        response: replies({ 200: HandoffPage }),
      },
      config: { policy: handoffPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.listHandoffs(ctx, actorOf(request), request.query)),
  );
  app.get(
    '/api/handoffs/ledger',
    {
      schema: {
        tags,
        summary: 'Give to get: a page of sellers or groups ranked by handoffs given, with the reader’s own row',
        querystring: LedgerQuery,
        response: replies({ 200: Ledger }),
      },
      config: { policy: handoffPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.ledger(ctx, actorOf(request), request.query)),
  );
  app.get(
    '/api/handoffs/:id',
    {
      schema: { tags, summary: 'One handoff with every answer and report', params: IdParams, response: replies({ 200: Handoff }) },
      config: { policy: handoffPolicies.read },
    },
    async (request) => service.getHandoff(ctx, request.params.id, actorOf(request)),
  );
  app.post(
    '/api/handoffs',
    {
      schema: { tags, summary: 'Pass a tip to another sales group', body: CreateHandoff, response: replies({ 201: Handoff }) },
      config: { policy: handoffPolicies.give },
    },
    async (request, reply) => reply.status(201).send(await service.createHandoff(ctx, actorOf(request), request.body)),
  );
  app.post(
    '/api/handoffs/:id/report',
    {
      schema: {
        tags,
        summary: 'Answer or report back on a handoff',
        params: IdParams,
        body: ReportHandoff,
        response: replies({ 200: Handoff }),
      },
      config: { policy: handoffPolicies.report },
    },
    async (request) => service.reportHandoff(ctx, actorOf(request), request.params.id, request.body),
  );
  app.patch(
    '/api/handoffs/:id',
    {
      schema: {
        tags,
        summary: 'The giver changes an open tip (note, urgency)',
        params: IdParams,
        body: UpdateHandoff,
        response: replies({ 200: Handoff }),
      },
      config: { policy: handoffPolicies.give },
    },
    async (request) => service.updateHandoff(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/handoffs/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'The giver takes an open tip back',
        params: IdParams,
        body: WithdrawHandoff,
        response: replies({ 200: Handoff }),
      },
      config: { policy: handoffPolicies.give },
    },
    async (request) => service.withdrawHandoff(ctx, actorOf(request), request.params.id, request.body),
  );
}
