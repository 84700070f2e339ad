import { Activity, ActivityPatch, LogActivity, TimelinePage, TimelineQuery } from '@contract/activities';
import { IdParams } from '@contract/common';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { activityPolicies } from './policies';
import * as service from './service';

export function activityRoutes(app: App, ctx: AppContext): void {
  const tags = ['timeline'];
  app.post(
    '/api/activities',
    {
      schema: {
        tags,
        summary: 'Log a call, meeting, e-mail, note, visit or task',
        body: LogActivity,
        response: replies({ 201: Activity }),
      },
      config: { policy: activityPolicies.write },
    },
    async (request, reply) => reply.status(201).send(await service.logActivity(ctx, actorOf(request), request.body)),
  );
  app.patch(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary: 'Edit an entry or tick a task done',
        params: IdParams,
        body: ActivityPatch,
        response: replies({ 200: Activity }),
      },
      config: { policy: activityPolicies.write },
    },
    async (request) => service.updateActivity(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/accounts/:id/timeline',
    {
      schema: {
        tags,
        summary: 'The account’s shared timeline, newest first',
        params: IdParams,
        querystring: TimelineQuery,
        response: replies({ 200: TimelinePage }),
      },
      config: { policy: activityPolicies.read },
    },
    async (request) => service.accountTimeline(ctx, actorOf(request), request.params.id, request.query),
  );
  app.get(
    '/api/contacts/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Everything involving this contact, newest first',
        params: IdParams,
        querystring: TimelineQuery,
        response: replies({ 200: TimelinePage }),
      },
      config: { policy: activityPolicies.read },
    },
    async (request) => service.contactTimeline(ctx, actorOf(request), request.params.id, request.query),
  );
}
