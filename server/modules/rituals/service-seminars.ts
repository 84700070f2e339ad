/**
 * Joint seminars (E2): customers meet sellers of several groups. Planning, invitations, attendance
 * (by hand or from a registration list), follow-ups to each group with potential at an attendee's
 * account (the matrix), and what followed within the seminar's window.
 */
import type { z } from 'zod';
import type {
  AttendanceInput,
  ImportAttendance,
  ImportResult,
  InviteInput,
  Seminar,
  SeminarDetail,
  SeminarInput,
  SeminarListQuery,
  SeminarTip,
} from '@contract/rituals';
import type { Viewer } from '@domain/access';
import {
  emailsIn,
  followUpDue,
  followUpOwner,
  followWindowEnd,
  groupsWithPotential,
  mayGiveFollowUps,
  mayRunRitual,
  seminarFull,
  timeZoneForMarket,
  utcToZoned,
  zonedToUtc,
} from '@domain/rituals';
import { publicBaseUrl } from '../../config';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { createHandoff } from '../handoffs/service';
import { potentialFacts } from '../matrix/service';
import { notify } from '../notifications/service';
import { reportingConverter } from '../pipeline/service';
import { giveTaskIn } from '../tasks/service';
import type { CalendarGathering } from './calendar';
import { rethrowReference, sellersOfSeveralGroups } from './people';
import { mailSeminarInvitations, seminarGathering } from './service-seminar-mail';
import * as visits from './repo';
import * as repo from './repo-seminars';

type SellerRow = Awaited<ReturnType<typeof repo.sellersOf>>[number];

function present(
  s: repo.SeminarRow,
  sellers: SellerRow[],
  counts: { invited: number; registered: number; attended: number } | undefined,
  viewer: Viewer,
): z.infer<typeof Seminar> {
  const groups = new Map<string, string>();
  for (const p of sellers) if (p.salesGroupId && p.salesGroupName) groups.set(p.salesGroupId, p.salesGroupName);
  return {
    id: s.id,
    title: s.title,
    topic: s.topic,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    localStart: utcToZoned(s.startsAt, s.timeZone),
    timeZone: s.timeZone,
    place: s.place,
    link: s.link,
    capacity: s.capacity,
    marketId: s.marketId,
    salesGroups: [...groups].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    sellers: sellers.map((p) => ({ id: p.id, name: p.name, salesGroupId: p.salesGroupId })),
    followUpMonths: s.followUpMonths,
    counts: counts ?? { invited: 0, registered: 0, attended: 0 },
    can: { run: mayRunRitual(viewer, { createdById: s.createdById, sellerIds: sellers.map((p) => p.id) }) },
  };
}

export async function listSeminars(ctx: AppContext, viewer: Viewer, q: z.infer<typeof SeminarListQuery>) {
  const rows = await repo.listSeminars(ctx.db, q.when, ctx.clock.now());
  const ids = rows.map((r) => r.id);
  const [sellers, counts] = await Promise.all([repo.sellersOf(ctx.db, ids), repo.countsOf(ctx.db, ids)]);
  return rows.map((s) =>
    present(
      s,
      sellers.filter((p) => p.seminarId === s.id),
      counts.find((c) => c.seminarId === s.id),
      viewer,
    ),
  );
}

async function seminarOf(ctx: AppContext, id: string, forUpdate = false) {
  const s = await repo.findSeminar(ctx.db, id, forUpdate);
  if (!s) throw errors.notFound('The seminar');
  return s;
}

