import type { FastifyRequest } from 'fastify';
import { formatLsn, parseLsn, type ReplicaSet } from '../db/replicas';
import type { AppContext } from './context';
import type { App } from './http';

/**
 * Read replicas (DATABASE_REPLICA_URL): the read-only views run on a streaming replica, and every
 * user reads their own writes.
 *
 * After a write request succeeds, the primary's WAL position (at or past the write's commit) is
 * remembered for the user — in the `korsa_lsn` cookie, so it holds whichever instance the next
 * request reaches, and per user in this process, for API keys. A view then runs on a replica that
 * has replayed up to that position, else on the primary. Waiting for the position rather than
 * sending the user to the primary for a fixed few seconds is exact however far a replica lags, and
 * costs one query per write; a replica usually replays a write within milliseconds, so the user is
 * back on the replicas at once.
 */

const COOKIE = 'korsa_lsn';
const REMEMBER_MS = 10 * 60_000;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Per user: the position after their last write here, and when. */
const written = new WeakMap<ReplicaSet, Map<string, { lsn: bigint; at: number }>>();

function writesOf(replicas: ReplicaSet) {
  let map = written.get(replicas);
  if (!map) written.set(replicas, (map = new Map<string, { lsn: bigint; at: number }>()));
  return map;
}

/** Remember each user's last write (registered once, by buildApp, when there are replicas). */
export function registerReadRouting(app: App, ctx: AppContext): void {
  const replicas = ctx.replicas;
  if (!replicas) return;
  app.addHook('onSend', async (request, reply, payload) => {
    if (SAFE.has(request.method) || reply.statusCode >= 400 || !request.actor) return payload;
    try {
      const lsn = await replicas.primaryLsn();
      const map = writesOf(replicas);
      map.set(request.actor.id, { lsn, at: Date.now() });
      if (map.size > 10_000) for (const [id, w] of map) if (Date.now() - w.at > REMEMBER_MS) map.delete(id);
      reply.setCookie(COOKIE, formatLsn(lsn), {
        path: '/api',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.COOKIE_SECURE,
        maxAge: REMEMBER_MS / 1_000,
      });
    } catch (err) {
      // the write has committed; without its position this user's next reads may be a moment behind
      request.log.warn({ err }, 'could not read the WAL position after a write');
    }
    return payload;
  });
}

/** The WAL position this request's user must see: after their last write (cookie or this process's memory). */
function neededBy(request: FastifyRequest, replicas: ReplicaSet): bigint | null {
  const fromCookie = parseLsn(request.cookies?.[COOKIE]);
  const remembered = request.actor ? writesOf(replicas).get(request.actor.id) : undefined;
  const fromMemory = remembered && Date.now() - remembered.at < REMEMBER_MS ? remembered.lsn : null;
  if (fromCookie === null) return fromMemory;
  return fromMemory === null || fromCookie > fromMemory ? fromCookie : fromMemory;
}

/** The error and its causes (Drizzle wraps the driver's error). */
function* causes(err: unknown) {
  let cur = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; cur && depth < 5; depth++, cur = cur.cause as typeof cur) {
    yield { code: typeof cur.code === 'string' ? cur.code : '', message: typeof cur.message === 'string' ? cur.message : '' };
  }
}

/** The replica is down or unreachable (not an error of the query itself). */
const lostConnection = (err: unknown) =>
  [...causes(err)].some(
    (e) =>
      /^(08|57P0)/.test(e.code) ||
      ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(e.code) ||
      /Connection terminated|timeout exceeded when trying to connect/i.test(e.message),
  );

/** The standby cancelled the query to go on replaying the primary's changes (`max_standby_streaming_delay`). */
const recoveryConflict = (err: unknown) => [...causes(err)].some((e) => e.code === '40001' && /conflict with recovery/i.test(e.message));

/**
 * Run a read-only view: on a replica that has replayed the user's last write, else on the primary.
 * The view gets a context whose `db` is the replica and whose `primary` is the primary (for the one
 * write a read may make, the matrix's daily roll). If the replica's connection fails, or the standby
 * cancels the query for a conflict with replaying, the view runs again on the primary. The one place that decides where a view reads.
 */
export async function onReplica<T>(ctx: AppContext, request: FastifyRequest, view: (ctx: AppContext) => Promise<T>): Promise<T> {
  const replicas = ctx.replicas;
  if (!replicas || !SAFE.has(request.method)) return view(ctx);
  const replica = await replicas.choose(neededBy(request, replicas));
  if (!replica) return view(ctx);
  replica.reads++;
  try {
    return await view({ ...ctx, db: replica.db, primary: ctx.db });
  } catch (err) {
    if (recoveryConflict(err)) return view(ctx);
    if (!lostConnection(err)) throw err;
    replicas.failed(replica, err);
    request.log.warn({ err, replica: replica.name }, 'a read replica failed; the view read the primary');
    return view(ctx);
  }
}
