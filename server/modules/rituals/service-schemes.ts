import type { z } from 'zod';
import type { Scheme, SchemeInput, SchemeMemberPatch } from '@contract/rituals';
import { isAdmin, isLeader, leadsPerson, type Viewer } from '@domain/access';
import { proposePairs, type PairingSeller } from '@domain/pairing';
import { absentOn, isoWeek, schemeWeekDue, timeZoneForMarket, weekStart } from '@domain/rituals';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { notify } from '../notifications/service';
import { sellersOfSeveralGroups } from './people';
import * as repo from './repo';
import { DAY, listVisits } from './service';

// Joint-visit schemes (E1): who takes part and how often, and each due week's proposed pairs.

const mayManage = (v: Viewer) => isAdmin(v) || isLeader(v);

async function presentScheme(ctx: AppContext, s: repo.SchemeRow, viewer: Viewer): Promise<z.infer<typeof Scheme>> {
  const [members, code] = await Promise.all([repo.members(ctx.db, s.id), repo.marketCode(ctx.db, s.marketId)]);
  return {
    id: s.id,
    name: s.name,
    marketId: s.marketId,
    cadence: s.cadence,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    active: s.active,
    timeZone: timeZoneForMarket(code),
    members: members.map((m) => ({
      id: m.member.userId,
      name: m.name,
      salesGroupId: m.salesGroupId,
      salesGroupName: m.salesGroupName,
      languages: m.member.languages,
      optedOut: m.member.optedOut,
      absences: m.member.absences as { from: string; to: string }[],
      canChange:
        m.member.userId === viewer.id || isAdmin(viewer) || leadsPerson(viewer, { salesGroupId: m.salesGroupId, marketId: m.marketId }),
    })),
    can: { manage: mayManage(viewer) },
  };
}

async function schemeOf(ctx: AppContext, id: string) {
  const s = await repo.findScheme(ctx.db, id);
  if (!s) throw errors.notFound('The joint-visit scheme');
  return s;
}

export async function listSchemes(ctx: AppContext, viewer: Viewer) {
  return Promise.all((await repo.listSchemes(ctx.db)).map((s) => presentScheme(ctx, s, viewer)));
}

export async function getScheme(ctx: AppContext, id: string, viewer: Viewer) {
  return presentScheme(ctx, await schemeOf(ctx, id), viewer);
}

/** A leader starts a scheme: who takes part (sellers of several groups), how often, from which week. */
export async function createScheme(ctx: AppContext, actor: Actor, input: z.infer<typeof SchemeInput>) {
  const ids = [...new Set(input.memberIds)];
  const people = await sellersOfSeveralGroups(ctx, ids, 'memberIds', 'A joint-visit scheme');
  if (input.endsOn && input.endsOn < input.startsOn)
    throw errors.invalid('The season ends before it starts.', [{ path: 'body.endsOn', message: 'before startsOn' }]);
  const scheme = await inTransaction(ctx, async (tx) => {
    const s = await repo.insertScheme(tx.db, {
      name: input.name,
      marketId: input.marketId ?? null,
      cadence: input.cadence,
      startsOn: weekStart(new Date(`${input.startsOn}T12:00:00Z`)),
      endsOn: input.endsOn ?? null,
      createdById: actor.id,
    });
    await repo.insertMembers(
      tx.db,
      people.map((p) => ({ schemeId: s.id, userId: p.id, languages: [p.locale] })),
    );
    return s;
  });
  return presentScheme(ctx, scheme, actor);
}

/** A seller opts out, names their languages or absences; their leaders and admins may too. */
export async function patchMember(
  ctx: AppContext,
  actor: Actor,
  schemeId: string,
  userId: string,
  patch: z.infer<typeof SchemeMemberPatch>,
) {
  const scheme = await schemeOf(ctx, schemeId);
  const [person] = await repo.people(ctx.db, [userId]);
  if (!person) throw errors.notFound('The member');
  if (!(userId === actor.id || isAdmin(actor) || leadsPerson(actor, person)))
    throw errors.forbidden('Only the seller, their leaders and admins change how they take part.');
  const row = await repo.updateMember(ctx.db, schemeId, userId, patch);
  if (!row) throw errors.notFound('The member');
  return presentScheme(ctx, scheme, actor);
}