export async function getSeminar(ctx: AppContext, id: string, viewer: Viewer): Promise<SeminarDetail> {
  const s = await seminarOf(ctx, id);
  const [sellers, counts, invitees, followUps, converter] = await Promise.all([
    repo.sellersOf(ctx.db, [id]),
    repo.countsOf(ctx.db, [id]),
    repo.invitees(ctx.db, id),
    repo.followUps(ctx.db, id),
    reportingConverter(ctx),
  ]);
  const until = followWindowEnd(s.startsAt, s.followUpMonths);
  const attendedAccounts = [...new Set(invitees.filter((i) => i.status === 'attended').map((i) => i.accountId))];
  const followed = await repo.followedAt(ctx.db, attendedAccounts, s.startsAt, until, converter.factors);
  return {
    ...present(s, sellers, counts[0], viewer),
    invitees: invitees.map((i) => ({
      contactId: i.contactId,
      name: `${i.firstName} ${i.lastName}`.trim(),
      email: i.email,
      account: { id: i.accountId, name: i.accountName },
      status: i.status,
    })),
    followUps: followUps.map((f) => ({ contactId: f.contactId, salesGroup: f.salesGroup, owner: f.owner, taskId: f.taskId, done: f.done })),
    followed: {
      currency: converter.currency,
      until: until.toISOString(),
      tips: followed.tips,
      opportunities: followed.opportunities,
      won: followed.won,
      wonValue: Math.round(followed.wonValue),
      followUpsDone: followUps.filter((f) => f.done).length,
    },
  };
}

/** Plan a seminar: the sellers taking part (of at least two groups) make the groups taking part. Leaders and sellers plan. */
export async function createSeminar(ctx: AppContext, actor: Actor, input: z.infer<typeof SeminarInput>) {
  const ids = [...new Set(input.sellerIds)];
  await sellersOfSeveralGroups(ctx, ids, 'sellerIds', 'A joint seminar');
  const timeZone = timeZoneForMarket(await visits.marketCode(ctx.db, input.marketId ?? null));
  const startsAt = zonedToUtc(input.start, timeZone);
  const id = await inTransaction(ctx, async (tx) => {
    const s = await repo.insertSeminar(tx.db, {
      title: input.title,
      topic: input.topic,
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
      timeZone,
      place: input.place,
      link: input.link ?? null,
      capacity: input.capacity ?? null,
      marketId: input.marketId ?? null,
      followUpMonths: input.followUpMonths,
      createdById: actor.id,
      createdAt: tx.clock.now(),
    });
    await repo.insertSellers(tx.db, s.id, ids);
    await notify(
      tx,
      ids
        .filter((u) => u !== actor.id)
        .map((userId) => ({
          userId,
          kind: 'seminar.taking_part',
          data: { seminarId: s.id, title: s.title },
          link: `/cross-selling/seminars/${s.id}`,
        })),
    );
    return s.id;
  }).catch(rethrowReference('marketId', 'market'));
  await mailSeminarInvitations(ctx, id, actor.id, { sellerIds: ids });
  return getSeminar(ctx, id, actor);
}

async function runnable(ctx: AppContext, actor: Actor, id: string, forUpdate = false) {
  const s = await seminarOf(ctx, id, forUpdate);
  const sellers = await repo.sellersOf(ctx.db, [id]);
  if (!mayRunRitual(actor, { createdById: s.createdById, sellerIds: sellers.map((p) => p.id) }))
    throw errors.forbidden('Only the seminar’s sellers, who planned it, leaders and admins run a seminar.');
  return { seminar: s, sellers };
}

/** Invite contacts: named ones and every contact of some accounts (a saved list's, a matrix filter's, an account plan's). */
export async function invite(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof InviteInput>) {
  const added = await inTransaction(ctx, async (tx) => {
    const { seminar } = await runnable(tx, actor, id, true);
    const found = await repo.reachableContacts(tx.db, input.contactIds, input.accountIds);
    const before = new Set((await repo.invitees(tx.db, id)).map((i) => i.contactId));
    const missing = input.contactIds.filter((c) => !found.some((f) => f.id === c));
    if (missing.length)
      throw errors.invalid('Some contacts do not exist.', [{ path: 'body.contactIds', message: `unknown: ${missing.length}` }]);
    await repo.insertInvitees(
      tx.db,
      found.map((c) => ({
        seminarId: seminar.id,
        contactId: c.id,
        accountId: c.accountId,
        status: 'invited' as const,
        updatedAt: tx.clock.now(),
      })),
    );
    return found.map((c) => c.id).filter((c) => !before.has(c));
  });
  // the newly invited get the invitation by e-mail, once
  await mailSeminarInvitations(ctx, id, actor.id, { contactIds: added });
  return getSeminar(ctx, id, actor);
}

