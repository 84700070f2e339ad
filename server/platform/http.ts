import type { FastifyBaseLogger, FastifyInstance, FastifyReply, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '@contract/common';
import type { Actor } from './auth';
import { errors } from './errors';

/** The Fastify instance with zod schemas as the type provider: routes get typed bodies and replies. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Declare the documented error reply beside a route's success replies. */
export function replies<T extends Record<number, unknown>>(ok: T) {
  return { ...ok, '4xx': ErrorBody };
}

/** The documented replies of a CSV download (platform/csv-export.ts): the file, or an error. */
export function csvReplies() {
  return {
    200: { description: 'A CSV file (UTF-8 with BOM)', content: { 'text/csv': { schema: z.string() } } },
    '4xx': ErrorBody,
  };
}

/** The documented replies of a readable HTML download: the page, or an error. */
export function htmlReplies() {
  return {
    200: { description: 'An HTML page (UTF-8)', content: { 'text/html': { schema: z.string() } } },
    '4xx': ErrorBody,
  };
}

/**
 * Send JSON text made earlier, as it is: Fastify sends a string with a JSON content type without
 * serialising it again or checking it against the route's schema, so the service that made the
 * text checks its parts against the contract when it makes them (e.g. the game's leaderboard,
 * serialised once per computed season).
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

/** The actor of a route whose policy requires one (the auth hook has already refused anonymous calls). */
export function actorOf(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw errors.unauthenticated();
  return request.actor;
}
