import type { LiveHub } from '../live/service';

/**
 * How long a computed season is trusted without a word of change: a last bound only, since a lost
 * LISTEN connection is heard of (the hub's gap) and forgets every season at once. Computing a large
 * company's season costs seconds of CPU, so it is not done every minute for nothing.
 */
const TRUST_MS = 15 * 60_000;

interface Entry {
  stamp: string;
  generation: number;
  at: number;
  value: Promise<unknown>;
  pending: boolean;
  /** The last value computed for this key (this entry's once it settles, else an earlier one's). */
  last: { value: unknown } | null;
}

export interface Cached<T> {
  value: T;
  /** The value is the last one computed, and a newer one is being computed. */
  refreshing: boolean;
}

/**
 * Computed seasons, kept until something the game reads changes. Every statement that changes a
 * source of the game (handoffs and their updates, activities, opportunities, joint visits, users,
 * accounts) advances the `game_changes` sequence and announces `game_changed` on the live channel
 * (migration `game_changes`). A request passes the sequence's value as the stamp, so a change committed before
 * it is always seen; the announcement, heard after the commit, catches a change that advanced the
 * sequence while a computation was already reading. Concurrent requests share one computation; when
 * the LISTEN connection is lost (events may be missed) every entry is computed again on its next
 * request, and an entry older than a quarter of an hour is anyway.
 *
 * A caller that can live with the last standings for a moment passes `refreshed`: when a change
 * made them stale, it gets the last value at once (marked `refreshing`) while one computation runs
 * in the background, and `refreshed` is called when it is done — so in a busy company nobody waits
 * for the season to be replayed, and the screens update when it has been.
 */
export interface SeasonCache {
  get<T>(key: string, stamp: string, compute: () => Promise<T>, refreshed?: () => void): Promise<Cached<T>>;
}

export function createSeasonCache(hub: Pick<LiveHub, 'subscribe'>, now: () => number = Date.now): SeasonCache {
  let generation = 0;
  let listening = false;
  const entries = new Map<string, Entry>();
  const awaited = <T>(entry: Entry) => (entry.value as Promise<T>).then((value) => ({ value, refreshing: false }));
  const lastOf = <T>(entry: Entry) => ({ value: entry.last!.value as T, refreshing: true });
  return {
    async get<T>(key: string, stamp: string, compute: () => Promise<T>, refreshed?: () => void): Promise<Cached<T>> {
      if (!listening) {
        listening = true;
        hub.subscribe(
          (event) => {
            if (event.type === 'game_changed' || event.type === 'deal_won') generation++;
          },
          () => generation++,
        );
      }
      const hit = entries.get(key);
      if (hit && hit.stamp === stamp && hit.generation === generation && now() - hit.at < TRUST_MS) {
        return hit.pending && hit.last && refreshed ? lastOf<T>(hit) : awaited<T>(hit);
      }
      const entry: Entry = { stamp, generation, at: now(), value: compute(), pending: true, last: hit?.last ?? null };
      entries.set(key, entry);
      entry.value.then(
        (value) => {
          entry.pending = false;
          entry.last = { value };
        },
        () => {
          // forget the failed computation; an earlier value stays to be served (and computed again)
          if (entries.get(key) !== entry) return;
          if (hit) entries.set(key, { ...hit, generation: -1 });
          else entries.delete(key);
        },
      );
      if (entry.last && refreshed) {
        entry.value.then(refreshed, () => undefined);
        return lastOf<T>(entry);
      }
      return awaited<T>(entry);
    },
  };
}