/** Registration and attendance by hand; attending puts the seminar on the account's timeline. */
export async function setAttendance(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof AttendanceInput>) {
  await inTransaction(ctx, async (tx) => {
    const { seminar } = await runnable(tx, actor, id, true);
    await applyAttendance(tx, actor, seminar, [...new Set(input.contactIds)], input.status);
  });
  return getSeminar(ctx, id, actor);
}

async function applyAttendance(
  ctx: AppContext,
  actor: Actor,
  seminar: repo.SeminarRow,
  contactIds: string[],
  status: z.infer<typeof AttendanceInput>['status'],
) {
  await inTransaction(ctx, async (tx) => {
    const before = await repo.invitees(tx.db, seminar.id);
    const unknown = contactIds.filter((c) => !before.some((i) => i.contactId === c));
    if (unknown.length)
      throw errors.invalid('Some contacts are not invited.', [{ path: 'body.contactIds', message: `not invited: ${unknown.length}` }]);
    if (status === 'registered') {
      const registered = before.filter((i) => i.status === 'registered' || i.status === 'attended').length;
      const adding = before.filter((i) => contactIds.includes(i.contactId) && i.status !== 'registered' && i.status !== 'attended').length;
      if (seminarFull(seminar.capacity, registered, adding))
        throw errors.conflict('ritual_transition', 'The seminar is full.', { capacity: seminar.capacity, registered });
    }
    const changed = await repo.setAttendance(tx.db, seminar.id, contactIds, status, tx.clock.now());
    if (status !== 'attended') return;
    const newly = changed.filter((c) => before.find((b) => b.contactId === c.contactId)?.status !== 'attended');
    for (const c of newly) {
      const who = before.find((b) => b.contactId === c.contactId)!;
      await recordEvent(tx, actor, {
        accountId: c.accountId,
        event: 'seminar.attended',
        subject: `${who.firstName} ${who.lastName} attended the seminar ${seminar.title}`,
        data: { seminarId: seminar.id, title: seminar.title, contactId: c.contactId, contact: `${who.firstName} ${who.lastName}` },
      });
    }
  });
}

/** Attendance from a registration list: every e-mail address in it that is an invitee's is marked. */
export async function importAttendance(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof ImportAttendance>,
): Promise<z.infer<typeof ImportResult>> {
  return inTransaction(ctx, async (tx) => {
    const { seminar } = await runnable(tx, actor, id, true);
    const emails = emailsIn(input.list);
    const found = await repo.inviteesByEmail(tx.db, id, emails);
    const known = new Set(found.map((f) => f.email));
    await applyAttendance(tx, actor, seminar, [...new Set(found.map((f) => f.contactId))], input.status);
    return { matched: found.length, unknown: emails.filter((e) => !known.has(e)) };
  });
}

/**
 * After the seminar: for every attendee, a follow-up task to each group taking part that has
 * potential at the attendee's account (the matrix) — to that group's seller at the seminar, else its
 * leader. Given once per attendee and group; running it again adds only the new ones.
 */
