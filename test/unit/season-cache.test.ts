import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '@contract/overview';
import { createSeasonCache } from '../../server/modules/game/season-cache';

function fakeHub() {
  const listeners = new Set<(e: LiveEvent) => void>();
  const gaps = new Set<() => void>();
  return {
    subscribe(l: (e: LiveEvent) => void, onGap?: () => void) {
      listeners.add(l);
      if (onGap) gaps.add(onGap);
      return () => listeners.delete(l);
    },
    emit: (e: LiveEvent) => listeners.forEach((l) => l(e)),
    lose: () => gaps.forEach((g) => g()),
  };
}

describe('the computed seasons kept until a source changes', () => {
  it('computes once per stamp, shares a computation in flight, and again after a change is heard or the stamp moves', async () => {
    const hub = fakeHub();
    let clock = 0;
    const cache = createSeasonCache(hub, () => clock);
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = (await Promise.all([cache.get('s', '1', compute), cache.get('s', '1', compute)])).map((c) => c.value);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect((await cache.get('s', '1', compute)).value).toBe(1);
    expect((await cache.get('s', '2', compute)).value).toBe(2); // a change committed before the request
    hub.emit({ type: 'game_changed' }); // a change heard after its commit, stamp unchanged
    expect((await cache.get('s', '2', compute)).value).toBe(3);
    hub.emit({ type: 'notification', userId: '00000000-0000-4000-8000-000000000000' });
    expect((await cache.get('s', '2', compute)).value).toBe(3);
    clock += 10 * 60_000; // nothing heard for ten minutes: still trusted (no change, the connection held)
    expect((await cache.get('s', '2', compute)).value).toBe(3);
    hub.lose(); // the LISTEN connection lost: a change may have gone unheard
    expect((await cache.get('s', '2', compute)).value).toBe(4);
    clock += 16 * 60_000; // a quarter of an hour: computed again anyway
    expect((await cache.get('s', '2', compute)).value).toBe(5);
    expect((await cache.get('other', '2', compute)).value).toBe(6);
  });

  it('forgets a failed computation', async () => {
    const cache = createSeasonCache(fakeHub());
    await expect(cache.get('s', '1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.get('s', '1', async () => 'ok')).value).toBe('ok');
  });

  it('serves the last standings while a change is counted in, computing once, and says when it is done', async () => {
    const hub = fakeHub();
    const cache = createSeasonCache(hub);
    let release: () => void = () => undefined;
    let runs = 0;
    const slow = () =>
      new Promise<number>((resolve) => {
        runs++;
        release = () => resolve(runs);
      });
    const first = cache.get('s', '1', slow, () => undefined);
    release();
    expect(await first).toEqual({ value: 1, refreshing: false }); // nothing earlier: the first waits
    let heard = 0;
    const refreshed = () => heard++;
    // a change: the last standings at once, one computation behind them
    expect(await cache.get('s', '2', slow, refreshed)).toEqual({ value: 1, refreshing: true });
    expect(await cache.get('s', '2', slow, refreshed)).toEqual({ value: 1, refreshing: true });
    expect(runs).toBe(2);
    // a caller that needs the truth waits for it
    const truth = cache.get('s', '2', slow);
    release();
    expect(await truth).toEqual({ value: 2, refreshing: false });
    expect(heard).toBe(1);
    expect(await cache.get('s', '2', slow, refreshed)).toEqual({ value: 2, refreshing: false });
  });

  it('keeps serving the last standings when a recomputation fails, and tries again', async () => {
    const hub = fakeHub();
    const cache = createSeasonCache(hub);
    await cache.get('s', '1', async () => 'first');
    const failed = await cache.get(
      's',
      '2',
      () => Promise.reject(new Error('down')),
      () => undefined,
    );
    expect(failed).toEqual({ value: 'first', refreshing: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get('s', '2', async () => 'second')).toEqual({ value: 'second', refreshing: false });
  });
});
