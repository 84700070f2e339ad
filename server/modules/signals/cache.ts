/**
 * What every ingested batch needs and rarely changes — the settings, the page rules, the site behind
 * a key — kept in memory for a few seconds per database, so a busy site's batches do not read them
 * again each time. A change through this instance clears it at once; another instance's change is
 * seen within TTL_MS.
 */
import type { PageRule, SignalSettings } from '@domain/signals';
import type { Db } from '../../db/client';

const TTL_MS = 10_000;

export interface SiteFacts {
  id: string;
  active: boolean;
}

interface Entry {
  loadedAt: number;
  settings?: SignalSettings;
  rules?: PageRule[];
  sites: Map<string, SiteFacts | null>;
}

const byDb = new WeakMap<object, Entry>();

function entry(db: Db): Entry {
  const now = Date.now();
  let e = byDb.get(db);
  if (!e || now - e.loadedAt > TTL_MS) {
    e = { loadedAt: now, sites: new Map() };
    byDb.set(db, e);
  }
  return e;
}

export async function cachedSettings(db: Db, load: () => Promise<SignalSettings>): Promise<SignalSettings> {
  const e = entry(db);
  return (e.settings ??= await load());
}

export async function cachedRules(db: Db, load: () => Promise<PageRule[]>): Promise<PageRule[]> {
  const e = entry(db);
  return (e.rules ??= await load());
}

export async function cachedSite(db: Db, key: string, load: () => Promise<SiteFacts | null>): Promise<SiteFacts | null> {
  const e = entry(db);
  if (!e.sites.has(key)) {
    if (e.sites.size > 1000) e.sites.clear();
    e.sites.set(key, await load());
  }
  return e.sites.get(key)!;
}

/** After a change of the settings, rules or sites through this instance. */
export function forget(db: Db): void {
  byDb.delete(db);
}
