import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TaskPatch } from '@contract/tasks';
import { queryKeys } from '../api/queryKeys';
import { tasksApi, type NewTask, type TaskFilter } from './api';

export const refreshTasks = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
    queryClient.invalidateQueries({ queryKey: queryKeys.home }),
  ]);

export function useTasks(filter: TaskFilter, enabled = true) {
  return useQuery({
    queryKey: [...queryKeys.tasks, filter],
    queryFn: ({ signal }) => tasksApi.list(filter, signal),
    enabled,
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: NewTask) => tasksApi.create(input), onSuccess: () => refreshTasks(queryClient) });
}

/** Tick done (one click), or change a task. */
export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TaskPatch }) => tasksApi.update(id, patch),
    onSuccess: () => refreshTasks(queryClient),
  });
}

export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => tasksApi.remove(id), onSuccess: () => refreshTasks(queryClient) });
}
