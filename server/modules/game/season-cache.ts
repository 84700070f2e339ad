import type { LiveHub } from '../live/service';

/** How long a computed season is trusted without a word of change (in case the LISTEN connection was lost). */
const TRUST_MS = 60_000;

interface Entry {
  stamp: string;
  generation: number;
  at: number;
  value: Promise<unknown>;
}

/**
 * Computed seasons, kept until something the game reads changes. Every statement that changes a
 * source of the game (handoffs and their updates, activities, opportunities, joint visits, users,
 * accounts) advances the `game_changes` sequence and announces `game_changed` on the live channel
 * (migration `game_changes`). A request passes the sequence's value as the stamp, so a change committed before
 * it is always seen; the announcement, heard after the commit, catches a change that advanced the
 * sequence while a computation was already reading. Concurrent requests share one computation, and
 * an entry older than a minute is computed again anyway (a lost LISTEN connection costs at most that).
 */
export interface SeasonCache {
  get<T>(key: string, stamp: string, compute: () => Promise<T>): Promise<T>;
}

export function createSeasonCache(hub: Pick<LiveHub, 'subscribe'>, now: () => number = Date.now): SeasonCache {
  let generation = 0;
  let listening = false;
  const entries = new Map<string, Entry>();
  return {
    get<T>(key: string, stamp: string, compute: () => Promise<T>): Promise<T> {
      if (!listening) {
        listening = true;
        hub.subscribe((event) => {
          if (event.type === 'game_changed' || event.type === 'deal_won') generation++;
        });
      }
      const hit = entries.get(key);
      if (hit && hit.stamp === stamp && hit.generation === generation && now() - hit.at < TRUST_MS) return hit.value as Promise<T>;
      const entry: Entry = { stamp, generation, at: now(), value: compute() };
      entries.set(key, entry);
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value as Promise<T>;
    },
  };
}
