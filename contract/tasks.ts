import { z } from 'zod';
import { taskStates } from '@domain/tasks';
import { Id, PageQuery, pageOf, text } from './common';

export const TaskState = z.enum(taskStates);
const Day = z.iso.date();

export const Task = z.object({
  id: Id,
  title: text(),
  note: text(),
  /** The day it is due (YYYY-MM-DD). */
  dueOn: Day,
  remindAt: z.iso.datetime().nullable(),
  done: z.boolean(),
  doneAt: z.iso.datetime().nullable(),
  /** Where it stands today (domain/tasks.ts taskState). */
  state: TaskState,
  owner: z.object({ id: Id, name: text() }),
  createdBy: z.object({ id: Id, name: text() }).nullable(),
  account: z.object({ id: Id, name: text() }).nullable(),
  contact: z.object({ id: Id, name: text() }).nullable(),
  opportunity: z.object({ id: Id, name: text() }).nullable(),
  handoffId: Id.nullable(),
  createdAt: z.iso.datetime(),
  /** What the viewer may do (domain/access.ts mayChangeTask): edit, tick done, delete. */
  can: z.object({ change: z.boolean() }),
});
export type Task = z.infer<typeof Task>;

export const CreateTask = z.object({
  title: text().trim().min(1, 'Say what to do').max(300),
  note: text().trim().max(4000).default(''),
  dueOn: Day,
  remindAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Defaults to the signed-in user; a leader may give a task to a person they lead. */
  ownerId: Id.optional(),
  accountId: Id.nullable().optional(),
  contactId: Id.nullable().optional(),
  opportunityId: Id.nullable().optional(),
  handoffId: Id.nullable().optional(),
});
export type CreateTask = z.infer<typeof CreateTask>;

export const TaskPatch = z
  .object({
    title: text().trim().min(1).max(300),
    note: text().trim().max(4000),
    dueOn: Day,
    remindAt: z.iso.datetime({ offset: true }).nullable(),
    ownerId: Id,
    done: z.boolean(),
  })
  .partial()
  .refine((o) => Object.keys(o).length > 0, { message: 'Send at least one field to change.' });
export type TaskPatch = z.infer<typeof TaskPatch>;

export const TaskListQuery = PageQuery.extend({
  /** Whose tasks: your own (default), the people you lead, or anyone's (with a record filter). */
  owner: z.enum(['me', 'team', 'any']).default('me'),
  status: z.enum(['open', 'done', 'all']).default('open'),
  accountId: Id.optional(),
  contactId: Id.optional(),
  opportunityId: Id.optional(),
  handoffId: Id.optional(),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;
export const TaskPage = pageOf(Task);
