import { z } from 'zod';
import { IdParams } from '@contract/common';
import {
  AttendanceInput,
  ImportAttendance,
  ImportResult,
  InviteInput,
  Seminar,
  SeminarDetail,
  SeminarInput,
  SeminarListQuery,
  SeminarTip,
} from '@contract/rituals';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { ritualPolicies } from './policies';
import * as service from './service-seminars';

/** Joint seminars (E2). */
export function seminarRoutes(app: App, ctx: AppContext): void {
  const tags = ['rituals'];
  app.get(
    '/api/seminars',
    {
      schema: {
        tags,
        summary: 'Joint seminars (coming, past or all)',
        querystring: SeminarListQuery,
        response: replies({ 200: z.array(Seminar) }),
      },
      config: { policy: ritualPolicies.read },
    },
    async (request) => service.listSeminars(ctx, actorOf(request), request.query),
  );
  app.post(
    '/api/seminars',
    {
      schema: { tags, summary: 'Plan a joint seminar', body: SeminarInput, response: replies({ 201: SeminarDetail }) },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) => reply.status(201).send(await service.createSeminar(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/seminars/:id',
    {
      schema: {
        tags,
        summary: 'A seminar: invitees, follow-ups, what followed',
        params: IdParams,
        response: replies({ 200: SeminarDetail }),
      },
      config: { policy: ritualPolicies.read },
    },
    async (request) => service.getSeminar(ctx, request.params.id, actorOf(request)),
  );
  app.post(
    '/api/seminars/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite contacts (named, or every contact of some accounts)',
        params: IdParams,
        body: InviteInput,
        response: replies({ 200: SeminarDetail }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.invite(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/seminars/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Registration and attendance of invitees',
        params: IdParams,
        body: AttendanceInput,
        response: replies({ 200: SeminarDetail }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.setAttendance(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/seminars/:id/attendance/import',
    {
      schema: {
        tags,
        summary: 'Attendance from a registration list (the e-mail addresses in it)',
        params: IdParams,
        body: ImportAttendance,
        response: replies({ 200: ImportResult }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.importAttendance(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/seminars/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Give the follow-ups: each attendee to every group with potential at their account',
        params: IdParams,
        response: replies({ 200: SeminarDetail }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request) => service.giveFollowUps(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/seminars/:id/tips',
    {
      schema: {
        tags,
        summary: 'A tip from the seminar to another group',
        params: IdParams,
        body: SeminarTip,
        response: replies({ 201: SeminarDetail }),
      },
      config: { policy: ritualPolicies.take },
    },
    async (request, reply) => reply.status(201).send(await service.addTip(ctx, actorOf(request), request.params.id, request.body)),
  );
}
