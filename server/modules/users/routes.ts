import { Me, UpdateMe } from '@contract/auth';
import { IdParams } from '@contract/common';
import { CreateUser, UpdateUser, User, UserListQuery, UserPage } from '@contract/users';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { authPolicies } from '../auth/policies';
import { userPolicies } from './policies';
import * as service from './service';

export function userRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/me',
    {
      schema: { tags: ['users'], summary: 'The signed-in user and what they may do', response: replies({ 200: Me }) },
      config: { policy: authPolicies.me },
    },
    async (request) => service.me(ctx, actorOf(request)),
  );

  app.patch(
    '/api/me',
    {
      schema: { tags: ['users'], summary: 'Change your language or display name', body: UpdateMe, response: replies({ 200: Me }) },
      config: { policy: authPolicies.me },
    },
    async (request) => service.updateMe(ctx, actorOf(request), request.body),
  );

  app.get(
    '/api/users',
    {
      schema: { tags: ['users'], summary: 'List users', querystring: UserListQuery, response: replies({ 200: UserPage }) },
      config: { policy: userPolicies.read },
    },
    async (request) => service.listUsers(ctx, request.query),
  );

  app.get(
    '/api/users/:id',
    {
      schema: { tags: ['users'], summary: 'One user', params: IdParams, response: replies({ 200: User }) },
      config: { policy: userPolicies.read },
    },
    async (request) => service.getUser(ctx, request.params.id),
  );

  app.post(
    '/api/users',
    {
      schema: { tags: ['users'], summary: 'Create a user (admin)', body: CreateUser, response: replies({ 201: User }) },
      config: { policy: userPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await service.createUser(ctx, actorOf(request).id, request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Re-role, move, rename or deactivate a user (admin)',
        params: IdParams,
        body: UpdateUser,
        response: replies({ 200: User }),
      },
      config: { policy: userPolicies.manage },
    },
    async (request) => service.updateUser(ctx, actorOf(request).id, request.params.id, request.body),
  );
}
