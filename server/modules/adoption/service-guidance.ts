/**
 * In-app guidance (L6): which page tours a person has seen, and the "what's new" note — the release notes
 * (domain/release-notes.ts) newer than the last release the person acknowledged. Each person's own only.
 */
import type { Guidance } from '@contract/guidance';
import { compareVersions, tourKeys, unseenReleases, type TourKey } from '@domain/guidance';
import { releaseNotes } from '@domain/release-notes';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { version as runningVersion } from '../../version';
import * as repo from './repo-guidance';

function ownOnly(actor: Actor, userId: string) {
  if (actor.id !== userId) throw errors.forbidden('Only the person themselves sees and changes their guidance.');
}

export async function getGuidance(ctx: AppContext, actor: Actor, userId: string, running = runningVersion): Promise<Guidance> {
  ownOnly(actor, userId);
  const row = await repo.guidanceOf(ctx.db, userId, running);
  return {
    toursSeen: tourKeys.filter((k) => row.toursSeen.includes(k)),
    version: running,
    unseenReleases: unseenReleases(releaseNotes, running, row.releaseSeen),
  };
}

/** A tour watched to its end or put away is seen: it does not start by itself again (the help menu still opens it). */
export async function putTourSeen(ctx: AppContext, actor: Actor, userId: string, tour: TourKey, seen: boolean): Promise<Guidance> {
  ownOnly(actor, userId);
  await repo.setTourSeen(ctx.db, userId, tour, seen, runningVersion, ctx.clock.now());
  return getGuidance(ctx, actor, userId);
}

/** The person read what is new up to `version` (the running one at most). */
export async function acknowledgeRelease(ctx: AppContext, actor: Actor, userId: string, version: string): Promise<Guidance> {
  ownOnly(actor, userId);
  if (!/^\d+(\.\d+){0,2}$/.test(version) || compareVersions(version, runningVersion) > 0)
    throw errors.invalid('Acknowledge a release up to the running one.', [{ path: 'body.version', message: `at most ${runningVersion}` }]);
  await repo.setReleaseSeen(ctx.db, userId, version, ctx.clock.now());
  return getGuidance(ctx, actor, userId);
}
