import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody } from '@contract/common';
import { errorStatus, type ErrorCode } from '@contract/errors';
import { pgCode, requestCausedErrors } from '../db/errors';

/**
 * An expected failure: a code of the vocabulary (contract/errors.ts, which also gives its HTTP
 * status), a message a person understands and optional details (field issues, the current record).
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

export const errors = {
  unauthenticated: () => new AppError('unauthenticated', 'Please sign in.'),
  invalidCredentials: () => new AppError('invalid_credentials', 'The e-mail or password is wrong.'),
  forbidden: (message = 'You do not have permission to do that.') => new AppError('forbidden', message),
  /** A batch refused because of some of its records: they are named, so that the person can act. */
  refused: (message: string, refused: { id: string; name: string }[]) => new AppError('forbidden', message, { refused }),
  csrf: () => new AppError('csrf_failed', 'The request is missing its CSRF token. Reload the page and try again.'),
  notFound: (what: string) => new AppError('not_found', `${what} was not found.`),
  conflict: (code: ErrorCode, message: string, details?: unknown) => new AppError(code, message, details),
  invalid: (message: string, details?: unknown) => new AppError('validation_failed', message, details),
  passwordsDisabled: () => new AppError('passwords_disabled', 'Passwords are turned off here: sign in with single sign-on.'),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError('rate_limited', `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
      retryAfterSeconds,
    }),
};

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Fastify's own errors for bad requests, mapped to our codes. */
const fastifyCodes: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The request body is empty but declared as JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The request body is too large.' },
  // multipart uploads (the import's order and lines files)
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'A file of the request is too large.' },
  FST_FILES_LIMIT: { status: 413, code: 'payload_too_large', message: 'The request has more files than it may.' },
  FST_PARTS_LIMIT: { status: 413, code: 'payload_too_large', message: 'The request has more parts than it may.' },
  FST_FIELDS_LIMIT: { status: 413, code: 'payload_too_large', message: 'The request has more fields than it may.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'The Content-Length header does not match the body.' },
  FST_ERR_CTP_INVALID_TYPE: { status: 400, code: 'bad_request', message: 'The Content-Type header is invalid.' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_request', message: 'The URL is not valid.' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', message: 'A part of the URL is too long.' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'bad_request', message: 'The request could not be routed.' },
};

/**
 * Errors the router meets before any route or hook (a malformed URL, a path parameter over the
 * length limit): answered in the documented shape (Fastify's `frameworkErrors` option).
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const known = fastifyCodes[error.code] ?? { status: 400, code: 'bad_request' as const, message: 'The request could not be understood.' };
  void reply.status(known.status).send(body(known.code, known.message));
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers or URL over 16 KB, a
 * timeout, a malformed request line): answered in the documented shape on the raw socket
 * (Fastify's `clientErrorHandler` option).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, ErrorCode, string] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers_too_large', 'The request’s headers (or its URL) are too large.']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'bad_request', 'The request took too long to arrive.']
        : [400, 'bad_request', 'The request could not be understood.'];
  const payload = JSON.stringify(body(code, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${payload}`,
    );
  }
  socket.destroy(err);
}

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
    const caused = requestCausedErrors[pgCode(error) ?? ''];
    if (caused) {
      request.log.info({ err: error }, 'database refused a value of the request');
      return reply.status(errorStatus[caused.code]).send(body(caused.code, caused.message));
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
