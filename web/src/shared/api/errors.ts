/** One field problem reported by the server, e.g. `{ path: 'body.email', message: '…' }`. */
export interface FieldIssue {
  path: string;
  message: string;
}

import type { ErrorCode } from '@contract/errors';

/** Codes the client itself produces when no server answer could be read. */
export const clientErrorCodes = { network: 'network_error', badResponse: 'bad_response' } as const;
export type ClientErrorCode = (typeof clientErrorCodes)[keyof typeof clientErrorCodes];

/** A failed API call, carrying the server's stable error code (contract/errors.ts). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field issues from `details` (validation errors), if any. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter((d): d is FieldIssue => typeof d === 'object' && d !== null && typeof (d as FieldIssue).path === 'string');
  }

  /** Seconds to wait, for `rate_limited`. */
  get retryAfterSeconds(): number | null {
    const d = this.details as { retryAfterSeconds?: unknown } | undefined;
    return typeof d?.retryAfterSeconds === 'number' ? d.retryAfterSeconds : null;
  }
}

export function isApiError(e: unknown, code?: ErrorCode | ClientErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

/**
 * The fields of a form that the server rejected: `body.email` → `email`.
 * A path naming several fields (`body.salesGroupId/marketId`) marks each of them.
 */
export function rejectedFields(error: unknown): Set<string> {
  const fields = new Set<string>();
  if (!(error instanceof ApiError)) return fields;
  for (const issue of error.fieldIssues) {
    const [context, field] = issue.path.split('.');
    if (context !== 'body' || !field) continue;
    for (const name of field.split('/')) fields.add(name);
  }
  return fields;
}
