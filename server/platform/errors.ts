import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody } from '@contract/common';

/** The error vocabulary: a stable code, an HTTP status and a message a person understands. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const errors = {
  unauthenticated: () => new AppError(401, 'unauthenticated', 'Please sign in.'),
  invalidCredentials: () => new AppError(401, 'invalid_credentials', 'The e-mail or password is wrong.'),
  forbidden: (message = 'You do not have permission to do that.') => new AppError(403, 'forbidden', message),
  csrf: () => new AppError(403, 'csrf_failed', 'The request is missing its CSRF token. Reload the page and try again.'),
  notFound: (what: string) => new AppError(404, 'not_found', `${what} was not found.`),
  conflict: (code: string, message: string, details?: unknown) => new AppError(409, code, message, details),
  invalid: (message: string, details?: unknown) => new AppError(400, 'validation_failed', message, details),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(429, 'rate_limited', `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
      retryAfterSeconds,
    }),
};

function body(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Fastify's own errors for bad requests, mapped to our codes. */
const fastifyCodes: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The request body is empty but declared as JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'The Content-Length header does not match the body.' },
  FST_ERR_CTP_INVALID_TYPE: { status: 400, code: 'bad_request', message: 'The Content-Type header is invalid.' },
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status === 429) {
        const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (retry) void reply.header('retry-after', String(retry));
      }
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'is invalid',
      }));
      const where = error.validationContext === 'querystring' ? 'query string' : (error.validationContext ?? 'request');
      return reply.status(400).send(body('validation_failed', `The ${where} has invalid fields.`, details));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(known.status).send(body(known.code, known.message));
    if (isResponseSerializationError(error)) request.log.error({ err: error, cause: error.cause }, 'response did not match its schema');
    else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad_request', 'The request could not be understood.'));
    } else request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal_error', 'Something went wrong on our side. It has been logged.'));
  });
}

/** The 404 for a route that does not exist. */
export function routeNotFound(method: string, url: string): ErrorBody {
  return body('route_not_found', `There is no ${method} ${url.split('?')[0]}.`);
}
