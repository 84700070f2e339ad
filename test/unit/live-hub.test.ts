import { describe, expect, it, vi } from 'vitest';
import type { Database } from '../../server/db/client';
import { createLiveHub } from '../../server/modules/live/service';

/** A database whose LISTEN connection the test can drop. */
function fakeDatabase() {
  let deliver: (payload: string) => void = () => undefined;
  let lose: (err: unknown) => void = () => undefined;
  let listens = 0;
  const database = {
    listen: async (_channel: string, onPayload: (p: string) => void, onLost?: (err: unknown) => void) => {
      listens++;
      deliver = onPayload;
      lose = onLost ?? (() => undefined);
      return async () => undefined;
    },
  } as unknown as Database;
  return { database, send: (p: unknown) => deliver(JSON.stringify(p)), drop: () => lose(new Error('gone')), listens: () => listens };
}

const log = { error: () => undefined, warn: () => undefined } as never;

describe('the live hub', () => {
  it('delivers events of a known shape, and tells of a gap when the connection is lost and when it listens again', async () => {
    vi.useFakeTimers();
    try {
      const db = fakeDatabase();
      const hub = createLiveHub(db.database, log);
      const events: unknown[] = [];
      let gaps = 0;
      const stop = hub.subscribe(
        (e) => events.push(e),
        () => gaps++,
      );
      await vi.advanceTimersByTimeAsync(0);
      db.send({ type: 'game_changed' });
      db.send({ type: 'no such event' });
      expect(events).toEqual([{ type: 'game_changed' }]);
      db.drop();
      expect(gaps).toBe(1);
      await vi.advanceTimersByTimeAsync(1_000); // listens again after a pause
      expect(db.listens()).toBe(2);
      expect(gaps).toBe(2);
      stop();
      db.drop();
      expect(gaps).toBe(2); // no longer subscribed
      await hub.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
