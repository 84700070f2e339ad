import type { z } from 'zod';
import type {
  AnswerVisit,
  JointVisit,
  PlanVisit,
  PlannedMeeting,
  RecordVisit,
  VisitListQuery,
  VisitOpportunity,
  VisitTip,
} from '@contract/rituals';
import { isAdmin, leadsPerson, type Viewer } from '@domain/access';
import {
  mondayOfIsoWeek,
  recordMissing,
  RECORD_REMINDER_AFTER_HOURS,
  utcToZoned,
  visitActions,
  visitMail,
  zonedToUtc,
  type VisitAction,
} from '@domain/rituals';
import { publicBaseUrl } from '../../config';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import type { Mail } from '../../platform/mailer';
import { recordEvent } from '../activities/service';
import { createHandoff } from '../handoffs/service';
import { notify, notifyUnlessSentSince } from '../notifications/service';
import { createOpportunity } from '../opportunities/service';
import { invitation, type CalendarVisit } from './calendar';
import { rethrowReference } from './people';
import * as repo from './repo';

export const DAY = 86_400_000;

// ---------------------------------------------------------------- visits

const personOf = (p: { id: string; name: string; salesGroupId: string | null }, group: string | null) => ({
  id: p.id,
  name: p.name,
  salesGroupId: p.salesGroupId,
  salesGroupName: group,
});

async function presentVisits(ctx: AppContext, rows: repo.VisitView[], viewer: Viewer | null): Promise<JointVisit[]> {
  const ids = rows.map((r) => r.visit.id);
  const [outcomes, history] = await Promise.all([
    repo.outcomesOf(ctx.db, 'visit', ids),
    Promise.all([...new Set(rows.map((r) => r.visit.schemeId))].map(async (s) => [s, await repo.schemeHistory(ctx.db, s)] as const)),
  ]);
  const histories = new Map(history);
  const now = ctx.clock.now();
  return rows.map((r) => {
    const v = r.visit;
    const metBefore = (histories.get(v.schemeId) ?? []).filter(
      (h) =>
        h.period < v.period && ((h.hostId === v.hostId && h.guestId === v.guestId) || (h.hostId === v.guestId && h.guestId === v.hostId)),
    ).length;
    const actions: VisitAction[] = viewer ? visitActions(viewer, { status: v.status, host: r.host, guest: r.guest }, now, v.startsAt) : [];
    return {
      id: v.id,
      schemeId: v.schemeId,
      schemeName: r.schemeName,
      period: v.period,
      host: personOf(r.host, r.hostGroup),
      guest: personOf(r.guest, r.guestGroup),
      status: v.status,
      account: v.accountId && r.accountName ? { id: v.accountId, name: r.accountName } : null,
      startsAt: v.startsAt?.toISOString() ?? null,
      endsAt: v.endsAt?.toISOString() ?? null,
      localStart: v.startsAt ? utcToZoned(v.startsAt, v.timeZone) : null,
      timeZone: v.timeZone,
      place: v.place,
      answerNote: v.answerNote,
      metBefore,
      learned: v.learned,
      needs: v.needs,
      recordedAt: v.recordedAt?.toISOString() ?? null,
      recordMissing: recordMissing(v.status, v.startsAt, now),
      tips: outcomes.tips
        .filter((t) => t.ritualId === v.id)
        .map(({ id, status, note, toSalesGroup }) => ({ id, status, note, toSalesGroup })),
      opportunities: outcomes.deals.filter((d) => d.ritualId === v.id).map(({ id, name, status, value }) => ({ id, name, status, value })),
      actions,
    };
  });
}

export async function listVisits(ctx: AppContext, viewer: Viewer | null, q: z.infer<typeof VisitListQuery>) {
  const rows = await repo.listVisits(ctx.db, { schemeId: q.schemeId, period: q.period, userId: q.mine && viewer ? viewer.id : undefined });
  return presentVisits(ctx, rows, viewer);
}

