/**
 * In-app guidance for the rollout (L6): short tours of the main pages, each shown once to a person on
 * their first visit (the seen-state is kept per person on the server), and the "what's new" note after an
 * upgrade — the release notes newer than the last version the person acknowledged. Pure.
 */

/** The pages with a tour; the web anchors each step on a `data-tour` attribute of the page. */
export const tourKeys = ['home', 'account', 'matrix', 'pipeline', 'handoff'] as const;
export type TourKey = (typeof tourKeys)[number];

/** A version as numbers (`1.2.3` → [1, 2, 3]); anything after a `-` or `+` is ignored. */
function partsOf(version: string): number[] {
  return (version.split(/[-+]/)[0] ?? '').split('.').map((p) => Number.parseInt(p, 10) || 0);
}

/** Negative when `a` is older than `b`, 0 when the same release, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const x = partsOf(a);
  const y = partsOf(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The versions of `notes` a person has not acknowledged: newer than what they saw, not newer than what runs. Newest first. */
export function unseenReleases(notes: readonly { version: string }[], running: string, seen: string | null): string[] {
  return notes
    .filter((n) => compareVersions(n.version, running) <= 0 && (seen === null || compareVersions(n.version, seen) > 0))
    .map((n) => n.version)
    .sort((a, b) => compareVersions(b, a));
}
