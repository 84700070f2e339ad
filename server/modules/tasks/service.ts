import type { CreateTask, Task, TaskListQuery, TaskPatch } from '@contract/tasks';
import { isLeader, mayAssignTask, mayChangeTask, type Viewer } from '@domain/access';
import { reminderDue, taskState } from '@domain/tasks';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { notify } from '../notifications/service';
import * as repo from './repo';

/** What writing a task needs of a use case's transaction. */
type TaskWriter = Pick<TxContext, 'db' | 'clock' | 'inTransaction'>;

/** Today's date (UTC) as YYYY-MM-DD: the day tasks are due on. */
export const today = (ctx: AppContext) => ctx.clock.now().toISOString().slice(0, 10);

const ownerOf = (v: repo.TaskView) => ({ id: v.task.ownerId, salesGroupId: v.ownerGroupId, marketId: v.ownerMarketId });

function present(v: repo.TaskView, viewer: Viewer, day: string): Task {
  const t = v.task;
  const done = t.doneAt !== null;
  return {
    id: t.id,
    title: t.title,
    note: t.note,
    dueOn: t.dueOn,
    remindAt: t.remindAt?.toISOString() ?? null,
    done,
    doneAt: t.doneAt?.toISOString() ?? null,
    state: taskState({ dueOn: t.dueOn, done }, day),
    owner: { id: t.ownerId, name: v.ownerName },
    createdBy: t.createdById && v.creatorName ? { id: t.createdById, name: v.creatorName } : null,
    account: t.accountId && v.accountName ? { id: t.accountId, name: v.accountName } : null,
    contact: t.contactId && v.contactName ? { id: t.contactId, name: v.contactName } : null,
    opportunity: t.opportunityId && v.opportunityName ? { id: t.opportunityId, name: v.opportunityName } : null,
    handoffId: t.handoffId,
    createdAt: t.createdAt.toISOString(),
    can: { change: mayChangeTask(viewer, { owner: ownerOf(v), createdById: t.createdById }) },
  };
}

export async function getTask(ctx: AppContext, viewer: Viewer, id: string): Promise<Task> {
  const row = await repo.findTask(ctx.db, id);
  if (!row) throw errors.notFound('The task');
  return present(row, viewer, today(ctx));
}

/** Your tasks, your team's (a leader), or anyone's about a record. */
export async function listTasks(ctx: AppContext, viewer: Viewer, q: TaskListQuery) {
  const byRecord = q.accountId ?? q.contactId ?? q.opportunityId ?? q.handoffId;
  if (q.owner === 'any' && !byRecord) {
    throw errors.invalid('Anyone’s tasks are listed per record: give an account, contact, opportunity or tip.', [
      { path: 'querystring.owner', message: 'needs a record filter' },
    ]);
  }
  const filter: repo.TaskFilter = {
    status: q.status,
    accountId: q.accountId,
    contactId: q.contactId,
    opportunityId: q.opportunityId,
    handoffId: q.handoffId,
    // someone who leads nobody asking for their team's gets their own (as on the home page)
    ...(q.owner === 'me' || (q.owner === 'team' && !isLeader(viewer))
      ? { ownerIds: [viewer.id] }
      : q.owner === 'team'
        ? { ledBy: viewer.leads }
        : {}),
  };
  const { items, total } = await repo.listTasks(ctx.db, filter, q.pageSize, (q.page - 1) * q.pageSize);
  const day = today(ctx);
  return { items: items.map((i) => present(i, viewer, day)), total, page: q.page, pageSize: q.pageSize };
}

/** The open tasks of these owners due by a day (the home page's "your day"). */
export async function openTasksDueBy(ctx: AppContext, viewer: Viewer, owner: 'me' | 'team', dueBy: string, limit: number) {
  const filter: repo.TaskFilter =
    owner === 'me' || !isLeader(viewer) ? { ownerIds: [viewer.id], status: 'open', dueBy } : { ledBy: viewer.leads, status: 'open', dueBy };
  const { items, total } = await repo.listTasks(ctx.db, filter, limit, 0);
  const day = today(ctx);
  return { items: items.map((i) => present(i, viewer, day)), total };
}

/** Check the links: every linked record exists and all of them are about one account (which is filled in). */
async function resolveLinks(
  tx: TaskWriter,
  input: { accountId?: string | null; contactId?: string | null; opportunityId?: string | null; handoffId?: string | null },
) {
  const found = await repo.accountsOfLinks(tx.db, input);
  const accounts = new Set<string>();
  for (const [key, accountId] of Object.entries(found)) {
    if (accountId === undefined) continue;
    if (accountId === null) throw errors.invalid(`The linked ${key} does not exist.`, [{ path: `body.${key}Id`, message: 'unknown' }]);
    accounts.add(accountId);
  }
  if (input.accountId) {
    if (!(await repo.accountExists(tx.db, input.accountId)))
      throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown' }]);
    accounts.add(input.accountId);
  }
  if (accounts.size > 1)
    throw errors.invalid('The linked records are about different customers.', [{ path: 'body', message: 'different accounts' }]);
  return [...accounts][0] ?? null;
}

