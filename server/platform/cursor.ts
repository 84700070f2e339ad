import { errors } from './errors';

/** Opaque keyset cursors for "newest first" lists: (timestamp, id). */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { occurredAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const occurredAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(occurredAt.getTime())) {
    throw errors.invalid('The paging cursor is not valid.', [{ path: 'querystring.before', message: 'invalid cursor' }]);
  }
  return { occurredAt, id };
}
