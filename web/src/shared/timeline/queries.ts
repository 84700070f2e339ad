import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ActivityPatch } from '@contract/activities';
import { queryKeys } from '../api/queryKeys';
import { timelineApi, type NewActivity, type TimelineFilter, type TimelineScope } from './api';

/** A timeline, newest first, a page at a time (keyset paging: `before` = the last page's cursor). */
export const timelineQuery = (scope: TimelineScope, id: string, filter: TimelineFilter) =>
  infiniteQueryOptions({
    queryKey: [...queryKeys.timeline.of(scope, id), filter],
    queryFn: ({ pageParam, signal }) => timelineApi.page(scope, id, filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useTimeline(scope: TimelineScope, id: string, filter: TimelineFilter) {
  return useInfiniteQuery(timelineQuery(scope, id, filter));
}

/** After something lands on an account's timeline: its timelines, its page (who was in touch) and the contact lists. */
export function refreshAccountMemory(queryClient: QueryClient, accountId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.timeline.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.accounts.one(accountId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all }),
  ]);
}

/** Log a call, meeting, … on an account. */
export function useLogActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewActivity) => timelineApi.log(input),
    onSuccess: (activity) => refreshAccountMemory(queryClient, activity.accountId),
  });
}

/** Tick a task done (or change an entry). */
export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ActivityPatch }) => timelineApi.update(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.timeline.all }),
  });
}
