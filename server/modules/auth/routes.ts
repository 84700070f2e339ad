import { z } from 'zod';
import { ApiKey, CreateApiKey, CreatedApiKey, SignInBody, SignInResponse } from '@contract/auth';
import { IdParams, Ok } from '@contract/common';
import { SESSION_COOKIE, sessionCookieOptions } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { authPolicies } from './policies';
import * as service from './service';

export function authRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/auth/sign-in',
    {
      schema: { tags: ['auth'], summary: 'Sign in; sets the session cookie', body: SignInBody, response: replies({ 200: SignInResponse }) },
      config: { policy: authPolicies.signIn },
    },
    async (request, reply) => {
      const session = await service.signIn(ctx, request.body, { ip: request.ip, userAgent: request.headers['user-agent'] });
      void reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx.config.COOKIE_SECURE, session.expiresAt));
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: { tags: ['auth'], summary: 'Sign out; ends the session', response: replies({ 200: Ok }) },
      config: { policy: authPolicies.signOut },
    },
    async (request, reply) => {
      await service.signOut(ctx, actorOf(request));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/api-keys',
    {
      schema: { tags: ['auth'], summary: 'Your API keys', response: replies({ 200: z.array(ApiKey) }) },
      config: { policy: authPolicies.ownApiKeys },
    },
    async (request) => service.listApiKeys(ctx, actorOf(request).id),
  );

  app.post(
    '/api/api-keys',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API key (the token is shown once)',
        body: CreateApiKey,
        response: replies({ 201: CreatedApiKey }),
      },
      config: { policy: authPolicies.ownApiKeys },
    },
    async (request, reply) => reply.status(201).send(await service.createApiKey(ctx, actorOf(request).id, request.body.name)),
  );

  app.delete(
    '/api/api-keys/:id',
    {
      schema: { tags: ['auth'], summary: 'Revoke an API key', params: IdParams, response: replies({ 200: Ok }) },
      config: { policy: authPolicies.ownApiKeys },
    },
    async (request) => {
      await service.revokeApiKey(ctx, actorOf(request).id, request.params.id);
      return { ok: true as const };
    },
  );
}
