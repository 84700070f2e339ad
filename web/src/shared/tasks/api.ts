import type { z } from 'zod';
import type { CreateTask, Task, TaskPage, TaskPatch } from '@contract/tasks';
import { api } from '../api/client';

export type { Task };
export type NewTask = z.input<typeof CreateTask>;

export interface TaskFilter {
  owner?: 'me' | 'team' | 'any';
  status?: 'open' | 'done' | 'all';
  accountId?: string;
  opportunityId?: string;
  handoffId?: string;
  contactId?: string;
  pageSize?: number;
}

export const tasksApi = {
  list: (filter: TaskFilter, signal?: AbortSignal) => api.get<z.infer<typeof TaskPage>>('/api/tasks', { ...filter }, signal),
  create: (input: NewTask) => api.post<Task>('/api/tasks', input),
  update: (id: string, patch: TaskPatch) => api.patch<Task>(`/api/tasks/${id}`, patch),
  remove: (id: string) => api.delete<{ ok: true }>(`/api/tasks/${id}`),
};

/** The moment a reminder of a task due on `day` rings: 08:00 that day, on the person's own clock. */
export function morningOf(day: string): string {
  return new Date(`${day}T08:00:00`).toISOString();
}

/** Today on the person's own calendar, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
