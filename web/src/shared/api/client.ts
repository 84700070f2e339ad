import { isErrorCode } from '@contract/errors';
import { ApiError, clientErrorCodes } from './errors';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The session's CSRF token: from the sign-in response or `GET /api/me`. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A query's values; a list repeats its parameter (`cf=a:1&cf=b:2`). */
export type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A body sent as it is (e.g. a CSV file), instead of JSON. */
  raw?: { body: BodyInit; contentType: string };
  /** A multipart form (e.g. two files): the browser sets its content type with the boundary. */
  form?: FormData;
  signal?: AbortSignal;
}

/** A path with its query string (empty values left out): also for links such as CSV downloads. */
export function urlOf(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(key, v);
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const e = body.error;
    if (e && isErrorCode(e.code)) {
      return new ApiError(response.status, e.code, typeof e.message === 'string' ? e.message : e.code, e.details);
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, clientErrorCodes.badResponse, `Unexpected response (${response.status})`);
}

/** Calls the Korsa API with JSON in and out; throws ApiError for anything but a 2xx. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw) headers['content-type'] = options.raw.contentType;
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.raw ? options.raw.body : options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, clientErrorCodes.network, 'The server could not be reached.');
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  /** POST a file as it is, e.g. `text/csv`, with query parameters. */
  postFile: <T>(path: string, query: Query, file: Blob, contentType: string) =>
    request<T>('POST', path, { query, raw: { body: file, contentType } }),
  /** POST a multipart form (files under their part names), with query parameters. */
  postForm: <T>(path: string, query: Query, form: FormData) => request<T>('POST', path, { query, form }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
