import { IdParams, Ok } from '@contract/common';
import { CreateTask, Task, TaskListQuery, TaskPage, TaskPatch } from '@contract/tasks';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { taskPolicies } from './policies';
import * as service from './service';

export function taskRoutes(app: App, ctx: AppContext): void {
  const tags = ['tasks'];
  app.get(
    '/api/tasks',
    {
      schema: { tags, summary: 'Your tasks, your team’s, or those about a record', querystring: TaskListQuery, response: replies({ 200: TaskPage }) },
      config: { policy: taskPolicies.read },
    },
    async (request) => service.listTasks(ctx, actorOf(request), request.query),
  );
  app.get(
    '/api/tasks/:id',
    { schema: { tags, summary: 'One task', params: IdParams, response: replies({ 200: Task }) }, config: { policy: taskPolicies.read } },
    async (request) => service.getTask(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/tasks',
    {
      schema: { tags, summary: 'Create a task (for yourself, or for someone you lead)', body: CreateTask, response: replies({ 201: Task }) },
      config: { policy: taskPolicies.write },
    },
    async (request, reply) => reply.status(201).send(await service.createTask(ctx, actorOf(request), request.body)),
  );
  app.patch(
    '/api/tasks/:id',
    {
      schema: { tags, summary: 'Edit, reassign or tick a task done', params: IdParams, body: TaskPatch, response: replies({ 200: Task }) },
      config: { policy: taskPolicies.write },
    },
    async (request) => service.updateTask(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/tasks/:id',
    { schema: { tags, summary: 'Delete a task', params: IdParams, response: replies({ 200: Ok }) }, config: { policy: taskPolicies.write } },
    async (request) => {
      await service.deleteTask(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
}
