import type { z } from 'zod';
import type { SavedView, SavedViewInput } from '@contract/views';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import * as repo from './repo';

export async function listViews(
  ctx: AppContext,
  userId: string,
  list: z.infer<typeof SavedView>['list'],
): Promise<z.infer<typeof SavedView>[]> {
  const rows = await repo.listViews(ctx.db, userId, list);
  return rows.map(({ view, ownerName }) => ({
    id: view.id,
    list: view.list,
    name: view.name,
    query: view.query as Record<string, string>,
    shared: view.shared,
    mine: view.userId === userId,
    ownerName,
  }));
}

export async function saveView(ctx: AppContext, user: { id: string }, input: z.infer<typeof SavedViewInput>) {
  await repo.insertView(ctx.db, { ...input, userId: user.id });
  return listViews(ctx, user.id, input.list);
}

export async function deleteView(ctx: AppContext, userId: string, id: string) {
  if (!(await repo.deleteOwnView(ctx.db, userId, id))) throw errors.notFound('Your saved view');
}