async function visitOf(ctx: AppContext, id: string, forUpdate = false) {
  const row = await repo.findVisit(ctx.db, id, forUpdate);
  if (!row) throw errors.notFound('The joint visit');
  return row;
}

export async function getVisit(ctx: AppContext, id: string, viewer: Viewer) {
  const [v] = await presentVisits(ctx, [await visitOf(ctx, id)], viewer);
  return v!;
}

function requireAction(viewer: Viewer, row: repo.VisitView, action: VisitAction, now: Date) {
  const open = visitActions(viewer, { status: row.visit.status, host: row.host, guest: row.guest }, now, row.visit.startsAt);
  if (open.includes(action)) return;
  const party =
    [row.host.id, row.guest.id].includes(viewer.id) || isAdmin(viewer) || leadsPerson(viewer, row.host) || leadsPerson(viewer, row.guest);
  if (!party) throw errors.forbidden('Only the host, the guest, their leaders and admins act on a joint visit.');
  throw new AppError('visit_transition', `The visit is ${row.visit.status}: that is not possible now.`, {
    status: row.visit.status,
    allowed: open,
  });
}

/** The host's customer meetings in the visit's week, to pick the visit from. */
export async function plannedMeetingsFor(ctx: AppContext, id: string, viewer: Viewer): Promise<z.infer<typeof PlannedMeeting>[]> {
  const row = await visitOf(ctx, id);
  if (row.host.id !== viewer.id && !isAdmin(viewer) && !leadsPerson(viewer, row.host))
    throw errors.forbidden('Only the host and their leaders see the host’s planned meetings.');
  const monday = new Date(`${mondayOfIsoWeek(row.visit.period)}T00:00:00Z`);
  const list = await repo.plannedMeetings(ctx.db, row.host.id, new Date(monday.getTime() - DAY), new Date(monday.getTime() + 8 * DAY));
  return list.map((m) => ({
    activityId: m.activityId,
    account: { id: m.accountId, name: m.accountName },
    subject: m.subject,
    at: m.at.toISOString(),
    localStart: utcToZoned(m.at, row.visit.timeZone),
  }));
}

export function calendarVisit(ctx: AppContext, row: repo.VisitView, cancelled = false): CalendarVisit | null {
  const v = row.visit;
  if (!v.startsAt || !v.endsAt) return null;
  const account = row.accountName ?? '';
  return {
    id: v.id,
    summary: `Joint visit: ${account} (${row.host.name} + ${row.guest.name})`,
    description: `Korsa joint visit. Host: ${row.host.name} (${row.hostGroup ?? ''}). Guest: ${row.guest.name} (${row.guestGroup ?? ''}).`,
    location: v.place,
    start: v.startsAt,
    end: v.endsAt,
    timeZone: v.timeZone,
    sequence: v.sequence,
    cancelled: cancelled || v.status === 'cancelled',
    accepted: v.status === 'accepted' || v.status === 'done',
    url: `${publicBaseUrl(ctx.config)}/cross-selling/visits/${v.id}`,
    host: { name: row.host.name, email: row.host.email },
    guest: { name: row.guest.name, email: row.guest.email },
  };
}

/** E-mail both parties the invitation (or its cancellation), after the change committed. */
async function mailInvitations(ctx: AppContext, id: string, kind: 'planned' | 'accepted' | 'cancelled') {
  if (!ctx.mailer) return;
  const row = await repo.findVisit(ctx.db, id);
  const cal = row && calendarVisit(ctx, row, kind === 'cancelled');
  if (!row || !cal) return;
  const content = invitation(cal, new URL(publicBaseUrl(ctx.config)).hostname);
  const when = `${utcToZoned(cal.start, cal.timeZone).replace('T', ' ')} (${cal.timeZone})`;
  const mails: Mail[] = [
    { to: row.host, other: row.guest },
    { to: row.guest, other: row.host },
  ].map(({ to, other }) => ({
    to: to.email,
    ...visitMail(to.locale, kind, { account: row.accountName ?? '', when, other: other.name }),
    icalEvent: { method: kind === 'cancelled' ? 'CANCEL' : 'REQUEST', filename: 'joint-visit.ics', content },
  }));
  for (const mail of mails) {
    try {
      await ctx.mailer.send(mail);
    } catch (e) {
      ctx.log.warn({ err: e, visitId: id }, 'could not send the joint visit invitation');
    }
  }
}

