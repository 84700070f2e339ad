import type { Activity, ActivityPatch, LogActivity, TimelinePage, TimelineQuery } from '@contract/activities';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import { mayEditActivity, type Viewer } from '@domain/access';
import { inTransaction, type AppContext } from '../../platform/context';
import { decodeCursor, encodeCursor } from '../../platform/cursor';
import { errors } from '../../platform/errors';
import { createTaskIn } from '../tasks/service';
import { noticeOutsideCoverage } from '../coverage/service';
import * as repo from './repo';

export { recordEvent, recordEvents, type TimelineEvent } from './service-events';

type Row = Awaited<ReturnType<typeof repo.timeline>>[number];

function present(r: Row, viewer: Viewer): Activity {
  return {
    id: r.id,
    accountId: r.accountId,
    type: r.type,
    subject: r.subject,
    body: r.body,
    occurredAt: r.occurredAt.toISOString(),
    dueAt: r.dueAt?.toISOString() ?? null,
    done: r.done,
    author: r.authorId && r.authorName ? { id: r.authorId, name: r.authorName } : null,
    salesGroup: r.salesGroupId && r.salesGroupName ? { id: r.salesGroupId, name: r.salesGroupName } : null,
    event: r.event,
    data: r.data as Record<string, unknown>,
    contacts: r.contacts,
    can: { edit: r.type !== 'event' && mayEditActivity(viewer, r.authorId) },
  };
}

async function page(
  ctx: AppContext,
  viewer: Viewer,
  filter: Omit<repo.TimelineFilter, 'limit' | 'before'>,
  query: TimelineQuery,
): Promise<TimelinePage> {
  const rows = await repo.timeline(ctx.db, {
    ...filter,
    type: query.type,
    salesGroupId: query.salesGroupId,
    before: query.before ? decodeCursor(query.before) : undefined,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map((r) => present(r, viewer));
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor(last.occurredAt, last.id) : null };
}

export const accountTimeline = (ctx: AppContext, viewer: Viewer, accountId: string, query: TimelineQuery) =>
  page(ctx, viewer, { accountId }, query);
export const contactTimeline = (ctx: AppContext, viewer: Viewer, contactId: string, query: TimelineQuery) =>
  page(ctx, viewer, { contactId }, query);

async function getActivity(ctx: AppContext, id: string, viewer: Viewer): Promise<Activity> {
  const [row] = await repo.timeline(ctx.db, { activityId: id, limit: 1 });
  if (!row) throw errors.notFound('The activity');
  return present(row, viewer);
}

/** Log a call, meeting, … (A4): today and the current user by default; visible to every group. */
export async function logActivity(ctx: AppContext, actor: Actor, input: LogActivity): Promise<Activity> {
  const contactIds = [...new Set(input.contactIds)];
  const id = await inTransaction(ctx, async (tx) => {
    const known = await repo.contactsOfAccount(tx.db, input.accountId, contactIds);
    if (known.length !== contactIds.length) {
      throw errors.invalid('Some contacts are not people at this account.', [{ path: 'body.contactIds', message: 'not at this account' }]);
    }
    const activityId = await repo.insertActivity(
      tx.db,
      {
        accountId: input.accountId,
        type: input.type,
        subject: input.subject,
        body: input.body,
        occurredAt: input.occurredAt ? new Date(input.occurredAt) : ctx.clock.now(),
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        authorId: actor.id,
        salesGroupId: actor.salesGroupId,
      },
      contactIds,
    );
    // a meeting or visit at a covered subsidiary by someone outside its rule tells the coverer (H2)
    if (input.type === 'meeting' || input.type === 'visit')
      await noticeOutsideCoverage(tx, actor, input.accountId, { kind: 'meeting', subject: input.subject });
    if (input.followUp) {
      await createTaskIn(tx, actor, {
        title: input.followUp.title ?? input.subject,
        note: '',
        dueOn: input.followUp.dueOn,
        remindAt: input.followUp.remindAt ?? null,
        accountId: input.accountId,
        contactId: contactIds.length === 1 ? contactIds[0] : null,
      });
    }
    return activityId;
  }).catch((e: unknown) => {
    if (isForeignKeyViolation(e))
      throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown account' }]);
    throw e;
  });
  return getActivity(ctx, id, actor);
}

/** Authors edit their own entries (and tick tasks done); leaders and admins may correct anyone's. */
export async function updateActivity(ctx: AppContext, actor: Actor, id: string, patch: ActivityPatch): Promise<Activity> {
  const existing = await repo.findActivity(ctx.db, id);
  if (!existing) throw errors.notFound('The activity');
  if (existing.type === 'event') throw errors.forbidden('System events cannot be edited.');
  if (!mayEditActivity(actor, existing.authorId)) throw errors.forbidden('Only the author (or a sales leader) can change this entry.');
  await repo.updateActivity(ctx.db, id, {
    ...patch,
    dueAt: patch.dueAt === undefined ? undefined : patch.dueAt === null ? null : new Date(patch.dueAt),
  });
  return getActivity(ctx, id, actor);
}

export async function touchpoints(ctx: AppContext, accountId: string) {
  const rows = await repo.touchpoints(ctx.db, accountId);
  return rows.map((r) => ({ ...r, lastAt: r.lastAt.toISOString() }));
}

export async function groupsInTouchWith(ctx: AppContext, contactIds: string[]) {
  const rows = await repo.groupsInTouchWith(ctx.db, contactIds);
  const byContact = new Map<string, { id: string; name: string; lastAt: string }[]>();
  for (const r of rows) {
    const list = byContact.get(r.contactId) ?? [];
    list.push({ id: r.id, name: r.name, lastAt: r.lastAt.toISOString() });
    byContact.set(r.contactId, list);
  }
  for (const list of byContact.values()) list.sort((a, b) => b.lastAt.localeCompare(a.lastAt));
  return byContact;
}