export async function giveFollowUps(ctx: AppContext, actor: Actor, id: string) {
  await inTransaction(ctx, async (tx) => {
    const { seminar, sellers } = await runnable(tx, actor, id, true);
    if (!mayGiveFollowUps(seminar.startsAt, tx.clock.now()))
      throw errors.conflict('ritual_transition', 'Follow-ups are given once the seminar has begun.', { startsAt: seminar.startsAt });
    const attendees = (await repo.invitees(tx.db, id)).filter((i) => i.status === 'attended');
    const given = new Set((await repo.followUps(tx.db, id)).map((f) => `${f.contactId}|${f.salesGroupId}`));
    const groupIds = [...new Set(sellers.map((p) => p.salesGroupId).filter((g): g is string => !!g))].sort();
    const [facts, leaders] = await Promise.all([
      potentialFacts(tx, [...new Set(attendees.map((a) => a.accountId))]),
      repo.groupLeaders(tx.db, groupIds),
    ]);
    const due = followUpDue(utcToZoned(seminar.startsAt, seminar.timeZone).slice(0, 10));
    const told: { userId: string; kind: string; data: Record<string, unknown>; link: string }[] = [];
    for (const a of attendees) {
      const cells = facts.cells.filter((c) => c.accountId === a.accountId);
      for (const groupId of groupsWithPotential(groupIds, facts.products, cells)) {
        if (given.has(`${a.contactId}|${groupId}`)) continue;
        const ownerId = followUpOwner(groupId, sellers, leaders.get(groupId) ?? null);
        if (!ownerId) continue;
        const contact = `${a.firstName} ${a.lastName}`.trim();
        const taskId = await giveTaskIn(tx, actor.id, {
          title: `Follow up ${contact} (${a.accountName}) after the seminar ${seminar.title}`,
          note: seminar.topic,
          dueOn: due,
          ownerId,
          accountId: a.accountId,
          contactId: a.contactId,
        });
        await repo.insertFollowUp(tx.db, { seminarId: id, contactId: a.contactId, salesGroupId: groupId, taskId });
        told.push({
          userId: ownerId,
          kind: 'seminar.follow_up',
          data: { seminarId: id, title: seminar.title, accountName: a.accountName, name: contact },
          link: `/cross-selling/seminars/${id}`,
        });
      }
    }
    await notify(tx, told);
  });
  return getSeminar(ctx, id, actor);
}

/** A tip from the seminar to another group, at an invited customer; linked to the seminar. */
export async function addTip(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof SeminarTip>) {
  const { seminar } = await runnable(ctx, actor, id);
  const invited = await repo.invitees(ctx.db, seminar.id);
  if (!invited.some((i) => i.accountId === input.accountId))
    throw errors.invalid('The customer was not invited to the seminar.', [{ path: 'body.accountId', message: 'not invited' }]);
  await inTransaction(ctx, async (tx) => {
    const handoff = await createHandoff(tx, actor, input);
    await visits.insertOutcome(tx.db, { ritualKind: 'seminar', ritualId: id, handoffId: handoff.id });
  });
  return getSeminar(ctx, id, actor);
}

/** A seller's seminars for their calendar feed, from a moment on. */
export async function calendarSeminars(ctx: AppContext, userId: string, since: Date): Promise<CalendarGathering[]> {
  const base = publicBaseUrl(ctx.config);
  return (await repo.calendarSeminars(ctx.db, userId, since)).map(({ seminar: s }) => seminarGathering(base, s));
}

/** What came of the seminars: held and coming, attendees, follow-ups, and what followed at attendees' accounts in each window. */
export async function seminarSummary(ctx: AppContext, factors: { currency: string; factor: number }[]) {
  const now = ctx.clock.now();
  const facts = await repo.summaryFacts(ctx.db);
  const out = { held: 0, upcoming: 0, attended: 0, followUps: 0, followUpsDone: 0, tips: 0, opportunities: 0, won: 0, wonValue: 0 };
  for (const f of facts) {
    const startsAt = new Date(f.startsAt);
    if (startsAt > now) {
      out.upcoming++;
      continue;
    }
    out.held++;
    out.attended += f.attended;
    out.followUps += f.followUps;
    out.followUpsDone += f.followUpsDone;
    const came = await repo.followedAt(ctx.db, f.accountIds, startsAt, followWindowEnd(startsAt, f.months), factors);
    out.tips += came.tips;
    out.opportunities += came.opportunities;
    out.won += came.won;
    out.wonValue += came.wonValue;
  }
  return { ...out, wonValue: Math.round(out.wonValue) };
}