/** The host picks the visit: an account, a local time in the visit's zone, a place (or one of their planned meetings). */
export async function planVisit(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof PlanVisit>) {
  await inTransaction(ctx, async (tx) => {
    const row = await visitOf(tx, id, true);
    requireAction(actor, row, 'plan', tx.clock.now());
    let accountId = input.accountId;
    if (input.activityId) {
      const meeting = await repo.findActivity(tx.db, input.activityId);
      if (!meeting || meeting.authorId !== row.host.id)
        throw errors.invalid('That meeting is not one of the host’s.', [{ path: 'body.activityId', message: 'not the host’s' }]);
      accountId = meeting.accountId;
    }
    const startsAt = zonedToUtc(input.start, row.visit.timeZone);
    await repo.updateVisit(tx.db, id, {
      status: 'planned',
      accountId,
      activityId: input.activityId ?? null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
      place: input.place,
      answerNote: null,
      sequence: row.visit.sequence + 1,
      updatedAt: tx.clock.now(),
    });
    await recordEvent(tx, actor, {
      accountId,
      event: 'joint_visit.planned',
      subject: `Joint visit planned: ${row.host.name} and ${row.guest.name}`,
      data: { visitId: id, host: row.host.name, guest: row.guest.name, at: startsAt.toISOString() },
    });
    await notify(tx, [
      { userId: row.guest.id, kind: 'joint_visit.planned', data: { visitId: id, by: row.host.name }, link: `/cross-selling/visits/${id}` },
    ]);
  }).catch(rethrowReference('accountId', 'account'));
  await mailInvitations(ctx, id, 'planned');
  return getVisit(ctx, id, actor);
}

/** The guest accepts the visit, or asks for another (with a note). */
export async function answerVisit(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof AnswerVisit>) {
  await inTransaction(ctx, async (tx) => {
    const row = await visitOf(tx, id, true);
    requireAction(actor, row, input.answer, tx.clock.now());
    const accepted = input.answer === 'accept';
    await repo.updateVisit(tx.db, id, {
      status: accepted ? 'accepted' : 'change_requested',
      answerNote: input.note ?? null,
      sequence: row.visit.sequence + 1,
      updatedAt: tx.clock.now(),
    });
    if (row.visit.accountId && accepted)
      await recordEvent(tx, actor, {
        accountId: row.visit.accountId,
        event: 'joint_visit.accepted',
        subject: `Joint visit confirmed: ${row.host.name} and ${row.guest.name}`,
        data: { visitId: id, host: row.host.name, guest: row.guest.name },
      });
    await notify(tx, [
      {
        userId: row.host.id,
        kind: accepted ? 'joint_visit.accepted' : 'joint_visit.change_requested',
        data: { visitId: id, by: row.guest.name, note: input.note ?? null },
        link: `/cross-selling/visits/${id}`,
      },
    ]);
  });
  if (input.answer === 'accept') await mailInvitations(ctx, id, 'accepted');
  return getVisit(ctx, id, actor);
}

export async function cancelVisit(ctx: AppContext, actor: Actor, id: string) {
  const hadTime = await inTransaction(ctx, async (tx) => {
    const row = await visitOf(tx, id, true);
    requireAction(actor, row, 'cancel', tx.clock.now());
    await repo.updateVisit(tx.db, id, { status: 'cancelled', sequence: row.visit.sequence + 1, updatedAt: tx.clock.now() });
    await notify(tx, [
      {
        userId: row.guest.id,
        kind: 'joint_visit.cancelled',
        data: { visitId: id, by: row.host.name },
        link: `/cross-selling/visits/${id}`,
      },
    ]);
    return !!row.visit.startsAt;
  });
  if (hadTime) await mailInvitations(ctx, id, 'cancelled');
  return getVisit(ctx, id, actor);
}

