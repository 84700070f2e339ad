import { z } from 'zod';
import {
  AuthOptions,
  ChangePasswordBody,
  ForgotPasswordBody,
  Invitation,
  InviteBody,
  InviteResult,
  IssuedInvitation,
  LinkInfo,
  LinkToken,
  SetupBody,
  SetupState,
  UseLinkBody,
} from '@contract/access';
import { SignInResponse } from '@contract/auth';
import { IdParams, Ok } from '@contract/common';
import { SESSION_COOKIE, sessionCookieOptions } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import type { SignedIn } from '../auth/service';
import { accessPolicies } from './policies';
import * as service from './service';

export function accessRoutes(app: App, ctx: AppContext): void {
  const client = (request: { ip: string; headers: { 'user-agent'?: string } }) => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  });
  /** Signed in after set-up or a one-time link: the same cookie and answer as `POST /api/auth/sign-in`. */
  const signedIn = (reply: { setCookie: (name: string, value: string, options: object) => unknown }, session: SignedIn) => {
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx.config.COOKIE_SECURE, session.expiresAt));
    return { user: session.user, csrfToken: session.csrfToken };
  };

  app.get(
    '/api/auth/options',
    {
      schema: {
        tags: ['auth'],
        summary: 'What the sign-in page offers: set-up, passwords, single sign-on',
        response: replies({ 200: AuthOptions }),
      },
      config: { policy: accessPolicies.options },
    },
    async () => service.authOptions(ctx),
  );

  app.get(
    '/api/setup',
    {
      schema: { tags: ['setup'], summary: 'Whether Korsa still needs its first-run set-up', response: replies({ 200: SetupState }) },
      config: { policy: accessPolicies.options },
    },
    async () => ({ needed: (await service.authOptions(ctx)).setupNeeded }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'First run: the organisation, markets, sales groups and the first admin (only while no user exists); signs the admin in',
        body: SetupBody,
        response: replies({ 201: SignInResponse }),
      },
      config: { policy: accessPolicies.setup },
    },
    async (request, reply) => {
      const session = await service.setUp(ctx, request.body, client(request));
      return reply.status(201).send(signedIn(reply, session!));
    },
  );

  app.get(
    '/api/invitations',
    {
      schema: { tags: ['users'], summary: 'Invitations not yet accepted (admin)', response: replies({ 200: z.array(Invitation) }) },
      config: { policy: accessPolicies.invite },
    },
    async () => service.listInvitations(ctx),
  );

  app.post(
    '/api/invitations',
    {
      schema: {
        tags: ['users'],
        summary: 'Invite people by e-mail (admin); without SMTP the links come back to hand over',
        body: InviteBody,
        response: replies({ 201: InviteResult }),
      },
      config: { policy: accessPolicies.invite },
    },
    async (request, reply) => reply.status(201).send(await service.invite(ctx, actorOf(request).id, request.body)),
  );

  app.post(
    '/api/invitations/:id/resend',
    {
      schema: {
        tags: ['users'],
        summary: 'A fresh link for an invitation (admin); the old one stops working',
        params: IdParams,
        response: replies({ 200: IssuedInvitation }),
      },
      config: { policy: accessPolicies.invite },
    },
    async (request) => service.resendInvitation(ctx, actorOf(request), request.params.id),
  );

  app.delete(
    '/api/invitations/:id',
    {
      schema: { tags: ['users'], summary: 'Revoke an invitation (admin)', params: IdParams, response: replies({ 200: Ok }) },
      config: { policy: accessPolicies.invite },
    },
    async (request) => {
      await service.revokeInvitation(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/links/inspect',
    {
      schema: {
        tags: ['auth'],
        summary: 'What a one-time link is for (410 link_invalid with the reason when it is used, expired or withdrawn)',
        body: z.object({ token: LinkToken }),
        response: replies({ 200: LinkInfo }),
      },
      config: { policy: accessPolicies.link },
    },
    async (request) => service.linkInfo(ctx, request.body.token, client(request)),
  );

  app.post(
    '/api/auth/links/use',
    {
      schema: {
        tags: ['auth'],
        summary: 'Use a one-time link: accept an invitation or reset a password; signs the person in',
        body: UseLinkBody,
        response: replies({ 200: SignInResponse }),
      },
      config: { policy: accessPolicies.link },
    },
    async (request, reply) => signedIn(reply, await service.useLink(ctx, request.body, client(request))),
  );

  app.post(
    '/api/auth/forgot-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'E-mail a password-reset link (the answer does not say whether the address is known)',
        body: ForgotPasswordBody,
        response: replies({ 200: Ok }),
      },
      config: { policy: accessPolicies.forgotPassword },
    },
    async (request) => {
      await service.forgotPassword(ctx, request.body, client(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        tags: ['users'],
        summary: 'Change your password (your other sessions end)',
        body: ChangePasswordBody,
        response: replies({ 200: Ok }),
      },
      config: { policy: accessPolicies.ownPassword },
    },
    async (request) => {
      await service.changePassword(ctx, actorOf(request), request.body);
      return { ok: true as const };
    },
  );
}
