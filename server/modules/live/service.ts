import { sql } from 'drizzle-orm';
import { LiveEvent } from '@contract/overview';
import type { Database } from '../../db/client';
import type { AppContext } from '../../platform/context';

/** The PostgreSQL channel live events travel on, so every server instance hears every change. */
export const liveChannel = 'korsa_live';

/**
 * Announce a change to every open overview. Call it with the transaction of the change: PostgreSQL
 * delivers a NOTIFY only when (and if) that transaction commits.
 */
export async function publish(ctx: AppContext, event: LiveEvent): Promise<void> {
  await ctx.db.execute(sql`select pg_notify(${liveChannel}, ${JSON.stringify(event)})`);
}

export interface LiveHub {
  /**
   * Hear every event; returns the function that stops listening. `onGap` is called when events may
   * have been missed — the LISTEN connection was lost, and again when it listens once more — so a
   * cache kept fresh by the events can forget what it holds.
   */
  subscribe(listener: (event: LiveEvent) => void, onGap?: () => void): () => void;
  close(): Promise<void>;
}

/**
 * One LISTEN per server instance, opened with the first subscriber and shared by all of them. If the
 * listening connection drops, it listens again (with a growing pause) while anyone is subscribed,
 * and tells the subscribers of the gap.
 */
export function createLiveHub(database: Database, log: AppContext['log']): LiveHub {
  const listeners = new Set<(event: LiveEvent) => void>();
  const gapListeners = new Set<() => void>();
  const gap = () => gapListeners.forEach((g) => g());
  let unlisten: Promise<() => Promise<void>> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let failures = 0;
  let closed = false;
  const deliver = (payload: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return log.warn({ payload }, 'ignored a live event that is not JSON');
    }
    const event = LiveEvent.safeParse(parsed);
    if (!event.success) return log.warn({ payload }, 'ignored a live event of unknown shape');
    for (const listener of listeners) listener(event.data);
  };
  const again = (err: unknown) => {
    log.error({ err }, 'lost the LISTEN connection for live events; listening again');
    unlisten = null;
    gap();
    if (closed || retry || listeners.size === 0) return;
    failures++;
    retry = setTimeout(
      () => {
        retry = null;
        start();
      },
      Math.min(30_000, 500 * 2 ** Math.min(failures, 6)),
    ).unref();
  };
  const start = () => {
    if (closed || unlisten || listeners.size === 0) return;
    unlisten = database.listen(liveChannel, deliver, again).then(
      (stop) => {
        if (failures > 0) gap();
        failures = 0;
        return stop;
      },
      (err: unknown) => {
        again(err);
        return async () => undefined;
      },
    );
  };
  return {
    subscribe(listener, onGap) {
      listeners.add(listener);
      if (onGap) gapListeners.add(onGap);
      start();
      return () => {
        listeners.delete(listener);
        if (onGap) gapListeners.delete(onGap);
      };
    },
    async close() {
      closed = true;
      listeners.clear();
      gapListeners.clear();
      if (retry) clearTimeout(retry);
      const stop = await unlisten;
      unlisten = null;
      await stop?.();
    },
  };
}