async function checkAssignee(tx: TaskWriter, actor: Viewer, ownerId: string) {
  if (ownerId === actor.id) return;
  const owner = await repo.person(tx.db, ownerId);
  if (!owner?.active) throw errors.invalid('The owner is not an active user.', [{ path: 'body.ownerId', message: 'unknown user' }]);
  if (!mayAssignTask(actor, owner)) throw errors.forbidden('Only their leader (or an admin) can give someone else a task.');
}

/** Create a task, from anywhere: for yourself, or (a leader) for someone you lead. */
export async function createTask(ctx: AppContext, actor: Actor, input: CreateTask): Promise<Task> {
  const id = await inTransaction(ctx, (tx) => createTaskIn(tx, actor, input));
  return getTask(ctx, actor, id);
}

/**
 * Create a task inside a use case's transaction (the quick log's "follow up in 3 days", the demo's
 * sellers' tasks); its id. Needs only the transaction's database and clock.
 */
export async function createTaskIn(tx: TaskWriter, actor: Viewer, input: CreateTask): Promise<string> {
  const ownerId = input.ownerId ?? actor.id;
  await checkAssignee(tx, actor, ownerId);
  const accountId = await resolveLinks(tx, input);
  const now = tx.clock.now();
  const id = await repo.insertTask(tx.db, {
    title: input.title,
    note: input.note,
    dueOn: input.dueOn,
    remindAt: input.remindAt ? new Date(input.remindAt) : null,
    ownerId,
    createdById: actor.id,
    accountId,
    contactId: input.contactId ?? null,
    opportunityId: input.opportunityId ?? null,
    handoffId: input.handoffId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/**
 * A task a ritual gives by its own rule (a seminar's follow-ups go to the seller of each group with
 * potential, domain/rituals.ts `followUpOwner`), inside the ritual's transaction (which tells the
 * owner). Links are checked as for any task. Its id.
 */
export async function giveTaskIn(tx: TxContext, createdById: string, input: CreateTask & { ownerId: string }): Promise<string> {
  const accountId = await resolveLinks(tx, input);
  const now = tx.clock.now();
  const id = await repo.insertTask(tx.db, {
    title: input.title,
    note: input.note,
    dueOn: input.dueOn,
    remindAt: null,
    ownerId: input.ownerId,
    createdById,
    accountId,
    contactId: input.contactId ?? null,
    opportunityId: null,
    handoffId: null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

async function changeable(tx: TxContext, actor: Actor, id: string) {
  const row = await repo.findTask(tx.db, id);
  if (!row) throw errors.notFound('The task');
  if (!mayChangeTask(actor, { owner: ownerOf(row), createdById: row.task.createdById }))
    throw errors.forbidden('Only the task’s owner, who gave it, their leader or an admin can change it.');
  return row;
}

/** Edit, reassign, or tick done (one click: `{ done: true }`). */
export async function updateTask(ctx: AppContext, actor: Actor, id: string, patch: TaskPatch): Promise<Task> {
  await inTransaction(ctx, async (tx) => {
    const row = await changeable(tx, actor, id);
    if (patch.ownerId && patch.ownerId !== row.task.ownerId) await checkAssignee(tx, actor, patch.ownerId);
    const remindAt = patch.remindAt === undefined ? undefined : patch.remindAt === null ? null : new Date(patch.remindAt);
    await repo.updateTask(tx.db, id, {
      title: patch.title,
      note: patch.note,
      dueOn: patch.dueOn,
      ownerId: patch.ownerId,
      remindAt,
      // a new reminder time is a new reminder
      ...(remindAt !== undefined ? { remindedAt: null } : {}),
      ...(patch.done === undefined ? {} : { doneAt: patch.done ? (row.task.doneAt ?? ctx.clock.now()) : null }),
    });
  });
  return getTask(ctx, actor, id);
}

export async function deleteTask(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await changeable(tx, actor, id);
    await repo.deleteTask(tx.db, id);
  });
}

/** Where a reminder takes its owner: the record it is about, else the home page with the day's tasks. */
function linkOf(t: repo.TaskView['task']): string {
  if (t.opportunityId) return `/pipeline/${t.opportunityId}`;
  if (t.handoffId) return `/cross-selling/handoffs/${t.handoffId}`;
  if (t.contactId) return `/contacts/${t.contactId}`;
  if (t.accountId) return `/accounts/${t.accountId}`;
  return '/';
}

/** Scheduled (every minute): reminders whose moment has come reach the owner's bell — and e-mail, when SMTP is set. */
export async function remindTasks(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const due = (await repo.reminderCandidates(tx.db, now)).filter((v) =>
      reminderDue({ remindAt: v.task.remindAt, remindedAt: v.task.remindedAt, done: v.task.doneAt !== null }, now),
    );
    // a plan's review is a deviation alert of its own (K2): the person chooses where it goes
    const reviews = await repo.planReviewTasks(
      tx.db,
      due.map((v) => v.task.id),
    );
    await notify(
      tx,
      due.map((v) => ({
        userId: v.task.ownerId,
        kind: reviews.has(v.task.id) ? 'plans.review_due' : 'tasks.due',
        data: { taskId: v.task.id, title: v.task.title, dueOn: v.task.dueOn, ...(v.accountName ? { accountName: v.accountName } : {}) },
        link: linkOf(v.task),
      })),
    );
    for (const v of due) await repo.updateTask(tx.db, v.task.id, { remindedAt: now });
    return due.length;
  });
}