/** After the visit: what the guest learned and the needs spotted, in seconds; on the account's timeline. */
export async function recordVisit(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof RecordVisit>) {
  await inTransaction(ctx, async (tx) => {
    const row = await visitOf(tx, id, true);
    requireAction(actor, row, 'record', tx.clock.now());
    const first = row.visit.status !== 'done';
    await repo.updateVisit(tx.db, id, {
      status: 'done',
      learned: input.learned,
      needs: input.needs,
      recordedAt: tx.clock.now(),
      recordedById: actor.id,
      updatedAt: tx.clock.now(),
    });
    if (row.visit.accountId)
      await recordEvent(tx, actor, {
        accountId: row.visit.accountId,
        event: first ? 'joint_visit.recorded' : 'joint_visit.record_changed',
        subject: `Joint visit: ${row.host.name} and ${row.guest.name}`,
        data: { visitId: id, host: row.host.name, guest: row.guest.name, learned: input.learned, needs: input.needs },
      });
  });
  return getVisit(ctx, id, actor);
}

async function visitForOutcome(ctx: AppContext, actor: Actor, id: string) {
  const row = await visitOf(ctx, id);
  const party =
    [row.host.id, row.guest.id].includes(actor.id) || isAdmin(actor) || leadsPerson(actor, row.host) || leadsPerson(actor, row.guest);
  if (!party) throw errors.forbidden('Only the host, the guest, their leaders and admins add what came of a visit.');
  if (!row.visit.accountId) throw errors.conflict('visit_transition', 'Pick the visit’s customer first.', { status: row.visit.status });
  return { row, accountId: row.visit.accountId };
}

/** A tip to another group from the visit, linked to it. */
export async function addTip(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof VisitTip>) {
  const { accountId } = await visitForOutcome(ctx, actor, id);
  await inTransaction(ctx, async (tx) => {
    const handoff = await createHandoff(tx, actor, { ...input, accountId });
    await repo.insertOutcome(tx.db, { ritualKind: 'visit', ritualId: id, handoffId: handoff.id });
  });
  return getVisit(ctx, id, actor);
}

/** An opportunity from the visit, linked to it. */
export async function addOpportunity(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof VisitOpportunity>) {
  const { accountId } = await visitForOutcome(ctx, actor, id);
  await inTransaction(ctx, async (tx) => {
    const opportunity = await createOpportunity(tx, actor, { ...input, accountId });
    await repo.insertOutcome(tx.db, { ritualKind: 'visit', ritualId: id, opportunityId: opportunity.id });
  });
  return getVisit(ctx, id, actor);
}

/** The daily job: remind host and guest of accepted visits that took place without a record. */
export async function remindMissingRecords(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const rows = await repo.recordsMissing(
    ctx.db,
    new Date(now.getTime() - RECORD_REMINDER_AFTER_HOURS * 3_600_000),
    new Date(now.getTime() - DAY),
  );
  if (rows.length === 0) return 0;
  return inTransaction(ctx, async (tx) => {
    const sent = await notifyUnlessSentSince(
      tx,
      rows.flatMap((r) =>
        [r.host.id, r.guest.id].map((userId) => ({
          userId,
          kind: 'joint_visit.record_missing',
          data: { visitId: r.visit.id, accountName: r.accountName ?? '' },
          link: `/cross-selling/visits/${r.visit.id}`,
        })),
      ),
      new Date(now.getTime() - DAY),
    );
    for (const r of rows) await repo.updateVisit(tx.db, r.visit.id, { remindedAt: now });
    return sent;
  });
}