// ---------------------------------------------------------------- pairing

/**
 * Propose the pairs of a week (the current one unless given): members not yet paired that week are
 * paired by `domain/pairing.ts` from the scheme's history. Sellers with a customer meeting planned
 * that week may host; while fewer than two members plan their weeks in Korsa, anyone may host
 * (the host then picks the visit). Returns the visits of the week.
 */
export async function proposeWeek(ctx: AppContext, schemeId: string, week?: string, viewer?: Viewer) {
  const scheme = await schemeOf(ctx, schemeId);
  const monday = weekStart(week ? new Date(`${week}T12:00:00Z`) : ctx.clock.now());
  const period = isoWeek(new Date(`${monday}T12:00:00Z`));
  if (!scheme.active || !schemeWeekDue(scheme.cadence, scheme.startsOn, monday) || (scheme.endsOn && monday > scheme.endsOn))
    throw errors.conflict('visit_transition', 'The scheme does not pair in that week.', { period });
  const created = await inTransaction(ctx, async (tx) => {
    const [members, history, code] = await Promise.all([
      repo.members(tx.db, schemeId),
      repo.schemeHistory(tx.db, schemeId),
      repo.marketCode(tx.db, scheme.marketId),
    ]);
    const pairedNow = new Set(history.filter((h) => h.period === period).flatMap((h) => [h.hostId, h.guestId]));
    const from = new Date(`${monday}T00:00:00Z`);
    const planners = await repo.withPlannedMeetings(
      tx.db,
      members.map((m) => m.member.userId),
      new Date(from.getTime() - DAY),
      new Date(from.getTime() + 8 * DAY),
    );
    const anyoneHosts = planners.size < 2;
    const sellers: PairingSeller[] = members
      .filter((m) => m.active && m.salesGroupId)
      .map((m) => ({
        id: m.member.userId,
        salesGroupId: m.salesGroupId!,
        marketId: scheme.marketId ?? m.marketId,
        languages: m.member.languages,
        available:
          !m.member.optedOut && !pairedNow.has(m.member.userId) && !absentOn(m.member.absences as { from: string; to: string }[], monday),
        canHost: anyoneHosts || planners.has(m.member.userId),
      }));
    const pairs = proposePairs({ sellers, history: history.filter((h) => h.period !== period), period });
    const timeZone = timeZoneForMarket(code);
    const rows = await repo.insertVisits(
      tx.db,
      pairs.map((p) => ({ schemeId, period, hostId: p.hostId, guestId: p.guestId, timeZone, status: 'proposed' as const })),
    );
    await notify(
      tx,
      rows.flatMap((r) => [
        {
          userId: r.hostId,
          kind: 'joint_visit.proposed',
          data: { visitId: r.id, role: 'host', period },
          link: `/cross-selling/visits/${r.id}`,
        },
        {
          userId: r.guestId,
          kind: 'joint_visit.proposed',
          data: { visitId: r.id, role: 'guest', period },
          link: `/cross-selling/visits/${r.id}`,
        },
      ]),
    );
    return rows.length;
  });
  ctx.log.info({ schemeId, period, created }, 'joint-visit pairs proposed');
  return listVisits(ctx, viewer ?? null, { schemeId, period, mine: false });
}

/** The weekly job: every active scheme due this week gets its pairs (once). */
export async function proposeDueWeeks(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const monday = weekStart(now);
  let n = 0;
  for (const s of await repo.activeSchemes(ctx.db)) {
    if (!schemeWeekDue(s.cadence, s.startsOn, monday) || (s.endsOn && monday > s.endsOn)) continue;
    n += (await proposeWeek(ctx, s.id, monday)).length;
  }
  return n;
}
