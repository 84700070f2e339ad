import { z } from 'zod';
import { ErrorBody, IdParams } from '@contract/common';
import {
  AnswerVisit,
  CalendarFeed,
  CalendarFile,
  JointVisit,
  PlanVisit,
  PlannedMeeting,
  ProposeInput,
  RecordVisit,
  ResultsQuery,
  Scheme,
  SchemeInput,
  SchemeMemberPatch,
  VisitListQuery,
  VisitOpportunity,
  VisitResults,
  VisitTip,
} from '@contract/rituals';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { ritualPolicies } from './policies';
import { interviewRoutes } from './routes-interviews';
import { seminarRoutes } from './routes-seminars';
import * as service from './service';
import * as feeds from './service-feeds';
import * as results from './service-results';
import * as schemes from './service-schemes';

export function ritualRoutes(app: App, ctx: AppContext): void {
  const tags = ['rituals'];
  app.get(
    '/api/visit-schemes',
    {
      schema: { tags, summary: 'Joint-visit schemes', response: replies({ 200: z.array(Scheme) }) },
      config: { policy: ritualPolicies.read },
    },
    async (request) => schemes.listSchemes(ctx, actorOf(request)),
  );
  app.post(
    '/api/visit-schemes',
    {
      schema: { tags, summary: 'Start a joint-visit scheme', body: SchemeInput, response: replies({ 201: Scheme }) },
      config: { policy: ritualPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await schemes.createScheme(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/visit-schemes/:id',
    {
      schema: { tags, summary: 'A joint-visit scheme', params: IdParams, response: replies({ 200: Scheme }) },
      config: { policy: ritualPolicies.read },
    },
    async (request) => schemes.getScheme(ctx, request.params.id, actorOf(request)),
  );
  app.patch(
    '/api/visit-schemes/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'How a seller takes part: opt-out, languages, absences',
        params: IdParams.extend({ userId: z.uuid() }),
        body: SchemeMemberPatch,
        response: replies({ 200: Scheme }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => schemes.patchMember(ctx, actorOf(request), request.params.id, request.params.userId, request.body),
  );
  app.post(
    '/api/visit-schemes/:id/proposals',
    {
      schema: {
        tags,
        summary: 'Propose the pairs of a week (the current one unless given)',
        params: IdParams,
        body: ProposeInput,
        response: replies({ 200: z.array(JointVisit) }),
      },
      config: { policy: ritualPolicies.manage },
    },
    async (request) => schemes.proposeWeek(ctx, request.params.id, request.body.week, actorOf(request)),
  );
  app.get(
    '/api/joint-visits',
    {
      schema: {
        tags,
        summary: 'Joint visits (mine, a scheme’s, a week’s)',
        querystring: VisitListQuery,
        response: replies({ 200: z.array(JointVisit) }),
      },
      config: { policy: ritualPolicies.read },
    },
    async (request) => service.listVisits(ctx, actorOf(request), request.query),
  );
  app.get(
    '/api/joint-visits/results',
    {
      schema: {
        tags,
        summary: 'What joint visits brought, per seller, group and market; the pairs that met',
        querystring: ResultsQuery,
        response: replies({ 200: VisitResults }),
      },
      config: { policy: ritualPolicies.read },
    },
    async (request) => results.results(ctx, request.query),
  );
  app.get(
    '/api/joint-visits/:id',
    {
      schema: { tags, summary: 'A joint visit', params: IdParams, response: replies({ 200: JointVisit }) },
      config: { policy: ritualPolicies.read },
    },
    async (request) => service.getVisit(ctx, request.params.id, actorOf(request)),
  );
  app.get(
    '/api/joint-visits/:id/planned-meetings',
    {
      schema: {
        tags,
        summary: 'The host’s customer meetings in the visit’s week',
        params: IdParams,
        response: replies({ 200: z.array(PlannedMeeting) }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.plannedMeetingsFor(ctx, request.params.id, actorOf(request)),
  );
  const write = (path: string, summary: string) => ({ path, summary });
  const plan = write('/api/joint-visits/:id/plan', 'The host picks the visit: customer, local time, place');
  app.post(
    plan.path,
    {
      schema: { tags, summary: plan.summary, params: IdParams, body: PlanVisit, response: replies({ 200: JointVisit }) },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.planVisit(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/joint-visits/:id/answer',
    {
      schema: {
        tags,
        summary: 'The guest accepts or asks for another visit',
        params: IdParams,
        body: AnswerVisit,
        response: replies({ 200: JointVisit }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.answerVisit(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/joint-visits/:id/cancel',
    {
      schema: { tags, summary: 'Cancel a joint visit', params: IdParams, response: replies({ 200: JointVisit }) },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.cancelVisit(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/joint-visits/:id/record',
    {
      schema: {
        tags,
        summary: 'Record the visit: what the guest learned, needs spotted',
        params: IdParams,
        body: RecordVisit,
        response: replies({ 200: JointVisit }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.recordVisit(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/joint-visits/:id/tips',
    {
      schema: {
        tags,
        summary: 'A tip to another group from the visit',
        params: IdParams,
        body: VisitTip,
        response: replies({ 201: JointVisit }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) => reply.status(201).send(await service.addTip(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/joint-visits/:id/opportunities',
    {
      schema: {
        tags,
        summary: 'An opportunity from the visit',
        params: IdParams,
        body: VisitOpportunity,
        response: replies({ 201: JointVisit }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) => reply.status(201).send(await service.addOpportunity(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/me/calendar-feed',
    {
      schema: { tags, summary: 'Whether you have a calendar feed', response: replies({ 200: CalendarFeed }) },
      config: { policy: ritualPolicies.ownFeed },
    },
    async (request) => feeds.feedStatus(ctx, actorOf(request)),
  );
  app.post(
    '/api/me/calendar-feed',
    {
      schema: { tags, summary: 'A new secret calendar feed address (the old one stops working)', response: replies({ 201: CalendarFeed }) },
      config: { policy: ritualPolicies.ownFeed },
    },
    async (request, reply) => reply.status(201).send(await feeds.createFeed(ctx, actorOf(request))),
  );
  app.delete(
    '/api/me/calendar-feed',
    {
      schema: { tags, summary: 'Revoke your calendar feed', response: replies({ 200: CalendarFeed }) },
      config: { policy: ritualPolicies.ownFeed },
    },
    async (request) => feeds.revokeFeed(ctx, actorOf(request)),
  );
  app.get(
    '/api/calendar/:file',
    {
      schema: {
        tags,
        summary: 'A personal calendar feed (iCalendar), by its secret address',
        params: CalendarFile,
        response: {
          200: { description: 'An iCalendar file', content: { 'text/calendar': { schema: z.string() } } },
          '4xx': ErrorBody,
        },
      },
      config: { policy: ritualPolicies.feed },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await feeds.feedFile(ctx, request.params.file)),
  );
  seminarRoutes(app, ctx);
  interviewRoutes(app, ctx);
}
