import { z } from 'zod';
import { ErrorBody, text } from '@contract/common';
import { SESSION_COOKIE, sessionCookieOptions } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { ssoPolicies } from './policies';
import * as service from './service';

/** Both routes answer with a redirect (a refusal too: to the sign-in page, which says why). */
const redirects = (description: string) => ({ 302: z.null().meta({ description }), '4xx': ErrorBody });

/** Binds a sign-on to the browser that started it (no one can finish another person's sign-on into their account). */
const STATE_COOKIE = 'korsa_sso';
const statePath = '/api/auth/sso';

export function ssoRoutes(app: App, ctx: AppContext): void {
  const client = (request: { ip: string; headers: { 'user-agent'?: string } }) => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  });
  /** Any refusal lands on the sign-in page, which says why in the person's language — never a JSON error in the browser. */
  const reasonOf = (err: unknown) => {
    if (err instanceof AppError) {
      if (err.code === 'rate_limited') return 'rate_limited';
      const reason = (err.details as { reason?: string } | undefined)?.reason;
      if (reason) return reason;
      if (err.code === 'not_found') return 'unavailable';
    }
    ctx.log.error({ err }, 'single sign-on: unexpected error');
    return 'failed';
  };

  app.get(
    '/api/auth/sso/start',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start single sign-on (OpenID Connect): redirects to the provider',
        querystring: z.object({ next: text().max(500).optional() }),
        response: redirects('To the provider, or to the sign-in page with `?sso=<reason>`'),
      },
      config: { policy: ssoPolicies.start },
    },
    async (request, reply) => {
      try {
        const { url, state } = await service.start(ctx, request.query.next, client(request));
        void reply.setCookie(STATE_COOKIE, state, {
          path: statePath,
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.config.COOKIE_SECURE,
          maxAge: 600,
        });
        return reply.redirect(url, 302);
      } catch (err) {
        return reply.redirect(`/sign-in?sso=${reasonOf(err)}`, 302);
      }
    },
  );

  app.get(
    '/api/auth/sso/callback',
    {
      schema: {
        tags: ['auth'],
        summary: 'Where the provider sends the browser back; sets the session cookie and redirects into Korsa',
        response: redirects('Into Korsa, or to the sign-in page with `?sso=<reason>`'),
      },
      config: { policy: ssoPolicies.callback },
    },
    async (request, reply) => {
      void reply.clearCookie(STATE_COOKIE, { path: statePath });
      try {
        const { session, next } = await service.finish(ctx, request.url, request.cookies[STATE_COOKIE], client(request));
        void reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx.config.COOKIE_SECURE, session.expiresAt));
        return reply.redirect(next, 302);
      } catch (err) {
        return reply.redirect(`/sign-in?sso=${reasonOf(err)}`, 302);
      }
    },
  );
}
