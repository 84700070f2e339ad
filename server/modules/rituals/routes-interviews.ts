import { z } from 'zod';
import { IdParams } from '@contract/common';
import {
  InsightInput,
  InsightOpportunity,
  InsightTip,
  InterviewInput,
  InterviewQuery,
  InterviewRound,
  Lesson,
  RitualSummary,
} from '@contract/rituals';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import * as service from './service-interviews';
import { ritualPolicies } from './policies';
import { ritualSummary } from './service-results';

/** Customer interview rounds (E3), the lessons on account pages, and what came of every ritual. */
export function interviewRoutes(app: App, ctx: AppContext): void {
  const tags = ['rituals'];
  app.get(
    '/api/interview-rounds',
    {
      schema: {
        tags,
        summary: 'The library of interview rounds, by topic and industry',
        querystring: InterviewQuery,
        response: replies({ 200: z.array(InterviewRound) }),
      },
      config: { policy: ritualPolicies.read },
    },
    async (request) => service.listRounds(ctx, actorOf(request), request.query),
  );
  app.post(
    '/api/interview-rounds',
    {
      schema: { tags, summary: 'Plan a customer interview round', body: InterviewInput, response: replies({ 201: InterviewRound }) },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) => reply.status(201).send(await service.createRound(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/interview-rounds/:id',
    {
      schema: { tags, summary: 'An interview round with its insights', params: IdParams, response: replies({ 200: InterviewRound }) },
      config: { policy: ritualPolicies.read },
    },
    async (request) => service.getRound(ctx, request.params.id, actorOf(request)),
  );
  app.post(
    '/api/interview-rounds/:id/insights',
    {
      schema: {
        tags,
        summary: 'An insight on one topic',
        params: IdParams,
        body: InsightInput,
        response: replies({ 201: InterviewRound }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) => reply.status(201).send(await service.addInsight(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/interview-insights/:id/tips',
    {
      schema: {
        tags,
        summary: 'A tip to another group from an insight',
        params: IdParams,
        body: InsightTip,
        response: replies({ 201: InterviewRound }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) => reply.status(201).send(await service.insightTip(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/interview-insights/:id/opportunities',
    {
      schema: {
        tags,
        summary: 'An opportunity for the customer from an insight',
        params: IdParams,
        body: InsightOpportunity,
        response: replies({ 201: InterviewRound }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) =>
      reply.status(201).send(await service.insightOpportunity(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/accounts/:id/lessons',
    {
      schema: {
        tags,
        summary: 'What other customers’ interviews taught about this account’s industry',
        params: IdParams,
        response: replies({ 200: z.array(Lesson) }),
      },
      config: { policy: ritualPolicies.read },
    },
    async (request) => service.lessonsFor(ctx, request.params.id),
  );
  app.get(
    '/api/rituals/summary',
    {
      schema: { tags, summary: 'What came of each ritual: visits, seminars, interview rounds', response: replies({ 200: RitualSummary }) },
      config: { policy: ritualPolicies.read },
    },
    async () => ritualSummary(ctx),
  );
}
