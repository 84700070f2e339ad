import { Board, BoardQuery } from '@contract/board';
import { IdParams, Reassign, Reassigned } from '@contract/common';
import {
  Analytics,
  AnalyticsQuery,
  Forecast,
  ForecastQuery,
  CreateOpportunity,
  LoseOpportunity,
  ReopenOpportunity,
  MoveOpportunity,
  NewOpportunityGate,
  NewOpportunityGateQuery,
  OpportunityDetail,
  OpportunityFilters,
  OpportunityListQuery,
  OpportunityPage,
  OutstandingQuotes,
  OverrideChannel,
  PutLines,
  ResolveTimedOut,
  UpdateOpportunity,
  WinOpportunity,
  WinProbabilityEvaluation,
} from '@contract/opportunities';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { sendListAsCsv } from '../../platform/csv-export';
import { actorOf, csvReplies, replies, type App } from '../../platform/http';
import { opportunityPolicies } from './policies';
import * as service from './service';
import * as closing from './service-close';
import * as removal from './service-delete';
import * as reassign from './service-reassign';
import * as aging from './service-aging';
import * as reports from './reports';
import * as views from './views';
import { newOpportunityGate } from './starting-stage';
import { winProbabilityEvaluation } from './win-probability';

export function opportunityRoutes(app: App, ctx: AppContext): void {
  const tags = ['pipeline'];
  const read = { policy: opportunityPolicies.read };
  const write = { policy: opportunityPolicies.write };
  app.get(
    '/api/opportunities',
    {
      schema: { tags, summary: 'List opportunities', querystring: OpportunityListQuery, response: replies({ 200: OpportunityPage }) },
      config: read,
    },
    async (request) => onReplica(ctx, request, (ctx) => views.listOpportunities(ctx, request.query, actorOf(request))),
  );
  app.get(
    '/api/opportunities/export.csv',
    {
      schema: {
        tags,
        summary: 'The opportunity list as CSV, with the same filters and sorting',
        querystring: OpportunityListQuery.omit({ page: true, pageSize: true }),
        response: csvReplies(),
      },
      config: read,
    },
    async (request, reply) =>
      sendListAsCsv(reply, 'opportunities.csv', await views.opportunityCsvColumns(ctx), (page, pageSize) =>
        views.listOpportunities(ctx, { ...request.query, page, pageSize }, actorOf(request)),
      ),
  );
  app.get(
    '/api/opportunities/new-gate',
    {
      schema: {
        tags,
        summary: 'What a new opportunity at an account needs: the stage it starts in and the fields that stage requires',
        querystring: NewOpportunityGateQuery,
        response: replies({ 200: NewOpportunityGate }),
      },
      config: read,
    },
    async (request) => newOpportunityGate(ctx, actorOf(request), request.query.accountId),
  );
  app.get(
    '/api/opportunities/board',
    {
      schema: {
        tags,
        summary: 'The board: a column per stage with totals and the first cards',
        querystring: BoardQuery,
        response: replies({ 200: Board }),
      },
      config: read,
    },
    async (request) => onReplica(ctx, request, (ctx) => views.board(ctx, request.query, actorOf(request))),
  );
  app.get(
    '/api/opportunities/win-probability/evaluation',
    {
      schema: {
        tags,
        summary:
          'How well the win probability predicted the newer closed deals from the older ones: AUC, Brier score, calibration by decile',
        response: replies({ 200: WinProbabilityEvaluation }),
      },
      config: { policy: opportunityPolicies.evaluateModel },
    },
    async () => winProbabilityEvaluation(ctx),
  );
  app.get(
    '/api/opportunities/outstanding-quotes',
    {
      schema: {
        tags,
        summary: 'Quotes sent and not yet answered, per seller, group and market',
        querystring: OpportunityFilters,
        response: replies({ 200: OutstandingQuotes }),
      },
      config: read,
    },
    async (request) => onReplica(ctx, request, (ctx) => views.outstandingQuotes(ctx, request.query)),
  );
  app.get(
    '/api/opportunities/forecast',
    {
      schema: {
        tags,
        summary: 'Open pipeline by expected close month, weighted and not, by group and market',
        querystring: ForecastQuery,
        response: replies({ 200: Forecast }),
      },
      config: read,
    },
    async (request) => onReplica(ctx, request, (ctx) => reports.forecast(ctx, request.query)),
  );
  app.get(
    '/api/opportunities/analytics',
    {
      schema: {
        tags,
        summary: 'Win rate, cycle length, stage conversion, lost reasons and competitors',
        querystring: AnalyticsQuery,
        response: replies({ 200: Analytics }),
      },
      config: read,
    },
    async (request) => onReplica(ctx, request, (ctx) => reports.analytics(ctx, request.query, actorOf(request))),
  );
  app.get(
    '/api/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'One opportunity with lines and stage history',
        params: IdParams,
        response: replies({ 200: OpportunityDetail }),
      },
      config: read,
    },
    async (request) => service.getOpportunity(ctx, request.params.id, actorOf(request)),
  );
  app.post(
    '/api/opportunities',
    {
      schema: {
        tags,
        summary: 'Identify an opportunity (value, close date and contact required)',
        body: CreateOpportunity,
        response: replies({ 201: OpportunityDetail }),
      },
      config: write,
    },
    async (request, reply) => reply.status(201).send(await service.createOpportunity(ctx, actorOf(request), request.body)),
  );
  app.post(
    '/api/opportunities/reassign',
    {
      schema: {
        tags,
        summary: 'Give several opportunities to another seller: all or nothing; a 403 names the ones you may not reassign',
        body: Reassign,
        response: replies({ 200: Reassigned }),
      },
      config: { policy: opportunityPolicies.reassign },
    },
    async (request) => reassign.reassignOpportunities(ctx, actorOf(request), request.body),
  );
  app.patch(
    '/api/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'Change an opportunity (send the version you read)',
        params: IdParams,
        body: UpdateOpportunity,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => service.updateOpportunity(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'Delete an opportunity that was not won (restorable for 30 days)',
        params: IdParams,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => removal.deleteOpportunity(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/opportunities/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a deleted opportunity (within 30 days)',
        params: IdParams,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => removal.restoreOpportunity(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/opportunities/:id/move',
    {
      schema: {
        tags,
        summary: 'Move to another stage; its gate must be met',
        params: IdParams,
        body: MoveOpportunity,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => service.moveOpportunity(ctx, actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/api/opportunities/:id/lines',
    {
      schema: { tags, summary: 'Replace the line items', params: IdParams, body: PutLines, response: replies({ 200: OpportunityDetail }) },
      config: write,
    },
    async (request) => service.putLines(ctx, actorOf(request), request.params.id, request.body.version, request.body.lines),
  );
  app.post(
    '/api/opportunities/:id/win',
    {
      schema: {
        tags,
        summary: 'Close as won (signing date and final lines)',
        params: IdParams,
        body: WinOpportunity,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => closing.winOpportunity(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/opportunities/:id/lose',
    {
      schema: {
        tags,
        summary: 'Close as lost, with the reason',
        params: IdParams,
        body: LoseOpportunity,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => closing.loseOpportunity(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/opportunities/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a closed deal, with the reason: its products, churn, points and incentives follow',
        params: IdParams,
        body: ReopenOpportunity,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => closing.reopenOpportunity(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/opportunities/:id/channel',
    {
      schema: {
        tags,
        summary: 'Override the sales channel, with the reason (leaders)',
        params: IdParams,
        body: OverrideChannel,
        response: replies({ 200: OpportunityDetail }),
      },
      config: { policy: opportunityPolicies.overrideChannel },
    },
    async (request) => service.overrideChannel(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/opportunities/:id/timed-out',
    {
      schema: {
        tags,
        summary: 'Answer a timed-out proposal: confirm as lost, or extend with a reason',
        params: IdParams,
        body: ResolveTimedOut,
        response: replies({ 200: OpportunityDetail }),
      },
      config: write,
    },
    async (request) => aging.resolveTimedOut(ctx, actorOf(request), request.params.id, request.body),
  );
}
