import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '@contract/overview';
import { createSeasonCache } from '../../server/modules/game/season-cache';

function fakeHub() {
  const listeners = new Set<(e: LiveEvent) => void>();
  return {
    subscribe(l: (e: LiveEvent) => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit: (e: LiveEvent) => listeners.forEach((l) => l(e)),
  };
}

describe('the computed seasons kept until a source changes', () => {
  it('computes once per stamp, shares a computation in flight, and again after a change is heard or the stamp moves', async () => {
    const hub = fakeHub();
    let clock = 0;
    const cache = createSeasonCache(hub, () => clock);
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([cache.get('s', '1', compute), cache.get('s', '1', compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await cache.get('s', '1', compute)).toBe(1);
    expect(await cache.get('s', '2', compute)).toBe(2); // a change committed before the request
    hub.emit({ type: 'game_changed' }); // a change heard after its commit, stamp unchanged
    expect(await cache.get('s', '2', compute)).toBe(3);
    hub.emit({ type: 'notification', userId: '00000000-0000-4000-8000-000000000000' });
    expect(await cache.get('s', '2', compute)).toBe(3);
    clock += 61_000; // nothing heard for a minute: not trusted any longer
    expect(await cache.get('s', '2', compute)).toBe(4);
    expect(await cache.get('other', '2', compute)).toBe(5);
  });

  it('forgets a failed computation', async () => {
    const cache = createSeasonCache(fakeHub());
    await expect(cache.get('s', '1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('s', '1', async () => 'ok')).toBe('ok');
  });
});
