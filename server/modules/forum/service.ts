import type { z } from 'zod';
import type { Agenda, Forum, ForumInput, Meeting, MeetingInput } from '@contract/forum';
import { nextMeetingOn } from '@domain/forum';
import { mayRecordMeeting, type Viewer } from '@domain/access';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { forumGame } from '../game/service-forum';
import { forumHandoffs, ledgerOf } from '../handoffs/service';
import { forumRituals } from '../rituals/service-results';
import * as repo from './repo';

type MeetingRow = NonNullable<Awaited<ReturnType<typeof repo.lastMeeting>>>;
const presentMeeting = ({ meeting: m, recordedBy }: MeetingRow): z.infer<typeof Meeting> => ({
  id: m.id,
  forumId: m.forumId,
  heldOn: m.heldOn,
  attendeeIds: m.attendeeIds,
  decisions: m.decisions as z.infer<typeof Meeting>['decisions'],
  notes: m.notes,
  recordedBy,
});

async function present(
  ctx: AppContext,
  f: NonNullable<Awaited<ReturnType<typeof repo.findForum>>>,
  viewer: Viewer,
): Promise<z.infer<typeof Forum>> {
  const [members, last] = await Promise.all([repo.members(ctx.db, f.memberIds), repo.lastMeeting(ctx.db, f.id)]);
  return {
    id: f.id,
    name: f.name,
    marketId: f.marketId,
    cadence: f.cadence,
    members,
    lastMeeting: last ? presentMeeting(last) : null,
    nextMeetingOn: nextMeetingOn(f.cadence, last?.meeting.heldOn ?? null),
    can: { recordMeeting: mayRecordMeeting(viewer, f) },
  };
}

export async function listForums(ctx: AppContext, viewer: Viewer) {
  return Promise.all((await repo.listForums(ctx.db)).map((f) => present(ctx, f, viewer)));
}

export async function createForum(ctx: AppContext, viewer: Viewer, input: z.infer<typeof ForumInput>) {
  const found = await repo.members(ctx.db, input.memberIds);
  if (found.length !== new Set(input.memberIds).size)
    throw errors.invalid('Some members do not exist.', [{ path: 'body.memberIds', message: 'unknown user' }]);
  return present(ctx, await repo.insertForum(ctx.db, { ...input, marketId: input.marketId ?? null }), viewer);
}

async function forumOf(ctx: AppContext, id: string) {
  const f = await repo.findForum(ctx.db, id);
  if (!f) throw errors.notFound('The forum');
  return f;
}

/**
 * The agenda Korsa prepares (D7): new potential since the last meeting, handoffs in progress and
 * their age, outcomes reported since, the give-to-get table of the members, the rituals held and
 * coming with what came of them, and the running season's standings and incentives.
 */
export async function agenda(ctx: AppContext, id: string, viewer: Viewer): Promise<z.infer<typeof Agenda>> {
  const f = await forumOf(ctx, id);
  const last = await repo.lastMeeting(ctx.db, id);
  const since = last ? new Date(`${last.meeting.heldOn}T23:59:59Z`) : null;
  const [forum, potential, handoffs, balance, rituals, game] = await Promise.all([
    present(ctx, f, viewer),
    repo.newPotential(ctx.db, f.marketId, since),
    forumHandoffs(ctx, viewer, f.memberIds, f.marketId, since),
    ledgerOf(ctx, 'seller', f.memberIds),
    forumRituals(ctx, f.marketId, since),
    forumGame(ctx, viewer, f.memberIds, since),
  ]);
  return {
    forum,
    since: since?.toISOString() ?? null,
    newPotential: potential.map((p) => ({ ...p, at: new Date(p.at).toISOString() })),
    inProgress: handoffs.inProgress,
    outcomes: handoffs.outcomes,
    giveToGet: balance.map((r) => ({
      name: r.name,
      given: r.given,
      received: r.received,
      responseRate: r.responseRate,
      feedbackRate: r.feedbackRate,
    })),
    rituals,
    game,
  };
}

export async function meetings(ctx: AppContext, id: string) {
  await forumOf(ctx, id);
  return (await repo.meetings(ctx.db, id)).map(presentMeeting);
}

/** Record a meeting: who came, what was decided (with owner and date), notes. Members and leaders only. */
export async function recordMeeting(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof MeetingInput>) {
  const f = await forumOf(ctx, id);
  if (!mayRecordMeeting(actor, f)) throw errors.forbidden('Only the forum’s members and leaders record its meetings.');
  return presentMeeting(await repo.insertMeeting(ctx.db, { forumId: id, ...input, recordedById: actor.id }));
}
