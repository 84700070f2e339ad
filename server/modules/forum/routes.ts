import { z } from 'zod';
import { IdParams } from '@contract/common';
import { Agenda, Forum, ForumInput, Meeting, MeetingInput } from '@contract/forum';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { forumPolicies } from './policies';
import * as service from './service';

export function forumRoutes(app: App, ctx: AppContext): void {
  const tags = ['cross-selling'];
  app.get(
    '/api/forums',
    {
      schema: { tags, summary: 'Cross-selling forums', response: replies({ 200: z.array(Forum) }) },
      config: { policy: forumPolicies.read },
    },
    async (request) => service.listForums(ctx, actorOf(request)),
  );
  app.post(
    '/api/forums',
    {
      schema: { tags, summary: 'Set up a cross-selling forum', body: ForumInput, response: replies({ 201: Forum }) },
      config: { policy: forumPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await service.createForum(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/forums/:id/agenda',
    {
      schema: {
        tags,
        summary: 'The agenda for the next meeting: everything since the last one',
        params: IdParams,
        response: replies({ 200: Agenda }),
      },
      config: { policy: forumPolicies.read },
    },
    async (request) => service.agenda(ctx, request.params.id, actorOf(request)),
  );
  app.get(
    '/api/forums/:id/meetings',
    {
      schema: { tags, summary: 'Past meetings, newest first', params: IdParams, response: replies({ 200: z.array(Meeting) }) },
      config: { policy: forumPolicies.read },
    },
    async (request) => service.meetings(ctx, request.params.id),
  );
  app.post(
    '/api/forums/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Record a meeting: attendance, decisions, notes',
        params: IdParams,
        body: MeetingInput,
        response: replies({ 201: Meeting }),
      },
      config: { policy: forumPolicies.record },
    },
    async (request, reply) => reply.status(201).send(await service.recordMeeting(ctx, actorOf(request), request.params.id, request.body)),
  );
}
